import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { SelectField } from '../../cases/components/fields.tsx';
import { ciaIds, emptyRisk, type RiskDraft } from '../cia-draft.ts';
import { focusSoon, removeAt, replaceAt } from '../draft-lists.ts';
import { oneOf, rags } from '../options.ts';

/** Section 6 of a CIA: each risk with how likely it is and how much harm it would do. */
export function RisksEditor({ items, onChange, errors }: { items: readonly RiskDraft[]; onChange: (items: RiskDraft[]) => void; errors: readonly FormError[] }) {
  const { t } = useTranslation();
  const set = (index: number, item: RiskDraft) => onChange(replaceAt(items, index, item));
  const addId = `${ciaIds.risks(0, 'description')}-add`;
  const ragOptions = rags.map((r) => ({ value: r, label: t(`tension.rag.${r}`) }));
  return (
    <>
      {items.map((item, index) => {
        const label = t('tension.cia.risk', { n: index + 1 });
        return (
          <fieldset key={item.key} className="fieldset list-editor__item">
            <legend className="list-editor__legend">{label}</legend>
            <TextField
              id={ciaIds.risks(index, 'description')}
              name={`risk-${index}-description`}
              label={t('tension.cia.riskDescription')}
              error={errorFor(errors, ciaIds.risks(index, 'description'), t)}
              maxLength={1000}
              value={item.description}
              onChange={(event) => set(index, { ...item, description: event.target.value })}
            />
            <div className="field-pair">
              <SelectField
                id={ciaIds.risks(index, 'likelihood')}
                name={`risk-${index}-likelihood`}
                label={t('tension.cia.likelihood')}
                placeholder={t('tension.form.choose')}
                error={errorFor(errors, ciaIds.risks(index, 'likelihood'), t)}
                options={ragOptions}
                value={item.likelihood}
                onChange={(event) => set(index, { ...item, likelihood: oneOf(rags, event.target.value) ?? '' })}
              />
              <SelectField
                id={ciaIds.risks(index, 'impact')}
                name={`risk-${index}-impact`}
                label={t('tension.cia.impact')}
                placeholder={t('tension.form.choose')}
                error={errorFor(errors, ciaIds.risks(index, 'impact'), t)}
                options={ragOptions}
                value={item.impact}
                onChange={(event) => set(index, { ...item, impact: oneOf(rags, event.target.value) ?? '' })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                onChange(removeAt(items, index));
                focusSoon(items.length > 1 ? ciaIds.risks(Math.max(0, index - 1), 'description') : addId);
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
        id={addId}
        className="button button--secondary button--small"
        onClick={() => {
          onChange([...items, emptyRisk()]);
          focusSoon(ciaIds.risks(items.length, 'description'));
        }}
      >
        {t('tension.cia.addRisk')}
      </button>
    </>
  );
}
