import { useTranslation } from 'react-i18next';
import { formatDifference, formatPercentChange, percentChange } from '../format.ts';

/**
 * A change from last year as "+3 (+50%)": signed, so a rise and a fall differ without colour; the
 * percentage is left out when last year had none, where it would mean nothing.
 */
export function ChangeCell({ current, previous }: { current: number; previous: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const percent = formatPercentChange(percentChange(current, previous), lang);
  return (
    <td className="figures-table__number">
      {formatDifference(current - previous, lang)}
      {percent ? ` (${percent})` : current > 0 ? <span className="table-detail">{t('returns.change.noBase')}</span> : null}
    </td>
  );
}
