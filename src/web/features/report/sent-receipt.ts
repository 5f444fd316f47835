import type { PublicReportReceipt } from '../../../shared/reports/contract.ts';

/**
 * The reference and secret of the report just sent. Kept in this tab's session storage only, so
 * that a reload of the "sent" page still shows them, and closing the tab (or leaving quickly)
 * forgets them: unlike the draft, they are no use on a shared device once written down.
 */
export type SentReceipt = Pick<PublicReportReceipt, 'reference' | 'secret'> & { anonymous: boolean };

const STORAGE_KEY = 'cohesion.report.sent';

// Never in the router's navigation state: that is written into the browser's history.
let inMemory: SentReceipt | null = null;

export function saveReceipt(receipt: SentReceipt): void {
  inMemory = receipt;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(receipt));
  } catch {
    // storage blocked: shown from memory until the page is reloaded
  }
}

export function loadReceipt(): SentReceipt | null {
  if (inMemory) {
    return inMemory;
  }
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof value === 'object' && value !== null) {
      const { reference, secret, anonymous } = value as Record<string, unknown>;
      if (typeof reference === 'string' && typeof secret === 'string' && typeof anonymous === 'boolean') {
        return { reference, secret, anonymous };
      }
    }
  } catch {
    // unreadable: treated as nothing sent
  }
  return null;
}

export function clearReceipt(): void {
  inMemory = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}
