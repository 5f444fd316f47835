/** A CSV file that cannot be read as RFC 4180; `row` counts records as a spreadsheet shows them. */
export class CsvSyntaxError extends Error {
  readonly row: number;
  constructor(row: number, message: string) {
    super(`row ${row}: ${message}`);
    this.row = row;
  }
}

/**
 * Parses RFC 4180 CSV into records of fields: quoted fields may hold commas, line breaks and
 * doubled quotes; records end with CRLF, LF or CR; a leading byte order mark is dropped, and so is
 * the line break that ends the last record. A quote inside an unquoted field is taken literally
 * (as spreadsheets read `5" tall`); text after a closing quote, or a quote never closed, is an error.
 * An empty line is a record of one empty field, so record numbers match what a spreadsheet shows.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      const opened = records.length + 1;
      i++;
      for (;;) {
        if (i >= text.length) {
          throw new CsvSyntaxError(opened, 'a quoted field is never closed');
        }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(opened, 'text follows a closing quote (double a quote inside a quoted field: "")');
      }
      // An empty quoted field ("") must not look like an unquoted one to the next character.
      if (next === undefined) {
        break;
      }
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0 || text.endsWith('"')) {
    endRecord();
  }
  return records;
}
