import { useTranslation } from 'react-i18next';

/**
 * A part of the picture Cohesion cannot give yet: said plainly, never shown as a zero. Worded
 * here rather than from the API's English note, so that it reads in the interface language.
 */
export function NotAvailable({ what }: { what: 'stopAndSearch' | 'operations' | 'patrols' }) {
  const { t } = useTranslation();
  return (
    <p className="not-available">
      <strong>{t('returns.notAvailable.title')}</strong> {t(`returns.notAvailable.${what}`)}
    </p>
  );
}
