import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> & {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** A labelled input with an optional hint and inline error, wired up with aria-describedby. */
export function TextField({ id, name, label, hint, error, className, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="form-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        className={`form-input${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}
