import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** Form controls in the style of TextField: label, optional hint and inline error, wired with aria-describedby. */
type Described = { id: string; hint?: string | undefined; error?: string | undefined };

function describedBy({ id, hint, error }: Described): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: Described) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
    </>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & Described & { name: string; label: string };

export function TextAreaField({ id, name, label, hint, error, rows = 3, ...rest }: TextAreaFieldProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        className="form-input form-textarea"
        aria-describedby={describedBy({ id, hint, error })}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> &
  Described & { name: string; label: string; options: readonly { value: string; label: string }[]; placeholder?: string };

export function SelectField({ id, name, label, hint, error, options, placeholder, ...rest }: SelectFieldProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select id={id} name={name} className="form-input form-select" aria-describedby={describedBy({ id, hint, error })} aria-invalid={error ? true : undefined} {...rest}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type ChoiceFieldsetProps = Described & {
  legend: ReactNode;
  name: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string; hint?: string }[];
  /** Checked values, for uncontrolled inputs. */
  defaultValue?: readonly string[];
  /** Checked values, for controlled inputs (with onChange). */
  value?: readonly string[];
  onChange?: (value: string, checked: boolean) => void;
  inline?: boolean;
  /** Shown under the option with that value while it is chosen (the GOV.UK conditional reveal). */
  reveal?: Partial<Record<string, ReactNode>>;
};

/**
 * Radios or checkboxes in a fieldset with a legend. The first input carries `id`, so that an
 * error summary link lands on the group.
 */
export function ChoiceFieldset(props: ChoiceFieldsetProps) {
  const { id, hint, error, legend, name, type, options, defaultValue, value, onChange, inline = false, reveal } = props;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend className="form-label">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={inline ? 'choices choices--inline' : 'choices'}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            const checked = value?.includes(option.value);
            return (
              <div key={option.value}>
                <div className="checkbox">
                  <input
                    type={type}
                    id={inputId}
                    name={name}
                    value={option.value}
                    {...(value !== undefined ? { checked, onChange: (e) => onChange?.(option.value, e.target.checked) } : { defaultChecked: defaultValue?.includes(option.value) })}
                    aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                  />
                  <label htmlFor={inputId}>{option.label}</label>
                </div>
                {option.hint && (
                  <p id={`${inputId}-hint`} className="form-hint choices__hint">
                    {option.hint}
                  </p>
                )}
                {checked && reveal?.[option.value] && <div className="choices__reveal">{reveal[option.value]}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
