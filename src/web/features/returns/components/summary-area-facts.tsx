import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { oneOf, strands } from '../../cases/options.ts';
import { LevelTag } from '../../tension/components/level-tag.tsx';
import { SignalLevel } from '../../tension/components/signal-level.tsx';
import { TrendText } from '../../tension/components/trend-text.tsx';
import { formatDay } from '../format.ts';
import type { CompiledArea, CompiledSignal, CompiledSummary } from '../types.ts';

/** "Religion or belief 3, Race or ethnicity 1": counts by strand, largest first. */
export function useStrandWords() {
  const { t } = useTranslation();
  return (byStrand: Record<string, number>) =>
    Object.entries(byStrand)
      .filter(([, n]) => n > 0)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([key, n]) => {
        const strand = oneOf(strands, key);
        return `${strand ? t(`cases.strand.${strand}`) : key} ${n}`;
      })
      .join(', ');
}

function SignalLine({ signal }: { signal: CompiledSignal }) {
  const { t, i18n } = useTranslation();
  const strand = oneOf(strands, signal.strand);
  return (
    <li>
      <SignalLevel level={signal.level} /> {formatDay(signal.day, i18n.resolvedLanguage)}, {strand ? t(`cases.strand.${strand}`) : t('tension.signal.allStrands')}:{' '}
      <span className="signal-list__reason">{signal.reason}</span> ({t(`tension.signal.status.${signal.status}`)})
    </li>
  );
}

/**
 * What compilation read for one area, never edited: level and trend (as the map shows them), when
 * last assessed, the reports and the signals of the period. The text below it is the editable part.
 */
export function AreaFacts({ area, scale }: { area: CompiledArea; scale: CompiledSummary['scale'] }) {
  const { t, i18n } = useTranslation();
  const strandWords = useStrandWords();
  const colour = scale.find((l) => l.key === area.level)?.colour ?? null;
  const byStrand = strandWords(area.byStrand);
  return (
    <dl className="summary-list area-facts">
      <div className="summary-list__row">
        <dt>{t('returns.summary.area.level')}</dt>
        <dd>
          <LevelTag label={area.levelLabel} colour={colour} />
          {area.trend && (
            <>
              {' '}
              <TrendText trend={area.trend} />
            </>
          )}
          {area.reviewOverdue && (
            <>
              {' '}
              <strong className="status status--danger">{t('returns.summary.area.reviewOverdue')}</strong>
            </>
          )}
          {area.assessedAt && <span className="table-detail">{t('returns.summary.area.assessedAt', { when: formatDateTime(area.assessedAt, i18n.resolvedLanguage) })}</span>}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('returns.summary.area.reports')}</dt>
        <dd>
          {t('returns.summary.area.reportCounts', { crimes: area.hateCrimes, incidents: area.hateIncidents })}
          {byStrand && <span className="table-detail">{byStrand}</span>}
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('returns.summary.area.signals')}</dt>
        <dd>
          {area.signals.length === 0 ? (
            t('app.none')
          ) : (
            <ul className="area-facts__signals">
              {area.signals.map((s) => (
                <SignalLine key={s.id} signal={s} />
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
