import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../shared/cases/contract.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { assigneeText, gradeLabel, shortStrandList } from '../labels.ts';

/** Reports found, newest first. Grades show by code when the force's labels are not at hand. */
export function ReportsTable({ items, grades }: { items: readonly QueueItem[]; grades: readonly { code: string; label: string }[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="reports-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="reports-caption" className="visually-hidden">
          {t('reportList.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.reference')}</th>
            <th scope="col">{t('queue.received')}</th>
            <th scope="col">{t('queue.kind')}</th>
            <th scope="col">{t('reportList.status')}</th>
            <th scope="col">{t('queue.strands')}</th>
            <th scope="col">{t('queue.area')}</th>
            <th scope="col">
              <abbr title={t('glossary.grade')}>{t('queue.grade')}</abbr>
            </th>
            <th scope="col">{t('queue.assigned')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="nowrap">
                <Link to={`/reports/${item.id}`}>{item.reference}</Link>
              </th>
              <td className="nowrap">
                <time dateTime={item.receivedAt}>{formatDateTime(item.receivedAt, i18n.resolvedLanguage)}</time>
              </td>
              <td>{t(`cases.kind.${item.kind}`)}</td>
              <td>{t(`cases.status.${item.status}`)}</td>
              <td>{shortStrandList(item.strands, t) || '–'}</td>
              <td>{item.areaName ?? t('cases.unknownArea')}</td>
              <td>{item.kind === 'concern' && item.grade === null ? '–' : gradeLabel(item.grade, grades, t)}</td>
              <td>{assigneeText(item, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
