/**
 * The clocks the rules set on a report (the attendance target of its grade, the 24-hour
 * crime-recording decision), as time left: amber once under a quarter is left, red when breached.
 */
export type ClockState = 'ok' | 'warn' | 'breached';

export type Clock = {
  state: ClockState;
  /** Whole minutes left; negative once overdue. */
  minutesLeft: number;
};

const MINUTE = 60_000;

export function clockOf(dueAt: string | null, startedAt: string, now: number): Clock | null {
  if (!dueAt) {
    return null;
  }
  const due = Date.parse(dueAt);
  const start = Date.parse(startedAt);
  if (Number.isNaN(due) || Number.isNaN(start)) {
    return null;
  }
  const left = due - now;
  if (left <= 0) {
    return { state: 'breached', minutesLeft: Math.floor(left / MINUTE) };
  }
  const total = Math.max(due - start, MINUTE);
  return { state: left < total / 4 ? 'warn' : 'ok', minutesLeft: Math.ceil(left / MINUTE) };
}

/** A length of time in days, hours and minutes, largest first, for wording. */
export type Duration = { days: number; hours: number; minutes: number };

export function durationOf(totalMinutes: number): Duration {
  const m = Math.max(0, Math.abs(totalMinutes));
  return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: m % 60 };
}

/** Minutes since an instant; 0 for anything in the future (clocks are never quite in step). */
export function minutesSince(at: string, now: number): number {
  const then = Date.parse(at);
  return Number.isNaN(then) ? 0 : Math.max(0, Math.floor((now - then) / MINUTE));
}
