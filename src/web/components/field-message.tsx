import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The hint and inline error of a field or group, with the ids its control (or fieldset) names
 * in aria-describedby: `describedBy(id, hint, error)` gives that attribute.
 */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="form-hint">
          {hint}
        </div>
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
