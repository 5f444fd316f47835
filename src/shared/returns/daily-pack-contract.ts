import { z } from 'zod';
import { PeriodFigures } from '../cases/figures-contract.ts';
import { ReportKind, Strand } from '../reports/contract.ts';
import { TensionLevel } from '../platform/settings.ts';
import { SignalResponse, Trend } from '../tension/contract.ts';

/**
 * The daily management meeting pack (seed 002 §12, §14): what the inspector's 08:00 meeting reads.
 * Figures compare like with like: "last year" is the same weekdays 52 weeks earlier.
 */
export const DailyPackQuery = z.object({ date: z.iso.date().optional().describe('a London day; today when absent') }).strict();

export const DailyPack = z
  .object({
    date: z.iso.date(),
    forceName: z.string(),
    generatedAt: z.iso.datetime(),
    generatedBy: z.string().describe('who or what produced it: a person, or the morning schedule'),
    stored: z.boolean().describe('true: the pack as generated then; false: computed now from live data'),
    figures: z.object({
      day: PeriodFigures,
      last7Days: PeriodFigures,
      last28Days: PeriodFigures,
      dayLastYear: PeriodFigures,
      last7DaysLastYear: PeriodFigures,
      last28DaysLastYear: PeriodFigures,
    }),
    byDay: z.array(z.object({ day: z.iso.date(), hateCrimes: z.number().int(), hateIncidents: z.number().int(), lastYear: z.number().int() })),
    cases: z.object({
      open: z.number().int(),
      overdueAttendance: z.number().int(),
      recordingBreaches: z.number().int(),
      complianceReviewed: z.number().int(),
      complianceRate: z.number().nullable(),
    }),
    notable: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        kind: ReportKind,
        strands: z.array(Strand),
        areaName: z.string().nullable(),
        grade: z.string().nullable(),
        status: z.string(),
        receivedAt: z.iso.datetime(),
        why: z.string(),
      }),
    ),
    tension: z.object({
      scale: z.array(TensionLevel),
      areas: z.array(z.object({ name: z.string(), levelLabel: z.string().nullable(), trend: Trend.nullable(), reviewOverdue: z.boolean(), openSignals: z.number().int() })),
      openSignals: z.array(SignalResponse),
    }),
    patrols: z.null().describe('patrol compliance arrives with the engagement module'),
  })
  .meta({ id: 'DailyPack' });
export type DailyPack = z.infer<typeof DailyPack>;
