import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ComplianceQueueResponse } from '../../../../shared/cases/figures-contract.ts';
import { ErrorSummary, type FormError } from '../../../components/error-summary.tsx';
import { serverErrors } from '../../cases/form-errors.ts';
import { TextAreaField } from '../../cases/components/fields.tsx';
import { useSubmitReview } from '../api/compliance.ts';

type Item = ComplianceQueueResponse['items'][number];
type Outcome = { reference: string; outcome: 'compliant' | 'returned' | null };

const itemId = (key: string) => `review-${key}`;

/**
 * The Force Hate Crime Officer's review of one case against the force's checklist. Every item is
 * answered by its box: ticked is "yes", unticked is "no", and any "no" returns the case to its officer.
 */
export function ReviewPanel({ item, checklist, onDone, onClose }: { item: Item; checklist: ComplianceQueueResponse['checklist']; onDone: (outcome: Outcome) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmitReview();
  const heading = useRef<HTMLHeadingElement>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FormError[]>([]);

  useEffect(() => heading.current?.focus(), [item.id]);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) {
      return;
    }
    const notes = String(new FormData(event.currentTarget).get('notes') ?? '').trim();
    const answers = Object.fromEntries(checklist.map((c) => [c.key, ticked.has(c.key)]));
    setErrors([]);
    // Awaited rather than with mutate's callbacks: the review takes the case out of the queue, and
    // this panel with it, before those would run.
    submit.mutateAsync({ reportId: item.id, body: { checklist: answers, ...(notes ? { notes } : {}) } }).then(onDone, (error: unknown) =>
      setErrors(serverErrors(error, Object.fromEntries(checklist.map((c) => [`checklist.${c.key}`, itemId(c.key)])))),
    );
  }

  const unmet = checklist.length - ticked.size;
  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        {t('compliance.reviewHeading', { reference: item.reference })}
      </h2>
      <p>
        <Link to={`/reports/${item.id}`}>{t('compliance.openCase', { reference: item.reference })}</Link>
      </p>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={send}>
        <fieldset className="fieldset form-group" aria-describedby="review-hint">
          <legend className="form-label">{t('compliance.checklist')}</legend>
          <p id="review-hint" className="form-hint">
            {t('compliance.checklistHint')}
          </p>
          <div className="choices">
            {checklist.map((c) => (
              <div className="checkbox" key={c.key}>
                <input
                  type="checkbox"
                  id={itemId(c.key)}
                  checked={ticked.has(c.key)}
                  onChange={(e) =>
                    setTicked((now) => {
                      const next = new Set(now);
                      if (e.target.checked) {
                        next.add(c.key);
                      } else {
                        next.delete(c.key);
                      }
                      return next;
                    })
                  }
                />
                <label htmlFor={itemId(c.key)}>{c.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextAreaField id="review-notes" name="notes" label={t('compliance.notes')} hint={t('compliance.notesHint')} rows={3} maxLength={4000} />
        <p className={unmet > 0 ? 'status status--warn' : 'status status--ok'} aria-live="polite">
          {unmet > 0 ? t('compliance.willReturn', { n: unmet }) : t('compliance.willComply')}
        </p>
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={submit.isPending || undefined}>
            {submit.isPending ? t('caseView.saving') : t('compliance.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('caseView.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
