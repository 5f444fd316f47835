import { useSyncExternalStore } from 'react';
import type { z } from 'zod';
import { PerceivedReligion, Strand } from '../../../shared/reports/contract.ts';
import type { ContactMethod } from '../../../shared/reports/contract.ts';

/**
 * The answers to the report questions, exactly as typed, kept in this browser only (UX.md: a
 * reporter may lose signal, and nothing goes to a server before they press Send). One draft at
 * a time; it carries the Idempotency-Key its sending will use, so a retry never files twice.
 */
export type About = 'me' | 'someone_else' | 'concern' | 'organisation';
export type YesNo = 'yes' | 'no';

export type Draft = {
  v: 1;
  key: string;
  about?: About | undefined;
  sawIt?: YesNo | undefined;
  organisation: string;
  organisationAbout?: 'happened' | 'concern' | undefined;
  crime?: 'yes' | 'no' | 'not_sure' | undefined;
  description: string;
  online?: YesNo | undefined;
  platform: string;
  strands: Strand[];
  religion?: z.infer<typeof PerceivedReligion> | undefined;
  dateChoice?: 'today' | 'yesterday' | 'another' | undefined;
  /** The London date that "today" or "yesterday" meant when it was chosen (YYYY-MM-DD). */
  date: string;
  day: string;
  month: string;
  year: string;
  time: string;
  approximate: boolean;
  note: string;
  ongoing?: YesNo | undefined;
  postcode: string;
  place: string;
  offender: string;
  witnesses: string;
  contactMe?: YesNo | undefined;
  name: string;
  phone: string;
  email: string;
  /** No letters: the form does not ask for an address. */
  method?: Exclude<z.infer<typeof ContactMethod>, 'letter'> | undefined;
  times: string;
  contactLanguage: string;
  interpreter: boolean;
  textRelay: boolean;
  notes: string;
  /**
   * How many photos were chosen. The photos themselves cannot be stored here and live in memory
   * (photo-store.ts); this count survives a reload so that the pages can say they were lost.
   */
  photoCount: number;
};

const STORAGE_KEY = 'cohesion.report.draft';

const yesNo = ['yes', 'no'] as const;
/** The answers a choice may hold; anything else read back from storage is dropped. */
const choices: Partial<Record<keyof Draft, readonly string[]>> = {
  about: ['me', 'someone_else', 'concern', 'organisation'],
  sawIt: yesNo,
  organisationAbout: ['happened', 'concern'],
  crime: ['yes', 'no', 'not_sure'],
  online: yesNo,
  strands: Strand.options,
  religion: PerceivedReligion.options,
  dateChoice: ['today', 'yesterday', 'another'],
  ongoing: yesNo,
  contactMe: yesNo,
  method: ['phone', 'text', 'email', 'in_person'],
};

/** A random UUID; crypto.randomUUID exists only on https, and a test server may be plain http. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function emptyDraft(): Draft {
  return {
    v: 1,
    key: newIdempotencyKey(),
    organisation: '',
    description: '',
    platform: '',
    strands: [],
    date: '',
    day: '',
    month: '',
    year: '',
    time: '',
    approximate: false,
    note: '',
    postcode: '',
    place: '',
    offender: '',
    witnesses: '',
    name: '',
    phone: '',
    email: '',
    times: '',
    contactLanguage: '',
    interpreter: false,
    textRelay: false,
    notes: '',
    photoCount: 0,
  };
}

/**
 * What comes back from storage is checked field by field against an empty draft: a value of
 * the wrong type (an older version, or a hand-edited entry) is dropped, never trusted.
 */
function fromStorage(raw: string | null): Draft | null {
  if (!raw) {
    return null;
  }
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null || (stored as { v?: unknown }).v !== 1) {
    return null;
  }
  const draft: Record<string, unknown> = emptyDraft();
  for (const [name, value] of Object.entries(stored)) {
    const allowed = choices[name as keyof Draft];
    const blank = draft[name];
    if (allowed) {
      if (Array.isArray(value)) {
        draft[name] = value.filter((v) => allowed.includes(v));
      } else if (allowed.includes(value)) {
        draft[name] = value;
      }
    } else if (name in draft && typeof value === typeof blank) {
      draft[name] = value;
    }
  }
  // Checked above against the empty draft's own fields and types.
  return draft as Draft;
}

let current: Draft | null = null;
const listeners = new Set<() => void>();

export function getDraft(): Draft {
  if (!current) {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(STORAGE_KEY);
    } catch {
      // storage blocked: the draft lives in memory for this visit only
    }
    current = fromStorage(raw) ?? emptyDraft();
  }
  return current;
}

function emit(): void {
  for (const listener of listeners) {
    listener();
  }
}

export function updateDraft(patch: Partial<Draft>): void {
  current = { ...getDraft(), ...patch };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // full or blocked storage: the answers still live in memory until the tab closes
  }
  emit();
}

/** After sending, on "start again" and on leaving quickly: nothing of the report stays behind. */
export function clearDraft(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  current = emptyDraft();
  emit();
}

/** True once any question has an answer, so the start page can offer to continue. */
export function isStarted(draft: Draft): boolean {
  return draft.about !== undefined || draft.description.trim() !== '';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab with the form open changes the same draft: follow it rather than overwrite it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) {
      current = null;
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useDraft(): Draft {
  return useSyncExternalStore(subscribe, getDraft);
}
