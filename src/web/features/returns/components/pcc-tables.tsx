import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { oneOf, strands } from '../../cases/options.ts';
import { formatPercentChange } from '../format.ts';
import type { Comparison, Count, PccReport } from '../types.ts';

const kinds = ['hateCrimes', 'hateIncidents', 'all'] as const;

/** A published count: a number, or "<5" / "[c]" where small numbers are hidden (the note above says why). */
export function CountText({ count }: { count: Count }) {
  const { t } = useTranslation();
  if (typeof count === 'number') {
    return <>{count}</>;
  }
  return <abbr title={t(count === '<5' ? 'returns.pcc.lessThanFive' : 'returns.pcc.concealed')}>{count}</abbr>;
}

/** This period, a year earlier and the change, as three cells. */
function ComparisonCells({ value }: { value: Comparison }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <td className="figures-table__number">
        <CountText count={value.current} />
      </td>
      <td className="figures-table__number">
        <CountText count={value.previous} />
      </td>
      <td className="figures-table__number">{formatPercentChange(value.changePercent, i18n.resolvedLanguage) ?? t('returns.change.na')}</td>
    </>
  );
}

function ComparisonHeadings() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="figures-table__number">
        {t('returns.pcc.thisPeriod')}
      </th>
      <th scope="col" className="figures-table__number">
        {t('returns.pcc.yearEarlier')}
      </th>
      <th scope="col" className="figures-table__number">
        {t('returns.pack.change')}
      </th>
    </>
  );
}

/** The headline measures: hate crimes, hate incidents, all, and of which recorded as crimes and NCHIs. */
export function PccSummaryTable({ report }: { report: PccReport }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="pcc-summary-caption" tabIndex={0}>
      <table className="table table--dense figures-table returns-narrow-table">
        <caption id="pcc-summary-caption" className="table__caption">
          {t('returns.pcc.summaryCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('returns.pcc.measure')}</th>
            <ComparisonHeadings />
          </tr>
        </thead>
        <tbody>
          {report.summary.map((row) => (
            <tr key={row.measure}>
              <th scope="row">{t(`returns.pcc.measures.${row.measure}`)}</th>
              <ComparisonCells value={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type KindRow = { key: string; label: string } & Record<(typeof kinds)[number], Comparison>;

/** Rows (strands or areas) with hate crimes, hate incidents and both, each against a year earlier. */
export function PccComparisonTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: readonly KindRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table table--dense figures-table pack-headline">
        <caption id={`${id}-caption`} className="table__caption">
          {caption}
        </caption>
        <colgroup>
          <col />
        </colgroup>
        {kinds.map((k) => (
          <colgroup key={k} span={3} className="pack-headline__group" />
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {heading}
            </th>
            {kinds.map((k) => (
              <th key={k} scope="colgroup" colSpan={3} className="pack-headline__measure">
                {t(`returns.pcc.kinds.${k}`)}
              </th>
            ))}
          </tr>
          <tr>
            {kinds.map((k) => (
              <ComparisonHeadings key={k} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {kinds.map((k) => (
                <ComparisonCells key={k} value={row[k]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** This period's reports in each area by strand. */
export function AreaStrandTable({ report }: { report: PccReport }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="pcc-area-strand-caption" tabIndex={0}>
      <table className="table table--dense figures-table">
        <caption id="pcc-area-strand-caption" className="table__caption">
          {t('returns.pcc.areaStrandCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('returns.pack.area')}</th>
            {strands.map((s) => (
              <th key={s} scope="col" className="figures-table__number">
                {t(`cases.strandShort.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.areaByStrand.map((row) => (
            <tr key={row.areaId ?? 'none'}>
              <th scope="row">{row.areaId ? row.name : t('cases.unknownArea')}</th>
              {strands.map((s) => (
                <td key={s} className="figures-table__number">
                  <CountText count={row.counts[s] ?? 0} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The strands of the report in our words (the server's are English only). */
export function strandRows(report: PccReport, t: TFunction): KindRow[] {
  return report.byStrand.map((s) => {
    const strand = oneOf(strands, s.strand);
    return { key: s.strand, label: strand ? t(`cases.strand.${strand}`) : s.label, hateCrimes: s.hateCrimes, hateIncidents: s.hateIncidents, all: s.all };
  });
}
