import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FiguresResponse, PeriodFigures } from '../../../../shared/cases/figures-contract.ts';
import { toLondonInput } from '../../cases/london-input.ts';
import { strands } from '../../cases/options.ts';
import { reportSearch, type ReportFilters } from '../../cases/report-filters.ts';

export const periods = ['today', 'last7Days', 'last28Days'] as const;
type Period = (typeof periods)[number];

/** The report list with the same filters: what a figure counts, one click away. */
function drillDown(period: PeriodFigures, date: string, filters: ReportFilters): string {
  const from = toLondonInput(new Date(period.from)).slice(0, 10);
  return `/reports?${reportSearch({ ...filters, from, to: date }).toString()}`;
}

function Count({ n, to, label }: { n: number; to: string | null; label: string }) {
  // The link text is the number; the visually hidden part says what it counts, for link lists.
  return to && n > 0 ? (
    <Link to={to}>
      {n}
      <span className="visually-hidden"> {label}</span>
    </Link>
  ) : (
    <>{n}</>
  );
}

type Row = { key: string; label: ReactNode; plain: string; count: (p: PeriodFigures) => number; filters: ReportFilters | null };

function PeriodTable({ id, caption, rows, figures, bars = false }: { id: string; caption: string; rows: readonly Row[]; figures: FiguresResponse; bars?: boolean }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.count(figures.last28Days)));
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table table--dense figures-table">
        <caption id={`${id}-caption`} className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{caption}</span>
            </th>
            {periods.map((p) => (
              <th scope="col" key={p} className="figures-table__number">
                {t(`figures.period.${p}`)}
              </th>
            ))}
            {bars && (
              <th scope="col" aria-hidden="true" className="figures-table__bar-heading">
                {t('figures.chart28')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {periods.map((p: Period) => (
                <td key={p} className="figures-table__number">
                  <Count
                    n={row.count(figures[p])}
                    to={row.filters ? drillDown(figures[p], figures.date, row.filters) : null}
                    label={t('figures.countLabel', { what: row.plain, period: t(`figures.period.${p}`) })}
                  />
                </td>
              ))}
              {bars && (
                <td aria-hidden="true" className="figures-table__bar-cell">
                  {row.count(figures.last28Days) > 0 && <span className="figures-bar" style={{ inlineSize: `${(row.count(figures.last28Days) / max) * 100}%` }} />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TotalsTable({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  const rows: Row[] = [
    { key: 'total', label: t('figures.total'), plain: t('figures.total'), count: (p) => p.total, filters: {} },
    { key: 'crimes', label: t('figures.hateCrimes'), plain: t('figures.hateCrimes'), count: (p) => p.hateCrimes, filters: { kind: 'hate_crime' } },
    { key: 'incidents', label: t('figures.hateIncidents'), plain: t('figures.hateIncidents'), count: (p) => p.hateIncidents, filters: { kind: 'hate_incident' } },
  ];
  return <PeriodTable id="figures-totals" caption={t('figures.totalsCaption')} rows={rows} figures={figures} />;
}

export function StrandTable({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  const rows: Row[] = strands.map((s) => ({
    key: s,
    label: t(`cases.strand.${s}`),
    plain: t(`cases.strand.${s}`),
    count: (p) => p.byStrand[s] ?? 0,
    filters: { strand: s },
  }));
  return <PeriodTable id="figures-strands" caption={t('figures.strandCaption')} rows={rows} figures={figures} bars />;
}

export function AreaTable({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  // Every area counted in any period, busiest over 28 days first.
  const areas = new Map<string, { areaId: string | null; name: string }>();
  for (const p of periods) {
    for (const a of figures[p].byArea) {
      areas.set(a.areaId ?? '', { areaId: a.areaId, name: a.areaId ? a.name : t('cases.unknownArea') });
    }
  }
  const count = (p: PeriodFigures, areaId: string | null) => p.byArea.find((a) => a.areaId === areaId)?.count ?? 0;
  const rows: Row[] = [...areas.values()]
    .sort((a, b) => count(figures.last28Days, b.areaId) - count(figures.last28Days, a.areaId))
    .map((a) => ({ key: a.areaId ?? 'unknown', label: a.name, plain: a.name, count: (p) => count(p, a.areaId), filters: a.areaId ? { areaId: a.areaId, area: a.name } : null }));
  if (rows.length === 0) {
    return <p>{t('figures.noAreas')}</p>;
  }
  return <PeriodTable id="figures-areas" caption={t('figures.areaCaption')} rows={rows} figures={figures} bars />;
}
