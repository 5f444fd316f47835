import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { areaFields, forceFields, MAX_TEXT, summaryIds } from '../summary-text.ts';
import type { AreaTextField, CompiledSummary, SummaryText } from '../types.ts';
import { AreaFacts } from './summary-area-facts.tsx';

type Props = {
  initial: SummaryText;
  compiled: CompiledSummary;
  forceName: string;
  saving: boolean;
  errors: readonly FormError[];
  onSave: (text: SummaryText) => void;
  /** Above the form: a conflict notice, for instance. */
  notice?: ReactNode;
};

/** Enough rows to show what is there (up to a screenful), so the reader need not scroll inside a box. */
const rowsFor = (text: string) => Math.min(14, Math.max(3, text.split('\n').length + 1, Math.ceil(text.length / 90) + 1));

/**
 * The text of a return: the force-wide parts, then each area's six parts beside what was compiled
 * for it. One save sends it all, as the API replaces the text whole (with the revision it was read at).
 */
export function SummaryForm({ initial, compiled, forceName, saving, errors, onSave, notice }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const err = (id: string) => errorFor(errors, id, t);

  // Every area of the return, in the compiled order, with its text or an empty one: the API wants all.
  const areas = compiled.areas.map((area) => ({ area, text: text.areas.find((a) => a.areaId === area.areaId) }));
  const setArea = (areaId: string, field: AreaTextField, value: string) =>
    setText((current) => ({
      ...current,
      areas: compiled.areas.map((a) => {
        const existing = current.areas.find((x) => x.areaId === a.areaId) ?? { areaId: a.areaId, summary: '', experienced: '', evidenced: '', potential: '', keyIncidents: '', actions: '' };
        return a.areaId === areaId ? { ...existing, [field]: value } : existing;
      }),
    }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!saving) {
      onSave(text);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {notice}
      <form className="form form--wide cts-form" noValidate onSubmit={submit}>
        <section className="cts-section" aria-labelledby="cts-force">
          <h2 id="cts-force">{t('returns.summary.forceHeading', { force: forceName })}</h2>
          {forceFields.map((field) => (
            <TextareaField
              key={field}
              id={summaryIds.force(field)}
              name={field}
              label={t(`returns.summary.fields.${field}`)}
              hint={t(`returns.summary.hints.${field}`)}
              error={err(summaryIds.force(field))}
              rows={rowsFor(text[field])}
              maxLength={MAX_TEXT}
              value={text[field]}
              onChange={(e) => setText((current) => ({ ...current, [field]: e.target.value }))}
            />
          ))}
        </section>
        {areas.map(({ area, text: areaText }, index) => (
          <section key={area.areaId} className="cts-section cts-area" aria-labelledby={`cts-area-heading-${area.areaId}`}>
            <h2 id={`cts-area-heading-${area.areaId}`}>{area.name}</h2>
            <AreaFacts area={area} scale={compiled.scale} />
            <fieldset className="fieldset">
              <legend className="visually-hidden">{t('returns.summary.areaLegend', { area: area.name })}</legend>
              {areaFields.map((field) => (
                <TextareaField
                  key={field}
                  id={summaryIds.area(index, field)}
                  name={`${area.areaId}.${field}`}
                  label={t(`returns.summary.fields.${field === 'summary' ? 'areaSummary' : field}`)}
                  error={err(summaryIds.area(index, field))}
                  rows={rowsFor(areaText?.[field] ?? '')}
                  maxLength={MAX_TEXT}
                  value={areaText?.[field] ?? ''}
                  onChange={(e) => setArea(area.areaId, field, e.target.value)}
                />
              ))}
            </fieldset>
          </section>
        ))}
        <div className="button-row cts-form__save">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {saving ? t('returns.workflow.working') : t('returns.edit.save')}
          </button>
        </div>
      </form>
    </>
  );
}
