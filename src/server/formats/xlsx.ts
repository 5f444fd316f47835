import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Streams rows into an .xlsx workbook (one sheet, a bold frozen header row), so a large export
 * never sits whole in memory. Dates stay dates, so a spreadsheet can sort and filter them.
 */
export function toXlsx<K extends string>(sheetName: string, columns: readonly K[], rows: AsyncIterable<Record<K, unknown>>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => ({ header: key, key, width: Math.max(12, key.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const row of rows) {
        sheet.addRow(row).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return out;
}
