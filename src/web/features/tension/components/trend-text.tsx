import { useTranslation } from 'react-i18next';
import type { Trend } from '../types.ts';

const arrows: Record<Trend, string> = { rising: '↑', stable: '→', falling: '↓' };

/** Rising, stable or falling, with an arrow for the eye (the word is what a screen reader hears). */
export function TrendText({ trend }: { trend: Trend | null }) {
  const { t } = useTranslation();
  if (!trend) {
    return <>{t('app.none')}</>;
  }
  return (
    <span className={`trend trend--${trend}`}>
      <span aria-hidden="true">{arrows[trend]} </span>
      {t(`tension.trend.${trend}`)}
    </span>
  );
}
