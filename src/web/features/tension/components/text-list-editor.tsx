import { useTranslation } from 'react-i18next';
import type { FormError } from '../../../components/error-summary.tsx';
import { errorFor } from '../../../components/error-summary.tsx';
import { focusSoon, removeAt, replaceAt } from '../draft-lists.ts';
import { text, type TextDraft } from '../assessment-draft.ts';

type Props = {
  legend: string;
  hint: string;
  /** The label of line n (from 1): "Key trigger 2". */
  itemLabel: (n: number) => string;
  addLabel: string;
  idFor: (index: number) => string;
  items: readonly TextDraft[];
  onChange: (items: TextDraft[]) => void;
  errors: readonly FormError[];
  maxLength: number;
};

/** A short list of one-line entries (key triggers, partners informed), each added and removed on its own. */
export function TextListEditor({ legend, hint, itemLabel, addLabel, idFor, items, onChange, errors, maxLength }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset form-section list-editor">
      <legend className="form-section__legend">{legend}</legend>
      <p className="form-hint">{hint}</p>
      {items.map((item, index) => {
        const id = idFor(index);
        const error = errorFor(errors, id, t);
        return (
          <div key={item.key} className={`list-editor__row form-group${error ? ' form-group--error' : ''}`}>
            <label className="form-label" htmlFor={id}>
              {itemLabel(index + 1)}
            </label>
            {error && (
              <p id={`${id}-error`} className="field-error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {error}
              </p>
            )}
            <div className="list-editor__line">
              <input
                id={id}
                className="form-input"
                value={item.text}
                maxLength={maxLength}
                aria-describedby={error ? `${id}-error` : undefined}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onChange(replaceAt(items, index, { ...item, text: event.target.value }))}
              />
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  onChange(removeAt(items, index));
                  focusSoon(items.length > 1 ? idFor(Math.max(0, index - 1)) : `${idFor(0)}-add`);
                }}
              >
                {t('tension.form.remove')}
                <span className="visually-hidden"> {itemLabel(index + 1)}</span>
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        id={`${idFor(0)}-add`}
        className="button button--secondary button--small"
        onClick={() => {
          onChange([...items, text()]);
          focusSoon(idFor(items.length));
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
