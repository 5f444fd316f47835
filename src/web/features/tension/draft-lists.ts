/**
 * Editable lists in a form (evidence, actions, triggers, risks): each row carries a key of its own,
 * so React keeps a row's inputs with it when another row above it is removed.
 */
let next = 0;

/** A row with its own React key. */
export type Keyed<T> = T & { key: string };

/** Gives a new row its key. */
export function keyed<T extends object>(value: T): Keyed<T> {
  next += 1;
  return { ...value, key: `row-${next}` };
}

/** A copy of the list with the row at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

/** A copy of the list without the row at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Moves focus to a control once React has drawn it (a row just added, the row after one removed). */
export function focusSoon(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}
