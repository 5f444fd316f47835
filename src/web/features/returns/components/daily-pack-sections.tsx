import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { oneOf, caseStatuses, reportKinds } from '../../cases/options.ts';
import { LevelTag } from '../../tension/components/level-tag.tsx';
import { SignalList } from '../../tension/components/signal-list.tsx';
import { TrendText } from '../../tension/components/trend-text.tsx';
import { formatShare } from '../format.ts';
import type { DailyPack } from '../types.ts';

/** Open work on the pack's day: open cases, attendance overdue, NCRS breaches and compliance. */
export function PackCases({ pack }: { pack: DailyPack }) {
  const { t, i18n } = useTranslation();
  const c = pack.cases;
  const rate = formatShare(c.complianceRate, i18n.resolvedLanguage);
  return (
    <dl className="counts counts--large">
      <div className="counts__item">
        <dt>{t('returns.pack.cases.open')}</dt>
        <dd>{c.open}</dd>
      </div>
      <div className={`counts__item${c.overdueAttendance > 0 ? ' counts__item--danger' : ''}`}>
        <dt>{t('returns.pack.cases.overdue')}</dt>
        <dd>{c.overdueAttendance}</dd>
      </div>
      <div className={`counts__item${c.recordingBreaches > 0 ? ' counts__item--danger' : ''}`}>
        <dt>
          <abbr title={t('glossary.ncrs')}>{t('returns.pack.cases.breaches')}</abbr>
        </dt>
        <dd>{c.recordingBreaches}</dd>
      </div>
      <div className="counts__item">
        <dt>{t('returns.pack.cases.compliance')}</dt>
        <dd>
          {rate ?? t('returns.pack.cases.noReviews')}
          <span className="counts__detail">{t('returns.pack.cases.reviewed', { n: c.complianceReviewed })}</span>
        </dd>
      </div>
    </dl>
  );
}

/** The reports the meeting should hear about, each linking to its case. */
export function PackNotable({ pack }: { pack: DailyPack }) {
  const { t, i18n } = useTranslation();
  if (pack.notable.length === 0) {
    return <p>{t('returns.pack.notable.none')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="pack-notable-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="pack-notable-caption" className="table__caption">
          {t('returns.pack.notable.caption', { n: pack.notable.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('returns.pack.notable.reference')}</th>
            <th scope="col">{t('returns.pack.notable.received')}</th>
            <th scope="col">{t('returns.pack.notable.what')}</th>
            <th scope="col">{t('returns.pack.area')}</th>
            <th scope="col">{t('returns.pack.notable.status')}</th>
            <th scope="col">{t('returns.pack.notable.why')}</th>
          </tr>
        </thead>
        <tbody>
          {pack.notable.map((r) => {
            const kind = oneOf(reportKinds, r.kind);
            const status = oneOf(caseStatuses, r.status);
            return (
              <tr key={r.id}>
                <th scope="row" className="nowrap">
                  <Link to={`/reports/${r.id}`}>{r.reference}</Link>
                </th>
                <td className="nowrap">
                  <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, i18n.resolvedLanguage)}</time>
                </td>
                <td>
                  {kind ? t(`cases.kind.${kind}`) : r.kind}
                  {r.strands.length > 0 && <span className="table-detail">{r.strands.map((s) => t(`cases.strand.${s}`)).join(', ')}</span>}
                </td>
                <td>{r.areaName ?? t('cases.unknownArea')}</td>
                <td>
                  {status ? t(`cases.status.${status}`) : r.status}
                  <span className="table-detail">{r.grade ? t('returns.pack.notable.grade', { grade: r.grade }) : t('cases.ungraded')}</span>
                </td>
                <td>{r.why || t('app.none')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The tension picture as the pack caught it: each area's level and trend, then the open signals. */
export function PackTension({ pack }: { pack: DailyPack }) {
  const { t } = useTranslation();
  const colourOf = (label: string | null) => pack.tension.scale.find((l) => l.label === label)?.colour ?? null;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="pack-tension-caption" tabIndex={0}>
        <table className="table table--dense">
          <caption id="pack-tension-caption" className="table__caption">
            {t('returns.pack.tension.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('returns.pack.area')}</th>
              <th scope="col">{t('returns.pack.tension.level')}</th>
              <th scope="col">{t('returns.pack.tension.trend')}</th>
              <th scope="col">{t('returns.pack.tension.review')}</th>
              <th scope="col" className="figures-table__number">
                {t('returns.pack.tension.openSignals')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pack.tension.areas.map((a) => (
              <tr key={a.name}>
                <th scope="row">{a.name}</th>
                <td>
                  <LevelTag label={a.levelLabel} colour={colourOf(a.levelLabel)} />
                </td>
                <td>
                  <TrendText trend={a.trend} />
                </td>
                <td>{a.reviewOverdue ? <strong className="status status--danger">{t('returns.pack.tension.overdue')}</strong> : t('returns.pack.tension.inDate')}</td>
                <td className="figures-table__number">{a.openSignals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('returns.pack.tension.signalsHeading', { n: pack.tension.openSignals.length })}</h3>
      <SignalList signals={pack.tension.openSignals} emptyText={t('returns.pack.tension.noSignals')} />
    </>
  );
}
