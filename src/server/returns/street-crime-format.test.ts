import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CloseRequest } from '../../shared/cases/contract.ts';
import { OffenceGroup } from '../../shared/reports/contract.ts';
import { OutcomeCategory } from '../../shared/returns/street-crime-contract.ts';
import { parseCsv } from '../formats/csv-parse.ts';
import { coordinate, crimeId, crimeType, csvLine, lastOutcomeCategory, OUTCOME_BY_CLOSURE_REASON, STREET_CRIME_HEADER } from './street-crime-format.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../../shared/fixtures/police-uk/${name}`, import.meta.url), 'utf8');
const published = [fixture('2020-11-city-of-london-street.csv'), fixture('2020-10-city-of-london-street.csv')].map(parseCsv);
/** Every value data.police.uk used in a column of the two City of London files. */
const seen = (column: string) => new Set(published.flatMap(([header, ...rows]) => rows.map((r) => r[header?.indexOf(column) ?? -1] ?? '')));

describe('the street-level crime format', () => {
  it('should write the header byte for byte as data.police.uk does: no BOM, LF', () => {
    const text = fixture('2020-11-city-of-london-street.csv');
    expect(text.slice(0, text.indexOf('\n') + 1)).toBe(STREET_CRIME_HEADER);
    expect(text.includes('\r')).toBe(false);
  });

  it('should quote only where it must, and never guard a negative longitude as a formula', () => {
    expect(csvLine(['-2.260460', 'On or near Brooklands, Sale', 'say "hi"', ''])).toBe('-2.260460,"On or near Brooklands, Sale","say ""hi""",\n');
    expect(coordinate(-2.26046)).toBe('-2.260460');
    expect(coordinate(53.4655781)).toBe('53.465578');
  });

  it('should map every closure reason to an outcome data.police.uk publishes', () => {
    const vocabulary = new Set([...seen('Last outcome category'), 'Status update unavailable']); // the last: DOMAIN.md §9.1
    for (const reason of CloseRequest.shape.reason.options) {
      const outcome = lastOutcomeCategory('closed', reason);
      expect(vocabulary.has(outcome), `${reason} → ${outcome}`).toBe(true);
      expect(OutcomeCategory.options).toContain(outcome);
    }
    expect(Object.keys(OUTCOME_BY_CLOSURE_REASON)).not.toContain('duplicate');
    expect(lastOutcomeCategory('under_investigation', null)).toBe('Under investigation');
    expect(lastOutcomeCategory('closed', 'charged')).toBe('Awaiting court outcome');
    expect(lastOutcomeCategory('closed', null)).toBe('Status update unavailable');
  });

  it("should use data.police.uk's crime types, and Other crime when none was recorded", () => {
    const types = seen('Crime type');
    OffenceGroup.options.forEach((group) => expect(types.has(crimeType(group)), group).toBe(true));
    expect(crimeType(null)).toBe('Other crime');
  });

  it('should make 64-hex Crime IDs that depend on the key and are the same every time', () => {
    const id = crimeId('k'.repeat(64), '9d4f0c9e-8c1a-4a55-9a5e-1c2f3b4d5e6f');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(crimeId('k'.repeat(64), '9d4f0c9e-8c1a-4a55-9a5e-1c2f3b4d5e6f')).toBe(id);
    expect(crimeId('j'.repeat(64), '9d4f0c9e-8c1a-4a55-9a5e-1c2f3b4d5e6f')).not.toBe(id);
  });
});
