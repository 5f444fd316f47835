import type { FormError } from '../../components/error-summary.tsx';
import { describeError } from '../../components/query-status.tsx';
import { isApiError } from '../../lib/api-client.ts';

/**
 * A refused request as form errors: each field problem the API names links to its control (by the
 * longest matching path in `fieldIds`, e.g. "contact.email" before "contact"); a conflict says the
 * API's own reason; anything else is the usual plain sentence.
 */
export function serverErrors(
  error: unknown,
  fieldIds: Readonly<Record<string, string>>,
  /** Our own words for a field's problem, where we know what it must be. */
  messages: Readonly<Record<string, FormError['message']>> = {},
): FormError[] {
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((problem) => {
      const path = problem.field.split('.');
      for (let n = path.length; n > 0; n--) {
        const key = path.slice(0, n).join('.');
        const id = fieldIds[key];
        if (id) {
          return { fieldId: id, message: messages[key] ?? (() => `${problem.field}: ${problem.message}`) };
        }
      }
      return { message: () => `${problem.field}: ${problem.message}` };
    });
  }
  if (isApiError(error, 409) && error.detail) {
    const detail = error.detail;
    return [{ message: () => detail }];
  }
  return [{ message: (t) => describeError(error, t) }];
}
