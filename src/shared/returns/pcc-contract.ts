import { z } from 'zod';
import { Strand } from '../reports/contract.ts';
import { parsePeriod, PERIOD_HINT } from './periods.ts';

/** The written period, checked here so a bad one is a 400 naming `period` (see `periods.ts`). */
export const PeriodText = z
  .string()
  .trim()
  .max(20)
  .superRefine((text, ctx) => {
    const parsed = parsePeriod(text);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
    }
  })
  .describe(`the reporting period: ${PERIOD_HINT}`);

export const PccReportQuery = z
  .object({
    period: PeriodText,
    unsuppressed: z
      .stringbool()
      .default(false)
      .describe('true: small numbers in areas shown as they are (force-internal; needs returns:read as well as aggregates:read)'),
  })
  .strict();
export type PccReportQuery = z.output<typeof PccReportQuery>;

/**
 * A count as published. In the PCC version, counts below force level (an area, an area × strand)
 * of 1 to 4 show as "<5", since they could help identify a victim; "[c]" hides a further count
 * so that a "<5" cannot be worked out by subtraction from a total. Zero is shown.
 */
export const Count = z.union([z.number().int().min(0), z.literal('<5'), z.literal('[c]')]);
export type Count = z.infer<typeof Count>;

/** This period against the same period a year earlier. */
export const Comparison = z.object({
  current: Count,
  previous: Count,
  changePercent: z.number().nullable().describe('one decimal; null ("n/a") when the base is 0 or either side is suppressed'),
});
export type Comparison = z.infer<typeof Comparison>;

const PeriodInfo = z.object({
  key: z.string(),
  label: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
});

const Kinds = z.object({ hateCrimes: Comparison, hateIncidents: Comparison, all: Comparison });

/** A part of the picture that Cohesion cannot give yet, said plainly instead of a number. */
export const NotAvailable = z.object({ available: z.literal(false), note: z.string() });

export const PccReport = z
  .object({
    forceName: z.string(),
    generatedAt: z.iso.datetime(),
    period: PeriodInfo.extend({
      basis: z.enum(['calendar', 'financial']),
      length: z.enum(['quarter', 'year']),
      complete: z.boolean().describe('false while the period is still running: the figures are to date'),
    }),
    comparedWith: PeriodInfo,
    suppression: z.object({ applied: z.boolean(), threshold: z.literal(5), note: z.string() }),
    summary: z.array(z.object({ measure: z.enum(['hate_crimes', 'hate_incidents', 'all', 'recorded_crimes', 'recorded_nchis']), label: z.string() }).extend(Comparison.shape)),
    byStrand: z.array(z.object({ strand: Strand, label: z.string() }).extend(Kinds.shape)),
    byArea: z.array(z.object({ areaId: z.uuid().nullable(), name: z.string() }).extend(Kinds.shape)),
    areaByStrand: z.array(z.object({ areaId: z.uuid().nullable(), name: z.string(), counts: z.record(Strand, Count) })).describe('this period, hate crimes and incidents together'),
    trend: z.object({
      length: z.enum(['quarter', 'year']),
      labels: z.array(z.string()),
      series: z.array(z.object({ key: z.union([Strand, z.literal('all')]), name: z.string(), values: z.array(z.number().int()) })),
    }),
    outcomes: z.object({
      closed: z.number().int(),
      byReason: z.array(z.object({ reason: z.string(), label: z.string(), hateCrimes: z.number().int(), hateIncidents: z.number().int(), total: z.number().int() })),
    }),
    repeatVictims: z.object({
      reports: z.number().int().describe('hate crimes and incidents received in the period'),
      linked: z.number().int().describe('of which linked to another report as the same victim'),
      repeats: z.number().int().describe('of which linked to an earlier report of the same victim'),
      repeatPercent: z.number().nullable(),
      previousRepeats: z.number().int(),
    }),
    compliance: z.object({
      reviewed: z.number().int(),
      compliant: z.number().int(),
      compliantPercent: z.number().nullable(),
      returnedReviews: z.number().int(),
      missingItems: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
    }),
    stopAndSearch: NotAvailable,
    tension: z.object({
      assessments: z.number().int(),
      byLevel: z.array(z.object({ level: z.string(), label: z.string(), assessments: z.number().int(), areasAtHighest: z.number().int() })),
      highestLevel: z.string().nullable(),
      signals: z.object({ raised: z.number().int(), red: z.number().int(), amber: z.number().int(), open: z.number().int(), acknowledged: z.number().int(), dismissed: z.number().int() }),
      operations: NotAvailable,
    }),
  })
  .meta({ id: 'PccReport' });
export type PccReport = z.infer<typeof PccReport>;
