/**
 * Bar and line charts drawn with PDF vectors, so they print sharply and their words stay text.
 * Colours are the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
 * and line series also differ by dash pattern, for black-and-white printing.
 */
import type { PdfChart } from './spec.ts';
import { BLOCK_GAP, contentWidth, type Doc, ensureSpace, left, moveTo, oneLine, style, TEXT } from './layout.ts';

const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
const DASHES: (readonly [number, number] | undefined)[] = [undefined, [6, 3], [2, 2], [9, 3]];
const PLOT_HEIGHT = 170;
const LABEL = 8;
/** Room under the plot for category labels of up to two lines. */
const X_LABELS = 2 * 11 + 4;
const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
  min: number;
  max: number;
}

/** A vertical scale with round steps that includes zero, e.g. 0–250 in steps of 50. */
export function niceScale(low: number, high: number, ticks = 5): { min: number; max: number; step: number } {
  const lo = Math.min(0, low);
  const hi = Math.max(0, high) === lo ? lo + 1 : Math.max(0, high);
  const raw = (hi - lo) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((n) => raw / magnitude <= n) ?? 10) * magnitude;
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

/** Draws a bar chart (grouped when there are several series) or a line chart. */
export function drawChart(doc: Doc, chart: PdfChart, kind: 'bar' | 'line'): void {
  validate(chart);
  const width = contentWidth(doc);
  const titleHeight = style(doc, 10.5, true).heightOfString(chart.title, { width }) + 4;
  const legend = legendRows(doc, chart, width);
  const height = titleHeight + legend.length * 13 + 4 + PLOT_HEIGHT + X_LABELS + (chart.xAxisLabel ? 12 : 0) + 4;
  ensureSpace(doc, height);
  const top = doc.y;
  style(doc, 10.5, true).text(chart.title, left(doc), top, { width });
  drawLegend(doc, legend, kind, top + titleHeight);

  const values = chart.series.flatMap((s) => s.values);
  const scale = niceScale(Math.min(...values, 0), Math.max(...values, 0));
  const tickLabels = tickValues(scale).map((v) => numbers.format(v));
  style(doc, LABEL);
  const axisTitle = chart.yAxisLabel ? 14 : 0;
  const tickWidth = Math.max(...tickLabels.map((t) => doc.widthOfString(t))) + 4;
  const plotX = left(doc) + axisTitle + tickWidth + 2;
  const frame: Frame = { x: plotX, y: top + titleHeight + legend.length * 13 + 4, width: left(doc) + width - plotX, height: PLOT_HEIGHT, min: scale.min, max: scale.max };

  drawGrid(doc, frame, scale.step, tickWidth);
  if (chart.yAxisLabel) {
    const cx = left(doc) + 5;
    const cy = frame.y + frame.height / 2;
    doc.save().rotate(-90, { origin: [cx, cy] });
    style(doc, LABEL, false, TEXT.muted);
    oneLine(doc, chart.yAxisLabel, cx - frame.height / 2, cy - LABEL / 2 - 1, frame.height, 'center');
    doc.restore();
  }
  const slots = kind === 'bar' ? drawBars(doc, frame, chart) : drawLines(doc, frame, chart);
  drawXLabels(doc, frame, chart.labels, slots);
  if (chart.xAxisLabel) {
    style(doc, LABEL, false, TEXT.muted);
    oneLine(doc, chart.xAxisLabel, frame.x, frame.y + frame.height + X_LABELS, frame.width, 'center');
  }
  moveTo(doc, top + height, BLOCK_GAP);
}

function validate(chart: PdfChart): void {
  if (chart.labels.length === 0 || chart.series.length === 0) {
    throw new Error(`chart "${chart.title}" needs at least one label and one series`);
  }
  for (const series of chart.series) {
    if (series.values.length !== chart.labels.length || !series.values.every(Number.isFinite)) {
      throw new Error(`chart "${chart.title}": series "${series.name}" needs ${chart.labels.length} finite values`);
    }
  }
}

function tickValues(scale: { min: number; max: number; step: number }): number[] {
  const count = Math.round((scale.max - scale.min) / scale.step);
  // Rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  return Array.from({ length: count + 1 }, (_, i) => Number((scale.min + i * scale.step).toFixed(10)));
}

function yOf(frame: Frame, value: number): number {
  return frame.y + frame.height - ((value - frame.min) / (frame.max - frame.min)) * frame.height;
}

function drawGrid(doc: Doc, frame: Frame, step: number, tickWidth: number): void {
  for (const value of tickValues({ min: frame.min, max: frame.max, step })) {
    const y = yOf(frame, value);
    doc.moveTo(frame.x, y).lineTo(frame.x + frame.width, y).lineWidth(value === 0 ? 0.9 : 0.3).strokeColor(value === 0 ? '#333333' : '#cccccc').stroke();
    style(doc, LABEL, false, TEXT.muted);
    oneLine(doc, numbers.format(value), frame.x - tickWidth - 2, y - LABEL / 2 - 1, tickWidth, 'right');
  }
  doc.moveTo(frame.x, frame.y).lineTo(frame.x, frame.y + frame.height).lineWidth(0.9).strokeColor('#333333').stroke();
}

/** Bars grouped per label; values are printed above bars that are wide enough to carry them. */
function drawBars(doc: Doc, frame: Frame, chart: PdfChart): number[] {
  const slot = frame.width / chart.labels.length;
  const bar = (slot * 0.8) / chart.series.length;
  const zero = yOf(frame, 0);
  chart.series.forEach((series, s) => {
    series.values.forEach((value, i) => {
      const x = frame.x + slot * i + slot * 0.1 + bar * s;
      const y = yOf(frame, value);
      doc.rect(x, Math.min(y, zero), Math.max(bar - 1, 0.5), Math.abs(zero - y)).fillColor(PALETTE[s % PALETTE.length] ?? '#000000').fill();
      if (bar >= 16) {
        style(doc, 7, false, TEXT.muted);
        oneLine(doc, numbers.format(value), x - 4, value >= 0 ? y - 9 : y + 2, bar + 8, 'center');
      }
    });
  });
  return chart.labels.map((_, i) => frame.x + slot * (i + 0.5));
}

/** One polyline per series with point markers; a single label is drawn as a lone point. */
function drawLines(doc: Doc, frame: Frame, chart: PdfChart): number[] {
  const inset = 12;
  const n = chart.labels.length;
  const xs = chart.labels.map((_, i) => (n === 1 ? frame.x + frame.width / 2 : frame.x + inset + (i * (frame.width - 2 * inset)) / (n - 1)));
  chart.series.forEach((series, s) => {
    const colour = PALETTE[s % PALETTE.length] ?? '#000000';
    const dash = DASHES[s % DASHES.length];
    const points = series.values.map((value, i): [number, number] => [xs[i] ?? frame.x, yOf(frame, value)]);
    doc.save();
    points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
    if (dash) {
      doc.dash(dash[0], { space: dash[1] });
    }
    doc.lineWidth(1.6).strokeColor(colour).stroke();
    doc.restore();
    for (const [x, y] of points) {
      doc.circle(x, y, 2.2).fillColor(colour).fill();
    }
  });
  return xs;
}

/** Labels under the axis; when they would collide, every k-th is printed. */
function drawXLabels(doc: Doc, frame: Frame, labels: string[], centres: number[]): void {
  style(doc, LABEL, false, TEXT.colour);
  const slot = labels.length > 1 ? Math.abs((centres[1] ?? 0) - (centres[0] ?? 0)) : frame.width;
  const widest = Math.max(...labels.map((label) => doc.widthOfString(label)));
  const every = Math.max(1, Math.ceil(Math.min(widest + 6, 90) / slot));
  const box = Math.min(slot * every, frame.width);
  const y = frame.y + frame.height + 3;
  labels.forEach((label, i) => {
    const centre = centres[i];
    if (i % every === 0 && centre !== undefined) {
      // Centred under its point but kept inside the plot's width, so the end labels stay in the margins.
      const width = Math.min(doc.widthOfString(label) + 1, box);
      const x = Math.min(Math.max(centre - width / 2, frame.x), frame.x + frame.width - width);
      // Two short lines at most, so a long label cannot push into the axis title.
      doc.text(label, x, y, { width, align: 'center', height: 2 * doc.currentLineHeight(true) + 1, ellipsis: true });
    }
  });
}

type LegendItem = { name: string; index: number; x: number };

function legendRows(doc: Doc, chart: PdfChart, width: number): LegendItem[][] {
  style(doc, LABEL);
  const rows: LegendItem[][] = [[]];
  let x = 0;
  chart.series.forEach((series, index) => {
    const itemWidth = Math.min(doc.widthOfString(series.name), width - 24) + 30;
    if (x > 0 && x + itemWidth > width) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]?.push({ name: series.name, index, x });
    x += itemWidth;
  });
  return rows;
}

function drawLegend(doc: Doc, rows: LegendItem[][], kind: 'bar' | 'line', top: number): void {
  rows.forEach((row, r) => {
    const y = top + r * 13;
    for (const item of row) {
      const x = left(doc) + item.x;
      const colour = PALETTE[item.index % PALETTE.length] ?? '#000000';
      if (kind === 'bar') {
        doc.rect(x, y + 1, 10, 8).fillColor(colour).fill();
      } else {
        const dash = DASHES[item.index % DASHES.length];
        doc.save().moveTo(x, y + 5).lineTo(x + 14, y + 5);
        if (dash) {
          doc.dash(dash[0], { space: dash[1] });
        }
        doc.lineWidth(1.6).strokeColor(colour).stroke().restore();
      }
      style(doc, LABEL);
      oneLine(doc, item.name, x + 18, y, contentWidth(doc) - item.x - 18);
    }
  });
}
