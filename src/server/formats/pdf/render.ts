/** Turns a {@link PdfDocumentSpec} into PDF bytes. */
import PDFDocument from 'pdfkit';
import { drawChart } from './charts.ts';
import { drawPageChrome } from './chrome.ts';
import { drawableText, FONT, loadFonts } from './fonts.ts';
import { type Doc, PAGE, style } from './layout.ts';
import type { PdfBlock, PdfChart, PdfDocumentSpec } from './spec.ts';
import { drawTable } from './table.ts';
import { drawBullets, drawFields, drawHeading, drawParagraph, drawTitleBlock } from './text-blocks.ts';

/**
 * Renders an A4 document: title block, body blocks in order, and on every page the protective
 * marking at top and bottom and "Page n of m". The title, author and creation date become the
 * PDF's metadata. The whole document is built in memory (page numbers need the page count before
 * the first page is written), which is fine for reports of a few hundred pages.
 *
 * @throws Error when a table row or chart series does not match its columns or labels.
 */
export async function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const fonts = loadFonts();
  const safe = drawableSpec(spec);
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: documentInfo(spec),
  });
  const bytes = collect(doc);
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  style(doc);

  drawTitleBlock(doc, safe);
  for (const block of safe.blocks) {
    drawBlock(doc, block);
  }
  drawPageChrome(doc, safe);
  doc.end();
  return bytes;
}

/** Metadata is stored as UTF-16, so it keeps every character, even those the font cannot draw. */
function documentInfo(spec: PdfDocumentSpec): PDFKit.DocumentInfo {
  const info: PDFKit.DocumentInfo = {
    Title: spec.title,
    Creator: 'Cohesion',
    Producer: 'Cohesion (PDFKit)',
    Keywords: [spec.marking, spec.forceName].join(', '),
    CreationDate: spec.createdAt,
    ModDate: spec.createdAt,
  };
  // PDFKit hashes every key it is given into the file ID, and throws on an undefined value.
  if (spec.subtitle !== undefined) {
    info.Subject = spec.subtitle;
  }
  if (spec.author !== undefined) {
    info.Author = spec.author;
  }
  return info;
}

function drawBlock(doc: Doc, block: PdfBlock): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(doc, block.text, block.level);
    case 'paragraph':
      return drawParagraph(doc, block.text);
    case 'fields':
      return drawFields(doc, block.items);
    case 'table':
      return drawTable(doc, block.columns, block.rows, block.widths);
    case 'bullets':
      return drawBullets(doc, block.items);
    case 'barChart':
      return drawChart(doc, block, 'bar');
    case 'lineChart':
      return drawChart(doc, block, 'line');
  }
}

/** The spec with every printed string made drawable (see `drawableText`), cleaned once up front. */
function drawableSpec(spec: PdfDocumentSpec): PdfDocumentSpec {
  const t = (text: string) => drawableText(text);
  const chart = (c: PdfChart): PdfChart => ({
    ...c,
    title: t(c.title),
    labels: c.labels.map(t),
    series: c.series.map((s) => ({ ...s, name: t(s.name) })),
    xAxisLabel: c.xAxisLabel === undefined ? undefined : t(c.xAxisLabel),
    yAxisLabel: c.yAxisLabel === undefined ? undefined : t(c.yAxisLabel),
  });
  const block = (b: PdfBlock): PdfBlock => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: t(b.text) };
      case 'fields':
        return { ...b, items: b.items.map(([label, value]): [string, string] => [t(label), t(value)]) };
      case 'table':
        return { ...b, columns: b.columns.map(t), rows: b.rows.map((row) => row.map(t)) };
      case 'bullets':
        return { ...b, items: b.items.map(t) };
      case 'barChart':
      case 'lineChart':
        return { ...chart(b), kind: b.kind };
    }
  };
  return {
    ...spec,
    title: t(spec.title),
    subtitle: spec.subtitle === undefined ? undefined : t(spec.subtitle),
    forceName: t(spec.forceName),
    author: spec.author === undefined ? undefined : t(spec.author),
    blocks: spec.blocks.map(block),
  };
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
