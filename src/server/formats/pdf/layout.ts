/** Page geometry, type sizes and the small helpers every block shares. */
import type PDFDocument from 'pdfkit';
import { FONT } from './fonts.ts';

/** A PDFKit document, as the drawing functions receive it (the package types instance and class as one). */
export type Doc = typeof PDFDocument;

/** A4 with 2 cm sides; the top and bottom margins leave room for the marking and page numbers. */
export const PAGE = {
  size: 'A4',
  margins: { top: 64, bottom: 64, left: 57, right: 57 },
} as const;

export const TEXT = {
  body: 10,
  small: 8,
  lineGap: 2,
  colour: '#1a1a1a',
  muted: '#555555',
  rule: '#9a9a9a',
  shade: '#e9ecef',
} as const;

/** Points between blocks. */
export const BLOCK_GAP = 8;

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The lowest y that content may reach on the current page. */
export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** The usable height of a whole page, for things that must not be taller than one. */
export function pageBodyHeight(doc: Doc): number {
  return bottom(doc) - doc.page.margins.top;
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc) && doc.y > doc.page.margins.top) {
    doc.addPage();
  }
}

/** Sets the face, size and colour for the text that follows. */
export function style(doc: Doc, size: number = TEXT.body, bold = false, colour: string = TEXT.colour): Doc {
  return doc
    .font(bold ? FONT.bold : FONT.regular)
    .fontSize(size)
    .fillColor(colour);
}

/** Moves the cursor back to the left margin, `gap` points below `y`. */
export function moveTo(doc: Doc, y: number, gap = 0): void {
  doc.x = left(doc);
  doc.y = y + gap;
}

/**
 * One line of text in a box `width` wide at (x, y), cut with "…" if too long. It never wraps and
 * never starts a page, so it is safe in margins and charts, where PDFKit's wrapper would page-break.
 */
export function oneLine(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right' = 'left'): void {
  let shown = text;
  if (doc.widthOfString(shown) > width) {
    const chars = Array.from(text);
    while (chars.length > 0 && doc.widthOfString(`${chars.join('')}…`) > width) {
      chars.pop();
    }
    shown = `${chars.join('')}…`;
  }
  const room = width - doc.widthOfString(shown);
  const offset = align === 'left' ? 0 : align === 'center' ? room / 2 : room;
  doc.text(shown, x + Math.max(offset, 0), y, { lineBreak: false });
}
