import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { QuestionForm, useQuestion } from './question-form.tsx';

/** Who did it and who else saw it: both optional, both free text. */
export function WhoPage() {
  const { t } = useTranslation('report');
  const q = useQuestion('who', t('who.title'));
  const { draft, update, error } = q;
  return (
    <QuestionForm question={q}>
      <h1 ref={q.headingRef} tabIndex={-1} className="page-heading">
        {t('who.title')}
      </h1>
      <p className="form-hint">{t('who.intro')}</p>
      <TextareaField
        id="offender"
        name="offender"
        label={t('who.offender')}
        hint={t('who.offenderHint')}
        error={error('offender')}
        rows={4}
        dir="auto"
        value={draft.offender}
        onChange={(event) => update({ offender: event.currentTarget.value })}
      />
      <TextareaField
        id="witnesses"
        name="witnesses"
        label={t('who.witnesses')}
        hint={t('who.witnessesHint')}
        error={error('witnesses')}
        rows={3}
        dir="auto"
        value={draft.witnesses}
        onChange={(event) => update({ witnesses: event.currentTarget.value })}
      />
    </QuestionForm>
  );
}
