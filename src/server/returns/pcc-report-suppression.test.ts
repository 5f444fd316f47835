import { describe, expect, it } from 'vitest';
import { changePercent, suppressCells } from './pcc-report-suppression.ts';

const cells = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('small-number suppression', () => {
  it('should hide counts of 1 to 4 and show 0 and 5 and over', () => {
    const shown = suppressCells(cells({ a: 0, b: 1, c: 4, d: 5, e: 12 }), []);
    expect(Object.fromEntries(shown)).toEqual({ a: 0, b: '<5', c: '<5', d: 5, e: 12 });
  });

  it('should hide the smallest other count of a column whose total is printed, so the "<5" cannot be subtracted out', () => {
    // North 9, South 2, West 7; the force total 18 is printed elsewhere.
    const shown = suppressCells(cells({ north: 9, south: 2, west: 7 }), [['north', 'south', 'west']]);
    expect(Object.fromEntries(shown)).toEqual({ north: 9, south: '<5', west: '[c]' });
  });

  it('should follow the hiding through rows and columns until no line has a single hidden count', () => {
    // Crimes + incidents = all, per area; each column adds up to a printed force total.
    const table = cells({ 'n:crimes': 6, 'n:incidents': 5, 'n:all': 11, 's:crimes': 7, 's:incidents': 2, 's:all': 9 });
    const groups = [
      ['n:crimes', 'n:incidents', 'n:all'],
      ['s:crimes', 's:incidents', 's:all'],
      ['n:crimes', 's:crimes'],
      ['n:incidents', 's:incidents'],
      ['n:all', 's:all'],
    ];
    const shown = Object.fromEntries(suppressCells(table, groups));
    expect(shown['s:incidents']).toBe('<5');
    for (const group of groups) {
      expect(group.filter((key) => typeof shown[key] === 'string').length, group.join()).not.toBe(1);
    }
    // South's row hides its crimes too (the smaller other); then both of North's columns follow.
    // Each "<5" of South's incidents (1 to 4) still fits every printed total: none is given away.
    expect(shown).toEqual({ 'n:crimes': '[c]', 'n:incidents': '[c]', 'n:all': 11, 's:crimes': '[c]', 's:incidents': '<5', 's:all': 9 });
  });

  it('should never hide a zero: beside zeros a hidden count is given away anyway', () => {
    const shown = suppressCells(cells({ north: 0, south: 3, west: 0 }), [['north', 'south', 'west']]);
    expect(Object.fromEntries(shown)).toEqual({ north: 0, south: '<5', west: 0 });
  });
});

describe('year-on-year change', () => {
  it('should give a percentage to one decimal, or null when there is no base or a count is hidden', () => {
    expect(changePercent(6, 4)).toBe(50);
    expect(changePercent(14, 6)).toBe(133.3);
    expect(changePercent(2, 3)).toBe(-33.3);
    expect(changePercent(4, 4)).toBe(0);
    expect(changePercent(3, 0)).toBeNull();
    expect(changePercent('<5', 7)).toBeNull();
    expect(changePercent(7, '[c]')).toBeNull();
  });
});
