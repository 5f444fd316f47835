import { useTranslation } from 'react-i18next';

/**
 * A tension level as its word with the scale's colour beside it. The word carries the meaning; the
 * swatch only repeats it (the scale's colours are the force's choice and not all are distinct to all).
 */
export function LevelTag({ label, colour }: { label: string | null; colour: string | null }) {
  const { t } = useTranslation();
  return (
    <span className={`level-tag${label ? '' : ' level-tag--none'}`}>
      <span className="level-tag__swatch" aria-hidden="true" style={colour ? { backgroundColor: colour } : undefined} />
      {label ?? t('tension.level.none')}
    </span>
  );
}
