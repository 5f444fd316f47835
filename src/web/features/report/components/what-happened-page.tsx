import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/radios.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { isConcern } from '../report-flow.ts';
import { useDraft } from '../draft-store.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

/** The account in the reporter's own words and language, and whether it happened online. */
export function WhatHappenedPage() {
  const { t } = useTranslation('report');
  const concern = isConcern(useDraft());
  const q = useQuestion('what-happened', concern ? t('what.titleConcern') : t('what.title'));
  const { draft, update, error } = q;
  return (
    <QuestionForm question={q}>
      <TextareaField
        id="description"
        name="description"
        label={concern ? t('what.titleConcern') : t('what.title')}
        headingRef={q.headingRef}
        hint={concern ? t('what.hintConcern') : t('what.hint')}
        error={error('description')}
        rows={8}
        dir="auto"
        value={draft.description}
        onChange={(event) => update({ description: event.currentTarget.value })}
      />
      <Radios
        id="online"
        name="online"
        legend={concern ? t('what.onlineConcern') : t('what.online')}
        hint={t('what.onlineHint')}
        error={error('online-yes')}
        value={draft.online}
        onChange={(online) => update({ online })}
        options={[
          {
            value: 'yes',
            label: t('what.onlineYes'),
            conditional: (
              <TextField
                id="platform"
                name="platform"
                label={t('what.platform')}
                hint={t('what.platformHint')}
                error={error('platform')}
                value={draft.platform}
                onChange={(event) => update({ platform: event.currentTarget.value })}
              />
            ),
          },
          { value: 'no', label: t('what.onlineNo') },
        ]}
      />
    </QuestionForm>
  );
}
