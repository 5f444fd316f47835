/**
 * What every page carries: the protective marking centred at top and bottom (as the Government
 * Security Classifications require, so it survives a page being printed or copied alone), the
 * force, and "Page n of m". Drawn after the body, when m is known.
 */
import type { PdfDocumentSpec } from './spec.ts';
import { type Doc, oneLine, style, TEXT } from './layout.ts';

export function drawPageChrome(doc: Doc, spec: Pick<PdfDocumentSpec, 'marking' | 'forceName'>): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    const inner = width - margins.left - margins.right;
    style(doc, 10, true);
    oneLine(doc, spec.marking, margins.left, 26, inner, 'center');
    const footerY = height - 40;
    oneLine(doc, spec.marking, margins.left, footerY, inner, 'center');
    style(doc, 8, false, TEXT.muted);
    // The force and the page number share the footer line with the marking, so each gets a third.
    oneLine(doc, spec.forceName, margins.left, footerY + 1.5, inner / 3 - 6);
    oneLine(doc, `Page ${i - start + 1} of ${count}`, margins.left + (2 * inner) / 3 + 6, footerY + 1.5, inner / 3 - 6, 'right');
  }
}
