import { franc } from 'franc-all';

// ISO 639-3 (what franc answers) to the BCP 47 tags we use, for the languages most often met in
// UK reports. Anything else keeps its ISO 639-3 code, which BCP 47 also accepts.
const BCP47: Record<string, string> = {
  eng: 'en', cym: 'cy', urd: 'ur', pol: 'pl', arb: 'ar', ara: 'ar', pan: 'pa', pnb: 'pa', ben: 'bn',
  som: 'so', pes: 'fa', prs: 'fa', ron: 'ro', por: 'pt', spa: 'es', fra: 'fr', deu: 'de', ita: 'it',
  tur: 'tr', hin: 'hi', guj: 'gu', tam: 'ta', cmn: 'zh', lit: 'lt', lav: 'lv', slk: 'sk', ces: 'cs',
  bul: 'bg', rus: 'ru', ukr: 'uk', kur: 'ku', ckb: 'ckb', tir: 'ti', amh: 'am', pus: 'ps', heb: 'he',
};

const CANDIDATES = Object.keys(BCP47);

/**
 * Which language a report is written in, offline (trigram statistics, no network). Very short
 * texts cannot be told apart reliably; then the caller's hint, or `und` (undetermined), stands.
 */
export function detectLanguage(text: string, hint?: string): { language: string; detected: boolean } {
  // Only languages we can name: among all 400+ that franc knows, close cousins such as Scots win
  // too often over English on short texts.
  const iso3 = franc(text, { minLength: 12, only: CANDIDATES });
  if (iso3 === 'und') {
    return { language: hint ?? 'und', detected: false };
  }
  return { language: BCP47[iso3] ?? iso3, detected: true };
}
