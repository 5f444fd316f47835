import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/cases/contract.ts';
import { ErrorSummary, errorFor } from '../../../components/error-summary.tsx';
import { useCaseAction } from '../api/case-actions.ts';
import { serverErrors } from '../form-errors.ts';
import { langAttr, languageName } from '../labels.ts';
import { CaseSection, useCaseForm } from './case-forms.tsx';
import { TextAreaField } from './fields.tsx';

const OWNER = 'translation';
const FIELD = 'translation-text';

/** What happened, in the reporter's words and language (always kept), and the staff translation. */
export function CaseDescription({ report, canTranslate }: { report: ReportDetail; canTranslate: boolean }) {
  const { t, i18n } = useTranslation();
  const action = useCaseAction(report.id);
  const form = useCaseForm(OWNER);
  const [editing, setEditing] = useState(false);
  const language = languageName(report.language, i18n.resolvedLanguage);
  const foreign = !report.language.startsWith('en');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action.isPending) {
      return;
    }
    const translation = String(new FormData(event.currentTarget).get('translation') ?? '').trim();
    if (!translation) {
      form.setErrors([{ fieldId: FIELD, message: (tr) => tr('caseView.description.errors.translationRequired') }]);
      return;
    }
    action.mutate(
      { action: 'translation', body: { translation } },
      {
        onSuccess: () => {
          setEditing(false);
          form.saved(t('caseView.description.translationSaved'), 'description-heading');
        },
        onError: (error) => form.setErrors(serverErrors(error, { translation: FIELD })),
      },
    );
  }

  return (
    <CaseSection id="description" owners={[OWNER]} title={t('caseView.description.title')}>
      <p className="form-hint">
        {report.languageDetected
          ? t('caseView.description.languageDetected', { language })
          : t('caseView.description.languageGiven', { language })}
        {report.needsInterpreter && (
          <>
            {' '}
            <strong className="flag">{t('caseView.description.interpreter', { language })}</strong>
          </>
        )}
      </p>
      <blockquote className="original-text" lang={langAttr(report.language)} dir="auto">
        {report.description}
      </blockquote>

      {(foreign || report.translation) && (
        <>
          <h3>{t('caseView.description.translation')}</h3>
          {report.translation ? (
            <div className="translation" dir="auto">
              {report.translation}
            </div>
          ) : (
            <p>{t('caseView.description.noTranslation')}</p>
          )}
          {canTranslate && !editing && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {report.translation ? t('caseView.description.editTranslation') : t('caseView.description.addTranslation')}
            </button>
          )}
          {canTranslate && editing && (
            <form className="form form--wide" noValidate onSubmit={submit}>
              <ErrorSummary errors={form.errors} />
              <TextAreaField
                id={FIELD}
                name="translation"
                label={t('caseView.description.translationLabel')}
                hint={t('caseView.description.translationHint')}
                error={errorFor(form.errors, FIELD, t)}
                rows={6}
                maxLength={20_000}
                defaultValue={report.translation ?? ''}
                autoFocus
              />
              <div className="button-row">
                <button type="submit" className="button" aria-disabled={action.isPending || undefined}>
                  {action.isPending ? t('caseView.saving') : t('caseView.description.saveTranslation')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setEditing(false);
                    form.setErrors([]);
                    window.setTimeout(() => document.getElementById('description-heading')?.focus(), 0);
                  }}
                >
                  {t('caseView.cancel')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </CaseSection>
  );
}
