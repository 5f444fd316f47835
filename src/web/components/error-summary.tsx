import { useEffect, useRef, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * One problem to show at the top of a form; `fieldId` is the id of the control to fix. The
 * message is worded at render time, so that it follows a change of language.
 */
export type FormError = { fieldId?: string; message: (t: TFunction) => string };

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) {
    return;
  }
  // Handled here, not by the fragment: the router would treat "#id" as a navigation, and
  // the label should scroll into view with its field.
  event.preventDefault();
  const label = document.querySelector(`label[for="${fieldId}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: a list of every problem, each linking to its field. It takes focus
 * whenever a new set of errors arrives so that keyboard and screen reader users hear them.
 */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) {
      ref.current?.focus();
    }
  }, [errors]);

  if (errors.length === 0) {
    return null;
  }
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message(t)}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId ?? '')}>
                {error.message(t)}
              </a>
            ) : (
              error.message(t)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The first error message for a field, for its inline error. */
export function errorFor(errors: readonly FormError[], fieldId: string, t: TFunction): string | undefined {
  return errors.find((e) => e.fieldId === fieldId)?.message(t);
}
