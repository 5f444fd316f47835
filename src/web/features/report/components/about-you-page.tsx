import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios.tsx';
import { QuestionForm, useQuestion } from './question-form.tsx';

/** Contact or stay anonymous, with what anonymity means said before the choice is made. */
export function AboutYouPage() {
  const { t } = useTranslation('report');
  const q = useQuestion('about-you', t('about.title'));
  return (
    <QuestionForm question={q}>
      <Radios
        id="contact-me"
        name="contactMe"
        legend={t('about.title')}
        headingRef={q.headingRef}
        hint={t('about.hint')}
        error={q.error('contact-me-yes')}
        value={q.draft.contactMe}
        onChange={(contactMe) => q.update({ contactMe })}
        options={[
          { value: 'yes', label: t('about.yes') },
          { value: 'no', label: t('about.no'), conditional: <p className="form-hint">{t('about.anonymousNote')}</p> },
        ]}
      />
    </QuestionForm>
  );
}
