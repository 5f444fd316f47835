import type { FormError } from '../../components/error-summary.tsx';
import { describeError } from '../../components/query-status.tsx';
import { isApiError } from '../../lib/api-client.ts';

/** A path into a request, as zod and the API's problem documents give it: ["evidence", 0, "source"]. */
export type FieldPath = readonly (string | number)[];

/** Our words and the control to fix, for a problem at `path`; `fallback` is the validator's own message. */
export type PathToError = (path: FieldPath, fallback: string) => FormError;

/** "evidence.0.source" → ["evidence", 0, "source"]. */
export function parsePath(field: string): FieldPath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** zod's issue paths may hold symbols in theory; ours never do, so those parts are dropped. */
export function pathOf(path: readonly PropertyKey[]): FieldPath {
  return path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
}

/** One error per field, the first problem found for it: two messages about one box help nobody. */
export function uniqueErrors(errors: readonly FormError[]): FormError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = e.fieldId ?? `:${String(errors.indexOf(e))}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

/**
 * A refused request as form errors: the API's field problems each linked to the control to fix;
 * anything else (other than the conflicts each form handles itself) as the usual plain sentence.
 */
export function problemErrors(error: unknown, toError: PathToError): FormError[] {
  if (isApiError(error, 400) && error.fieldErrors.length > 0) {
    return uniqueErrors(error.fieldErrors.map((p) => toError(parsePath(p.field), `${p.field}: ${p.message}`)));
  }
  if (isApiError(error) && error.status !== 0 && error.status !== 403 && error.status < 500 && error.detail) {
    const detail = error.detail;
    return [{ message: () => detail }];
  }
  return [{ message: (t) => describeError(error, t) }];
}

/** The errors in the order their controls appear on the page, so the summary reads top to bottom. */
export function inPageOrder(errors: readonly FormError[]): FormError[] {
  const position = (e: FormError) => (e.fieldId ? document.getElementById(e.fieldId) : null);
  return [...errors].sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    if (!pa || !pb || pa === pb) {
      return pa ? -1 : pb ? 1 : 0;
    }
    return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
