import type { TFunction } from 'i18next';
import type { SignalResponse } from '../types.ts';
import { formatDay } from '../labels.ts';

/** "Oldham – Religion – Tue 24 Nov 2026": what a signal is about, for its heading and its link. */
export function signalTitle(signal: Pick<SignalResponse, 'areaName' | 'strand' | 'day'>, t: TFunction, language: string | undefined): string {
  const strand = signal.strand ? t(`cases.strand.${signal.strand}`) : t('tension.signal.allStrands');
  return t('tension.signal.title', { area: signal.areaName, strand, day: formatDay(signal.day, language) });
}

/** Red before amber, then the most unusual first, then the newest. */
export function bySeverity(a: SignalResponse, b: SignalResponse): number {
  const rank = (s: SignalResponse) => (s.level === 'red' ? 0 : 1);
  return rank(a) - rank(b) || b.ratio - a.ratio || b.day.localeCompare(a.day);
}
