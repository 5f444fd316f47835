import { useTranslation } from 'react-i18next';
import type { PublicReportStatus } from '../../../../shared/reports/contract.ts';
import { formatDateTime } from '../../../lib/date-format.ts';

export function MyReportsTable({ reports }: { reports: readonly PublicReportStatus[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  if (reports.length === 0) {
    return <p>{t('partner.none')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="mine-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="mine-caption" className="table__caption">
          {t('partner.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.reference')}</th>
            <th scope="col">{t('queue.kind')}</th>
            <th scope="col">{t('queue.received')}</th>
            <th scope="col">{t('reportList.status')}</th>
            <th scope="col">{t('partner.updated')}</th>
            <th scope="col">{t('partner.crimeNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.reference}>
              <th scope="row" className="nowrap">
                {r.reference}
              </th>
              <td>{t(`cases.kind.${r.kind}`)}</td>
              <td className="nowrap">{formatDateTime(r.receivedAt, lang)}</td>
              <td>
                <span className={`status status--${r.status === 'closed' ? 'muted' : 'ok'}`}>{t(`partner.status.${r.status}`)}</span>
              </td>
              <td className="nowrap">{formatDateTime(r.updatedAt, lang)}</td>
              <td>{r.crimeNumber ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
