import { useTranslation } from 'react-i18next';
import type { SignalDetail } from '../types.ts';
import { formatCount, formatDay } from '../labels.ts';

const BAR = 10;
const GAP = 2;
const HEIGHT = 100;

/**
 * The counts behind a signal: one bar a day for the last four weeks, the expected range for the
 * signal's day as a band and the expected count as a dashed line, the day itself picked out. The
 * picture is for the eye; the same numbers are in the table beneath it.
 */
export function SignalSeries({ signal }: { signal: SignalDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const series = signal.series;
  const top = Math.max(1, signal.upper, signal.observed, ...series.map((d) => d.count)) * 1.1;
  const y = (count: number) => HEIGHT - (count / top) * HEIGHT;
  const width = Math.max(1, series.length) * (BAR + GAP);
  const first = series[0];
  const last = series.at(-1);

  return (
    <>
      <figure className="signal-chart" aria-labelledby="signal-chart-caption">
        <figcaption id="signal-chart-caption" className="signal-chart__caption">
          {t('tension.signalPage.chartCaption', { days: series.length })}
        </figcaption>
        <svg className="signal-chart__plot" viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect className="signal-chart__band" x={0} y={y(signal.upper)} width={width} height={HEIGHT - y(signal.upper)} />
          {series.map((d, i) => (
            <rect
              key={d.day}
              className={d.day === signal.day ? 'signal-chart__bar signal-chart__bar--day' : d.count > signal.upper ? 'signal-chart__bar signal-chart__bar--high' : 'signal-chart__bar'}
              x={i * (BAR + GAP) + GAP / 2}
              y={y(d.count)}
              width={BAR}
              height={HEIGHT - y(d.count)}
            />
          ))}
          <line className="signal-chart__expected" x1={0} x2={width} y1={y(signal.expected)} y2={y(signal.expected)} vectorEffect="non-scaling-stroke" />
        </svg>
        {first && last && (
          <p className="signal-chart__axis" aria-hidden="true">
            <span>{formatDay(first.day, lang)}</span>
            <span>{formatDay(last.day, lang)}</span>
          </p>
        )}
        <ul className="signal-chart__legend">
          <li>
            <span className="signal-chart__key signal-chart__key--day" aria-hidden="true" /> {t('tension.signalPage.legendDay')}
          </li>
          <li>
            <span className="signal-chart__key signal-chart__key--band" aria-hidden="true" /> {t('tension.signalPage.legendRange', { upper: formatCount(signal.upper, lang) })}
          </li>
          <li>
            <span className="signal-chart__key signal-chart__key--expected" aria-hidden="true" /> {t('tension.signalPage.legendExpected', { expected: formatCount(signal.expected, lang) })}
          </li>
        </ul>
      </figure>
      <details className="details">
        <summary>{t('tension.signalPage.tableToggle')}</summary>
        <div className="table-scroll" role="region" aria-labelledby="signal-series-caption" tabIndex={0}>
          <table className="table table--dense">
            <caption id="signal-series-caption" className="table__caption">
              {t('tension.signalPage.tableCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('tension.signalPage.day')}</th>
                <th scope="col" className="figures-table__number">
                  {t('tension.signalPage.count')}
                </th>
                <th scope="col">{t('tension.signalPage.note')}</th>
              </tr>
            </thead>
            <tbody>
              {[...series].reverse().map((d) => (
                <tr key={d.day}>
                  <th scope="row" className="nowrap">
                    {formatDay(d.day, lang)}
                  </th>
                  <td className="figures-table__number">{d.count}</td>
                  <td>{d.day === signal.day ? t('tension.signalPage.theDay') : d.count > signal.upper ? t('tension.signalPage.aboveRange') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
