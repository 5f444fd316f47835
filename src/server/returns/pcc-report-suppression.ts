import type { Count } from '../../shared/returns/pcc-contract.ts';

/**
 * Small-number suppression for the published (PCC) version of a return, as published police and
 * official statistics do: a count of 1 to 4 in a small cell (a policing area, an area × strand)
 * could help someone recognise a victim, so it shows as "<5".
 *
 * Hiding one cell is not enough when the others of a row or column and their total are printed:
 * the hidden one is the difference. So for every group of cells whose sum is printed (a column
 * adding up to a force-wide figure) or whose cells determine each other (hate crimes + hate
 * incidents = all), a group with exactly one hidden cell has its smallest other cell hidden too,
 * shown as "[c]" (it may be any number), until no group has exactly one. This stops working out
 * a single hidden cell by subtraction; it cannot stop every inference where the printed totals
 * are themselves small (a force-wide count of 1 says where it is once the other areas show 0).
 */

/** Counts of 1 to 4 are hidden; 0 is shown. */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * Suppresses `cells` (keyed by any string) under the rule above. `groups` lists, for each printed
 * sum or determining relation, the keys of its cells. Returns the count to publish for each key.
 */
export function suppressCells(cells: ReadonlyMap<string, number>, groups: readonly (readonly string[])[]): Map<string, Count> {
  const hidden = new Map<string, '<5' | '[c]'>();
  for (const [key, n] of cells) {
    if (n > 0 && n < SUPPRESSION_THRESHOLD) {
      hidden.set(key, '<5');
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const members = group.filter((key) => cells.has(key));
      if (members.filter((key) => hidden.has(key)).length !== 1) {
        continue;
      }
      // The smallest visible non-zero cell costs the reader least. Hiding a zero would not help:
      // a "<5" is at least 1, so beside hidden zeros it would still be the whole of the total.
      const pick = members
        .filter((key) => !hidden.has(key) && (cells.get(key) ?? 0) > 0)
        .sort((a, b) => (cells.get(a) ?? 0) - (cells.get(b) ?? 0))[0];
      if (pick !== undefined) {
        hidden.set(pick, '[c]');
        changed = true;
      }
    }
  }
  return new Map([...cells].map(([key, n]) => [key, hidden.get(key) ?? n]));
}

/** Percentage change to one decimal, or null ("n/a") when the base is 0 or either count is hidden. */
export function changePercent(current: Count, previous: Count): number | null {
  if (typeof current !== 'number' || typeof previous !== 'number' || previous === 0) {
    return null;
  }
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
