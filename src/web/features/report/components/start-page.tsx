import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios.tsx';
import { TextField } from '../../../components/text-field.tsx';
import type { About } from '../draft-store.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

/** "What do you want to tell us?": decides who is reporting and whether it is a concern. */
export function StartPage() {
  const { t } = useTranslation('report');
  const q = useQuestion('start', t('start.title'));
  const { draft, update, error } = q;

  const sawIt = (
    <Radios
      id="saw-it"
      name="sawIt"
      legend={t('start.sawIt')}
      error={error('saw-it-yes')}
      value={draft.sawIt}
      onChange={(sawIt) => update({ sawIt })}
      inline
      options={[
        { value: 'yes', label: t('start.sawItYes') },
        { value: 'no', label: t('start.sawItNo') },
      ]}
    />
  );
  const organisation = (
    <>
      <TextField
        id="organisation"
        name="organisation"
        label={t('start.organisationName')}
        error={error('organisation')}
        autoComplete="organization"
        value={draft.organisation}
        onChange={(event) => update({ organisation: event.currentTarget.value })}
      />
      <Radios
        id="organisation-about"
        name="organisationAbout"
        legend={t('start.organisationAbout')}
        error={error('organisation-about-happened')}
        value={draft.organisationAbout}
        onChange={(organisationAbout) => update({ organisationAbout })}
        options={[
          { value: 'happened', label: t('start.organisationHappened') },
          { value: 'concern', label: t('start.organisationConcern') },
        ]}
      />
    </>
  );

  return (
    <QuestionForm question={q}>
      <Radios<About>
        id="about"
        name="about"
        legend={t('start.title')}
        headingRef={q.headingRef}
        error={error('about-me')}
        value={draft.about}
        onChange={(about) => update({ about })}
        options={[
          { value: 'me', label: t('start.me') },
          { value: 'someone_else', label: t('start.someoneElse'), conditional: sawIt },
          { value: 'concern', label: t('start.concern'), hint: t('start.concernHint') },
          { value: 'organisation', label: t('start.organisation'), hint: t('start.organisationHint'), conditional: organisation },
        ]}
      />
    </QuestionForm>
  );
}
