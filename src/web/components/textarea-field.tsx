import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldMessages } from './field-message.tsx';

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> & {
  id: string;
  name: string;
  label: ReactNode;
  /** When the question is the page itself, its label is the page's h1. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A labelled multi-line answer with an optional hint and inline error. */
export function TextareaField({ id, name, label, headingRef, hint, error, rows = 5, className, ...textarea }: TextareaFieldProps) {
  const labelElement = (
    <label className={`form-label${headingRef ? ' form-label--heading' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {headingRef ? (
        <h1 ref={headingRef} tabIndex={-1} className="page-heading">
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        className={`form-input form-textarea${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
}
