import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { useGrades } from '../api/get-queue.ts';
import { useRecordReport } from '../api/record-report.ts';
import { toLondonInput } from '../london-input.ts';
import { readReport, reportServerErrors } from '../report-draft.ts';
import type { RecordedState } from '../recorded-state.ts';
import { ReportFields } from './report-fields.tsx';
import { readThrive, ThriveFields, thriveStarted } from './thrive-fields.tsx';
import '../../../styles/cases.css';

const THRIVE = 'call-thrive';

/**
 * The control room's one form for a call: the report and its THRIVE on one screen, top to bottom,
 * with the usual answers already chosen (a hate crime, the victim calling, happening now).
 */
export function RecordCallPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const canTriage = hasPermission(me, 'cases:triage');
  const grades = useGrades(canTriage);
  const record = useRecordReport();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [openedAt] = useState(() => toLondonInput(new Date()));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) {
      return;
    }
    const data = new FormData(event.currentTarget);
    const { report, errors: reportErrors } = readReport(data, false);
    const thrive = canTriage && thriveStarted(data, THRIVE) ? readThrive(data, THRIVE) : undefined;
    const problems = [...reportErrors, ...(thrive?.errors ?? [])];
    setErrors(problems);
    if (!report || problems.length > 0) {
      return;
    }
    record.mutate(
      { request: { channel: 'call', report }, thrive: thrive?.request },
      {
        onSuccess: (recorded) => {
          const state: RecordedState = { recorded: recorded.reference, thriveFailed: recorded.thriveError !== undefined };
          void navigate(`/reports/${recorded.id}`, { state });
        },
        onError: (error) => setErrors(reportServerErrors(error)),
      },
    );
  }

  return (
    <>
      <PageHeading hasError={errors.length > 0}>{t('recordCall.title')}</PageHeading>
      <p>{t('recordCall.intro')}</p>
      <ErrorSummary errors={errors} />
      <form className="form form--wide" noValidate onSubmit={submit}>
        <section aria-labelledby="call-report-heading">
          <h2 id="call-report-heading">{t('recordCall.reportHeading')}</h2>
          <ReportFields errors={errors} mode="call" defaultOccurredAt={openedAt} />
        </section>
        {canTriage && (
          <section aria-labelledby="call-thrive-heading">
            <h2 id="call-thrive-heading">
              <abbr title={t('glossary.thrive')}>THRIVE</abbr>
            </h2>
            <p className="form-hint">{t('recordCall.thriveHint')}</p>
            {grades.isError && <p className="notice notice--error">{t('thrive.gradesFailed')}</p>}
            <ThriveFields prefix={THRIVE} grades={grades.data ?? []} errors={errors} />
          </section>
        )}
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('recordCall.saving') : t('recordCall.submit')}
          </button>
        </div>
        {record.isPending && (
          <p className="form-hint" role="status">
            {t('recordCall.saving')}
          </p>
        )}
      </form>
    </>
  );
}
