import { useTranslation } from 'react-i18next';
import type { AuditEventResponse } from '../../../../shared/platform/contract.ts';
import { formatDateTime } from '../../../lib/date-format.ts';

function Empty() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('app.none')}</span>
    </>
  );
}

export function AuditTable({ items }: { items: readonly AuditEventResponse[] }) {
  const { t, i18n } = useTranslation();
  return (
    // Focusable so that keyboard users can scroll a wide table sideways on a small screen.
    <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="audit-caption" className="visually-hidden">
          {t('audit.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.fromWhere')}</th>
            <th scope="col">{t('audit.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((event) => (
            <tr key={event.id}>
              <td className="nowrap">
                <time dateTime={event.at}>{formatDateTime(event.at, i18n.resolvedLanguage)}</time>
              </td>
              <td>{event.actorEmail ?? t('audit.system')}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td className="break">
                {event.recordType || event.recordId ? (
                  <>
                    {event.recordType} {event.recordId && <code>{event.recordId}</code>}
                  </>
                ) : (
                  <Empty />
                )}
              </td>
              <td className="nowrap">{event.ip ?? <Empty />}</td>
              <td>{event.reason ?? <Empty />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
