import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { clockOf, durationOf, minutesSince } from '../clock.ts';

/** "45 min", "23 h 20 min", "2 d 3 h": the largest two units are enough to act on; days only from two. */
export function formatDuration(minutes: number, t: TFunction): string {
  const d = durationOf(minutes);
  if (d.days >= 2) {
    return d.hours > 0 ? t('cases.clock.days', { days: d.days, hours: d.hours }) : t('cases.clock.daysOnly', { days: d.days });
  }
  const hours = d.days * 24 + d.hours;
  if (hours > 0) {
    return d.minutes > 0 ? t('cases.clock.hours', { hours, minutes: d.minutes }) : t('cases.clock.hoursOnly', { hours });
  }
  return t('cases.clock.minutes', { minutes: d.minutes });
}

/** "12 min ago", or "just now" in the first minute. */
export function formatAge(at: string, now: number, t: TFunction): string {
  const minutes = minutesSince(at, now);
  return minutes < 1 ? t('cases.clock.justNow') : t('cases.clock.ago', { time: formatDuration(minutes, t) });
}

type ClockTextProps = {
  dueAt: string | null;
  startedAt: string;
  now: number;
  /** Also show when it is due ("due Mon 23 Nov 2026, 14:05"), as the case page does. */
  showDue?: boolean;
};

/**
 * Time left on a clock, in words and colour: plain while there is time, amber with "due soon" under
 * a quarter left, red and "overdue by …" once breached. Nothing when there is no clock.
 */
export function ClockText({ dueAt, startedAt, now, showDue = false }: ClockTextProps) {
  const { t, i18n } = useTranslation();
  const clock = clockOf(dueAt, startedAt, now);
  if (!clock || !dueAt) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('cases.clock.none')}</span>
      </>
    );
  }
  const due = formatDateTime(dueAt, i18n.resolvedLanguage);
  const time = formatDuration(clock.minutesLeft, t);
  return (
    <span className={`clock clock--${clock.state}`}>
      {clock.state === 'breached' ? (
        <strong>
          <span className="clock__mark" aria-hidden="true">
            ●{' '}
          </span>
          {t('cases.clock.overdue', { time })}
        </strong>
      ) : (
        <span>
          {clock.state === 'warn' && (
            <span className="clock__mark" aria-hidden="true">
              ▲{' '}
            </span>
          )}
          {t('cases.clock.left', { time })}
          {clock.state === 'warn' && <span className="clock__flag"> {t('cases.clock.dueSoon')}</span>}
        </span>
      )}
      {showDue && (
        <span className="clock__due">
          {' '}
          <time dateTime={dueAt}>{t('cases.clock.due', { when: due })}</time>
        </span>
      )}
    </span>
  );
}
