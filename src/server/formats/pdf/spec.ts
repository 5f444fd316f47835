/**
 * The declarative shape of a Cohesion PDF: callers describe *what* a document says, and the
 * renderer alone decides page breaks, fonts and layout, so every document looks the same.
 *
 * Text anywhere in a spec may hold any Unicode. Characters the embedded font cannot draw
 * (see `fonts.ts`: Arabic script such as Urdu, South Asian and CJK scripts, emoji) print as `?`.
 */

/** A series of numbers for a chart: one value per label, in the labels' order. */
export interface PdfSeries {
  name: string;
  values: number[];
}

/**
 * A chart's data. Every series has exactly one finite value per label. Pass the same data to
 * {@link chartAsTable} to print the figures too, for readers who cannot use the picture.
 */
export interface PdfChart {
  title: string;
  labels: string[];
  series: PdfSeries[];
  /** Printed under the horizontal axis, e.g. "Week commencing". */
  xAxisLabel?: string;
  /** Printed up the vertical axis, e.g. "Reports". */
  yAxisLabel?: string;
}

/** One piece of a document's body, drawn in order. */
export type PdfBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string }
  /** Label–value pairs, e.g. "Reference" → "CIA-2026-0042". */
  | { kind: 'fields'; items: [label: string, value: string][] }
  /**
   * A table whose header row repeats on every page it spans. `widths` are relative weights (for
   * instance `[1, 3]` gives the second column three times the first), equal when omitted. Columns
   * whose every cell is a number are right-aligned. A single row taller than a page is cut short
   * with an ellipsis.
   */
  | { kind: 'table'; columns: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'bullets'; items: string[] }
  | ({ kind: 'barChart' } & PdfChart)
  | ({ kind: 'lineChart' } & PdfChart);

/** UK Government Security Classifications markings that Cohesion's documents carry. */
export type PdfMarking = 'OFFICIAL' | 'OFFICIAL-SENSITIVE';

/** A whole document: its title block, metadata and body. Always A4 portrait. */
export interface PdfDocumentSpec {
  title: string;
  subtitle?: string;
  /** The owning force, printed in the title block and every page's footer. */
  forceName: string;
  /** Printed at the top and bottom of every page. */
  marking: PdfMarking;
  author?: string;
  /** The document's creation time: shown (in Europe/London) and stored as the PDF's creation date. */
  createdAt: Date;
  blocks: PdfBlock[];
}

/** The table a chart stands for: one row per label, one column per series. */
export function chartAsTable(chart: PdfChart, firstColumn = ''): Extract<PdfBlock, { kind: 'table' }> {
  const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return {
    kind: 'table',
    columns: [firstColumn, ...chart.series.map((s) => s.name)],
    rows: chart.labels.map((label, i) => [
      label,
      ...chart.series.map((s) => {
        const value = s.values[i];
        return value === undefined ? '' : format.format(value);
      }),
    ]),
  };
}
