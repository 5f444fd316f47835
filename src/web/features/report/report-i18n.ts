import i18next from 'i18next';
import { publicLanguages, type PublicLanguageCode } from '../../lib/i18n.ts';
import en from '../../locales/report/en.json';
import type staffEn from '../../locales/en.json';
import type cy from '../../locales/report/cy.json';
import type ur from '../../locales/report/ur.json';
import type pl from '../../locales/report/pl.json';
import type ar from '../../locales/report/ar.json';
import type pa from '../../locales/report/pa.json';
import type bn from '../../locales/report/bn.json';

/**
 * The public pages' strings, one file per language in locales/report/. English comes with the
 * report pages' code (it is the fallback); every other language is fetched only when chosen.
 * Staff pages speak English and Welsh, so for the other five languages a file also carries the
 * few shared strings (skip link, error summary) that public pages borrow from the staff bundle.
 */
type SharedStrings = {
  app: Pick<typeof staffEn.app, 'skipLink' | 'loading'>;
  errors: Pick<typeof staffEn.errors, 'summaryTitle' | 'prefix' | 'generic' | 'network' | 'reference' | 'tryAgain'>;
  routeError: typeof staffEn.routeError;
};
type Bundle = { report: typeof en.report; shared?: SharedStrings };

// Compile-time checks: every language has every English key, and the borrowed strings where needed.
type DeepKeys<T> = T extends string ? never : { [K in keyof T & string]: K | `${K}.${DeepKeys<T[K]>}` }[keyof T & string];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Complete<T extends { report: unknown }> = Same<DeepKeys<T['report']>, DeepKeys<typeof en.report>>;
type Borrowed<T extends { shared: unknown }> = Same<DeepKeys<T['shared']>, DeepKeys<SharedStrings>>;
const complete: [Complete<typeof cy>, Complete<typeof ur>, Complete<typeof pl>, Complete<typeof ar>, Complete<typeof pa>, Complete<typeof bn>] = [
  true,
  true,
  true,
  true,
  true,
  true,
];
const borrowed: [Borrowed<typeof ur>, Borrowed<typeof pl>, Borrowed<typeof ar>, Borrowed<typeof pa>, Borrowed<typeof bn>] = [true, true, true, true, true];
void [complete, borrowed];

const loaders = import.meta.glob<Bundle>(['../../locales/report/*.json', '!../../locales/report/en.json'], { import: 'default' });

const STORAGE_KEY = 'cohesion.report.language';

i18next.addResourceBundle('en', 'report', en.report, true, true);
const loaded = new Set<string>(['en']);

export function isPublicLanguage(value: string | null | undefined): value is PublicLanguageCode {
  return publicLanguages.some((l) => l.code === value);
}

function storedLanguage(): PublicLanguageCode | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isPublicLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): PublicLanguageCode | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isPublicLanguage(base)) {
      return base;
    }
  }
  return null;
}

async function loadStrings(language: PublicLanguageCode): Promise<boolean> {
  if (loaded.has(language)) {
    return true;
  }
  const load = loaders[`../../locales/report/${language}.json`];
  if (!load) {
    return false;
  }
  try {
    const bundle = await load();
    i18next.addResourceBundle(language, 'report', bundle.report, true, true);
    if (bundle.shared) {
      // Never over the staff bundle's own strings: only fills the gaps for these languages.
      i18next.addResourceBundle(language, 'translation', bundle.shared, true, false);
    }
    loaded.add(language);
    return true;
  } catch {
    return false; // lost signal: stay in the current language rather than show half a page
  }
}

/** Switches the public pages' language once its strings are here, so no page shows a mix. */
export async function switchReportLanguage(language: PublicLanguageCode, remember = true): Promise<void> {
  if (!(await loadStrings(language))) {
    return;
  }
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // not remembered, but switched for this visit
    }
  }
  if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
}

/**
 * Before the first public page renders: the language chosen on an earlier visit, else the
 * browser's, else whatever the app started in. Kept apart from the staff choice, which only
 * knows English and Welsh.
 */
export async function startReportLanguage(): Promise<void> {
  const current = i18next.language;
  await switchReportLanguage(storedLanguage() ?? browserLanguage() ?? (isPublicLanguage(current) ? current : 'en'), false);
}

/** Part of leaving quickly: the chosen language would show that someone used these pages. */
export function forgetReportLanguage(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
