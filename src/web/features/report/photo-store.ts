import { useSyncExternalStore } from 'react';
import { retryableFailures, sendPhoto, type PhotoFailure, type PhotoResult } from './api/send-photo.ts';
import { getDraft, updateDraft } from './draft-store.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS, makeThumbnail, photoTypeOf, type PhotoType } from './photo-files.ts';

/**
 * The photos and screenshots of the report being written, and then their sending. Files cannot
 * go into localStorage with the other answers, so they live in this module's memory for as long
 * as the page is open: closing or reloading it loses them (the draft only remembers how many
 * there were, so that the pages can say they need choosing again). Nothing is sent before the
 * report itself; then each photo goes up in turn, and a photo is let go of as soon as it is sent.
 */
export type ChosenPhoto = { id: string; file: File; name: string; size: number; type: PhotoType; thumbnail: string | null };

export type Refusal = { name: string; reason: 'type' | 'size' | 'count' };

export type UploadState = 'waiting' | 'sending' | 'sent' | 'failed';
export type PhotoUpload = {
  id: string;
  reference: string;
  secret: string;
  name: string;
  size: number;
  type: PhotoType;
  /** Kept only while it may still be sent: dropped once sent, or refused for good. */
  file: File | null;
  state: UploadState;
  failure?: PhotoFailure | undefined;
  /** While sending: the server asked us to wait this many seconds before trying again. */
  waitSeconds?: number | undefined;
};

type Snapshot = { chosen: readonly ChosenPhoto[]; uploads: readonly PhotoUpload[] };

let state: Snapshot = { chosen: [], uploads: [] };
const listeners = new Set<() => void>();
let nextId = 1;

function set(next: Snapshot): void {
  state = next;
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getPhotos(): Snapshot {
  return state;
}

export function usePhotos(): Snapshot {
  return useSyncExternalStore(subscribe, getPhotos);
}

/** The draft's note of how many photos there are, which survives a reload when they do not. */
function rememberCount(): void {
  if (getDraft().photoCount !== state.chosen.length) {
    updateDraft({ photoCount: state.chosen.length });
  }
}

/** True when the draft had photos that this page no longer holds (it was closed or reloaded). */
export function photosLost(draftPhotoCount: number, chosen: readonly ChosenPhoto[]): boolean {
  return draftPhotoCount > chosen.length;
}

/** On leaving the photos page: what is chosen now is what the reporter means to send. */
export function acknowledgePhotos(): void {
  rememberCount();
}

function patchChosen(id: string, patch: Partial<ChosenPhoto>): void {
  if (state.chosen.some((p) => p.id === id)) {
    set({ ...state, chosen: state.chosen.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
  }
}

// Thumbnails are made one at a time: five large photos decoded at once can exhaust a cheap phone.
let thumbnails: Promise<void> = Promise.resolve();

function queueThumbnail(photo: ChosenPhoto): void {
  thumbnails = thumbnails.then(async () => {
    if (state.chosen.some((p) => p.id === photo.id)) {
      patchChosen(photo.id, { thumbnail: await makeThumbnail(photo.file) });
    }
  });
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Adds the files that are JPEG, PNG or WebP by their bytes, at most 5 MB each, while there is
 * room for them; a file already chosen is not added twice. Returns those refused, and why.
 */
export async function choosePhotos(files: readonly File[]): Promise<{ added: string[]; refused: Refusal[] }> {
  const added: string[] = [];
  const refused: Refusal[] = [];
  for (const file of files) {
    const type = await photoTypeOf(file);
    if (!type) {
      refused.push({ name: file.name, reason: 'type' });
    } else if (file.size > MAX_PHOTO_BYTES) {
      refused.push({ name: file.name, reason: 'size' });
    } else if (state.chosen.some((p) => sameFile(p.file, file))) {
      // Already in the list: the server would keep one copy anyway.
    } else if (state.chosen.length >= MAX_PHOTOS) {
      refused.push({ name: file.name, reason: 'count' });
    } else {
      const photo: ChosenPhoto = { id: `photo-${nextId++}`, file, name: file.name, size: file.size, type, thumbnail: null };
      set({ ...state, chosen: [...state.chosen, photo] });
      added.push(photo.name);
      queueThumbnail(photo);
    }
  }
  rememberCount();
  return { added, refused };
}

export function removePhoto(id: string): void {
  set({ ...state, chosen: state.chosen.filter((p) => p.id !== id) });
  rememberCount();
}

/** "Delete it and start again": the unsent report's photos go with its answers. */
export function clearChosenPhotos(): void {
  set({ ...state, chosen: [] });
}

// Sending. One photo at a time, in the order chosen, whichever page is showing.
let generation = 0;
let running = false;
let controller: AbortController | null = null;

function patchUpload(id: string, patch: Partial<PhotoUpload>): void {
  if (state.uploads.some((u) => u.id === id)) {
    set({ ...state, uploads: state.uploads.map((u) => (u.id === id ? { ...u, ...patch } : u)) });
  }
}

function outcome(result: PhotoResult, file: File): Partial<PhotoUpload> {
  if (result.ok) {
    return { state: 'sent', file: null, failure: undefined, waitSeconds: undefined };
  }
  return { state: 'failed', failure: result.failure, file: retryableFailures.has(result.failure) ? file : null, waitSeconds: undefined };
}

async function run(): Promise<void> {
  if (running) {
    return;
  }
  running = true;
  const mine = generation;
  try {
    for (let next = state.uploads.find((u) => u.state === 'waiting'); next; next = state.uploads.find((u) => u.state === 'waiting')) {
      const { id, file } = next;
      if (!file) {
        patchUpload(id, { state: 'failed', failure: 'generic' });
        continue;
      }
      patchUpload(id, { state: 'sending' });
      controller = new AbortController();
      let result: PhotoResult;
      try {
        result = await sendPhoto({
          reference: next.reference,
          secret: next.secret,
          file,
          type: next.type,
          signal: controller.signal,
          onWait: (seconds) => patchUpload(id, { waitSeconds: seconds }),
        });
      } catch {
        if (mine !== generation) {
          return; // cleared while sending: leaving the site
        }
        result = { ok: false, failure: 'generic' };
      }
      if (mine !== generation) {
        return;
      }
      patchUpload(id, outcome(result, file));
    }
  } finally {
    if (mine === generation) {
      running = false;
      controller = null;
    }
  }
}

/** Once the report is sent: its chosen photos become its uploads, and go one after another. */
export function startUploads(receipt: { reference: string; secret: string }): void {
  if (state.chosen.length === 0) {
    return;
  }
  const batch: PhotoUpload[] = state.chosen.map((p) => ({
    id: p.id,
    reference: receipt.reference,
    secret: receipt.secret,
    name: p.name,
    size: p.size,
    type: p.type,
    file: p.file,
    state: 'waiting',
  }));
  set({ chosen: [], uploads: [...state.uploads.filter((u) => u.reference !== receipt.reference), ...batch] });
  void run();
}

export function retryUpload(id: string): void {
  const upload = state.uploads.find((u) => u.id === id);
  if (upload?.state === 'failed' && upload.file) {
    patchUpload(id, { state: 'waiting', failure: undefined });
    void run();
  }
}

export function uploadsFor(uploads: readonly PhotoUpload[], reference: string): PhotoUpload[] {
  return uploads.filter((u) => u.reference === reference);
}

/** "Leave this site quickly": stop sending and let go of every photo and thumbnail. */
export function clearPhotos(): void {
  generation += 1;
  running = false;
  controller?.abort();
  controller = null;
  thumbnails = Promise.resolve();
  set({ chosen: [], uploads: [] });
}
