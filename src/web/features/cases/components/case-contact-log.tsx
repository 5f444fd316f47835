import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useCaseAction } from '../api/case-actions.ts';
import { serverErrors } from '../form-errors.ts';
import { contactMethods, contactOutcomes, oneOf } from '../options.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { SelectField, TextAreaField } from './fields.tsx';

const OWNER = 'contact-log';
const ids = { method: 'contact-log-method', outcome: 'contact-log-outcome', notes: 'contact-log-notes' };

/** Every contact with the victim (or attempt), from the history, and the form to log another. */
export function CaseContactLog({ report, canWork }: { report: ReportDetail; canWork: boolean }) {
  const { t, i18n } = useTranslation();
  const action = useCaseAction(report.id);
  const form = useCaseForm(OWNER);
  const logged = report.history.filter((e) => e.kind === 'victim_contacted');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const element = event.currentTarget;
    const data = new FormData(element);
    const method = oneOf(contactMethods, data.get('method'));
    const outcome = oneOf(contactOutcomes, data.get('outcome'));
    const notes = String(data.get('notes') ?? '').trim();
    const problems: FormError[] = [];
    if (!method) {
      problems.push({ fieldId: ids.method, message: (tr) => tr('caseView.contactLog.errors.method') });
    }
    if (!outcome) {
      problems.push({ fieldId: ids.outcome, message: (tr) => tr('caseView.contactLog.errors.outcome') });
    }
    form.setErrors(problems);
    if (!method || !outcome) {
      return;
    }
    action.mutate(
      { action: 'contacts', body: { method, outcome, notes } },
      {
        onSuccess: () => {
          element.reset();
          form.saved(t('caseView.contactLog.saved'), 'victim-contact-heading');
        },
        onError: (error) => form.setErrors(serverErrors(error, ids)),
      },
    );
  }

  return (
    <CaseSection id="victim-contact" owners={[OWNER]} title={t('caseView.contactLog.title')}>
      {logged.length === 0 ? (
        <p>{t('caseView.contactLog.none')}</p>
      ) : (
        <ol className="note-list" aria-label={t('caseView.contactLog.caption')}>
          {logged.map((entry) => {
            const method = oneOf(contactMethods, entry.details['method']);
            const outcome = oneOf(contactOutcomes, entry.details['outcome']);
            const notes = entry.details['notes'];
            return (
              <li key={`${entry.at}-${entry.actorName}`} className="note-list__item">
                <p className="note-list__meta">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.resolvedLanguage)}</time> – {entry.actorName}
                </p>
                <p className="note-list__text">
                  <strong>{[method && t(`cases.contactMethod.${method}`), outcome && t(`cases.contactOutcome.${outcome}`)].filter(Boolean).join(': ')}</strong>
                  {typeof notes === 'string' && notes && (
                    <>
                      {' – '}
                      <span dir="auto">{notes}</span>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {canWork && (
        <form className="form" noValidate onSubmit={submit} aria-labelledby="contact-log-form-heading">
          <h3 id="contact-log-form-heading">{t('caseView.contactLog.formHeading')}</h3>
          <ErrorSummary errors={form.errors} />
          <div className="field-pair">
            <SelectField
              id={ids.method}
              name="method"
              label={t('caseView.contactLog.method')}
              error={errorFor(form.errors, ids.method, t)}
              placeholder={t('caseView.choose')}
              options={contactMethods.map((m) => ({ value: m, label: t(`cases.contactMethod.${m}`) }))}
            />
            <SelectField
              id={ids.outcome}
              name="outcome"
              label={t('caseView.contactLog.outcome')}
              error={errorFor(form.errors, ids.outcome, t)}
              placeholder={t('caseView.choose')}
              options={contactOutcomes.map((o) => ({ value: o, label: t(`cases.contactOutcome.${o}`) }))}
            />
          </div>
          <TextAreaField id={ids.notes} name="notes" label={t('caseView.contactLog.notesOptional')} rows={3} maxLength={4000} />
          <button type="submit" className="button" aria-disabled={action.isPending || undefined}>
            {action.isPending ? t('caseView.saving') : t('caseView.contactLog.submit')}
          </button>
        </form>
      )}
    </CaseSection>
  );
}
