/**
 * Tables. PDFKit's own table neither repeats its header on a new page nor keeps a row whole, and
 * police tables run to many pages, so rows are measured and placed here.
 */
import { BLOCK_GAP, bottom, contentWidth, type Doc, left, moveTo, pageBodyHeight, style, TEXT } from './layout.ts';

const PAD = 4;
const SIZE = 9;
const NUMBER = /^[-+]?[£$€]?\d[\d,]*(\.\d+)?%?$/;

interface Column {
  x: number;
  width: number;
  align: 'left' | 'right';
}

/** Draws a table; see `PdfBlock` for the rules about widths, alignment and very tall rows. */
export function drawTable(doc: Doc, columns: string[], rows: string[][], widths?: number[]): void {
  validate(columns, rows, widths);
  const layout = columnLayout(doc, columns, rows, widths);
  const headerHeight = rowHeight(doc, columns, layout, true);
  const firstRow = rows[0] ? rowHeight(doc, rows[0], layout, false) : 0;
  // A header is never left alone at the foot of a page.
  if (doc.y + headerHeight + Math.min(firstRow, pageBodyHeight(doc) / 2) > bottom(doc)) {
    doc.addPage();
  }
  drawRow(doc, columns, layout, headerHeight, true);
  rows.forEach((row, index) => {
    const tallest = pageBodyHeight(doc) - headerHeight;
    const height = Math.min(rowHeight(doc, row, layout, false), tallest);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      drawRow(doc, columns, layout, headerHeight, true);
    }
    drawRow(doc, row, layout, height, false, index % 2 === 1);
  });
  moveTo(doc, doc.y, BLOCK_GAP + 2);
}

function validate(columns: string[], rows: string[][], widths: number[] | undefined): void {
  if (columns.length === 0) {
    throw new Error('a PDF table needs at least one column');
  }
  if (widths && (widths.length !== columns.length || widths.some((w) => !(w > 0)))) {
    throw new Error(`a PDF table's widths must be ${columns.length} positive numbers`);
  }
  const bad = rows.findIndex((row) => row.length !== columns.length);
  if (bad >= 0) {
    throw new Error(`PDF table row ${bad} has ${rows[bad]?.length} cells for ${columns.length} columns`);
  }
}

function columnLayout(doc: Doc, columns: string[], rows: string[][], widths: number[] | undefined): Column[] {
  const weights = widths ?? columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let x = left(doc);
  return weights.map((weight, i) => {
    const width = (contentWidth(doc) * weight) / total;
    const numeric = rows.length > 0 && rows.every((row) => row[i] === '' || NUMBER.test(row[i] ?? ''));
    const column: Column = { x, width, align: numeric ? 'right' : 'left' };
    x += width;
    return column;
  });
}

function rowHeight(doc: Doc, cells: string[], layout: Column[], header: boolean): number {
  style(doc, SIZE, header);
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: (layout[i]?.width ?? 0) - 2 * PAD }));
  return Math.max(SIZE, ...heights) + 2 * PAD;
}

function drawRow(doc: Doc, cells: string[], layout: Column[], height: number, header: boolean, shaded = false): void {
  const top = doc.y;
  const first = layout[0];
  const last = layout[layout.length - 1];
  if (!first || !last) {
    return;
  }
  const width = last.x + last.width - first.x;
  if (header || shaded) {
    doc.rect(first.x, top, width, height).fillColor(header ? TEXT.shade : '#f7f8f9').fill();
  }
  style(doc, SIZE, header);
  cells.forEach((cell, i) => {
    const column = layout[i];
    if (column) {
      // `height` bounds the text, so PDFKit never starts a page mid-row and cuts a giant cell with
      // "…". Its wrapper stops one rounding error early on an exact fit, hence the extra point.
      const options = { width: column.width - 2 * PAD, height: height - 2 * PAD + 1, ellipsis: true, align: column.align } as const;
      doc.text(cell, column.x + PAD, top + PAD, options);
    }
  });
  const y = top + height;
  doc.moveTo(first.x, y).lineTo(first.x + width, y).lineWidth(header ? 0.9 : 0.4).strokeColor(TEXT.rule).stroke();
  moveTo(doc, y);
}
