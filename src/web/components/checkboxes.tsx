import type { ReactNode, Ref } from 'react';
import { describedBy, FieldMessages } from './field-message.tsx';

export type CheckboxOption<V extends string> = { value: V; label: ReactNode; hint?: ReactNode; conditional?: ReactNode };

type CheckboxesProps<V extends string> = {
  /** The group's id; each box is `${id}-${value}`, the first one is what errors link to. */
  id: string;
  name: string;
  legend: ReactNode;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly CheckboxOption<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
};

/** Choose any number: a fieldset of checkboxes, in the order given, each with an optional follow-up. */
export function Checkboxes<V extends string>({ id, name, legend, headingRef, hint, error, options, values, onChange }: CheckboxesProps<V>) {
  function toggle(value: V, checked: boolean) {
    // Kept in the options' order, whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  }
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={headingRef ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {headingRef ? (
            <h1 ref={headingRef} tabIndex={-1} className="page-heading">
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="choices">
          {options.map((option) => {
            const optionId = `${id}-${option.value}`;
            const checked = values.includes(option.value);
            return (
              <div key={option.value} className="choice-wrapper">
                <div className="choice choice--checkbox">
                  <input
                    type="checkbox"
                    id={optionId}
                    name={name}
                    value={option.value}
                    checked={checked}
                    onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                    aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  />
                  <label htmlFor={optionId}>{option.label}</label>
                  {option.hint && (
                    <div id={`${optionId}-hint`} className="form-hint choice__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {checked && option.conditional && <div className="choice__conditional">{option.conditional}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
