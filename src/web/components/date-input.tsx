import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './field-message.tsx';

export type DateParts = { day: string; month: string; year: string };
type Part = keyof DateParts;

type DateInputProps = {
  /** Each box is `${id}-day`, `${id}-month` or `${id}-year`. */
  id: string;
  legend: ReactNode;
  labels: Record<Part, string>;
  hint?: ReactNode;
  error?: string | undefined;
  /** The box the error is about, marked invalid; all three when not given. */
  errorPart?: Part | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
};

const parts: readonly Part[] = ['day', 'month', 'year'];

/**
 * Day, month and year as three boxes (the GOV.UK date input): easier on a phone and with a
 * screen reader than a date picker, and it takes a best guess as readily as an exact date.
 */
export function DateInput({ id, legend, labels, hint, error, errorPart, value, onChange }: DateInputProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="date-input">
          {parts.map((part) => (
            <div key={part} className="date-input__item">
              <label className="form-label form-label--small" htmlFor={`${id}-${part}`}>
                {labels[part]}
              </label>
              <input
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                className={`form-input date-input__input date-input__input--${part}`}
                inputMode="numeric"
                autoComplete="off"
                value={value[part]}
                aria-invalid={error && (!errorPart || errorPart === part) ? true : undefined}
                onChange={(event) => onChange({ ...value, [part]: event.currentTarget.value })}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
