import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe(csvField.name, () => {
  it('should quote commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('should defuse cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+44 7700 900123')).toBe("'+44 7700 900123");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe(toCsv.name, () => {
  it('should stream a header and one line per row', async () => {
    async function* rows() {
      yield { a: 1, b: 'x' };
      yield { a: 2, b: null };
    }
    let text = '';
    for await (const chunk of toCsv(['a', 'b'] as const, rows())) {
      text += String(chunk);
    }
    expect(text).toBe('a,b\r\n1,x\r\n2,\r\n');
  });
});
