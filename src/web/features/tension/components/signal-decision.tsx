import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { serverErrors } from '../../cases/form-errors.ts';
import { useSignalDecision } from '../api/signals.ts';
import type { SignalDetail } from '../types.ts';

const REASON = 'signal-reason';

/**
 * Acknowledge (someone is acting on it) or dismiss (it needs nothing; the reason is required, so
 * the record says why a warning was set aside).
 */
export function SignalDecisionForm({ signal, onErrors }: { signal: SignalDetail; onErrors: (hasErrors: boolean) => void }) {
  const { t } = useTranslation();
  const decide = useSignalDecision(signal.id);
  const [errors, setErrorsState] = useState<FormError[]>([]);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');

  function setErrors(next: FormError[]) {
    setErrorsState(next);
    onErrors(next.length > 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) {
      return;
    }
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const decision = submitter instanceof HTMLButtonElement && submitter.value === 'dismiss' ? 'dismiss' : 'acknowledge';
    const why = reason.trim();
    if (decision === 'dismiss' && !why) {
      setErrors([{ fieldId: REASON, message: (tr) => tr('tension.signalPage.errors.reason') }]);
      return;
    }
    setErrors([]);
    decide.mutate(
      { decision, reason: why },
      {
        onSuccess: () => {
          setReason('');
          setDone(t(`tension.signalPage.done.${decision}`));
        },
        onError: (error) => setErrors(serverErrors(error, { reason: REASON }, { reason: (tr) => tr('tension.signalPage.errors.reason') })),
      },
    );
  }

  return (
    <section aria-labelledby="signal-decision-heading">
      <h2 id="signal-decision-heading">{t('tension.signalPage.decisionHeading')}</h2>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {signal.status === 'open' ? (
        <form className="form" noValidate onSubmit={submit}>
          <ErrorSummary errors={errors} />
          <p>{t('tension.signalPage.decisionHint')}</p>
          <TextareaField
            id={REASON}
            name="reason"
            label={t('tension.signalPage.reason')}
            hint={t('tension.signalPage.reasonHint')}
            error={errorFor(errors, REASON, t)}
            rows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" name="decision" value="acknowledge" className="button" aria-disabled={decide.isPending || undefined}>
              {t('tension.signalPage.acknowledge')}
            </button>
            <button type="submit" name="decision" value="dismiss" className="button button--secondary" aria-disabled={decide.isPending || undefined}>
              {t('tension.signalPage.dismiss')}
            </button>
          </div>
        </form>
      ) : (
        !done && <p>{t('tension.signalPage.alreadyDecided')}</p>
      )}
    </section>
  );
}
