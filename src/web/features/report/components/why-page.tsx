import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Strand, type PerceivedReligion } from '../../../../shared/reports/contract.ts';
import { Checkboxes } from '../../../components/checkboxes.tsx';
import { Radios } from '../../../components/radios.tsx';
import { useDraft } from '../draft-store.ts';
import { isConcern } from '../report-flow.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

// Most often targeted first (Home Office figures), then the rest; "not sure" last.
const religions: readonly z.infer<typeof PerceivedReligion>[] = ['muslim', 'jewish', 'sikh', 'hindu', 'christian', 'buddhist', 'other', 'no_religion', 'unknown'];

/** The reasons (the monitored strands, in plain words); for religion, which one. Optional for a concern. */
export function WhyPage() {
  const { t } = useTranslation('report');
  const concern = isConcern(useDraft());
  const q = useQuestion('why', concern ? t('why.titleConcern') : t('why.title'));
  const { draft, update, error } = q;
  const religion = (
    <Radios
      id="religion"
      name="religion"
      legend={t('why.religion')}
      error={error('religion-muslim')}
      value={draft.religion}
      onChange={(value) => update({ religion: value })}
      options={religions.map((value) => ({ value, label: t(`why.religions.${value}`) }))}
    />
  );
  return (
    <QuestionForm question={q}>
      <Checkboxes
        id="strand"
        name="strands"
        legend={concern ? t('why.titleConcern') : t('why.title')}
        headingRef={q.headingRef}
        hint={concern ? t('why.hintConcern') : t('why.hint')}
        error={error('strand-race')}
        values={draft.strands}
        onChange={(strands) => update({ strands })}
        options={Strand.options.map((value) => ({
          value,
          label: t(`why.strands.${value}`),
          conditional: value === 'religion' ? religion : undefined,
        }))}
      />
    </QuestionForm>
  );
}
