/**
 * Test helper: reads a PDF back as text. It uses `pdfjs-dist`, a devDependency, so only tests
 * import this file; production code never reads PDFs.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A positioned run of text on a page, in PDF points from the page's bottom-left corner. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
}

/** What a test wants to know of a PDF: each page's text, all of it, the metadata and positions. */
export interface PdfTextContent {
  /** One string per page; runs on different lines are separated by "\n". */
  pages: string[];
  /** The pages joined by a form feed. */
  text: string;
  /** The document information dictionary (Title, Author, CreationDate, …). */
  info: Record<string, unknown>;
  /** Each page's text runs, for layout checks such as "nothing crosses the margin". */
  items: PdfTextItem[][];
  pageWidth: number;
}

/** Extracts the text, metadata and text positions of `pdf` (test-only: see the file's note). */
export async function pdfText(pdf: Buffer): Promise<PdfTextContent> {
  // pdf.js takes ownership of the array it is given, so hand it a copy rather than the Buffer's memory.
  const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: string[] = [];
    const items: PdfTextItem[][] = [];
    let pageWidth = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      pageWidth = page.view[2] ?? 0;
      const content = await page.getTextContent();
      const runs: PdfTextItem[] = [];
      let text = '';
      let last: { y: number; end: number } | undefined;
      for (const item of content.items) {
        if (!('str' in item)) {
          continue;
        }
        const [, , , , x = 0, y = 0] = item.transform as number[];
        // A new line where the baseline moves; a space where runs on one line do not touch.
        if (last && Math.abs(y - last.y) > 1 && !text.endsWith('\n')) {
          text += '\n';
        } else if (last && Math.abs(x - last.end) > 1 && !/\s$/.test(text)) {
          text += ' ';
        }
        text += item.str + (item.hasEOL ? '\n' : '');
        last = { y, end: x + item.width };
        if (item.str.trim() !== '') {
          runs.push({ text: item.str, x, y, width: item.width });
        }
      }
      pages.push(text);
      items.push(runs);
    }
    const metadata = await document.getMetadata();
    const info = typeof metadata.info === 'object' && metadata.info !== null ? { ...metadata.info } : {};
    return { pages, text: pages.join('\f'), info, items, pageWidth };
  } finally {
    await task.destroy();
  }
}
