import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary, errorFor } from '../../../components/error-summary.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useCaseAction } from '../api/case-actions.ts';
import { serverErrors } from '../form-errors.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { TextAreaField } from './fields.tsx';

const OWNER = 'notes';
const FIELD = 'note-text';

/** Updates on the case, newest first, and the form to add one. */
export function CaseNotes({ report, canNote }: { report: ReportDetail; canNote: boolean }) {
  const { t, i18n } = useTranslation();
  const action = useCaseAction(report.id);
  const form = useCaseForm(OWNER);
  const notes = report.history.filter((e) => e.kind === 'note_added').reverse();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const element = event.currentTarget;
    const note = String(new FormData(element).get('note') ?? '').trim();
    if (!note) {
      form.setErrors([{ fieldId: FIELD, message: (tr) => tr('caseView.notes.errors.required') }]);
      return;
    }
    action.mutate(
      { action: 'notes', body: { note } },
      {
        onSuccess: () => {
          element.reset();
          form.saved(t('caseView.notes.saved'), 'notes-heading');
        },
        onError: (error) => form.setErrors(serverErrors(error, { note: FIELD })),
      },
    );
  }

  return (
    <CaseSection id="notes" owners={[OWNER]} title={t('caseView.notes.title')}>
      {notes.length === 0 ? (
        <p>{t('caseView.notes.none')}</p>
      ) : (
        <ol className="note-list">
          {notes.map((entry) => (
            <li key={`${entry.at}-${entry.actorName}`} className="note-list__item">
              <p className="note-list__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.resolvedLanguage)}</time> – {entry.actorName}
              </p>
              <p className="note-list__text" dir="auto">
                {String(entry.details['note'] ?? '')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canNote && (
        <form className="form" noValidate onSubmit={submit}>
          <ErrorSummary errors={form.errors} />
          <TextAreaField id={FIELD} name="note" label={t('caseView.notes.label')} error={errorFor(form.errors, FIELD, t)} rows={3} maxLength={4000} />
          <button type="submit" className="button" aria-disabled={action.isPending || undefined}>
            {action.isPending ? t('caseView.saving') : t('caseView.notes.submit')}
          </button>
        </form>
      )}
    </CaseSection>
  );
}
