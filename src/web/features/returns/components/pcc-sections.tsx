import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { closeReasons, oneOf, strands } from '../../cases/options.ts';
import { formatShare } from '../format.ts';
import type { PccReport } from '../types.ts';
import { LineChart } from './line-chart.tsx';
import { NotAvailable } from './not-available.tsx';

function Facts({ rows }: { rows: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="summary-list">
      {rows.map((r) => (
        <div key={r.label} className="summary-list__row">
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The five-year trend, a line for all reports and one per strand; the table holds every number. */
export function PccTrend({ report }: { report: PccReport }) {
  const { t } = useTranslation();
  const nameOf = (key: string, fallback: string) => {
    const strand = oneOf(strands, key);
    return key === 'all' ? t('returns.pcc.kinds.all') : strand ? t(`cases.strand.${strand}`) : fallback;
  };
  // "All" first, as the main line; the strands after it in the contract's order.
  const ordered = [...report.trend.series].sort((a, b) => Number(b.key === 'all') - Number(a.key === 'all'));
  return (
    <LineChart
      id="pcc-trend"
      caption={t(`returns.pcc.trendCaption.${report.trend.length}`)}
      labels={report.trend.labels}
      series={ordered.map((s, i) => ({ key: s.key, name: nameOf(s.key, s.name), values: s.values, style: i }))}
      xHeading={t(`returns.pcc.trendX.${report.trend.length}`)}
      tableCaption={t('returns.pcc.trendTableCaption')}
    />
  );
}

/** Cases closed in the period, by how they ended. */
export function PccOutcomes({ report }: { report: PccReport }) {
  const { t } = useTranslation();
  const o = report.outcomes;
  if (o.byReason.length === 0) {
    return <p>{t('returns.pcc.noOutcomes')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="pcc-outcomes-caption" tabIndex={0}>
      <table className="table table--dense figures-table returns-narrow-table">
        <caption id="pcc-outcomes-caption" className="table__caption">
          {t('returns.pcc.outcomesCaption', { n: o.closed })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('returns.pcc.outcome')}</th>
            <th scope="col" className="figures-table__number">
              {t('returns.pcc.kinds.hateCrimes')}
            </th>
            <th scope="col" className="figures-table__number">
              {t('returns.pcc.kinds.hateIncidents')}
            </th>
            <th scope="col" className="figures-table__number">
              {t('returns.pcc.kinds.all')}
            </th>
          </tr>
        </thead>
        <tbody>
          {o.byReason.map((r) => {
            const reason = oneOf(closeReasons, r.reason);
            return (
              <tr key={r.reason}>
                <th scope="row">{reason ? t(`cases.closeReason.${reason}`) : r.reason === 'not_recorded' ? t('returns.pcc.reasonNotRecorded') : r.label}</th>
                <td className="figures-table__number">{r.hateCrimes}</td>
                <td className="figures-table__number">{r.hateIncidents}</td>
                <td className="figures-table__number">{r.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Repeat victims, from links staff made between reports of the same victim. */
export function PccRepeatVictims({ report }: { report: PccReport }) {
  const { t, i18n } = useTranslation();
  const r = report.repeatVictims;
  return (
    <Facts
      rows={[
        { label: t('returns.pcc.repeat.reports'), value: r.reports },
        { label: t('returns.pcc.repeat.linked'), value: r.linked },
        { label: t('returns.pcc.repeat.repeats'), value: `${r.repeats} (${formatShare(r.repeatPercent, i18n.resolvedLanguage, true) ?? t('returns.change.na')})` },
        { label: t('returns.pcc.repeat.previous'), value: r.previousRepeats },
      ]}
    />
  );
}

/** Compliance reviews in the period and the checklist items most often missing. */
export function PccCompliance({ report }: { report: PccReport }) {
  const { t, i18n } = useTranslation();
  const c = report.compliance;
  return (
    <>
      <Facts
        rows={[
          { label: t('returns.pcc.compliance.reviewed'), value: c.reviewed },
          { label: t('returns.pcc.compliance.compliant'), value: `${c.compliant} (${formatShare(c.compliantPercent, i18n.resolvedLanguage, true) ?? t('returns.change.na')})` },
          { label: t('returns.pcc.compliance.returned'), value: c.returnedReviews },
        ]}
      />
      {c.missingItems.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="pcc-missing-caption" tabIndex={0}>
          <table className="table table--dense figures-table returns-narrow-table">
            <caption id="pcc-missing-caption" className="table__caption">
              {t('returns.pcc.compliance.missingCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('returns.pcc.compliance.item')}</th>
                <th scope="col" className="figures-table__number">
                  {t('returns.pcc.compliance.missing')}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.missingItems.map((m) => (
                <tr key={m.key}>
                  <th scope="row">{m.label}</th>
                  <td className="figures-table__number">{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Tension over the period: assessments by level, signals, and operations (not available yet). */
export function PccTension({ report }: { report: PccReport }) {
  const { t } = useTranslation();
  const tn = report.tension;
  const highest = tn.highestLevel ?? t('app.none');
  return (
    <>
      <Facts
        rows={[
          { label: t('returns.pcc.tension.assessments'), value: tn.assessments },
          { label: t('returns.pcc.tension.highest'), value: highest },
          { label: t('returns.pcc.tension.signals'), value: t('returns.pcc.tension.signalCounts', { ...tn.signals }) },
        ]}
      />
      {tn.byLevel.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="pcc-levels-caption" tabIndex={0}>
          <table className="table table--dense figures-table returns-narrow-table">
            <caption id="pcc-levels-caption" className="table__caption">
              {t('returns.pcc.tension.levelsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('returns.pack.tension.level')}</th>
                <th scope="col" className="figures-table__number">
                  {t('returns.pcc.tension.assessmentsColumn')}
                </th>
                <th scope="col" className="figures-table__number">
                  {t('returns.pcc.tension.areasAtHighest')}
                </th>
              </tr>
            </thead>
            <tbody>
              {tn.byLevel.map((l) => (
                <tr key={l.level}>
                  <th scope="row">{l.label}</th>
                  <td className="figures-table__number">{l.assessments}</td>
                  <td className="figures-table__number">{l.areasAtHighest}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('returns.pcc.tension.operations')}</h3>
      {!tn.operations.available && <NotAvailable what="operations" />}
    </>
  );
}
