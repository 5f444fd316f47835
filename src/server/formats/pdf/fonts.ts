/**
 * Fonts, and the text that they can draw.
 *
 * Why an embedded font: the 14 standard PDF fonts only encode WinAnsi, so Welsh (ŵ, ŷ), Polish
 * (ł, ż), Romanian, Czech, Lithuanian, Greek and Cyrillic names — all common in UK community
 * reports — would print wrongly. Noto Sans (SIL Open Font License 1.1, which allows embedding in
 * documents of any licence) covers Latin, Latin Extended, Greek, Cyrillic and Vietnamese. It comes
 * as plain TTFs in the `@embedpdf/fonts-latin` npm package, so nothing is fetched at run time and
 * no system font is needed. PDFKit embeds only the glyphs a document uses, so a typical report
 * stays in the tens of kilobytes.
 *
 * The limitation: Arabic script (Urdu, Arabic, Farsi), South Asian scripts (Gurmukhi, Bengali,
 * Devanagari), CJK and emoji are outside Noto Sans, and right-to-left text would also need bidi
 * layout that PDFKit lacks. Each such character (a whole grapheme, so an emoji with a skin tone is
 * one mark) prints as `?` rather than as an empty box or a wrong glyph: a reader sees that
 * something was there. Documents quoting those languages should attach the original separately.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/** The names under which the renderer registers its two faces with PDFKit. */
export const FONT = { regular: 'cohesion-regular', bold: 'cohesion-bold' } as const;

/** What a character outside the font prints as. */
export const REPLACEMENT = '?';

interface LoadedFonts {
  regular: Buffer;
  bold: Buffer;
  covers: (codePoint: number) => boolean;
}

let loaded: LoadedFonts | undefined;

/** Reads the faces once per process: they are 0.6 MB each, and every document uses them. */
export function loadFonts(): LoadedFonts {
  if (!loaded) {
    // The package exports only its index, so find the TTFs beside it rather than by subpath.
    const index = createRequire(import.meta.url).resolve('@embedpdf/fonts-latin');
    const dir = path.join(path.dirname(index), '..', 'fonts');
    const regular = readFileSync(path.join(dir, 'NotoSans-Regular.ttf'));
    const bold = readFileSync(path.join(dir, 'NotoSans-Bold.ttf'));
    const faces = [fontkit.create(regular), fontkit.create(bold)].map((face) => {
      if (!('hasGlyphForCodePoint' in face)) {
        throw new Error('Noto Sans loaded as a font collection, expected a single face');
      }
      return face;
    });
    loaded = { regular, bold, covers: (cp) => faces.every((face) => face.hasGlyphForCodePoint(cp)) };
  }
  return loaded;
}

const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });
// Soft hyphen is a format character too, but PDFKit uses it as a break opportunity: keep it.
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;
const SOFT_HYPHEN = '\u00ad';

/**
 * Text as the embedded font can draw it: NFC-composed (so "w" + combining circumflex becomes the
 * single glyph ŵ), CRLF as LF, tabs as spaces, invisible format and control characters dropped,
 * and every grapheme the font lacks replaced by {@link REPLACEMENT}.
 */
export function drawableText(text: string, covers: (codePoint: number) => boolean = loadFonts().covers): string {
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replaceAll('\t', '    ');
  let out = '';
  for (const { segment } of graphemes.segment(normal)) {
    if (segment === '\n') {
      out += segment;
      continue;
    }
    const visible = [...segment].filter((ch) => ch === SOFT_HYPHEN || !INVISIBLE.test(ch));
    if (visible.length === 0) {
      continue;
    }
    out += visible.every((ch) => covers(ch.codePointAt(0) ?? 0)) ? visible.join('') : REPLACEMENT;
  }
  return out;
}
