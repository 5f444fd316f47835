import { Readable } from 'node:stream';

/**
 * RFC 4180 field quoting, and a guard against formula injection: a cell that a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Streams rows as CSV with a header line, so a large export never sits whole in memory. */
export function toCsv<K extends string>(columns: readonly K[], rows: AsyncIterable<Record<K, unknown>>): Readable {
  async function* lines() {
    yield `${columns.join(',')}\r\n`;
    for await (const row of rows) {
      yield `${columns.map((c) => csvField(row[c])).join(',')}\r\n`;
    }
  }
  return Readable.from(lines());
}
