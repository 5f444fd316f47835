import { useEffect, useState, type FormEvent, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary, errorFor } from '../../../components/error-summary.tsx';
import { describeError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCaseAction } from '../api/case-actions.ts';
import { serverErrors } from '../form-errors.ts';
import { closeReasons, oneOf } from '../options.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { SelectField, TextAreaField } from './fields.tsx';
import { RECORDING_DECISION_FIELD } from './recording-decision.tsx';

const OWNER = 'close';
const ids = { reason: 'close-reason', notes: 'close-notes' };

/**
 * The API's reasons for refusing to close (409), in our words where we know them. The API gives
 * them only as text (`detail`), with the generic `conflict` code.
 */
function refusalText(error: unknown, t: TFunction): { text: string; needsDecision: boolean } {
  if (isApiError(error, 409)) {
    if (error.detail === 'a hate crime cannot be closed without a crime number') {
      return { text: t('close.refusal.crimeNumber'), needsDecision: true };
    }
    if (error.detail === 'make the crime-recording decision first') {
      return { text: t('close.refusal.decisionFirst'), needsDecision: true };
    }
    return { text: error.detail ?? t('errors.generic'), needsDecision: false };
  }
  return { text: describeError(error, t), needsDecision: false };
}

function goToDecision(event: MouseEvent<HTMLAnchorElement>) {
  const field = document.getElementById(RECORDING_DECISION_FIELD);
  if (!field) {
    return;
  }
  event.preventDefault();
  document.getElementById('recording-decision')?.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/** Close the case with a reason (a hate crime needs its crime number first), or reopen it. */
export function CaseClose({ report, canClose, canReopen, canDecide }: { report: ReportDetail; canClose: boolean; canReopen: boolean; canDecide: boolean }) {
  const { t } = useTranslation();
  const action = useCaseAction(report.id);
  const form = useCaseForm(OWNER);
  const [refusal, setRefusal] = useState<unknown>(null);
  const closed = report.status === 'closed';
  // A refusal is about the report as it was: once its status or recording decision changes, it is stale.
  useEffect(() => setRefusal(null), [report.status, report.recordingDecision, report.crimeNumber]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const data = new FormData(event.currentTarget);
    const reason = oneOf(closeReasons, data.get('reason'));
    const notes = String(data.get('notes') ?? '').trim();
    setRefusal(null);
    if (!reason) {
      form.setErrors([{ fieldId: ids.reason, message: (tr) => tr('close.errors.reason') }]);
      return;
    }
    form.setErrors([]);
    action.mutate(
      { action: 'close', body: { reason, ...(notes ? { notes } : {}) } },
      {
        onSuccess: () => form.saved(t('close.saved'), 'close-heading'),
        onError: (error) => (isApiError(error, 400) ? form.setErrors(serverErrors(error, ids)) : setRefusal(error)),
      },
    );
  }

  function reopen() {
    if (action.isPending) {
      return;
    }
    action.mutate(
      { action: 'reopen', body: {} },
      {
        onSuccess: () => form.saved(t('close.reopened'), 'close-heading'),
        onError: (error) => setRefusal(error),
      },
    );
  }

  const refused = refusal ? refusalText(refusal, t) : null;
  if (!canClose && !canReopen) {
    return null;
  }
  return (
    <CaseSection id="close" owners={[OWNER]} title={closed ? (canReopen ? t('close.reopenTitle') : t('close.closedTitle')) : t('close.title')}>
      {closed ? (
        canReopen ? (
          <>
            <p>{t('close.closedHint')}</p>
            <button type="button" className="button button--secondary" aria-disabled={action.isPending || undefined} onClick={reopen}>
              {t('close.reopen')}
            </button>
          </>
        ) : (
          <p>{t('close.closedNoReopen')}</p>
        )
      ) : (
        <form className="form" noValidate onSubmit={submit}>
          <ErrorSummary errors={form.errors} />
          <SelectField
            id={ids.reason}
            name="reason"
            label={t('close.reason')}
            error={errorFor(form.errors, ids.reason, t)}
            placeholder={t('caseView.choose')}
            options={closeReasons.map((r) => ({ value: r, label: t(`cases.closeReason.${r}`) }))}
          />
          <TextAreaField id={ids.notes} name="notes" label={t('close.notes')} rows={2} maxLength={2000} />
          <div className="button-row">
            <button type="submit" className="button" aria-disabled={action.isPending || undefined} aria-describedby={refused ? 'close-refusal' : undefined}>
              {action.isPending ? t('caseView.saving') : t('close.submit')}
            </button>
          </div>
        </form>
      )}
      {/* Always present, so that the refusal is announced when it arrives. */}
      <div role="alert" id="close-refusal">
        {refused && (
          <div className="notice notice--error">
            <p>
              <strong>{t('close.refused')}</strong> {refused.text}
            </p>
            {refused.needsDecision &&
              (canDecide ? (
                <p>
                  <a href={`#${RECORDING_DECISION_FIELD}`} onClick={goToDecision}>
                    {t('close.goToDecision')}
                  </a>
                </p>
              ) : (
                <p>{t('close.askForDecision')}</p>
              ))}
          </div>
        )}
      </div>
    </CaseSection>
  );
}
