import { londonDay } from '../../shared/london-time.ts';
import { formatDateTime } from '../lib/date-format.ts';

/** One London calendar day of a timeline, its items newest first, each with its London time. */
export interface TimelineDay<T> {
  /** YYYY-MM-DD in Europe/London. */
  day: string;
  /** "Mon 23 Nov 2026", in the interface language. */
  heading: string;
  items: (T & { time: string })[];
}

/**
 * Items grouped by the Europe/London day they happened on, newest day and newest item first
 * (items at the same instant keep their order). Items whose `at` is not a date are left out.
 * The heading and the "14:05" come from `formatDateTime`, so they match every other date shown.
 */
export function groupByLondonDay<T extends { at: string }>(items: readonly T[], language = 'en'): TimelineDay<T>[] {
  const dated = items
    .map((item) => ({ item, ms: Date.parse(item.at) }))
    .filter(({ ms }) => !Number.isNaN(ms))
    .sort((a, b) => b.ms - a.ms);
  const days: TimelineDay<T>[] = [];
  for (const { item, ms } of dated) {
    const at = new Date(ms);
    const day = londonDay(at);
    const formatted = formatDateTime(at, language);
    const comma = formatted.lastIndexOf(', ');
    let group = days[days.length - 1];
    if (group?.day !== day) {
      group = { day, heading: formatted.slice(0, comma), items: [] };
      days.push(group);
    }
    group.items.push({ ...item, time: formatted.slice(comma + 2) });
  }
  return days;
}
