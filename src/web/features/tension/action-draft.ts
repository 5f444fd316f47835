import { fromLondonInput, toLondonInput } from '../cases/london-input.ts';
import type { FormError } from '../../components/error-summary.tsx';
import { keyed, type Keyed } from './draft-lists.ts';

/** An action (or a CIA mitigation) as typed: the due time is London wall-clock time from a datetime-local input. */
export type ActionDraft = Keyed<{ description: string; owner: string; dueAt: string }>;

/** A new, empty row. */
export const emptyAction = (): ActionDraft => keyed({ description: '', owner: '', dueAt: '' });

/** A saved action as a row to edit, its due time shown in London time. */
export function actionDraftOf(action: { description: string; owner: string; dueAt: string | null }): ActionDraft {
  return keyed({ description: action.description, owner: action.owner, dueAt: action.dueAt ? toLondonInput(new Date(action.dueAt)) : '' });
}

/** The contract's action; an unreadable due time becomes an error rather than silently "no due date". */
export function actionRequest(draft: ActionDraft, fieldId: string, n: number): { value: { description: string; owner: string; dueAt: string | null }; error?: FormError } {
  const dueAt = draft.dueAt ? fromLondonInput(draft.dueAt) : null;
  const value = { description: draft.description.trim(), owner: draft.owner.trim(), dueAt };
  if (draft.dueAt && !dueAt) {
    return { value, error: { fieldId, message: (t) => t('tension.errors.actionDue', { n }) } };
  }
  return { value };
}
