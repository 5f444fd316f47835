import { useTranslation } from 'react-i18next';
import { strands } from '../../cases/options.ts';
import { formatDay } from '../format.ts';
import type { DailyPack, PeriodFigures } from '../types.ts';
import { ChangeCell } from './change-cell.tsx';
import { LineChart } from './line-chart.tsx';

const periods = [
  { key: 'day', now: 'day', lastYear: 'dayLastYear' },
  { key: 'last7Days', now: 'last7Days', lastYear: 'last7DaysLastYear' },
  { key: 'last28Days', now: 'last28Days', lastYear: 'last28DaysLastYear' },
] as const;

const measures = ['total', 'hateCrimes', 'hateIncidents'] as const;

/**
 * The headline: the day, 7 and 28 days against the same weekdays a year earlier, for all reports,
 * hate crimes and hate incidents. Each measure's three columns are one column group with its heading.
 */
export function HeadlineTable({ pack }: { pack: DailyPack }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="pack-headline-caption" tabIndex={0}>
      <table className="table table--dense figures-table pack-headline">
        <caption id="pack-headline-caption" className="table__caption">
          {t('returns.pack.headlineCaption')}
        </caption>
        <colgroup>
          <col />
        </colgroup>
        {measures.map((m) => (
          <colgroup key={m} span={3} className="pack-headline__group" />
        ))}
        <thead>
          <tr>
            <td rowSpan={2} />
            {measures.map((m) => (
              <th key={m} scope="colgroup" colSpan={3} className="pack-headline__measure">
                {t(`returns.pack.measure.${m}`)}
              </th>
            ))}
          </tr>
          <tr>
            {measures.map((m) => (
              <Columns key={m} />
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.key}>
              <th scope="row">{t(`returns.pack.period.${p.key}`)}</th>
              {measures.map((m) => (
                <Cells key={m} now={pack.figures[p.now][m]} lastYear={pack.figures[p.lastYear][m]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Columns() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="figures-table__number">
        {t('returns.pack.now')}
      </th>
      <th scope="col" className="figures-table__number">
        {t('returns.pack.lastYear')}
      </th>
      <th scope="col" className="figures-table__number">
        {t('returns.pack.change')}
      </th>
    </>
  );
}

function Cells({ now, lastYear }: { now: number; lastYear: number }) {
  return (
    <>
      <td className="figures-table__number">{now}</td>
      <td className="figures-table__number">{lastYear}</td>
      <ChangeCell current={now} previous={lastYear} />
    </>
  );
}

/** The 28 days to the pack's day, this year against the same weekdays last year: a line each, and the table. */
export function PackTrend({ pack }: { pack: DailyPack }) {
  const { t, i18n } = useTranslation();
  const labels = pack.byDay.map((d) => formatDay(d.day, i18n.resolvedLanguage));
  const thisYear = pack.byDay.map((d) => d.hateCrimes + d.hateIncidents);
  const lastYear = pack.byDay.map((d) => d.lastYear);
  return (
    <LineChart
      id="pack-trend"
      caption={t('returns.pack.trendCaption')}
      labels={labels}
      series={[
        { key: 'now', name: t('returns.pack.trendNow'), values: thisYear, style: 0 },
        { key: 'lastYear', name: t('returns.pack.trendLastYear'), values: lastYear, style: 1 },
      ]}
      xHeading={t('returns.pack.day')}
      tableCaption={t('returns.pack.trendTableCaption')}
      tableColumns={[
        { key: 'crimes', name: t('returns.pack.measure.hateCrimes'), values: pack.byDay.map((d) => d.hateCrimes) },
        { key: 'incidents', name: t('returns.pack.measure.hateIncidents'), values: pack.byDay.map((d) => d.hateIncidents) },
        { key: 'now', name: t('returns.pack.trendNow'), values: thisYear },
        { key: 'lastYear', name: t('returns.pack.trendLastYear'), values: lastYear },
      ]}
      markers
    />
  );
}

type Row = { key: string; label: string; count: (p: PeriodFigures) => number };

/** Rows (strands or areas) over the day, 7 and 28 days, with 28 days last year and the change. */
function BreakdownTable({ id, caption, heading, rows, pack }: { id: string; caption: string; heading: string; rows: readonly Row[]; pack: DailyPack }) {
  const { t } = useTranslation();
  const f = pack.figures;
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table table--dense figures-table">
        <caption id={`${id}-caption`} className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {periods.map((p) => (
              <th key={p.key} scope="col" className="figures-table__number">
                {t(`returns.pack.period.${p.key}`)}
              </th>
            ))}
            <th scope="col" className="figures-table__number">
              {t('returns.pack.last28LastYear')}
            </th>
            <th scope="col" className="figures-table__number">
              {t('returns.pack.change28')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {periods.map((p) => (
                <td key={p.key} className="figures-table__number">
                  {row.count(f[p.now])}
                </td>
              ))}
              <td className="figures-table__number">{row.count(f.last28DaysLastYear)}</td>
              <ChangeCell current={row.count(f.last28Days)} previous={row.count(f.last28DaysLastYear)} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Reports by strand; a report with two strands counts in both. */
export function PackStrandTable({ pack }: { pack: DailyPack }) {
  const { t } = useTranslation();
  const rows: Row[] = strands.map((s) => ({ key: s, label: t(`cases.strand.${s}`), count: (p) => p.byStrand[s] ?? 0 }));
  return <BreakdownTable id="pack-strands" caption={t('returns.pack.strandCaption')} heading={t('returns.pack.strand')} rows={rows} pack={pack} />;
}

/** Reports by policing area: every area counted in any period, the busiest over 28 days first. */
export function PackAreaTable({ pack }: { pack: DailyPack }) {
  const { t } = useTranslation();
  const f = pack.figures;
  const names = new Map<string, string>();
  for (const p of [f.day, f.last7Days, f.last28Days, f.last28DaysLastYear]) {
    for (const a of p.byArea) {
      names.set(a.areaId ?? '', a.areaId ? a.name : t('cases.unknownArea'));
    }
  }
  const count = (p: PeriodFigures, key: string) => p.byArea.find((a) => (a.areaId ?? '') === key)?.count ?? 0;
  const rows: Row[] = [...names.entries()]
    .map(([key, label]) => ({ key: key || 'unknown', label, count: (p: PeriodFigures) => count(p, key) }))
    .sort((a, b) => b.count(f.last28Days) - a.count(f.last28Days) || a.label.localeCompare(b.label));
  if (rows.length === 0) {
    return <p>{t('returns.pack.noAreas')}</p>;
  }
  return <BreakdownTable id="pack-areas" caption={t('returns.pack.areaCaption')} heading={t('returns.pack.area')} rows={rows} pack={pack} />;
}
