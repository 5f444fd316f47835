import type { z } from 'zod';
import type { CaseStatus, CloseRequest, ContactLogRequest, LinkRequest, RecordingDecision, ReportListQuery, StatusRequest } from '../../../shared/cases/contract.ts';
import type { Channel, ContactMethod, PerceivedReligion, PublicLanguage, ReporterRole, ReportKind, Strand } from '../../../shared/reports/contract.ts';

/**
 * The contract's choices as lists to render, without shipping zod to every page. Each list is
 * checked against the contract's type both ways: no value it does not know, none left out.
 */
type Complete<All, Listed extends readonly All[]> = [Exclude<All, Listed[number]>] extends [never] ? Listed : never;
const complete =
  <All,>() =>
  <const Listed extends readonly All[]>(listed: Complete<All, Listed>) =>
    listed;

/** The languages the public pages ship in: staff pick from these most; anything else is detected. */
export const reportLanguages = complete<PublicLanguage>()(['en', 'cy', 'ur', 'pl', 'ar', 'pa', 'bn']);
export const channels = complete<Channel>()(['web', 'partner', 'call', 'open311', 'import']);
export const reportKinds = complete<ReportKind>()(['hate_crime', 'hate_incident', 'concern']);
export const strands = complete<Strand>()(['race', 'religion', 'sexual_orientation', 'disability', 'transgender', 'other']);
export const religions = complete<z.infer<typeof PerceivedReligion>>()(['buddhist', 'christian', 'hindu', 'jewish', 'muslim', 'sikh', 'other', 'no_religion', 'unknown']);
export const reporterRoles = complete<z.infer<typeof ReporterRole>>()(['victim', 'witness', 'on_behalf', 'organisation']);
export const preferredMethods = complete<z.infer<typeof ContactMethod>>()(['phone', 'email', 'text', 'letter', 'in_person']);
export const caseStatuses = complete<CaseStatus>()(['new', 'triaged', 'assigned', 'attended', 'under_investigation', 'closed']);
/** What the list can filter on: open or closed, or one status. */
export const statusFilters = complete<NonNullable<ReportListQuery['status']>>()(['open', 'closed', 'new', 'triaged', 'assigned', 'attended', 'under_investigation']);
/** The statuses an officer sets by hand; the others follow from THRIVE, assignment and closing. */
export const workStatuses = complete<z.input<typeof StatusRequest>['status']>()(['attended', 'under_investigation']);
export const decisions = complete<RecordingDecision>()(['crime', 'nchi', 'no_record']);
export const closeReasons = complete<z.input<typeof CloseRequest>['reason']>()(['resolved', 'no_further_action', 'charged', 'out_of_court', 'victim_declined', 'duplicate', 'other']);
export const contactMethods = complete<z.input<typeof ContactLogRequest>['method']>()(['phone', 'visit', 'email', 'text', 'letter']);
export const contactOutcomes = complete<z.input<typeof ContactLogRequest>['outcome']>()(['spoke_to_victim', 'no_answer', 'message_left', 'declined_contact']);
export const linkKinds = complete<z.input<typeof LinkRequest>['kind']>()(['duplicate', 'repeat_victim', 'repeat_location', 'related']);

/** Narrows a string from the API (history details, closure reasons) to one of a list's values. */
export function oneOf<const T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.find((item) => item === value);
}
