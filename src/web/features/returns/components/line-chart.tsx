import { useTranslation } from 'react-i18next';

/** One line of the chart (and one column of its table). `style` picks its colour and dash, 0 being the main line. */
export type ChartSeries = { key: string; name: string; values: readonly number[]; style: number };

type Props = {
  id: string;
  caption: string;
  /** The x positions as people read them ("Tue 24 Nov 2026", "2026 Q3"), oldest first. */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** The heading of the table's first column ("Day", "Quarter"). */
  xHeading: string;
  tableCaption: string;
  /** Columns of the table when it should say more than the lines (the daily pack splits crimes and incidents). */
  tableColumns?: readonly Omit<ChartSeries, 'style'>[] | undefined;
  /** Dots on every point: helpful with one or two lines, clutter with seven. */
  markers?: boolean;
};

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, right: 16, bottom: 28, left: 40 };

/** A round top for the y axis: 1, 2, 5 or 10 times a power of ten, at least the largest value. */
function niceMax(max: number): number {
  if (max <= 0) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((m) => m * power).find((top) => top >= max) ?? max);
}

/**
 * A line chart as SVG, for the eye: the picture is hidden from screen readers, because the same
 * numbers follow in a table (UX.md: every chart also readable as a table). Lines differ in dash as
 * well as colour, and the legend says which is which.
 */
export function LineChart({ id, caption, labels, series, xHeading, tableCaption, tableColumns, markers = false }: Props) {
  const { t } = useTranslation();
  const top = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? plotWidth / 2 : (i / (labels.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top];
  const xTicks = [...new Set([0, Math.floor((labels.length - 1) / 2), labels.length - 1])].filter((i) => i >= 0);
  const columns = tableColumns ?? series;

  return (
    <>
      <figure className="line-chart" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`} className="line-chart__caption">
          {caption}
        </figcaption>
        <svg className="line-chart__plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          {ticks.map((tick) => (
            <g key={tick}>
              <line className="line-chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
              <text className="line-chart__tick" x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
                {Number.isInteger(tick) ? tick : tick.toFixed(1)}
              </text>
            </g>
          ))}
          {xTicks.map((i) => (
            <text key={i} className="line-chart__tick" x={x(i)} y={HEIGHT - 8} textAnchor={i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle'}>
              {labels[i]}
            </text>
          ))}
          {/* The main line (style 0) last, so that it is drawn on top. */}
          {[...series].reverse().map((s) => (
            <g key={s.key} className={`line-chart__series line-chart__series--${s.style}`}>
              <polyline className="line-chart__line" fill="none" points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
              {markers && s.values.map((v, i) => <circle key={labels[i] ?? i} className="line-chart__marker" cx={x(i)} cy={y(v)} r={s.style === 0 ? 3 : 2} />)}
            </g>
          ))}
        </svg>
        <ul className="line-chart__legend">
          {series.map((s) => (
            <li key={s.key}>
              <svg className={`line-chart__key line-chart__series--${s.style}`} viewBox="0 0 32 8" aria-hidden="true" focusable="false">
                <line className="line-chart__line" x1={0} x2={32} y1={4} y2={4} />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      </figure>
      <details className="details line-chart__data">
        <summary>{t('returns.chart.showTable')}</summary>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-table-caption`} tabIndex={0}>
          <table className="table table--dense">
            <caption id={`${id}-table-caption`} className="table__caption">
              {tableCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{xHeading}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.key} className="figures-table__number">
                    {c.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={label}>
                  <th scope="row" className="nowrap">
                    {label}
                  </th>
                  {columns.map((c) => (
                    <td key={c.key} className="figures-table__number">
                      {c.values[i] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
