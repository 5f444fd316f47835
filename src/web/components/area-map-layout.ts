/**
 * The pure decisions behind the area map: which text colour reads on a fill, which pattern marks
 * a level, and which labels fit without overlapping. Kept apart from React so they can be tested.
 */

/** Label text colours: near-black or white, whichever contrasts more with the fill (as in map.css). */
export const INK = { dark: '#0b0c0c', light: '#ffffff' } as const;
export type Ink = keyof typeof INK;

type Rgb = readonly [number, number, number];

/** A CSS colour written as #rgb, #rgba, #rrggbb, #rrggbbaa, rgb() or rgba(); null for anything else. */
export function parseColour(css: string): Rgb | null {
  const value = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(value);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG 2 relative luminance of an sRGB colour (0 for black, 1 for white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = Math.min(255, Math.max(0, c)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The ink that reads best on a fill; null when the fill is absent or not a colour we can read. */
export function inkFor(fill: string | null): Ink | null {
  const rgb = fill === null ? null : parseColour(fill);
  if (!rgb) {
    return null;
  }
  const dark = parseColour(INK.dark) as Rgb;
  const light = parseColour(INK.light) as Rgb;
  return contrastRatio(rgb, dark) >= contrastRatio(rgb, light) ? 'dark' : 'light';
}

/** Patterns laid over the fill, so that a level is never told by colour alone (WCAG 1.4.1). */
export type PatternKind = 'none' | 'dots' | 'horizontal' | 'crosshatch' | 'dense-crosshatch' | 'vertical' | 'diagonal';

const levelPatterns: readonly PatternKind[] = ['none', 'dots', 'horizontal', 'crosshatch', 'dense-crosshatch', 'vertical'];

/**
 * The pattern for the legend entry at `index` (lowest level first: plain, then busier), or for
 * an area with no assessment (`null`): the diagonal hatch maps use for "no data".
 */
export function patternFor(index: number | null): PatternKind {
  return index === null ? 'diagonal' : (levelPatterns[index % levelPatterns.length] ?? 'none');
}

/** An area's label before layout: its anchor (the pole of inaccessibility) and room around it. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Distance from the anchor to the area's nearest edge, in the same units as x and y. */
  room: number;
  /** The name first; later lines (the level) are dropped first when space is short. */
  lines: readonly string[];
  /** Higher goes first: the selected area, then the roomiest. */
  priority: number;
}

/** A label as drawn: its centre x, and a baseline y for each line. */
export interface PlacedLabel {
  id: string;
  x: number;
  lines: { text: string; y: number }[];
}

type Box = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Greedy label layout in two passes, each in order of priority: first every name that fits, then
 * the level under each name where there is room. No two labels overlap and every one is inside
 * the map. A label may spread beyond its area's inscribed circle, but no more than three times
 * its radius sideways (else it would name a neighbour) and half a line of it must fit: an area
 * without that room gets no label, and is still named on focus, on hover and in the table. Text width is estimated (0.6 em a bold character, 0.55 em a regular one:
 * generous for system fonts), so that layout needs no DOM.
 */
export function placeLabels(candidates: readonly LabelCandidate[], { width, height, fontSize }: { width: number; height: number; fontSize: number }): PlacedLabel[] {
  const lineHeight = fontSize * 1.2;
  const boxFor = (c: LabelCandidate, lines: readonly string[]): Box => {
    const w = Math.max(...lines.map((l, i) => l.length * (i === 0 ? 0.6 : 0.55))) * fontSize + 4;
    const h = lines.length * lineHeight;
    const x = Math.min(Math.max(c.x, w / 2 + 2), width - w / 2 - 2);
    const top = Math.min(Math.max(c.y - h / 2, 2), height - h - 2);
    return { left: x - w / 2, top, right: x + w / 2, bottom: top + h };
  };
  const placed: { c: LabelCandidate; lines: readonly string[]; box: Box }[] = [];
  const fits = (box: Box, c: LabelCandidate) => box.right - box.left <= c.room * 6 && placed.every((p) => p.c === c || !overlaps(p.box, box));
  const ordered = [...candidates].filter((c) => c.room >= fontSize / 2 && c.lines.length > 0).sort((a, b) => b.priority - a.priority);
  for (const c of ordered) {
    const box = boxFor(c, c.lines.slice(0, 1));
    if (fits(box, c)) {
      placed.push({ c, lines: c.lines.slice(0, 1), box });
    }
  }
  for (const p of placed) {
    const box = boxFor(p.c, p.c.lines);
    if (p.c.lines.length > 1 && fits(box, p.c)) {
      Object.assign(p, { lines: p.c.lines, box });
    }
  }
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return placed.map(({ c, lines, box }) => ({
    id: c.id,
    x: tenth((box.left + box.right) / 2),
    lines: lines.map((text, i) => ({ text, y: tenth(box.top + i * lineHeight + fontSize * 0.95) })),
  }));
}
