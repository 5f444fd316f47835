import { useTranslation } from 'react-i18next';
import type { TensionSummaryStatus } from '../types.ts';

const tone: Record<TensionSummaryStatus, string> = { draft: 'warn', approved: 'info', issued: 'ok', superseded: 'muted' };

/** A return's status as a word in a bordered badge; the colour only repeats the word. */
export function StatusBadge({ status }: { status: TensionSummaryStatus }) {
  const { t } = useTranslation();
  return <strong className={`status-badge status-badge--${tone[status]}`}>{t(`returns.summary.status.${status}`)}</strong>;
}
