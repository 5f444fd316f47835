import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { summaryQueryOptions, useEditSummary } from '../api/tension-summaries.ts';
import { editErrors, periodText, summaryIds } from '../summary-text.ts';
import type { TensionSummaryResponse } from '../types.ts';
import { ReturnsNav } from './returns-nav.tsx';
import { SummaryForm } from './summary-form.tsx';
import type { SummaryState } from './summary-page.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

/** Someone saved a newer revision while this one was being edited: read theirs, then save on top or not. */
function ConflictNotice({ newer, onAccept }: { newer: TensionSummaryResponse; onAccept: () => void }) {
  const { t, i18n } = useTranslation();
  const open = newer.status === 'draft' || newer.status === 'approved';
  return (
    <div className="notice notice--error conflict-notice" role="alert">
      <h2 className="conflict-notice__heading">{t('returns.edit.conflictHeading')}</h2>
      <p>
        {open
          ? t('returns.edit.conflictBody', { name: newer.editedBy ?? newer.compiledBy, when: formatDateTime(newer.editedAt ?? newer.compiledAt, i18n.resolvedLanguage) })
          : t('returns.edit.conflictIssued', { status: t(`returns.summary.status.${newer.status}`) })}
      </p>
      <p>
        <Link to={`/returns/tension-summaries/${newer.id}`} target="_blank" rel="noopener">
          {t('returns.edit.conflictRead')}
        </Link>
      </p>
      {open && (
        <button id={summaryIds.conflict} type="button" className="button button--secondary" onClick={onAccept}>
          {t('returns.edit.conflictAccept')}
        </button>
      )}
    </div>
  );
}

/**
 * `/returns/tension-summaries/:id/edit`: replaces the text of a draft. The save names the revision
 * the form was filled from; if someone saved meanwhile the server refuses (409), and the page says
 * who and when, keeping this author's words so that nothing typed is lost.
 */
export function EditSummaryPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useQuery({ ...summaryQueryOptions(id), refetchOnWindowFocus: false });
  const save = useEditSummary(id);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [base, setBase] = useState<number | undefined>(undefined);
  const [newer, setNewer] = useState<TensionSummaryResponse | null>(null);
  const loaded = query.data?.revision;

  // Pinned to the revision the form was filled from: a newer one fetched after a refusal must not
  // become the basis without the author's say.
  useEffect(() => {
    if (base === undefined && loaded !== undefined) {
      setBase(loaded);
    }
  }, [base, loaded]);

  if (!query.data) {
    return (
      <>
        <ReturnsNav />
        <PageHeading>{t('returns.edit.title')}</PageHeading>
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </>
    );
  }

  const summary = query.data;
  const basedOn = base ?? summary.revision;
  const period = periodText(summary, t, i18n.resolvedLanguage);
  if (!newer && !summary.allowed.edit) {
    return (
      <>
        <ReturnsNav />
        <PageHeading>{t('returns.edit.heading', { period, version: summary.version })}</PageHeading>
        <p className="notice">{t('returns.edit.notEditable')}</p>
        <Link to={`/returns/tension-summaries/${summary.id}`}>{t('returns.edit.back')}</Link>
      </>
    );
  }

  return (
    <>
      <ReturnsNav />
      <PageHeading hasError={errors.length > 0}>{t('returns.edit.heading', { period, version: summary.version })}</PageHeading>
      <p>{t('returns.edit.intro')}</p>
      {summary.status === 'approved' && <p className="notice">{t('returns.edit.approvedWarning', { name: summary.approvedBy ?? '' })}</p>}
      <SummaryForm
        initial={summary.text}
        compiled={summary.compiled}
        forceName={summary.forceName}
        saving={save.isPending}
        errors={errors}
        notice={
          newer && (
            <ConflictNotice
              newer={newer}
              onAccept={() => {
                setBase(newer.revision);
                setNewer(null);
                setErrors([]);
              }}
            />
          )
        }
        onSave={(text) =>
          save.mutate(
            { ...text, basedOnRevision: basedOn },
            {
              onSuccess: (saved) => {
                const state: SummaryState = { saved: true };
                void navigate(`/returns/tension-summaries/${saved.id}`, { state });
              },
              onError: async (error) => {
                if (isApiError(error, 409)) {
                  const latest = await query.refetch();
                  if (latest.data && (latest.data.revision > basedOn || !latest.data.allowed.edit)) {
                    setNewer(latest.data);
                    setErrors([latest.data.allowed.edit ? { fieldId: summaryIds.conflict, message: (tr) => tr('returns.edit.conflictError') } : { message: (tr) => tr('returns.edit.conflictIssuedError') }]);
                    return;
                  }
                }
                setErrors(editErrors(error, summary.compiled.areas.map((a) => a.name)));
              },
            },
          )
        }
      />
    </>
  );
}
