import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';

type Action = { description: string; owner: string; dueAt: string | null };

/** Actions (or a CIA's mitigations) with who owns each and when it is due. */
export function ActionsTable({ id, caption, actions }: { id: string; caption: string; actions: readonly Action[] }) {
  const { t, i18n } = useTranslation();
  if (actions.length === 0) {
    return <p>{t('tension.actions.none')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="table table--dense">
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tension.actions.description')}</th>
            <th scope="col">{t('tension.actions.owner')}</th>
            <th scope="col">{t('tension.actions.due')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a, index) => (
            <tr key={`${index}-${a.description}`}>
              <td className="break" dir="auto">
                {a.description}
              </td>
              <td dir="auto">{a.owner}</td>
              <td className="nowrap">{a.dueAt ? <time dateTime={a.dueAt}>{formatDateTime(a.dueAt, i18n.resolvedLanguage)}</time> : t('tension.actions.noDue')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
