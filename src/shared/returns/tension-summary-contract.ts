import { z } from 'zod';
import { TensionLevel } from '../platform/settings.ts';
import { EvidenceCategory, Reliability, Trend } from '../tension/contract.ts';

/**
 * The Community Tension Summary (CTS): the force's weekly return to the National Community Tensions
 * Team (daily during an operation), compiled from the live tension picture, edited, approved by a
 * commander and issued (DOMAIN.md §3.1; docs/returns-tension-summary.md). An issued version never
 * changes: a correction is a new version (decision 008).
 */

/** The longest period one return covers: a month, so a return stays a summary. */
export const MAX_PERIOD_DAYS = 31;

const Counts = z.record(z.string(), z.number().int()).describe('reports per strand; a report with two strands counts in both');

/** Compile a return for London days `from`..`to` inclusive. Default: the 7 days ending yesterday. */
export const TensionSummaryCompileRequest = z
  .object({
    from: z.iso.date().optional().describe('first London day (default: 6 days before `to`)'),
    to: z.iso.date().optional().describe('last London day, inclusive (default: yesterday); a daily return has from = to'),
  })
  .strict()
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'must be on or after from', path: ['to'] })
  .meta({ id: 'TensionSummaryCompileRequest' });

// ---- What compilation read from the live record (stored once, never edited) -----------------------

export const CompiledAssessment = z.object({
  id: z.uuid(),
  assessedFor: z.string().describe('the area, neighbourhood or community the assessment is of'),
  level: z.string(),
  levelLabel: z.string(),
  levelRank: z.number().int(),
  trend: Trend,
  summary: z.string(),
  assessedAt: z.iso.datetime(),
  assessedBy: z.string(),
  reviewOverdue: z.boolean(),
});

export const CompiledEvidence = z.object({
  category: EvidenceCategory,
  description: z.string(),
  source: z.string(),
  reliability: Reliability,
  observedOn: z.iso.date(),
  assessedFor: z.string(),
  reportReference: z.string().nullable(),
});
export type CompiledEvidence = z.infer<typeof CompiledEvidence>;

export const CompiledSignal = z.object({
  id: z.uuid(),
  day: z.iso.date(),
  strand: z.string().nullable().describe('null: every strand'),
  level: z.enum(['amber', 'red']),
  observed: z.number().int(),
  expected: z.number(),
  ratio: z.number(),
  reason: z.string(),
  status: z.enum(['open', 'acknowledged', 'dismissed']),
});
export type CompiledSignal = z.infer<typeof CompiledSignal>;

export const CompiledAction = z.object({ description: z.string(), owner: z.string(), dueAt: z.iso.datetime().nullable(), assessedFor: z.string() });

export const CompiledArea = z.object({
  areaId: z.uuid(),
  code: z.string(),
  name: z.string(),
  level: z.string().nullable().describe('the highest current level of the area, its neighbourhoods and communities (as the map shows it)'),
  levelLabel: z.string().nullable(),
  levelRank: z.number().int().nullable(),
  trend: Trend.nullable(),
  assessedAt: z.iso.datetime().nullable(),
  reviewOverdue: z.boolean(),
  assessments: z.array(CompiledAssessment),
  evidence: z.array(CompiledEvidence),
  keyTriggers: z.array(z.object({ text: z.string(), assessedFor: z.string() })),
  actions: z.array(CompiledAction),
  hateCrimes: z.number().int(),
  hateIncidents: z.number().int(),
  byStrand: Counts,
  signals: z.array(CompiledSignal),
});
export type CompiledArea = z.infer<typeof CompiledArea>;

export const CompiledSummary = z.object({
  dataAsOf: z.iso.datetime().describe('when the live record was read'),
  scale: z.array(TensionLevel),
  totals: z.object({
    hateCrimes: z.number().int(),
    hateIncidents: z.number().int(),
    byStrand: Counts,
    outsideAreas: z.number().int().describe('reports not placed in any policing area (counted in the totals only)'),
  }),
  forceSignals: z.array(CompiledSignal).describe('signals of the force-wide series'),
  areas: z.array(CompiledArea),
  cias: z.array(z.object({ id: z.uuid(), title: z.string(), reference: z.string(), version: z.number().int(), signedOff: z.boolean(), nextReviewAt: z.iso.datetime() })),
});
export type CompiledSummary = z.infer<typeof CompiledSummary>;

// ---- The text people edit ---------------------------------------------------------------------------

const Prose = z.string().trim().max(20_000);

export const AreaText = z
  .object({ areaId: z.uuid(), summary: Prose, experienced: Prose, evidenced: Prose, potential: Prose, keyIncidents: Prose, actions: Prose })
  .strict();
export type AreaText = z.infer<typeof AreaText>;

export const SummaryText = z.object({
  summary: Prose.describe('the force-wide summary paragraph'),
  context: Prose.describe('national and force context'),
  forthcoming: Prose.describe('forthcoming events and risks'),
  areas: z.array(AreaText).max(200).describe('one per policing area, in the compiled order'),
});
export type SummaryText = z.infer<typeof SummaryText>;

/** Replaces the text of a draft. `basedOnRevision` is the revision the editor read (409 if stale). */
export const TensionSummaryEditRequest = SummaryText.extend({ basedOnRevision: z.number().int().min(1) })
  .strict()
  .meta({ id: 'TensionSummaryEditRequest' });

/** Approves the revision the approver read; 409 if it has been edited since. */
export const TensionSummaryApproveRequest = z.object({ revision: z.number().int().min(1) }).strict().meta({ id: 'TensionSummaryApproveRequest' });

export const TensionSummaryCorrectionRequest = z
  .object({ reason: z.string().trim().min(1).max(2000).describe('what is wrong with the issued version: printed on the correction') })
  .strict()
  .meta({ id: 'TensionSummaryCorrectionRequest' });

// ---- Responses -----------------------------------------------------------------------------------

export const TensionSummaryStatus = z.enum(['draft', 'approved', 'issued', 'superseded']);
export type TensionSummaryStatus = z.infer<typeof TensionSummaryStatus>;

export const Cadence = z.enum(['daily', 'weekly', 'custom']);

const Header = {
  id: z.uuid(),
  from: z.iso.date(),
  to: z.iso.date(),
  days: z.number().int(),
  cadence: Cadence,
  version: z.number().int().describe('1 for the first return of the period; each correction adds one'),
  status: TensionSummaryStatus,
  corrects: z.object({ id: z.uuid(), version: z.number().int(), reason: z.string() }).nullable(),
  supersededBy: z.object({ id: z.uuid(), version: z.number().int() }).nullable(),
  compiledAt: z.iso.datetime(),
  compiledBy: z.string(),
  approvedAt: z.iso.datetime().nullable(),
  approvedBy: z.string().nullable(),
  issuedAt: z.iso.datetime().nullable(),
  issuedBy: z.string().nullable(),
};

export const TensionSummaryListItem = z.object(Header).meta({ id: 'TensionSummaryListItem' });
export type TensionSummaryListItem = z.infer<typeof TensionSummaryListItem>;

export const TensionSummaryResponse = z
  .object({
    ...Header,
    forceName: z.string(),
    revision: z.number().int().describe('counts edits of this version; name it when editing or approving'),
    editedAt: z.iso.datetime().nullable(),
    editedBy: z.string().nullable(),
    supersededAt: z.iso.datetime().nullable(),
    allowed: z
      .object({ edit: z.boolean(), approve: z.boolean(), issue: z.boolean(), correct: z.boolean() })
      .describe('what the signed-in user may do with it now (approval: never by its compiler or an editor)'),
    compiled: CompiledSummary,
    text: SummaryText,
  })
  .meta({ id: 'TensionSummary' });
export type TensionSummaryResponse = z.infer<typeof TensionSummaryResponse>;

// ---- The machine-readable return for the national team (a stable schema: add, never change) --------

export const EXPORT_SCHEMA = 'cohesion/community-tension-summary@1';

const ExportEvidence = z.object({ count: z.number().int(), text: z.string(), items: z.array(CompiledEvidence.omit({ category: true })) });

export const TensionSummaryExport = z
  .object({
    schema: z.literal(EXPORT_SCHEMA),
    marking: z.literal('OFFICIAL-SENSITIVE'),
    id: z.uuid(),
    force: z.object({ code: z.string(), name: z.string() }),
    period: z.object({ from: z.iso.date(), to: z.iso.date(), days: z.number().int(), cadence: Cadence }),
    version: z.number().int(),
    status: TensionSummaryStatus,
    corrects: z.object({ id: z.uuid(), version: z.number().int(), reason: z.string() }).nullable(),
    supersededBy: z.object({ id: z.uuid(), version: z.number().int(), at: z.iso.datetime().nullable() }).nullable(),
    compiled: z.object({ at: z.iso.datetime(), by: z.string(), dataAsOf: z.iso.datetime() }),
    approved: z.object({ at: z.iso.datetime(), by: z.string() }).nullable(),
    issued: z.object({ at: z.iso.datetime(), by: z.string() }).nullable(),
    scale: z.array(z.object({ key: z.string(), label: z.string(), rank: z.number().int() })).describe('the force’s own scale, lowest first'),
    summary: z.string(),
    context: z.string(),
    forthcoming: z.string(),
    totals: z.object({ hateCrimes: z.number().int(), hateIncidents: z.number().int(), byStrand: Counts, signals: z.number().int() }),
    areas: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        level: z.object({ key: z.string(), label: z.string(), rank: z.number().int() }).nullable(),
        trend: Trend.nullable(),
        assessedAt: z.iso.datetime().nullable(),
        summary: z.string(),
        experienced: ExportEvidence,
        evidenced: ExportEvidence,
        potential: ExportEvidence,
        incidents: z.object({
          hateCrimes: z.number().int(),
          hateIncidents: z.number().int(),
          byStrand: Counts,
          signals: z.array(CompiledSignal.omit({ id: true, status: true })),
          text: z.string(),
        }),
        actions: z.object({ items: z.array(CompiledAction.omit({ assessedFor: true })), text: z.string() }),
      }),
    ),
  })
  .meta({ id: 'TensionSummaryExport' });
export type TensionSummaryExport = z.infer<typeof TensionSummaryExport>;
