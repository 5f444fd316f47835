/** The title block and the flowing text blocks: headings, paragraphs, fields and bullets. */
import type { PdfDocumentSpec } from './spec.ts';
import { BLOCK_GAP, bottom, contentWidth, type Doc, ensureSpace, left, moveTo, pageBodyHeight, style, TEXT } from './layout.ts';

const HEADING_SIZE = { 1: 15, 2: 12.5, 3: 11 } as const;
const HEADING_SPACE_BEFORE = { 1: 14, 2: 10, 3: 8 } as const;

const whenFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** Force, title, subtitle and the created/author line, closed by a rule. */
export function drawTitleBlock(doc: Doc, spec: PdfDocumentSpec): void {
  const width = contentWidth(doc);
  style(doc, 11, true, TEXT.muted).text(spec.forceName, left(doc), doc.y, { width });
  doc.moveDown(0.3);
  style(doc, 20, true).text(spec.title, { width });
  if (spec.subtitle) {
    doc.moveDown(0.2);
    style(doc, 12.5).text(spec.subtitle, { width });
  }
  doc.moveDown(0.4);
  const byline = [`Created ${whenFormat.format(spec.createdAt)}`, spec.author ? `Author: ${spec.author}` : undefined];
  style(doc, 9, false, TEXT.muted).text(byline.filter(Boolean).join('   ·   '), { width });
  const y = doc.y + 6;
  doc.moveTo(left(doc), y).lineTo(left(doc) + width, y).lineWidth(0.75).strokeColor(TEXT.rule).stroke();
  moveTo(doc, y, 12);
}

/** A heading that never sits alone at the foot of a page: it keeps room for three lines after it. */
export function drawHeading(doc: Doc, text: string, level: 1 | 2 | 3 = 1): void {
  const width = contentWidth(doc);
  style(doc, HEADING_SIZE[level], true);
  const height = doc.heightOfString(text, { width });
  const following = 3 * (TEXT.body + TEXT.lineGap + 3);
  if (doc.y > doc.page.margins.top) {
    doc.y += HEADING_SPACE_BEFORE[level];
  }
  ensureSpace(doc, height + following);
  doc.text(text, left(doc), doc.y, { width });
  moveTo(doc, doc.y, 4);
}

/** Body text; PDFKit flows it onto new pages by itself. */
export function drawParagraph(doc: Doc, text: string): void {
  style(doc).text(text, left(doc), doc.y, { width: contentWidth(doc), lineGap: TEXT.lineGap });
  moveTo(doc, doc.y, BLOCK_GAP);
}

/**
 * Label–value rows: labels in bold in the left third. A pair that fits on a page is never split;
 * a value longer than a page flows on beside nothing, rather than being cut.
 */
export function drawFields(doc: Doc, items: [label: string, value: string][]): void {
  const width = contentWidth(doc);
  const labelWidth = Math.round(width * 0.32);
  const valueX = left(doc) + labelWidth + 10;
  const valueWidth = width - labelWidth - 10;
  for (const [label, value] of items) {
    const labelHeight = style(doc, TEXT.body, true).heightOfString(label, { width: labelWidth, lineGap: TEXT.lineGap });
    const valueHeight = style(doc).heightOfString(value || '—', { width: valueWidth, lineGap: TEXT.lineGap });
    const height = Math.max(labelHeight, valueHeight);
    if (height <= pageBodyHeight(doc)) {
      ensureSpace(doc, height);
    }
    const top = doc.y;
    const page = doc.bufferedPageRange().count;
    // The label is clipped to what is left of this page, so only the value can start a new one.
    const labelRoom = Math.max(bottom(doc) - top, TEXT.body * 2);
    style(doc, TEXT.body, true).text(label, left(doc), top, { width: labelWidth, lineGap: TEXT.lineGap, height: labelRoom, ellipsis: true });
    const labelBottom = doc.y;
    style(doc).text(value || '—', valueX, top, { width: valueWidth, lineGap: TEXT.lineGap });
    const flowed = doc.bufferedPageRange().count !== page;
    moveTo(doc, flowed ? doc.y : Math.max(labelBottom, doc.y), 4);
  }
  moveTo(doc, doc.y, BLOCK_GAP - 4);
}

/** A bulleted list with hanging indents. */
export function drawBullets(doc: Doc, items: string[]): void {
  const indent = 14;
  const width = contentWidth(doc) - indent;
  for (const item of items) {
    style(doc);
    ensureSpace(doc, doc.currentLineHeight(true));
    const top = doc.y;
    doc.text('•', left(doc) + 3, top, { lineBreak: false });
    doc.text(item, left(doc) + indent, top, { width, lineGap: TEXT.lineGap });
    moveTo(doc, doc.y, 3);
  }
  moveTo(doc, doc.y, BLOCK_GAP - 3);
}
