import { useTranslation } from 'react-i18next';
import { changeLanguage, languages } from '../lib/i18n.ts';

/** English / Cymraeg, each name in its own language and marked with its lang for screen readers. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          className="language-switcher__option"
          aria-pressed={current === language.code}
          onClick={() => changeLanguage(language.code)}
        >
          {language.name}
        </button>
      ))}
    </div>
  );
}
