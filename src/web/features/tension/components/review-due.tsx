import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';

/** When the next review is due, and in words and red once it is overdue (UX.md: clocks in words as well as colour). */
export function ReviewDue({ at, overdue }: { at: string; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  const when = <time dateTime={at}>{formatDateTime(at, i18n.resolvedLanguage)}</time>;
  return overdue ? (
    <strong className="status status--danger">
      <span aria-hidden="true">● </span>
      {t('tension.review.overdue')} <span className="review-due__when">({when})</span>
    </strong>
  ) : (
    <span>{when}</span>
  );
}
