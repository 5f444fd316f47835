/**
 * PDF documents for Cohesion (Community Impact Assessments, management packs, tension returns,
 * PCC reports): describe the document as a {@link PdfDocumentSpec} and {@link renderPdf} lays it
 * out on A4 with the protective marking and page numbers on every page. The parts live in `pdf/`.
 */
export { renderPdf } from './pdf/render.ts';
export { chartAsTable } from './pdf/spec.ts';
export type { PdfBlock, PdfChart, PdfDocumentSpec, PdfMarking, PdfSeries } from './pdf/spec.ts';
export { drawableText, REPLACEMENT } from './pdf/fonts.ts';
