import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueueResponse } from '../../../../shared/cases/contract.ts';
import { assigneeText, gradeLabel, langAttr, languageName, shortStrandList } from '../labels.ts';
import { ClockText, formatAge } from './clock-text.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';

type QueueTableProps = {
  items: QueueResponse['items'];
  grades: QueueResponse['grades'];
  now: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The id of a row's reference link, which j/k move the focus to. */
export const queueRowLinkId = (id: string) => `queue-row-${id}`;

/** The flagged queue as one dense table, in the server's order: ungraded first, then by grade, oldest first. */
export function QueueTable({ items, grades, now, selectedId, onSelect }: QueueTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <div className="table-scroll" role="region" aria-labelledby="queue-caption" tabIndex={0}>
      <table className="table table--dense queue-table">
        <caption id="queue-caption" className="visually-hidden">
          {t('queue.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.reference')}</th>
            <th scope="col">{t('queue.received')}</th>
            <th scope="col">{t('queue.kind')}</th>
            <th scope="col">{t('queue.strands')}</th>
            <th scope="col">{t('queue.area')}</th>
            <th scope="col">
              <abbr title={t('glossary.grade')}>{t('queue.grade')}</abbr>
            </th>
            <th scope="col">{t('queue.attendance')}</th>
            <th scope="col">
              <abbr title={t('glossary.ncrs')}>{t('queue.recording')}</abbr>
            </th>
            <th scope="col">{t('queue.interpreter')}</th>
            <th scope="col">{t('queue.assigned')}</th>
            <th scope="col">{t('queue.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.id === selectedId ? 'queue-row queue-row--selected' : 'queue-row'}>
              <th scope="row" className="nowrap">
                <Link id={queueRowLinkId(item.id)} to={`/reports/${item.id}`} onFocus={() => onSelect(item.id)}>
                  {item.reference}
                </Link>
              </th>
              <td className="nowrap">
                <time dateTime={item.receivedAt} title={formatDateTime(item.receivedAt, lang)}>
                  {formatAge(item.receivedAt, now, t)}
                </time>
              </td>
              <td>{t(`cases.kind.${item.kind}`)}</td>
              <td>{shortStrandList(item.strands, t)}</td>
              <td>{item.areaName ?? t('cases.unknownArea')}</td>
              <td className={item.grade === null ? 'status status--warn' : undefined}>{gradeLabel(item.grade, grades, t)}</td>
              <td className="nowrap">
                <ClockText dueAt={item.attendanceDueAt} startedAt={item.receivedAt} now={now} />
              </td>
              <td className="nowrap">
                <ClockText dueAt={item.recordingDueAt} startedAt={item.receivedAt} now={now} />
              </td>
              <td>{item.needsInterpreter ? <strong>{t('queue.interpreterYes', { language: languageName(item.language, lang) })}</strong> : t('cases.no')}</td>
              <td>{assigneeText(item, t)}</td>
              <td className="queue-table__summary">
                <span lang={langAttr(item.language)} dir="auto">
                  {item.summary}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
