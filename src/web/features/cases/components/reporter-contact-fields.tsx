import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { reportFieldIds as ids } from '../report-draft.ts';
import { languageName } from '../labels.ts';
import { preferredMethods, reportLanguages } from '../options.ts';
import { SelectField, TextAreaField } from './fields.tsx';

/** How to reach the reporter: personal data, kept apart from the report and audited on every read. */
export function ReporterContactFields({ errors }: { errors: readonly FormError[] }) {
  const { t, i18n } = useTranslation();
  const err = (id: string) => errorFor(errors, id, t);
  return (
    <fieldset className="fieldset form-section">
      <legend className="form-section__legend">{t('reportForm.contactDetails')}</legend>
      <p className="form-hint">{t('reportForm.contactDetailsHint')}</p>
      <TextField id={ids['contact.name']} name="contactName" label={t('reportForm.contactName')} error={err(ids['contact.name'])} autoComplete="off" maxLength={200} />
      <div className="field-pair">
        <TextField id={ids['contact.phone']} name="contactPhone" type="tel" label={t('reportForm.contactPhone')} error={err(ids['contact.phone'])} autoComplete="off" />
        <TextField
          id={ids['contact.email']}
          name="contactEmail"
          type="email"
          label={t('reportForm.contactEmail')}
          error={err(ids['contact.email'])}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="field-pair">
        <SelectField
          id={ids['contact.preferredMethod']}
          name="contactMethod"
          label={t('reportForm.contactMethod')}
          placeholder={t('reportForm.noPreference')}
          options={preferredMethods.map((m) => ({ value: m, label: t(`cases.preferredMethod.${m}`) }))}
        />
        <TextField id={ids['contact.bestTimes']} name="contactTimes" label={t('reportForm.contactTimes')} maxLength={200} autoComplete="off" />
      </div>
      <SelectField
        id={ids['contact.language']}
        name="contactLanguage"
        label={t('reportForm.contactLanguage')}
        placeholder={t('reportForm.contactLanguageSame')}
        options={reportLanguages.map((code) => ({ value: code, label: languageName(code, i18n.resolvedLanguage) }))}
      />
      <div className="checkbox">
        <input type="checkbox" id="report-interpreter" name="needsInterpreter" value="yes" />
        <label htmlFor="report-interpreter">{t('reportForm.needsInterpreter')}</label>
      </div>
      <div className="checkbox">
        <input type="checkbox" id="report-text-relay" name="needsTextRelay" value="yes" />
        <label htmlFor="report-text-relay">{t('reportForm.needsTextRelay')}</label>
      </div>
      <TextAreaField id={ids['contact.notes']} name="contactNotes" label={t('reportForm.contactNotes')} hint={t('reportForm.contactNotesHint')} rows={2} maxLength={1000} />
    </fieldset>
  );
}
