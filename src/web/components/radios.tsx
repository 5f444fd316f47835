import type { ReactNode, Ref } from 'react';
import { describedBy, FieldMessages } from './field-message.tsx';

export type RadioOption<V extends string> = {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the option while it is chosen (a follow-up question, or a note). */
  conditional?: ReactNode;
};

type RadiosProps<V extends string> = {
  /** The group's id; each option's input is `${id}-${value}`, the first one is what errors link to. */
  id: string;
  name: string;
  legend: ReactNode;
  /** When the question is the page itself, its legend is the page's h1 (GOV.UK question pages). */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  inline?: boolean;
};

/** A radio group in a fieldset, GOV.UK style: large targets, the legend as the question. */
export function Radios<V extends string>({ id, name, legend, headingRef, hint, error, options, value, onChange, inline = false }: RadiosProps<V>) {
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
        <div className={`choices${inline ? ' choices--inline' : ''}`}>
          {options.map((option) => {
            const optionId = `${id}-${option.value}`;
            const checked = value === option.value;
            return (
              <div key={option.value} className="choice-wrapper">
                <div className="choice choice--radio">
                  <input
                    type="radio"
                    id={optionId}
                    name={name}
                    value={option.value}
                    checked={checked}
                    onChange={() => onChange(option.value)}
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
