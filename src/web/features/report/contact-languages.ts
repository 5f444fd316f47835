import type { TFunction } from 'i18next';

/**
 * Languages a reporter may ask to be contacted in: the seven the pages speak, then those most
 * asked for from UK police interpreting services, then British Sign Language. Names come from
 * the browser (Intl.DisplayNames) in the page's language, with each language's own name beside it.
 */
const codes = [
  'en', 'cy', 'ur', 'pl', 'ar', 'pa', 'bn',
  'ro', 'pt', 'lt', 'so', 'gu', 'hi', 'ta', 'tr', 'ku', 'fa', 'ps', 'ti', 'uk', 'ru', 'es', 'fr', 'it', 'zh', 'bfi',
] as const;

function displayName(code: string, inLanguage: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

export function contactLanguageOptions(uiLanguage: string, t: TFunction<'report'>): { code: string; label: string }[] {
  return codes.map((code) => {
    if (code === 'bfi') {
      return { code, label: t('contact.bsl') };
    }
    const name = displayName(code, uiLanguage) ?? code;
    const own = displayName(code, code);
    return { code, label: own && own !== name ? `${name} – ${own}` : name };
  });
}

export function contactLanguageName(code: string, uiLanguage: string, t: TFunction<'report'>): string {
  return contactLanguageOptions(uiLanguage, t).find((o) => o.code === code)?.label ?? code;
}
