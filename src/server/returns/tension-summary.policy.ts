import type { TensionSummaryStatus } from '../../shared/returns/tension-summary-contract.ts';
import { forbidden } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { can } from '../platform/platform.policy.ts';

/**
 * Pure rules of the Community Tension Summary: who reads, prepares, approves and issues, and the
 * two-person rule (a national return is approved by someone who did not write it).
 */

/** Returns are read by their readers and by everyone who prepares or approves them. */
export function canReadSummaries(actor: Actor): boolean {
  return can(actor, 'returns:read') || can(actor, 'returns:prepare') || can(actor, 'returns:approve');
}

export function requireReadSummaries(actor: Actor): void {
  if (!canReadSummaries(actor)) {
    throw forbidden();
  }
}

/** The state of one version that the rules depend on. */
export interface SummaryState {
  status: TensionSummaryStatus;
  /** The compiler and everyone who has edited this version. */
  authors: readonly string[];
  /** A correction of this version already exists (there can be one). */
  corrected: boolean;
}

/** Whether the actor wrote any of this version's words, so may not approve it. */
export function isAuthor(actor: Actor, authors: readonly string[]): boolean {
  return authors.includes(actor.userId);
}

/** What the actor may do with a version now; the service enforces the same rules with their reasons. */
export function allowedActions(actor: Actor, state: SummaryState) {
  const open = state.status === 'draft' || state.status === 'approved';
  return {
    edit: can(actor, 'returns:prepare') && open,
    approve: can(actor, 'returns:approve') && state.status === 'draft' && !isAuthor(actor, state.authors),
    issue: can(actor, 'returns:approve') && state.status === 'approved',
    correct: can(actor, 'returns:prepare') && state.status === 'issued' && !state.corrected,
  };
}
