import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { SelectField, TextAreaField } from '../../cases/components/fields.tsx';
import { emptyEvidence, ids, type EvidenceDraft } from '../assessment-draft.ts';
import { focusSoon, removeAt, replaceAt } from '../draft-lists.ts';
import { evidenceCategories, oneOf, reliabilities } from '../options.ts';

type Props = { items: readonly EvidenceDraft[]; onChange: (items: EvidenceDraft[]) => void; errors: readonly FormError[] };

/** The evidence items of an assessment, each with its EEP category, source, reliability and date. */
export function EvidenceEditor({ items, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (index: number, item: EvidenceDraft) => onChange(replaceAt(items, index, item));
  const err = (index: number, field: string) => errorFor(errors, ids.evidence(index, field), t);
  return (
    <>
      {items.length === 0 && <p>{t('tension.form.noEvidenceYet')}</p>}
      {items.map((item, index) => {
        const label = t('tension.form.evidenceItem', { n: index + 1 });
        return (
          <fieldset key={item.key} className="fieldset list-editor__item">
            <legend className="list-editor__legend">
              {label}
              {item.signalId && <span className="list-editor__from"> – {t('tension.form.fromSignal')}</span>}
              {item.reportId && <span className="list-editor__from"> – {t('tension.form.fromReport')}</span>}
            </legend>
            <div className="field-pair">
              <SelectField
                id={ids.evidence(index, 'category')}
                name={`evidence-${index}-category`}
                label={t('tension.form.category')}
                placeholder={t('tension.form.choose')}
                error={err(index, 'category')}
                options={evidenceCategories.map((c) => ({ value: c, label: t(`tension.eep.${c}`) }))}
                value={item.category}
                onChange={(event) => set(index, { ...item, category: oneOf(evidenceCategories, event.target.value) ?? '' })}
              />
              <SelectField
                id={ids.evidence(index, 'reliability')}
                name={`evidence-${index}-reliability`}
                label={t('tension.form.reliability')}
                placeholder={t('tension.form.choose')}
                error={err(index, 'reliability')}
                options={reliabilities.map((r) => ({ value: r, label: t(`tension.reliability.${r}`) }))}
                value={item.reliability}
                onChange={(event) => set(index, { ...item, reliability: oneOf(reliabilities, event.target.value) ?? '' })}
              />
            </div>
            <TextAreaField
              id={ids.evidence(index, 'description')}
              name={`evidence-${index}-description`}
              label={t('tension.form.evidenceDescription')}
              error={err(index, 'description')}
              rows={2}
              maxLength={2000}
              value={item.description}
              onChange={(event) => set(index, { ...item, description: event.target.value })}
            />
            <div className="field-pair">
              <TextField
                id={ids.evidence(index, 'source')}
                name={`evidence-${index}-source`}
                label={t('tension.form.source')}
                hint={t('tension.form.sourceHint')}
                error={err(index, 'source')}
                maxLength={200}
                value={item.source}
                onChange={(event) => set(index, { ...item, source: event.target.value })}
              />
              <TextField
                id={ids.evidence(index, 'observedOn')}
                name={`evidence-${index}-observed`}
                type="date"
                label={t('tension.form.observedOn')}
                error={err(index, 'observedOn')}
                className="form-input--medium"
                value={item.observedOn}
                onChange={(event) => set(index, { ...item, observedOn: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                onChange(removeAt(items, index));
                focusSoon(items.length > 1 ? ids.evidence(Math.max(0, index - 1), 'category') : ids.addEvidence);
              }}
            >
              {t('tension.form.remove')}
              <span className="visually-hidden"> {label}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={ids.addEvidence}
        className="button button--secondary button--small"
        onClick={() => {
          onChange([...items, emptyEvidence()]);
          focusSoon(ids.evidence(items.length, 'category'));
        }}
      >
        {t('tension.form.addEvidence')}
      </button>
    </>
  );
}
