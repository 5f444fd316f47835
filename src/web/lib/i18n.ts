import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Permission, Role } from '../../shared/platform/roles.ts';
import en from '../locales/en.json';
import cy from '../locales/cy.json';
import type reportEn from '../locales/report/en.json';

/** Languages offered in the switcher, each named in its own language. */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
] as const;
export type LanguageCode = (typeof languages)[number]['code'];

/**
 * The public pages (`/report`) speak more languages than the staff shell. Their strings live in
 * the `report` namespace, loaded per language by the report feature so staff never download them.
 */
export const publicLanguages = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
  { code: 'ur', name: 'اردو' },
  { code: 'pl', name: 'Polski' },
  { code: 'ar', name: 'العربية' },
  { code: 'pa', name: 'ਪੰਜਾਬੀ' },
  { code: 'bn', name: 'বাংলা' },
] as const;
export type PublicLanguageCode = (typeof publicLanguages)[number]['code'];

const STORAGE_KEY = 'cohesion.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Permission values contain ':' so namespaces are switched off (see init below).
    nsSeparator: false;
    resources: { translation: typeof en; report: (typeof reportEn)['report'] };
  }
}

// Compile-time checks: every permission and role has a sentence, and Welsh has every English key.
type DeepKeys<T> = T extends string ? never : { [K in keyof T & string]: K | `${K}.${DeepKeys<T[K]>}` }[keyof T & string];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const permissionsComplete: Same<keyof typeof en.permissions, Permission> = true;
const rolesComplete: Same<keyof typeof en.roles, Role> = true;
const welshComplete: Same<DeepKeys<typeof cy>, DeepKeys<typeof en>> = true;
void [permissionsComplete, rolesComplete, welshComplete];

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return languages.some((l) => l.code === value);
}

function storedLanguage(): LanguageCode | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage can be blocked; the browser's language is the next best guess
  }
}

function browserLanguage(): LanguageCode {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) {
      return base;
    }
  }
  return 'en';
}

/** Makes the document match the language: lang for screen readers, dir for right-to-left scripts. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

export function changeLanguage(language: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered, but still switched for this visit
  }
  void i18next.changeLanguage(language);
}

export function initI18n(): typeof i18next {
  i18next.on('languageChanged', applyToDocument);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, cy: { translation: cy } },
    lng: storedLanguage() ?? browserLanguage(),
    fallbackLng: 'en',
    // Every public language, or i18next would refuse to switch to them; staff pages fall back to English.
    supportedLngs: publicLanguages.map((l) => l.code),
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false, // resources are bundled, so the first render is already translated
  });
  applyToDocument(i18next.resolvedLanguage ?? 'en');
  return i18next;
}
