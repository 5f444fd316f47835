import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import type { CiaListEntry } from '../types.ts';
import { ReviewDue } from './review-due.tsx';

/** Overdue reviews first, then the next review soonest. */
const byReview = (a: CiaListEntry, b: CiaListEntry) => Number(b.reviewOverdue) - Number(a.reviewOverdue) || a.nextReviewAt.localeCompare(b.nextReviewAt);

/** CIAs as a dense table: what each is about, its latest version and status, and when it is next reviewed. */
export function CiaTable({ cias, caption }: { cias: readonly CiaListEntry[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="cias-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="cias-caption" className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tension.cia.fields.title')}</th>
            <th scope="col">{t('tension.cia.fields.trigger')}</th>
            <th scope="col">{t('tension.cia.version')}</th>
            <th scope="col">{t('tension.cia.status')}</th>
            <th scope="col">{t('tension.cia.fields.nextReviewAt')}</th>
            <th scope="col">{t('tension.cia.saved')}</th>
          </tr>
        </thead>
        <tbody>
          {[...cias].sort(byReview).map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/tension/cias/${c.id}`}>{c.title}</Link>
                {c.reference && <span className="table-detail">{c.reference}</span>}
              </th>
              <td>{t(`tension.cia.trigger.${c.trigger}`)}</td>
              <td>{c.version}</td>
              <td>{c.status === 'signed_off' ? <span className="status status--ok">{t('tension.cia.signedOffYes')}</span> : t('tension.cia.draft')}</td>
              <td>
                <ReviewDue at={c.nextReviewAt} overdue={c.reviewOverdue} />
              </td>
              <td className="nowrap">
                <time dateTime={c.savedAt}>{formatDateTime(c.savedAt, i18n.resolvedLanguage)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
