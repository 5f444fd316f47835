import { createHmac } from 'node:crypto';
import type { z } from 'zod';
import type { CloseRequest } from '../../shared/cases/contract.ts';
import { OffenceGroup } from '../../shared/reports/contract.ts';
import { STREET_CRIME_COLUMNS, type OutcomeCategory } from '../../shared/returns/street-crime-contract.ts';
import type { ReportStatus } from '../db/schema.ts';

type ClosureReason = z.infer<typeof CloseRequest>['reason'];

/**
 * Closure reason → data.police.uk "Last outcome category". Cohesion records why a case closed, not
 * the Home Office outcome type, so some reasons stand for several categories; where they do, the
 * category says no more than we know. `duplicate` is absent: a duplicate record is not exported at
 * all (the crime it duplicates is). Mirrored in docs/street-crime-export.md.
 */
export const OUTCOME_BY_CLOSURE_REASON: Readonly<Record<Exclude<ClosureReason, 'duplicate'>, OutcomeCategory>> = {
  // Home Office outcome 1 (charged or summonsed): data.police.uk shows it so until the court's result.
  charged: 'Awaiting court outcome',
  // Community resolutions (outcome 8) are "Local resolution"; we do not record whether it was a caution instead.
  out_of_court: 'Local resolution',
  // Outcome 18; Cohesion does not record whether a suspect was identified (which would be outcome 15).
  no_further_action: 'Investigation complete; no suspect identified',
  // Outcomes 14 and 16 (the victim does not support, or withdraws support for, action).
  victim_declined: 'Unable to prosecute suspect',
  // Neither says what the outcome was: data.police.uk's own word for "the force cannot say".
  resolved: 'Status update unavailable',
  other: 'Status update unavailable',
};

/** A crime still open is "Under investigation"; a closed one, by its closure reason. */
export function lastOutcomeCategory(status: ReportStatus, closureReason: string | null): OutcomeCategory {
  if (status !== 'closed') {
    return 'Under investigation';
  }
  const known = Object.hasOwn(OUTCOME_BY_CLOSURE_REASON, closureReason ?? '');
  return known ? OUTCOME_BY_CLOSURE_REASON[closureReason as keyof typeof OUTCOME_BY_CLOSURE_REASON] : 'Status update unavailable';
}

/** The offence group is data.police.uk's crime type already; a crime recorded without one is "Other crime". */
export function crimeType(offenceGroup: string | null): string {
  const parsed = OffenceGroup.safeParse(offenceGroup);
  return parsed.success ? parsed.data : 'Other crime';
}

/**
 * The published Crime ID: 64 hex digits, like data.police.uk's, that cannot be turned back into the
 * report. A keyed hash (HMAC-SHA-256) rather than a plain one, since report ids and crime numbers
 * could otherwise be confirmed by hashing guesses. The prefix keeps these ids apart from any other
 * use of the same key. The same report always gives the same id, so months can be joined.
 */
export function crimeId(secret: string, reportId: string): string {
  return createHmac('sha256', secret).update(`street-crime:${reportId}`).digest('hex');
}

/** A coordinate as data.police.uk writes it: always six decimals. */
export const coordinate = (value: number) => value.toFixed(6);

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One CSV line as data.police.uk writes them: fields quoted only when they must be (RFC 4180), LF
 * line endings, no byte order mark. Not `formats/csv.ts`: its spreadsheet-formula guard would
 * prefix every negative longitude with an apostrophe, and the values here are all ours (vocabulary,
 * numbers, boundary names), never a reporter's words.
 */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(field).join(',')}\n`;
}

export const STREET_CRIME_HEADER = csvLine(STREET_CRIME_COLUMNS);
