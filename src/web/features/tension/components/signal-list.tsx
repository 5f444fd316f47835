import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SignalResponse } from '../types.ts';
import { formatCount, formatRatio } from '../labels.ts';
import { SignalLevel } from './signal-level.tsx';
import { bySeverity, signalTitle } from './signal-text.ts';

/** Signals as a dense list, red first: what each is about, why it was raised and how far above normal. */
export function SignalList({ signals, emptyText }: { signals: readonly SignalResponse[]; emptyText: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  if (signals.length === 0) {
    return <p>{emptyText}</p>;
  }
  return (
    <ol className="signal-list">
      {[...signals].sort(bySeverity).map((signal) => (
        <li key={signal.id} className={`signal-list__item signal-list__item--${signal.level}`}>
          <p className="signal-list__head">
            <SignalLevel level={signal.level} /> <Link to={`/tension/signals/${signal.id}`}>{signalTitle(signal, t, lang)}</Link>
          </p>
          <p className="signal-list__ratio">
            <strong>{t('tension.signal.ratio', { ratio: formatRatio(signal.ratio, lang) })}</strong>{' '}
            {t('tension.signal.counts', { observed: signal.observed, expected: formatCount(signal.expected, lang) })}
            {signal.status !== 'open' && <> – {t(`tension.signal.status.${signal.status}`)}</>}
          </p>
          <p className="signal-list__reason">{signal.reason}</p>
        </li>
      ))}
    </ol>
  );
}
