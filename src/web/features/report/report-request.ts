import type { PublicReportRequest } from '../../../shared/reports/contract.ts';
import type { Draft } from './draft-store.ts';
import { asciiDigits, dayFromParts, londonDay, londonInstant, minutesFromTime } from './report-dates.ts';
import { isConcern, kindOf, roleOf } from './report-flow.ts';

/** What the draft's "when" answers mean, or which of them is not usable yet. */
export type WhenAnswer =
  | { ok: true; day: string; minutes: number | null; at: Date }
  | { ok: false; problem: 'choose' | 'date' | 'dateReal' | 'dateFuture' | 'time' | 'timeFuture'; fieldId: string };

export function whenAnswer(draft: Draft, now: Date): WhenAnswer {
  let day: string | null;
  switch (draft.dateChoice) {
    case undefined:
      return { ok: false, problem: 'choose', fieldId: 'date-choice-today' };
    case 'today':
      day = draft.date || londonDay(now);
      break;
    case 'yesterday':
      day = draft.date || londonDay(now, 1);
      break;
    case 'another': {
      const parts = { day: asciiDigits(draft.day.trim()), month: asciiDigits(draft.month.trim()), year: asciiDigits(draft.year.trim()) };
      const missing = (['day', 'month', 'year'] as const).find((part) => parts[part] === '');
      if (missing) {
        return { ok: false, problem: 'date', fieldId: `date-${missing}` };
      }
      day = dayFromParts(parts.day, parts.month, parts.year);
      if (!day) {
        return { ok: false, problem: 'dateReal', fieldId: 'date-day' };
      }
      if (day > londonDay(now)) {
        return { ok: false, problem: 'dateFuture', fieldId: 'date-day' };
      }
    }
  }
  const timeText = asciiDigits(draft.time.trim());
  const minutes = timeText ? minutesFromTime(timeText) : null;
  if (timeText && minutes === null) {
    return { ok: false, problem: 'time', fieldId: 'time' };
  }
  const at = londonInstant(day, minutes ?? 0);
  if (minutes !== null && at.getTime() > now.getTime()) {
    return { ok: false, problem: 'timeFuture', fieldId: 'time' };
  }
  return { ok: true, day, minutes, at };
}

const given = (text: string) => {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The request the draft would send. Unanswered questions stay undefined, so that the shared
 * schema names them; `language` is never sent: the server detects it from the description.
 */
export function toRequest(draft: Draft, context: { now: Date; language: string }): Partial<PublicReportRequest> {
  const when = whenAnswer(draft, context.now);
  const online = draft.online === 'yes';
  const concern = isConcern(draft);
  const strands = draft.strands;
  const postcode = given(asciiDigits(draft.postcode));
  const place = given(draft.place);
  return {
    kind: kindOf(draft),
    description: draft.description.trim(),
    occurredAt: when.ok ? when.at.toISOString() : undefined,
    // Without a time the day is all we know, so the instant (midnight) is only roughly right.
    occurredApproximate: draft.approximate || (when.ok && when.minutes === null),
    occurredNote: draft.approximate ? given(draft.note) : undefined,
    ongoing: draft.ongoing === 'yes',
    strands,
    perceivedReligion: strands.includes('religion') ? draft.religion : undefined,
    location: online || (!postcode && !place) ? undefined : { postcode, description: place },
    online,
    onlinePlatform: online ? given(draft.platform) : undefined,
    offenderDescription: concern ? undefined : given(draft.offender),
    witnesses: concern ? undefined : given(draft.witnesses),
    reporterRole: roleOf(draft),
    organisation: draft.about === 'organisation' ? given(draft.organisation) : undefined,
    anonymous: draft.contactMe !== 'yes',
    contact:
      draft.contactMe === 'yes'
        ? {
            name: draft.name.trim(),
            phone: given(asciiDigits(draft.phone)),
            email: given(draft.email),
            preferredMethod: draft.method,
            bestTimes: given(draft.times),
            language: draft.contactLanguage || context.language,
            needsInterpreter: draft.interpreter,
            needsTextRelay: draft.textRelay,
            notes: given(draft.notes),
          }
        : undefined,
  };
}
