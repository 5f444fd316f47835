import { z } from 'zod';
import { QueueItem } from './contract.ts';

/** Counts for one period: all, and by strand and policing area (a report with two strands counts in both). */
export const PeriodFigures = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  total: z.number().int(),
  hateCrimes: z.number().int(),
  hateIncidents: z.number().int(),
  byStrand: z.record(z.string(), z.number().int()),
  byArea: z.array(z.object({ areaId: z.uuid().nullable(), name: z.string(), count: z.number().int() })),
});
export type PeriodFigures = z.infer<typeof PeriodFigures>;

/** The inspector's view (seed 002 §12) and the daily meeting's headline figures. */
export const FiguresResponse = z
  .object({
    date: z.iso.date(),
    today: PeriodFigures,
    last7Days: PeriodFigures,
    last28Days: PeriodFigures,
    open: z.number().int(),
    overdueAttendance: z.number().int().describe('open cases past their attendance target'),
    recordingBreaches: z.number().int().describe('reports in the last 28 days whose recording decision came, or is still due, after 24 hours'),
    compliance: z.object({ reviewed: z.number().int(), compliant: z.number().int(), rate: z.number().nullable() }),
  })
  .meta({ id: 'Figures' });
export type FiguresResponse = z.infer<typeof FiguresResponse>;

export const FiguresQuery = z.object({ date: z.iso.date().optional().describe('a day in Europe/London; today when absent') }).strict();

export const ComplianceChecklistItem = z.object({ key: z.string(), label: z.string() });

export const ComplianceQueueResponse = z
  .object({
    checklist: z.array(ComplianceChecklistItem),
    items: z.array(QueueItem.extend({ lastOutcome: z.enum(['compliant', 'returned']).nullable() })),
  })
  .meta({ id: 'ComplianceQueue' });
export type ComplianceQueueResponse = z.infer<typeof ComplianceQueueResponse>;
