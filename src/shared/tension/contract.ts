import { z } from 'zod';
import { ReportKind, Strand } from '../reports/contract.ts';
import { TensionLevel } from '../platform/settings.ts';

/**
 * Community tension (DOMAIN.md §3): communities and their key individuals, append-only tension
 * assessments with Experienced / Evidenced / Potential evidence, signals raised from report counts,
 * and Community Impact Assessments.
 */

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => z.string().trim().max(max).default('');

export const CommunityKind = z.enum(['faith', 'ethnicity_or_nationality', 'lgbt', 'disability', 'other']);
export type CommunityKind = z.infer<typeof CommunityKind>;

/** An identity or faith community, within one policing area or (no area) across the force. */
export const CommunityRequest = z
  .object({ name: Text(120), kind: CommunityKind, areaId: z.uuid().nullable().default(null), description: OptionalText(2000) })
  .strict()
  .meta({ id: 'CommunityRequest' });

export const CommunityResponse = z
  .object({ id: z.uuid(), name: z.string(), kind: CommunityKind, areaId: z.uuid().nullable(), areaName: z.string().nullable(), description: z.string() })
  .meta({ id: 'Community' });
export type CommunityResponse = z.infer<typeof CommunityResponse>;

/** A trusted contact in a community (a key individual network, KIN): personal data, every read audited. */
export const KeyIndividualRequest = z
  .object({
    name: Text(120),
    role: Text(200).describe('e.g. "Imam, Central Mosque" or "Chair, residents’ association"'),
    phone: z.string().trim().max(40).default(''),
    email: z.union([z.email().max(254), z.literal('')]).default(''),
    languages: z.array(z.string().trim().min(2).max(40)).max(10).default([]),
    notes: OptionalText(2000),
  })
  .strict()
  .meta({ id: 'KeyIndividualRequest' });

export const KeyIndividualResponse = z
  .object({
    id: z.uuid(),
    communityId: z.uuid(),
    name: z.string(),
    role: z.string(),
    phone: z.string(),
    email: z.string(),
    languages: z.array(z.string()),
    notes: z.string(),
    addedAt: z.iso.datetime(),
  })
  .meta({ id: 'KeyIndividual' });

// ---- Tension assessments -------------------------------------------------------------------

/** The EEP model: tension felt and reported, shown by recorded facts, or expected from what is coming. */
export const EvidenceCategory = z.enum(['experienced', 'evidenced', 'potential']);
export type EvidenceCategory = z.infer<typeof EvidenceCategory>;

/** How far the source can be relied on (a plain-words version of intelligence source grading). */
export const Reliability = z.enum(['reliable', 'usually_reliable', 'untested', 'unreliable']);
export type Reliability = z.infer<typeof Reliability>;

export const Trend = z.enum(['rising', 'stable', 'falling']);
export type Trend = z.infer<typeof Trend>;

export const EvidenceItem = z
  .object({
    category: EvidenceCategory,
    description: Text(2000),
    source: Text(200).describe('who or what it came from: a partner, a patrol, a report, a signal, social media'),
    reliability: Reliability,
    observedOn: z.iso.date(),
    reportId: z.uuid().nullable().default(null),
    signalId: z.uuid().nullable().default(null),
  })
  .strict();
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const ActionItem = z
  .object({ description: Text(1000), owner: Text(200), dueAt: z.iso.datetime({ offset: true }).nullable().default(null) })
  .strict();
export type ActionItem = z.infer<typeof ActionItem>;

/**
 * A new assessment for an area (and optionally one community in it). It supersedes the current one;
 * `supersedes` names the assessment the author was looking at, so that two people assessing at once
 * cannot overwrite each other unseen (409).
 */
export const AssessmentRequest = z
  .object({
    areaId: z.uuid(),
    communityId: z.uuid().nullable().default(null),
    level: z.string().min(1).max(40).describe('a key of the force’s tension scale'),
    trend: Trend,
    summary: Text(4000),
    evidence: z.array(EvidenceItem).max(100).default([]),
    keyTriggers: z.array(Text(300)).max(30).default([]),
    actions: z.array(ActionItem).max(50).default([]),
    partnersInformed: z.array(Text(200)).max(50).default([]),
    nextReviewAt: z.iso.datetime({ offset: true }).nullable().default(null).describe('default: the force’s review interval from now'),
    supersedes: z.uuid().nullable().default(null),
  })
  .strict()
  .meta({ id: 'AssessmentRequest' });
export type AssessmentRequest = z.input<typeof AssessmentRequest>;

export const AssessmentSummary = z
  .object({
    id: z.uuid(),
    areaId: z.uuid(),
    areaName: z.string(),
    communityId: z.uuid().nullable(),
    communityName: z.string().nullable(),
    level: z.string(),
    levelLabel: z.string(),
    levelRank: z.number().int().describe('position on the scale, 0 = lowest'),
    trend: Trend,
    assessedAt: z.iso.datetime(),
    assessedBy: z.string(),
    nextReviewAt: z.iso.datetime(),
    reviewOverdue: z.boolean(),
    supersededBy: z.uuid().nullable(),
  })
  .meta({ id: 'AssessmentSummary' });
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const EvidenceResponse = EvidenceItem.extend({
  id: z.uuid(),
  reportReference: z.string().nullable(),
  signalReason: z.string().nullable(),
});

/** One field that differs from the assessment this one superseded: "what changed since yesterday". */
export const AssessmentChange = z.object({ field: z.string(), before: z.string(), after: z.string() });

export const AssessmentResponse = AssessmentSummary.extend({
  summary: z.string(),
  evidence: z.array(EvidenceResponse),
  keyTriggers: z.array(z.string()),
  actions: z.array(ActionItem.extend({ dueAt: z.iso.datetime().nullable() })),
  partnersInformed: z.array(z.string()),
  supersedes: z.uuid().nullable(),
  changes: z.object({
    fields: z.array(AssessmentChange),
    evidenceAdded: z.array(z.string()),
    evidenceRemoved: z.array(z.string()),
  }),
}).meta({ id: 'Assessment' });
export type AssessmentResponse = z.infer<typeof AssessmentResponse>;

export const AssessmentsQuery = z.object({
  areaId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  history: z.enum(['true', 'false']).default('false').describe('true: every assessment, newest first; false: the current ones'),
});

export const AssessmentListResponse = z
  .object({ scale: z.array(TensionLevel), items: z.array(AssessmentSummary) })
  .meta({ id: 'AssessmentList' });

// ---- Signals ---------------------------------------------------------------------------------

export const SignalStatus = z.enum(['open', 'acknowledged', 'dismissed']);
export type SignalStatus = z.infer<typeof SignalStatus>;

export const SignalResponse = z
  .object({
    id: z.uuid(),
    areaId: z.uuid().nullable(),
    areaName: z.string().describe('the policing area, or the force for a force-wide series'),
    strand: Strand.nullable().describe('null: every strand'),
    day: z.iso.date(),
    level: z.enum(['amber', 'red']),
    observed: z.number().int(),
    expected: z.number(),
    upper: z.number(),
    ratio: z.number(),
    reason: z.string(),
    status: SignalStatus,
    statusReason: z.string().nullable(),
    statusBy: z.string().nullable(),
    statusAt: z.iso.datetime().nullable(),
    raisedAt: z.iso.datetime(),
  })
  .meta({ id: 'Signal' });
export type SignalResponse = z.infer<typeof SignalResponse>;

export const SignalsQuery = z.object({ status: SignalStatus.optional(), areaId: z.uuid().optional() });

/** A signal with its evidence: the counts behind it, the expected range, and the day's reports. */
export const SignalDetailResponse = SignalResponse.extend({
  series: z.array(z.object({ day: z.iso.date(), count: z.number().int() })),
  reports: z.array(z.object({ id: z.uuid(), reference: z.string(), kind: ReportKind, strands: z.array(Strand), receivedAt: z.iso.datetime() })),
}).meta({ id: 'SignalDetail' });

export const SignalDecisionRequest = z
  .object({ decision: z.enum(['acknowledge', 'dismiss']), reason: z.string().trim().max(2000).default('') })
  .strict()
  .refine((d) => d.decision === 'acknowledge' || d.reason.length > 0, { message: 'say why the signal is dismissed', path: ['reason'] })
  .meta({ id: 'SignalDecisionRequest' });

export const SignalScanResponse = z.object({ series: z.number().int(), raised: z.number().int(), updated: z.number().int() });

// ---- The tension picture -------------------------------------------------------------------

export const MapArea = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  geometry: z.unknown().describe('GeoJSON Polygon or MultiPolygon, simplified for drawing; null without a boundary'),
  level: z.string().nullable().describe('the highest current level of the area and its communities'),
  levelLabel: z.string().nullable(),
  colour: z.string().nullable(),
  trend: Trend.nullable(),
  assessedAt: z.iso.datetime().nullable(),
  reviewOverdue: z.boolean(),
  openSignals: z.number().int(),
});

export const TensionMapResponse = z.object({ scale: z.array(TensionLevel), areas: z.array(MapArea) }).meta({ id: 'TensionMap' });
export type TensionMapResponse = z.infer<typeof TensionMapResponse>;

export const TimelineKind = z.enum(['report', 'signal', 'assessment', 'cia']);
export const TimelineResponse = z
  .object({
    areaId: z.uuid(),
    areaName: z.string(),
    items: z.array(z.object({ id: z.uuid(), at: z.iso.datetime(), kind: TimelineKind, title: z.string(), detail: z.string().nullable() })),
  })
  .meta({ id: 'TensionTimeline' });
export const TimelineQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(28) });

// ---- Community Impact Assessments ----------------------------------------------------------

export const CiaTrigger = z.enum(['operation', 'critical_incident', 'event']);
const Rag = z.enum(['low', 'medium', 'high']);

export const CiaRisk = z.object({ description: Text(1000), likelihood: Rag, impact: Rag }).strict();

/**
 * The ten sections of DOMAIN.md §3.3 (no national template exists; this structure follows force
 * policies). Every save makes a new version; `basedOnVersion` guards against lost updates.
 */
export const CiaRequest = z
  .object({
    title: Text(200),
    trigger: CiaTrigger,
    reference: z.string().trim().max(100).default('').describe('operation name, incident or event reference'),
    commissionedBy: Text(200),
    summary: Text(8000),
    areaIds: z.array(z.uuid()).max(50).default([]),
    communityIds: z.array(z.uuid()).max(50).default([]),
    communitiesAffected: OptionalText(8000),
    communityProfile: OptionalText(8000),
    impactAssessment: OptionalText(8000),
    tensionIndicators: OptionalText(8000),
    risks: z.array(CiaRisk).max(50).default([]),
    mitigations: z.array(ActionItem).max(50).default([]),
    communicationStrategy: OptionalText(8000),
    equalityConsiderations: OptionalText(8000),
    reviewFrequency: Text(200).describe('e.g. "daily at 07:00 while the operation runs"'),
    nextReviewAt: z.iso.datetime({ offset: true }),
    basedOnVersion: z.number().int().min(1).optional().describe('required when saving a new version'),
  })
  .strict()
  .meta({ id: 'CiaRequest' });
export type CiaRequest = z.input<typeof CiaRequest>;

export const CiaVersionSummary = z.object({
  version: z.number().int(),
  savedAt: z.iso.datetime(),
  savedBy: z.string(),
  signedOffBy: z.string().nullable(),
  signedOffAt: z.iso.datetime().nullable(),
});

export const CiaResponse = CiaRequest.omit({ basedOnVersion: true })
  .extend({
    id: z.uuid(),
    version: z.number().int(),
    status: z.enum(['draft', 'signed_off']),
    mitigations: z.array(ActionItem.extend({ dueAt: z.iso.datetime().nullable() })),
    nextReviewAt: z.iso.datetime(),
    savedAt: z.iso.datetime(),
    savedBy: z.string(),
    signedOffBy: z.string().nullable(),
    signedOffAt: z.iso.datetime().nullable(),
    versions: z.array(CiaVersionSummary),
  })
  .meta({ id: 'Cia' });
export type CiaResponse = z.infer<typeof CiaResponse>;

export const CiaListItem = z.object({
  id: z.uuid(),
  title: z.string(),
  trigger: CiaTrigger,
  reference: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'signed_off']),
  nextReviewAt: z.iso.datetime(),
  reviewOverdue: z.boolean(),
  savedAt: z.iso.datetime(),
});

export const CiaSignOffRequest = z.object({ version: z.number().int().min(1) }).strict();
export const CiaPdfQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

/**
 * What could go into a new assessment of an area: recent partner feedback and public concerns
 * (Experienced), recent hate crimes and incidents (Evidenced), and the area's open signals.
 */
export const EvidenceSuggestionsQuery = z.object({ areaId: z.uuid(), days: z.coerce.number().int().min(1).max(90).default(14) });
export const EvidenceSuggestionsResponse = z
  .object({
    reports: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        kind: ReportKind,
        channel: z.string(),
        strands: z.array(Strand),
        receivedAt: z.iso.datetime(),
        excerpt: z.string().describe('the first words of the description'),
        suggestedCategory: EvidenceCategory,
      }),
    ),
    signals: z.array(SignalResponse),
  })
  .meta({ id: 'EvidenceSuggestions' });
