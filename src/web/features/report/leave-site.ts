import { clearDraft } from './draft-store.ts';
import { clearPhotos } from './photo-store.ts';
import { forgetReportLanguage } from './report-i18n.ts';
import { clearReceipt } from './sent-receipt.ts';

/** A neutral page to land on: the same one GOV.UK's "Exit this page" pattern suggests. */
export const LEAVE_URL = 'https://www.bbc.co.uk/weather';

/**
 * "Leave this site quickly": for someone whose screen may be watched. It deletes everything the
 * report pages kept on this device (and lets go of the photos held in memory, stopping any being
 * sent), turns the current history entry into the bare home page (the back button then shows
 * nothing of the report), and replaces the page rather than adding to history.
 */
export function leaveSite(): void {
  clearPhotos();
  clearDraft();
  clearReceipt();
  forgetReportLanguage();
  try {
    window.history.replaceState(null, '', '/');
  } catch {
    // not allowed in some embedded browsers; leaving matters more
  }
  window.location.replace(LEAVE_URL);
}
