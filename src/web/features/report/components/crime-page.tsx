import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios.tsx';
import { QuestionForm, useQuestion } from './question-form.tsx';

/**
 * Crime or incident, asked in plain words. "Not sure" counts as a crime so that the police,
 * not the reporter, make the call (report-flow.ts kindOf).
 */
export function CrimePage() {
  const { t } = useTranslation('report');
  const q = useQuestion('crime', t('crime.title'));
  return (
    <QuestionForm question={q}>
      <Radios
        id="crime"
        name="crime"
        legend={t('crime.title')}
        headingRef={q.headingRef}
        hint={t('crime.hint')}
        error={q.error('crime-yes')}
        value={q.draft.crime}
        onChange={(crime) => q.update({ crime })}
        options={[
          { value: 'yes', label: t('crime.yes') },
          { value: 'no', label: t('crime.no') },
          { value: 'not_sure', label: t('crime.notSure') },
        ]}
      />
    </QuestionForm>
  );
}
