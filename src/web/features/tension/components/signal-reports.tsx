import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { shortStrandList } from '../../cases/labels.ts';
import type { SignalDetail } from '../types.ts';

/** The reports counted on the signal's day, each a link to its case. */
export function SignalReports({ signal }: { signal: SignalDetail }) {
  const { t, i18n } = useTranslation();
  if (signal.reports.length === 0) {
    return <p>{t('tension.signalPage.noReports')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="signal-reports-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="signal-reports-caption" className="visually-hidden">
          {t('tension.signalPage.reportsHeading')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.reference')}</th>
            <th scope="col">{t('queue.kind')}</th>
            <th scope="col">{t('queue.strands')}</th>
            <th scope="col">{t('queue.received')}</th>
          </tr>
        </thead>
        <tbody>
          {signal.reports.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="nowrap">
                <Link to={`/reports/${r.id}`}>{r.reference}</Link>
              </th>
              <td>{t(`cases.kind.${r.kind}`)}</td>
              <td>{shortStrandList(r.strands, t)}</td>
              <td className="nowrap">
                <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, i18n.resolvedLanguage)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
