import { LONDON } from '../../lib/date-format.ts';

/**
 * A date-and-time input holds a wall-clock time without a zone ("2026-11-24T06:40"). Staff type
 * London time whatever their computer's zone, so these convert between that and UTC instants.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonParts(at: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The value for a datetime-local input showing this instant in London: "2026-11-24T06:40". */
export function toLondonInput(at: Date): string {
  const p = londonParts(at);
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`;
}

/** Today in London as YYYY-MM-DD, what a date input holds. */
export function londonToday(at: Date = new Date()): string {
  return toLondonInput(at).slice(0, 10);
}

/** The UTC instant (ISO 8601) of a London wall-clock time from a datetime-local input; null if not one. */
export function fromLondonInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) {
    return null;
  }
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Guess the instant, then correct by how far London's clock differs from the wanted one there.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = londonParts(new Date(guess));
    const shown = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']));
    guess += asUtc - shown;
  }
  return Number.isNaN(guess) ? null : new Date(guess).toISOString();
}
