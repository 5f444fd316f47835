import { describe, expect, it } from 'vitest';
import { contrastRatio, inkFor, parseColour, patternFor, placeLabels, type LabelCandidate } from './area-map-layout.ts';

describe(parseColour.name, () => {
  it('should read hex and rgb() colours, and nothing else', () => {
    expect(parseColour('#BD0026')).toEqual([189, 0, 38]);
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('#00000080')).toEqual([0, 0, 0]);
    expect(parseColour('rgb(253, 141, 60)')).toEqual([253, 141, 60]);
    expect(parseColour('rgb(253 141 60 / 50%)')).toEqual([253, 141, 60]);
    expect(parseColour('var(--color-warn)')).toBeNull();
    expect(parseColour('#12345')).toBeNull();
  });
});

describe(inkFor.name, () => {
  it('should choose dark text on the light end of the tension scale and white on the dark end', () => {
    // The default scale (ColorBrewer YlOrRd): Normal, Raised, High, Very high, Critical.
    expect(['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'].map(inkFor)).toEqual(['dark', 'dark', 'dark', 'dark', 'light']);
    expect(inkFor('#0072b2')).toBe('light');
    expect(inkFor(null)).toBeNull();
    expect(inkFor('var(--color-warn)')).toBeNull();
  });

  it('should give the chosen ink at least 4.5:1 on every colour of that scale', () => {
    for (const fill of ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']) {
      const ink = inkFor(fill) === 'dark' ? '#0b0c0c' : '#ffffff';
      expect(contrastRatio(parseColour(fill) ?? [0, 0, 0], parseColour(ink) ?? [0, 0, 0]), fill).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21);
  });
});

describe(patternFor.name, () => {
  it('should leave the lowest level plain, mark the others, and hatch "no assessment"', () => {
    expect([0, 1, 2, 3, 4].map(patternFor)).toEqual(['none', 'dots', 'horizontal', 'crosshatch', 'dense-crosshatch']);
    expect(new Set([0, 1, 2, 3, 4, 5, null].map(patternFor)).size).toBe(7);
  });
});

describe(placeLabels.name, () => {
  const size = { width: 320, height: 240, fontSize: 12 };
  const candidate = (id: string, x: number, y: number, room: number, priority = room): LabelCandidate => ({ id, x, y, room, priority, lines: [id, 'High, rising'] });

  it('should place a label whole, centred on its anchor, with a baseline for each line', () => {
    expect(placeLabels([candidate('Trafford', 100, 100, 30)], size)).toEqual([
      { id: 'Trafford', x: 100, lines: [{ text: 'Trafford', y: 97 }, { text: 'High, rising', y: 111.4 }] },
    ]);
  });

  it('should drop the level before the name when labels would overlap, and skip what cannot fit', () => {
    const placed = placeLabels([candidate('Manchester', 160, 100, 40), candidate('Salford', 160, 128, 20), candidate('Deansgate', 160, 114, 10), candidate('Tiny', 20, 20, 3)], size);
    expect(placed.map((p) => [p.id, p.lines.map((l) => l.text)])).toEqual([
      ['Manchester', ['Manchester', 'High, rising']],
      ['Salford', ['Salford']],
    ]);
  });

  it('should write every name that fits before any level', () => {
    const placed = placeLabels([candidate('Bolton', 100, 100, 40), candidate('Bury', 100, 120, 30)], size);
    expect(placed.map((p) => p.lines.map((l) => l.text))).toEqual([['Bolton'], ['Bury']]);
  });

  it('should not let a long name spread far over its neighbours', () => {
    const narrow = { id: 'Cadishead & Lower Irlam', x: 160, y: 100, room: 10, priority: 1, lines: ['Cadishead & Lower Irlam'] };
    expect(placeLabels([narrow], size)).toEqual([]);
    expect(placeLabels([{ ...narrow, room: 30 }], size)).toHaveLength(1);
  });

  it('should keep labels inside the map and honour priority', () => {
    const placed = placeLabels([candidate('Wigan', 2, 2, 30, 1), candidate('Selected', 10, 10, 30, 99)], size);
    expect(placed[0]?.id).toBe('Selected');
    expect(placed[0]?.x).toBeGreaterThan(40);
    expect(placed[0]?.lines[0]?.y).toBeGreaterThan(10);
  });
});
