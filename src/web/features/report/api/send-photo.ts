import type { PhotoType } from '../photo-files.ts';

/**
 * Why a photo was not sent. `retryable` ones keep the photo in memory for "Try again"; the others
 * would be refused again whatever happened (the server judged the bytes or the size, or the
 * report already has five photos or was sent more than a day ago).
 */
export type PhotoFailure = 'network' | 'busy' | 'unavailable' | 'generic' | 'type' | 'size' | 'full' | 'refused';

export const retryableFailures: ReadonlySet<PhotoFailure> = new Set(['network', 'busy', 'unavailable', 'generic']);

export type PhotoResult = { ok: true; id: string } | { ok: false; failure: PhotoFailure };

type Upload = {
  reference: string;
  secret: string;
  file: Blob;
  type: PhotoType;
  signal: AbortSignal;
  /** Told how long the server asked us to wait (429 Retry-After) before the next attempt. */
  onWait: (seconds: number) => void;
};

const NETWORK_ATTEMPTS = 3;
const BUSY_ATTEMPTS = 4;
const NETWORK_DELAY_MS = 2000;

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Seconds from Retry-After (a number, or an HTTP date), kept between 1 s and 2 min. */
function retryAfterSeconds(header: string | null): number {
  if (header) {
    const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
    if (Number.isFinite(seconds)) {
      return Math.min(120, Math.max(1, Math.ceil(seconds)));
    }
  }
  return 60;
}

const failureFor: Record<number, PhotoFailure> = { 409: 'full', 413: 'size', 415: 'type', 503: 'unavailable' };

function failureOf(status: number): PhotoFailure {
  // Any other refusal (a 404 would mean the secret did not match) would be refused again.
  return failureFor[status] ?? (status >= 400 && status < 500 ? 'refused' : 'generic');
}

/**
 * One photo, as the raw image under the type its bytes showed. A lost connection is tried again
 * twice; when the server says too many requests have come from this address (uploads share the
 * public limit with the report itself), its Retry-After is waited out before trying again. The
 * server keeps one copy of an image sent twice, so a retry after a lost answer is harmless.
 * Rejects only when `signal` is aborted (the reporter left the site).
 */
export async function sendPhoto({ reference, secret, file, type, signal, onWait }: Upload): Promise<PhotoResult> {
  let networkFailures = 0;
  let busyAnswers = 0;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(`/api/v1/public/reports/${encodeURIComponent(reference)}/photos`, {
        method: 'POST',
        headers: { Accept: 'application/json, application/problem+json', 'Content-Type': type, 'X-Report-Secret': secret },
        body: file,
        credentials: 'omit',
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      if (signal.aborted) {
        throw error;
      }
      networkFailures += 1;
      if (networkFailures >= NETWORK_ATTEMPTS) {
        return { ok: false, failure: 'network' };
      }
      await wait(NETWORK_DELAY_MS, signal);
      continue;
    }
    if (response.status === 201) {
      const body: unknown = await response.json().catch(() => undefined);
      const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
      return { ok: true, id: typeof id === 'string' ? id : '' };
    }
    if (response.status === 429) {
      busyAnswers += 1;
      if (busyAnswers >= BUSY_ATTEMPTS) {
        return { ok: false, failure: 'busy' };
      }
      const seconds = retryAfterSeconds(response.headers.get('Retry-After'));
      onWait(seconds);
      await wait(seconds * 1000, signal);
      continue;
    }
    return { ok: false, failure: failureOf(response.status) };
  }
}
