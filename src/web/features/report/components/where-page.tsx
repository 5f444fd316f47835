import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useDraft } from '../draft-store.ts';
import { isConcern } from '../report-flow.ts';
import { QuestionForm, useQuestion } from './question-form.tsx';

/** A postcode, a description of the place, or both (skipped when it happened online). */
export function WherePage() {
  const { t } = useTranslation('report');
  const concern = isConcern(useDraft());
  const title = concern ? t('where.titleConcern') : t('where.title');
  const q = useQuestion('where', title);
  const { draft, update, error } = q;
  return (
    <QuestionForm question={q}>
      <h1 ref={q.headingRef} tabIndex={-1} className="page-heading">
        {title}
      </h1>
      <p className="form-hint">{t('where.hint')}</p>
      <TextField
        id="postcode"
        name="postcode"
        label={t('where.postcode')}
        hint={t('where.postcodeHint')}
        error={error('postcode')}
        className="form-input--width-10"
        autoComplete="postal-code"
        autoCapitalize="characters"
        spellCheck={false}
        dir="ltr"
        value={draft.postcode}
        onChange={(event) => update({ postcode: event.currentTarget.value })}
      />
      <TextareaField
        id="place"
        name="place"
        label={t('where.place')}
        hint={t('where.placeHint')}
        error={error('place')}
        rows={3}
        dir="auto"
        value={draft.place}
        onChange={(event) => update({ place: event.currentTarget.value })}
      />
    </QuestionForm>
  );
}
