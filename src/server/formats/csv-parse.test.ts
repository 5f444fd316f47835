import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv-parse.ts';

describe('parseCsv', () => {
  it('should split records on CRLF, LF or CR, and drop the line break after the last record', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\rc,d\r')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('should keep commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'kind,description\r\nhate_crime,"Shouted ""go home"", then\r\nspat at us, twice"\r\nconcern,plain\r\n';
    expect(parseCsv(text)).toEqual([
      ['kind', 'description'],
      ['hate_crime', 'Shouted "go home", then\r\nspat at us, twice'],
      ['concern', 'plain'],
    ]);
  });

  it('should drop a byte order mark and keep empty fields, quoted or not', () => {
    expect(parseCsv('\uFEFFa,,""\n,"",x')).toEqual([['a', '', ''], ['', '', 'x']]);
    expect(parseCsv('a\n""')).toEqual([['a'], ['']]);
  });

  it('should keep empty lines as records, so numbers match a spreadsheet', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('should take a quote inside an unquoted field literally', () => {
    expect(parseCsv('5" tall,x')).toEqual([['5" tall', 'x']]);
  });

  it('should refuse a quote never closed, naming the record where it opened', () => {
    const parse = () => parseCsv('a,b\nc,"never\nclosed\n');
    expect(parse).toThrow(CsvSyntaxError);
    expect(parse).toThrow(/^row 2: a quoted field is never closed$/);
  });

  it('should refuse text after a closing quote', () => {
    expect(() => parseCsv('a\n"quoted"trailing,b')).toThrow(/^row 2: text follows a closing quote/);
  });

  it('should keep non-ASCII text as it is', () => {
    expect(parseCsv('ur,"سکول کے گیٹ کے باہر"\n')).toEqual([['ur', 'سکول کے گیٹ کے باہر']]);
  });
});
