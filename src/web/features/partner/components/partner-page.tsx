import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { useRecordReport } from '../../cases/api/record-report.ts';
import { ReportFields } from '../../cases/components/report-fields.tsx';
import { toLondonInput } from '../../cases/london-input.ts';
import { readReport, reportServerErrors } from '../../cases/report-draft.ts';
import { myReportsQueryOptions } from '../api/partner-reports.ts';
import { MyReportsTable } from './my-reports-table.tsx';
import '../../../styles/cases.css';

/**
 * The partner portal: a Neighbourhood Watch coordinator, faith leader or reporting centre reports
 * an incident or a community concern, for someone or as the organisation, and follows what they sent.
 */
export function PartnerPage() {
  const { t } = useTranslation();
  const mine = useQuery(myReportsQueryOptions);
  const record = useRecordReport();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const sentRef = useRef<HTMLDivElement>(null);
  const [openedAt, setOpenedAt] = useState(() => toLondonInput(new Date()));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) {
      return;
    }
    const { report, errors: problems } = readReport(new FormData(event.currentTarget), true);
    setErrors(problems);
    if (!report) {
      return;
    }
    record.mutate(
      { request: { channel: 'partner', report } },
      {
        onSuccess: (recorded) => {
          setSent(recorded.reference);
          // A fresh, empty form for the next report.
          setFormKey((k) => k + 1);
          setOpenedAt(toLondonInput(new Date()));
          window.setTimeout(() => sentRef.current?.focus(), 0);
        },
        onError: (error) => setErrors(reportServerErrors(error)),
      },
    );
  }

  return (
    <>
      <PageHeading hasError={errors.length > 0}>{t('partner.title')}</PageHeading>
      <p>{t('partner.intro')}</p>
      <p className="notice">{t('partner.emergency')}</p>
      <div ref={sentRef} tabIndex={-1} role="status">
        {sent && <p className="notice notice--ok">{t('partner.sent', { reference: sent })}</p>}
      </div>
      <section aria-labelledby="partner-form-heading">
        <h2 id="partner-form-heading">{t('partner.formHeading')}</h2>
        <ErrorSummary errors={errors} />
        <form key={formKey} className="form form--wide" noValidate onSubmit={submit}>
          <ReportFields errors={errors} mode="partner" defaultOccurredAt={openedAt} />
          <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('partner.sending') : t('partner.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="partner-mine-heading">
        <h2 id="partner-mine-heading">{t('partner.mineHeading')}</h2>
        {mine.isPending && <Loading />}
        {mine.isError && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.data && <MyReportsTable reports={mine.data} />}
      </section>
    </>
  );
}
