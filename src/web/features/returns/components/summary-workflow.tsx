import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { QueryError } from '../../../components/query-status.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasPermission, useMe } from '../../../lib/auth.ts';
import { problemErrors } from '../../tension/form-problems.ts';
import { useApproveSummary, useCorrectSummary, useIssueSummary } from '../api/tension-summaries.ts';
import type { TensionSummaryResponse } from '../types.ts';

/** A refusal worded for this step: the server's own sentence for a conflict or a refusal it explains. */
function StepError({ error, conflict }: { error: unknown; conflict: string }) {
  if (isApiError(error, 409)) {
    return (
      <p className="notice notice--error" role="alert">
        {conflict}
      </p>
    );
  }
  if (isApiError(error, 403) && error.detail && error.code !== 'csrf_failed') {
    return (
      <p className="notice notice--error" role="alert">
        {error.detail}
      </p>
    );
  }
  return <QueryError error={error} />;
}

/**
 * Approving the revision on screen. The revision is named in the request, so a change saved
 * meanwhile is never approved unseen; the server also refuses anyone who wrote any of it.
 */
function Approve({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  const approve = useApproveSummary(summary.id);
  return (
    <section className="sign-off" aria-labelledby="cts-approve-heading">
      <h2 id="cts-approve-heading">{t('returns.workflow.approveHeading')}</h2>
      <p>{t('returns.workflow.approveHint', { revision: summary.revision })}</p>
      {approve.isError && <StepError error={approve.error} conflict={t('returns.workflow.approveConflict')} />}
      <button
        type="button"
        className="button"
        aria-disabled={approve.isPending || undefined}
        onClick={() => {
          if (!approve.isPending) {
            approve.mutate(summary.revision);
          }
        }}
      >
        {approve.isPending ? t('returns.workflow.working') : t('returns.workflow.approve')}
      </button>
    </section>
  );
}

/** Issuing an approved return to the national team: the step after which it never changes. */
function Issue({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  const issue = useIssueSummary(summary.id);
  return (
    <section className="sign-off" aria-labelledby="cts-issue-heading">
      <h2 id="cts-issue-heading">{t('returns.workflow.issueHeading')}</h2>
      <p>{t('returns.workflow.issueHint')}</p>
      {summary.corrects && <p>{t('returns.workflow.issueCorrection', { version: summary.corrects.version })}</p>}
      {issue.isError && <StepError error={issue.error} conflict={isApiError(issue.error) && issue.error.detail ? issue.error.detail : t('returns.workflow.issueConflict')} />}
      <button
        type="button"
        className="button"
        aria-disabled={issue.isPending || undefined}
        onClick={() => {
          if (!issue.isPending) {
            issue.mutate();
          }
        }}
      >
        {issue.isPending ? t('returns.workflow.working') : t('returns.workflow.issue')}
      </button>
    </section>
  );
}

const REASON = 'cts-correction-reason';

/** Opening a correction: a new draft version copying this one, with the reason printed on it. */
function Correct({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const correct = useCorrectSummary(summary.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (correct.isPending) {
      return;
    }
    if (!reason.trim()) {
      setErrors([{ fieldId: REASON, message: (tr) => tr('returns.workflow.reasonMissing') }]);
      return;
    }
    setErrors([]);
    correct.mutate(reason.trim(), {
      onSuccess: (draft) => void navigate(`/returns/tension-summaries/${draft.id}`),
      onError: (error) => setErrors(problemErrors(error, ([field], fallback) => (field === 'reason' ? { fieldId: REASON, message: () => fallback } : { message: () => fallback }))),
    });
  }

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <TextareaField
        id={REASON}
        name="reason"
        label={t('returns.workflow.reason')}
        hint={t('returns.workflow.reasonHint')}
        error={errorFor(errors, REASON, t)}
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="button" aria-disabled={correct.isPending || undefined}>
        {correct.isPending ? t('returns.workflow.working') : t('returns.workflow.correct')}
      </button>
    </form>
  );
}

/**
 * What can happen next to this version, for the signed-in user: approve, issue or correct. Each
 * button shows only when the server says (`allowed`) that this user may take that step now.
 */
export function SummaryWorkflow({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  const me = useMe();
  const approver = hasPermission(me, 'returns:approve');
  return (
    <>
      {summary.allowed.approve && <Approve summary={summary} />}
      {summary.status === 'draft' && approver && !summary.allowed.approve && <p className="notice">{t('returns.workflow.twoPerson')}</p>}
      {summary.status === 'draft' && !approver && <p className="notice">{t('returns.workflow.awaitingApproval')}</p>}
      {summary.allowed.issue && <Issue summary={summary} />}
      {summary.status === 'approved' && !summary.allowed.issue && <p className="notice">{t('returns.workflow.awaitingIssue')}</p>}
      {summary.status === 'issued' && (
        <section className="sign-off correction" aria-labelledby="cts-correct-heading">
          <h2 id="cts-correct-heading">{t('returns.workflow.correctHeading')}</h2>
          <p>{t('returns.workflow.correctHint')}</p>
          {summary.allowed.correct ? <Correct summary={summary} /> : <p>{t('returns.workflow.correctWho')}</p>}
        </section>
      )}
    </>
  );
}
