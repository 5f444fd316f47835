import { z } from 'zod';
import { Channel, OffenceGroup, PublicReportRequest, ReportKind, Strand } from '../reports/contract.ts';

export const CaseStatus = z.enum(['new', 'triaged', 'assigned', 'attended', 'under_investigation', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const RecordingDecision = z.enum(['crime', 'nchi', 'no_record']);
export type RecordingDecision = z.infer<typeof RecordingDecision>;

/** Crime reference numbers differ by force (e.g. 23/123456/26, CR/0012345/26); we only keep them sane. */
export const CrimeNumber = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9/ -]{3,29}$/, 'is not a crime number');

/** A report recorded by staff: a call taken in the control room, or a partner's submission. */
export const StaffReportRequest = z
  .object({
    channel: z.enum(['call', 'partner']),
    report: PublicReportRequest,
    exercise: z.boolean().default(false).describe('a report made during an exercise: kept apart from every live figure'),
  })
  .strict()
  .meta({ id: 'StaffReportRequest' });

export const ThriveRating = z.enum(['low', 'medium', 'high']);
const ThriveElement = z.object({ rating: ThriveRating, notes: z.string().trim().max(2000).default('') }).strict();

/** THRIVE (DOMAIN.md §2.1): each element rated with notes, then a grade from the force's grades. */
export const ThriveRequest = z
  .object({
    threat: ThriveElement,
    harm: ThriveElement,
    risk: ThriveElement,
    investigation: ThriveElement,
    vulnerability: ThriveElement,
    engagement: ThriveElement,
    grade: z.string().min(1).max(31).describe('one of the force’s call grade codes'),
    rationale: z.string().trim().max(2000).optional(),
  })
  .strict()
  .meta({ id: 'ThriveRequest' });
export type ThriveRequest = z.input<typeof ThriveRequest>;

export const AssignRequest = z
  .object({ userId: z.uuid().nullable().default(null), team: z.string().trim().min(1).max(100).nullable().default(null) })
  .strict()
  .refine((a) => a.userId !== null || a.team !== null, { message: 'assign to an officer or a team', path: ['userId'] });

export const StatusRequest = z.object({ status: z.enum(['attended', 'under_investigation']) }).strict();

export const ContactLogRequest = z
  .object({
    method: z.enum(['phone', 'visit', 'email', 'text', 'letter']),
    outcome: z.enum(['spoke_to_victim', 'no_answer', 'message_left', 'declined_contact']),
    notes: z.string().trim().max(4000).default(''),
  })
  .strict();

export const NoteRequest = z.object({ note: z.string().trim().min(1).max(4000) }).strict();
export const TranslationRequest = z.object({ translation: z.string().trim().min(1).max(20_000) }).strict();

/**
 * The 2023 Non-Crime Hate Incidents code of practice: record an NCHI only where there is a basis to
 * conclude intentional hostility; the subject's personal data only where there is a real risk of
 * significant harm or of a future criminal offence. The answers are kept with the decision.
 */
export const NchiThreshold = z
  .object({
    intentionalHostility: z.boolean().describe('is there a basis to conclude it was motivated by intentional hostility?'),
    significantHarmRisk: z.boolean().describe('real risk of significant harm to people with the characteristic?'),
    futureOffenceRisk: z.boolean().describe('real risk of a future criminal offence against them?'),
  })
  .strict();

export const RecordingDecisionRequest = z
  .object({
    decision: RecordingDecision,
    crimeNumber: CrimeNumber.optional(),
    offenceGroup: OffenceGroup.optional().describe('for a crime: its data.police.uk crime type, for the returns'),
    rationale: z.string().trim().min(5).max(4000),
    nchiThreshold: NchiThreshold.optional(),
  })
  .strict()
  .refine((d) => d.decision !== 'crime' || d.crimeNumber !== undefined, { message: 'a crime needs its crime number', path: ['crimeNumber'] })
  .refine((d) => d.decision === 'crime' || d.offenceGroup === undefined, { message: 'only a recorded crime has an offence group', path: ['offenceGroup'] })
  .refine((d) => d.decision !== 'nchi' || d.nchiThreshold !== undefined, { message: 'answer the NCHI threshold questions', path: ['nchiThreshold'] })
  .refine((d) => d.decision !== 'nchi' || d.nchiThreshold?.intentionalHostility !== false, {
    message: 'without a basis to conclude intentional hostility, an NCHI is not recorded (2023 code of practice)',
    path: ['nchiThreshold', 'intentionalHostility'],
  })
  .meta({ id: 'RecordingDecisionRequest' });

export const CloseRequest = z.object({ reason: z.enum(['resolved', 'no_further_action', 'charged', 'out_of_court', 'victim_declined', 'duplicate', 'other']), notes: z.string().trim().max(2000).optional() }).strict();

export const ComplianceReviewRequest = z
  .object({ checklist: z.record(z.string(), z.boolean()), notes: z.string().trim().max(4000).optional() })
  .strict();

export const LinkRequest = z.object({ otherReportId: z.uuid(), kind: z.enum(['duplicate', 'repeat_victim', 'repeat_location', 'related']) }).strict();

export const Person = z.object({ id: z.uuid(), name: z.string() });

/** One row of the control room's flagged queue: enough to decide, nothing personal. */
export const QueueItem = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: ReportKind,
    channel: Channel,
    status: CaseStatus,
    strands: z.array(Strand),
    grade: z.string().nullable(),
    receivedAt: z.iso.datetime(),
    attendanceDueAt: z.iso.datetime().nullable(),
    recordingDueAt: z.iso.datetime().nullable().describe('when the 24-hour crime-recording decision is due, until it is made'),
    areaName: z.string().nullable(),
    assignedTo: Person.nullable(),
    assignedTeam: z.string().nullable(),
    language: z.string(),
    needsInterpreter: z.boolean(),
    summary: z.string().describe('the first 140 characters of the description'),
  })
  .meta({ id: 'QueueItem' });
export type QueueItem = z.infer<typeof QueueItem>;

export const QueueResponse = z
  .object({ items: z.array(QueueItem), grades: z.array(z.object({ code: z.string(), label: z.string(), attendanceMinutes: z.number().nullable() })) })
  .meta({ id: 'Queue' });
export type QueueResponse = z.infer<typeof QueueResponse>;

export const HistoryEvent = z.object({ at: z.iso.datetime(), actorName: z.string(), kind: z.string(), details: z.record(z.string(), z.unknown()) });

export const ThriveAssessment = z.object({
  id: z.uuid(),
  elements: z.record(z.string(), z.object({ rating: ThriveRating, notes: z.string() })),
  grade: z.string(),
  attendanceDueAt: z.iso.datetime().nullable(),
  rationale: z.string().nullable(),
  assessedBy: z.string(),
  assessedAt: z.iso.datetime(),
});

export const ReportLink = z.object({
  id: z.uuid(),
  kind: z.enum(['duplicate', 'repeat_victim', 'repeat_location', 'related']),
  other: z.object({ id: z.uuid(), reference: z.string(), receivedAt: z.iso.datetime() }),
});

export const LinkSuggestion = z.object({
  kind: z.enum(['duplicate', 'repeat_victim', 'repeat_location']),
  other: z.object({ id: z.uuid(), reference: z.string(), receivedAt: z.iso.datetime() }),
  why: z.string(),
});

/** Everything staff see of a report, except the reporter's contact details (a separate, audited read). */
export const ReportDetail = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    kind: ReportKind,
    channel: Channel,
    status: CaseStatus,
    description: z.string(),
    language: z.string(),
    languageDetected: z.boolean(),
    translation: z.string().nullable(),
    needsInterpreter: z.boolean(),
    occurredAt: z.iso.datetime(),
    occurredApproximate: z.boolean(),
    occurredNote: z.string().nullable(),
    ongoing: z.boolean(),
    strands: z.array(Strand),
    perceivedReligion: z.string().nullable(),
    online: z.boolean(),
    onlinePlatform: z.string().nullable(),
    location: z.object({
      postcode: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      description: z.string().nullable(),
      areaName: z.string().nullable(),
      neighbourhoodName: z.string().nullable(),
    }),
    offenderDescription: z.string().nullable(),
    witnesses: z.string().nullable(),
    reporterRole: z.string(),
    organisation: z.string().nullable(),
    partnerOrganisation: z.string().nullable(),
    anonymous: z.boolean(),
    hasContactDetails: z.boolean(),
    protectiveMarking: z.string(),
    grade: z.string().nullable(),
    attendanceDueAt: z.iso.datetime().nullable(),
    assignedTo: Person.nullable(),
    assignedTeam: z.string().nullable(),
    recordingDecision: RecordingDecision.nullable(),
    recordingDecidedAt: z.iso.datetime().nullable(),
    recordingDueAt: z.iso.datetime(),
    crimeNumber: z.string().nullable(),
    closureReason: z.string().nullable(),
    closedAt: z.iso.datetime().nullable(),
    receivedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    thrive: z.array(ThriveAssessment).describe('newest first; the first is current'),
    history: z.array(HistoryEvent),
    links: z.array(ReportLink),
    suggestions: z.array(LinkSuggestion).describe('possible duplicates, repeat victims and repeat locations not yet linked'),
    photos: z.array(z.object({ id: z.uuid(), contentType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.iso.datetime() })).describe('view each at /api/v1/reports/{id}/photos/{photoId} (audited)'),
    complianceReviews: z.array(z.object({ outcome: z.enum(['compliant', 'returned']), checklist: z.record(z.string(), z.boolean()), notes: z.string().nullable(), reviewedBy: z.string(), reviewedAt: z.iso.datetime() })),
  })
  .meta({ id: 'ReportDetail' });
export type ReportDetail = z.infer<typeof ReportDetail>;

export const ReporterContactResponse = z
  .object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredMethod: z.string().nullable(),
    bestTimes: z.string().nullable(),
    language: z.string().nullable(),
    needsInterpreter: z.boolean(),
    needsTextRelay: z.boolean(),
    notes: z.string().nullable(),
  })
  .meta({ id: 'ReporterContact' });

export const ReportListQuery = z
  .object({
    q: z.string().trim().max(200).optional().describe('words to find in the reference, description, translation or place'),
    status: z.enum(['open', 'closed', ...CaseStatus.options]).optional(),
    kind: ReportKind.optional(),
    strand: Strand.optional(),
    areaId: z.uuid().optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    before: z.string().max(100).optional().describe('cursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportListResponse = z.object({ items: z.array(QueueItem), nextBefore: z.string().nullable() }).meta({ id: 'ReportList' });
