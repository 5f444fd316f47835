import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicReportRequest } from '../../../../shared/reports/contract.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSendReport } from '../api/send-report.ts';
import { clearDraft, getDraft, isStarted, newIdempotencyKey, updateDraft, useDraft, type Draft } from '../draft-store.ts';
import { startUploads, usePhotos } from '../photo-store.ts';
import { SENT_PATH, stepPath, type StepId } from '../report-flow.ts';
import { toRequest } from '../report-request.ts';
import { errorsFromServer, reportMessage, validateAll, type ReportError } from '../report-validation.ts';
import { saveReceipt } from '../sent-receipt.ts';
import { answerRows } from './answer-rows.tsx';
import { BackLink } from './question-form.tsx';
import { useReportHeading } from './use-report-heading.ts';

const changeId = (step: StepId) => `change-${step}`;

/** On this page an error links to the Change link of the answer it is about. */
function onThisPage(errors: readonly (ReportError | FormError)[]): FormError[] {
  return errors.map((e) => ('step' in e ? { fieldId: changeId(e.step), message: e.message } : e));
}

function sendErrors(error: unknown, draft: Draft): FormError[] {
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return onThisPage(errorsFromServer(error.fieldErrors, draft));
  }
  if (isApiError(error, 409)) {
    // The key was used for other answers (an earlier send did arrive, then they were changed):
    // a fresh key lets the reporter send this version as a new report, knowingly.
    updateDraft({ key: newIdempotencyKey() });
    return [{ message: reportMessage('check.errors.conflict') }];
  }
  const byStatus: Record<number, Parameters<typeof reportMessage>[0]> = {
    0: 'check.errors.network',
    413: 'check.errors.tooLarge',
    429: 'check.errors.rateLimited',
    503: 'check.errors.unavailable',
  };
  const status = isApiError(error) ? error.status : -1;
  return [{ message: reportMessage(byStatus[status] ?? 'check.errors.generic') }];
}

/**
 * Every answer with a Change link, then Send: the one moment anything leaves the browser. The
 * photos follow the report, once it has a reference (photo-store.ts).
 */
export function CheckAnswersPage() {
  const { t, i18n } = useTranslation('report');
  const { t: tShared } = useTranslation();
  const draft = useDraft();
  const { chosen: photos } = usePhotos();
  const navigate = useNavigate();
  const sendReport = useSendReport();
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useReportHeading(t('check.title'), errors.length > 0);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sendReport.isPending) {
      return;
    }
    const context = { now: new Date(), language: i18n.language };
    const current = getDraft();
    const problems = validateAll(current, context);
    const parsed = PublicReportRequest.safeParse(toRequest(current, context));
    if (problems.length > 0 || !parsed.success) {
      setErrors(problems.length > 0 ? onThisPage(problems) : [{ message: reportMessage('check.errors.generic') }]);
      return;
    }
    setErrors([]);
    sendReport.mutate(
      { report: parsed.data, idempotencyKey: current.key },
      {
        onSuccess: (receipt) => {
          saveReceipt({ reference: receipt.reference, secret: receipt.secret, anonymous: parsed.data.anonymous });
          // Only now, with a reference and secret to send them under; the sent page shows how it goes.
          startUploads(receipt);
          void navigate(SENT_PATH, { replace: true });
          clearDraft();
        },
        onError: (error) => setErrors(sendErrors(error, current)),
      },
    );
  }

  if (!isStarted(draft)) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1} className="page-heading">
          {t('check.title')}
        </h1>
        <p>{t('check.empty')}</p>
        <p>
          <Link to={stepPath('start')} className="button button--large">
            {t('check.startLink')}
          </Link>
        </p>
      </>
    );
  }

  const rows = answerRows(draft, photos, t, i18n.language);
  const firstOfStep = new Set<string>();
  return (
    <>
      <BackLink to={stepPath(rows.at(-1)?.step ?? 'about-you')} />
      <ErrorSummary errors={errors} />
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {t('check.title')}
      </h1>
      <dl className="summary-list">
        {rows.map((row) => {
          const first = !firstOfStep.has(row.step);
          firstOfStep.add(row.step);
          const rowError = first ? errorFor(errors, changeId(row.step), tShared) : undefined;
          return (
            <div key={row.id} className={`summary-list__row${rowError ? ' summary-list__row--error' : ''}`}>
              <dt className="summary-list__key">{row.label}</dt>
              <dd className="summary-list__value">
                {rowError && (
                  <p className="field-error">
                    <span className="visually-hidden">{tShared('errors.prefix')} </span>
                    {rowError}
                  </p>
                )}
                {row.value}
              </dd>
              <dd className="summary-list__actions">
                <Link id={first ? changeId(row.step) : `change-${row.id}`} to={stepPath(row.step, true)}>
                  {t('common.change')}
                  <span className="visually-hidden"> {row.label}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2>{t('check.sendHeading')}</h2>
      <p>{t('check.sendBody')}</p>
      <form noValidate onSubmit={send}>
        <button type="submit" className="button button--large" aria-disabled={sendReport.isPending || undefined}>
          {t('check.send')}
        </button>
        <p className="form-hint" role="status">
          {sendReport.isPending ? t('check.sending') : ''}
        </p>
      </form>
    </>
  );
}
