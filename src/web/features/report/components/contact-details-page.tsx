import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessages } from '../../../components/field-message.tsx';
import { Radios } from '../../../components/radios.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { contactLanguageOptions } from '../contact-languages.ts';
import type { Draft } from '../draft-store.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

const methods: readonly NonNullable<Draft['method']>[] = ['phone', 'text', 'email', 'in_person'];

/** Name, phone and/or email, and how, when and in which language it is safe to get in touch. */
export function ContactDetailsPage() {
  const { t, i18n } = useTranslation('report');
  const q = useQuestion('contact-details', t('contact.title'));
  const { draft, update, error } = q;
  const language = draft.contactLanguage || i18n.language;
  const languageError = error('contact-language');
  return (
    <QuestionForm question={q}>
      <h1 ref={q.headingRef} tabIndex={-1} className="page-heading">
        {t('contact.title')}
      </h1>
      <p>{t('contact.intro')}</p>
      <TextField
        id="name"
        name="name"
        label={t('contact.name')}
        hint={t('contact.nameHint')}
        error={error('name')}
        autoComplete="name"
        spellCheck={false}
        dir="auto"
        value={draft.name}
        onChange={(event) => update({ name: event.currentTarget.value })}
      />
      <TextField
        id="phone"
        name="phone"
        type="tel"
        label={t('contact.phone')}
        hint={t('contact.phoneHint')}
        error={error('phone')}
        className="form-input--width-20"
        autoComplete="tel"
        dir="ltr"
        value={draft.phone}
        onChange={(event) => update({ phone: event.currentTarget.value })}
      />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t('contact.email')}
        error={error('email')}
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="none"
        dir="ltr"
        value={draft.email}
        onChange={(event) => update({ email: event.currentTarget.value })}
      />
      <Radios
        id="method"
        name="method"
        legend={t('contact.method')}
        error={error('method-phone')}
        value={draft.method}
        onChange={(method) => update({ method })}
        options={methods.map((value) => ({ value, label: t(`contact.methods.${value}`) }))}
      />
      <TextField
        id="times"
        name="times"
        label={t('contact.times')}
        hint={t('contact.timesHint')}
        error={error('times')}
        autoComplete="off"
        dir="auto"
        value={draft.times}
        onChange={(event) => update({ times: event.currentTarget.value })}
      />
      <div className={`form-group${languageError ? ' form-group--error' : ''}`}>
        <label className="form-label" htmlFor="contact-language">
          {t('contact.language')}
        </label>
        <FieldMessages id="contact-language" error={languageError} />
        <select
          id="contact-language"
          name="contactLanguage"
          className="form-input form-select"
          aria-describedby={describedBy('contact-language', undefined, languageError)}
          value={language}
          onChange={(event) => update({ contactLanguage: event.currentTarget.value })}
        >
          {contactLanguageOptions(i18n.language, t).map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset form-group">
        <legend className="fieldset__legend">{t('contact.needs')}</legend>
        <div className="choices">
          <div className="choice choice--checkbox">
            <input
              type="checkbox"
              id="interpreter"
              name="interpreter"
              checked={draft.interpreter}
              onChange={(event) => update({ interpreter: event.currentTarget.checked })}
            />
            <label htmlFor="interpreter">{t('contact.interpreter')}</label>
          </div>
          <div className="choice choice--checkbox">
            <input
              type="checkbox"
              id="text-relay"
              name="textRelay"
              checked={draft.textRelay}
              onChange={(event) => update({ textRelay: event.currentTarget.checked })}
            />
            <label htmlFor="text-relay">{t('contact.textRelay')}</label>
          </div>
        </div>
      </fieldset>
      <TextareaField
        id="notes"
        name="notes"
        label={t('contact.notes')}
        hint={t('contact.notesHint')}
        error={error('notes')}
        rows={3}
        dir="auto"
        value={draft.notes}
        onChange={(event) => update({ notes: event.currentTarget.value })}
      />
    </QuestionForm>
  );
}
