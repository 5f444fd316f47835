import { beforeAll, describe, expect, it } from 'vitest';
import { chartAsTable, drawableText, type PdfChart, type PdfDocumentSpec, renderPdf } from './pdf.ts';
import { PAGE } from './pdf/layout.ts';
import { niceScale } from './pdf/charts.ts';
import { type PdfTextContent, pdfText } from './pdf-text.ts';

const WELSH_POLISH = 'Dydd Llun yn Llanelli: Gwenllïan Ŵyn a Łukasz Wąsowicz o Łodzi';
// 116 letters and no space: at 9 pt it is wider than the whole page unless the cell wraps it.
const LONG_WORD = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(2);

const trend: PdfChart = {
  title: 'Hate crime reports by week',
  labels: ['w/c 5 Jan', 'w/c 12 Jan', 'w/c 19 Jan', 'w/c 26 Jan'],
  series: [
    { name: 'Racially aggravated', values: [12, 15, 9, 22] },
    { name: 'Religiously aggravated', values: [4, 6, 3, 8] },
  ],
  xAxisLabel: 'Week commencing',
  yAxisLabel: 'Reports received',
};

const byArea: PdfChart = {
  title: 'Reports by neighbourhood',
  labels: ['Northgate', 'Riverside', 'Castle Hill'],
  series: [{ name: 'This month', values: [14, 22, 3] }],
};

const actionRows = Array.from({ length: 70 }, (_, i) => [
  `A-${String(i + 1).padStart(3, '0')}`,
  `Visit community venue ${i + 1} and ${'reassure residents '.repeat((i % 3) + 1)}`,
  i === 2 ? LONG_WORD : 'Insp B. Jones',
]);

const spec: PdfDocumentSpec = {
  title: 'Community Impact Assessment: Northgate',
  subtitle: 'CIA-2026-0042',
  forceName: 'Demo Constabulary',
  marking: 'OFFICIAL-SENSITIVE',
  author: 'PS 1234 Jane Evans',
  createdAt: new Date('2026-03-01T09:30:00Z'),
  blocks: [
    { kind: 'heading', text: 'Summary' },
    { kind: 'paragraph', text: `${WELSH_POLISH}. Quoted in Urdu: اردو, with a reaction 👍🏽.` },
    { kind: 'fields', items: [['Reference', 'CIA-2026-0042'], ['Tension level', 'Elevated']] },
    { kind: 'bullets', items: ['Increase patrols near places of worship', 'Brief the independent advisory group'] },
    { kind: 'heading', text: 'Trends', level: 2 },
    { kind: 'lineChart', ...trend },
    { kind: 'barChart', ...byArea },
    chartAsTable(trend, 'Week'),
    { kind: 'heading', text: 'Actions', level: 3 },
    { kind: 'table', columns: ['Ref', 'Action taken', 'Responsible officer'], widths: [1, 4, 2], rows: actionRows },
  ],
};

describe('renderPdf', () => {
  let pdf: Buffer;
  let read: PdfTextContent;

  beforeAll(async () => {
    pdf = await renderPdf(spec);
    read = await pdfText(pdf);
  });

  it('is a PDF of several pages, small because only the used glyphs are embedded', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(read.pages.length).toBeGreaterThan(1);
    // Each Noto Sans face is 0.6 MB whole; subsetting keeps a few pages far below that.
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('carries the marking at the top and the bottom of every page', () => {
    const height = 841.89;
    read.items.forEach((items) => {
      const markings = items.filter((item) => item.text === 'OFFICIAL-SENSITIVE');
      expect(markings.some((m) => m.y > height - PAGE.margins.top)).toBe(true);
      expect(markings.some((m) => m.y < PAGE.margins.bottom)).toBe(true);
    });
  });

  it('numbers every page "Page n of m"', () => {
    const total = read.pages.length;
    read.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${total}`));
    expect(read.pages[0]).toContain('Page 1 of');
  });

  it('stores the title, author and creation date as metadata', () => {
    expect(read.info.Title).toBe(spec.title);
    expect(read.info.Author).toBe(spec.author);
    expect(read.info.CreationDate).toBe('D:20260301093000Z');
  });

  it('repeats the table header on every page the table reaches', () => {
    const tablePages = read.pages.filter((text) => /A-0\d\d/.test(text));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const text of tablePages) {
      expect(text).toContain('Action taken');
      expect(text).toContain('Responsible officer');
    }
    expect(read.text).toContain('A-070');
  });

  it('prints chart titles, axis labels, legends and category labels as text', () => {
    for (const text of [trend.title, byArea.title, 'Week commencing', 'Reports received', 'Racially aggravated', 'This month']) {
      expect(read.text).toContain(text);
    }
    for (const label of [...trend.labels, ...byArea.labels]) {
      expect(read.text).toContain(label);
    }
  });

  it('keeps Welsh and Polish letters, and marks what the font cannot draw with "?"', () => {
    expect(read.text).toContain(WELSH_POLISH);
    expect(read.text.replace(/\s+/g, ' ')).toContain('Quoted in Urdu: ????, with a reaction ?.');
    // A glyph the font lacks would come back as NUL or U+FFFD: silent garbage.
    expect(read.text).not.toContain('\u0000');
    expect(read.text).not.toContain('\ufffd');
  });

  it('wraps a long word inside its cell instead of running off the page', () => {
    const right = read.pageWidth - PAGE.margins.right;
    for (const item of read.items.flat()) {
      expect(item.x).toBeGreaterThanOrEqual(PAGE.margins.left - 0.5);
      expect(item.x + item.width).toBeLessThanOrEqual(right + 0.5);
    }
    const pieces = read.items.flat().filter((item) => /^[a-z]{3,}$/i.test(item.text) && LONG_WORD.includes(item.text));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((item) => item.text).join('')).toBe(LONG_WORD);
  });

  it('renders a 50-page document', async () => {
    const rows = Array.from({ length: 1800 }, (_, i) => [String(i + 1), `Entry ${i + 1}`, 'Open']);
    const big = await renderPdf({ ...spec, blocks: [{ kind: 'table', columns: ['No', 'Entry', 'Status'], rows }] });
    const pages = (await pdfText(big)).pages;
    expect(pages.length).toBeGreaterThanOrEqual(50);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages.at(-1)).toContain('Entry 1800');
  });

  it('prints an OFFICIAL marking as given, and needs no subtitle or author', async () => {
    const { title, forceName, createdAt } = spec;
    const read = await pdfText(await renderPdf({ title, forceName, createdAt, marking: 'OFFICIAL', blocks: [{ kind: 'paragraph', text: 'Short.' }] }));
    expect(read.pages).toHaveLength(1);
    expect(read.info.Author).toBeUndefined();
    expect(read.text).toContain('OFFICIAL');
    expect(read.text).not.toContain('OFFICIAL-SENSITIVE');
  });

  it('refuses a table row or chart series that does not fit its columns or labels', async () => {
    await expect(renderPdf({ ...spec, blocks: [{ kind: 'table', columns: ['A', 'B'], rows: [['only one']] }] })).rejects.toThrow(/row 0 has 1 cells for 2 columns/);
    const broken = { ...byArea, series: [{ name: 'Short', values: [1] }] };
    await expect(renderPdf({ ...spec, blocks: [{ kind: 'barChart', ...broken }] })).rejects.toThrow(/needs 3 finite values/);
  });
});

describe('drawableText', () => {
  it('composes combining marks, drops invisible characters and replaces each unknown grapheme once', () => {
    expect(drawableText('w\u0302yn')).toBe('ŵyn');
    expect(drawableText('a\u200bb\u200dc')).toBe('abc');
    expect(drawableText('👩‍👩‍👧 and 👍🏽')).toBe('? and ?');
    expect(drawableText('one\r\ntwo\tthree')).toBe('one\ntwo    three');
    expect(drawableText('£5 – €6 “quoted” Ελλάδα Київ')).toBe('£5 – €6 “quoted” Ελλάδα Київ');
  });
});

describe('chart helpers', () => {
  it('chooses round scales that include zero', () => {
    expect(niceScale(0, 22)).toEqual({ min: 0, max: 25, step: 5 });
    expect(niceScale(-7, 12)).toEqual({ min: -10, max: 15, step: 5 });
    expect(niceScale(0, 0)).toEqual({ min: 0, max: 1, step: 0.2 });
  });

  it('turns a chart into the table of its figures', () => {
    expect(chartAsTable(byArea, 'Area')).toEqual({
      kind: 'table',
      columns: ['Area', 'This month'],
      rows: [['Northgate', '14'], ['Riverside', '22'], ['Castle Hill', '3']],
    });
  });
});
