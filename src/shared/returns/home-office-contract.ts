import { z } from 'zod';

/** `GET /api/v1/returns/home-office.csv?year=2025`: the financial year by the year it starts in. */
export const HomeOfficeQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).describe('financial year by the year it starts: 2025 means 1 April 2025 to 31 March 2026'),
  })
  .strict();

/** The parts of the return, in the order the CSV gives them. */
export const HomeOfficeSection = z.enum(['total', 'strand', 'perceived_religion', 'offence_group', 'flag', 'excluded']);
export type HomeOfficeSection = z.infer<typeof HomeOfficeSection>;

/** One line of the return: a count of recorded hate crimes in a category. */
export const HomeOfficeRow = z.object({
  section: HomeOfficeSection,
  category: z.string(),
  count: z.number().int().min(0),
  note: z.string(),
});
export type HomeOfficeRow = z.infer<typeof HomeOfficeRow>;

/** The whole return for one force and financial year. */
export const HomeOfficeReturn = z.object({
  financialYear: z.string().describe('e.g. 2025/26'),
  forceCode: z.string(),
  forceName: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  rows: z.array(HomeOfficeRow),
});
export type HomeOfficeReturn = z.infer<typeof HomeOfficeReturn>;

/** The CSV's columns, in order. */
export const HOME_OFFICE_COLUMNS = ['financial_year', 'force_code', 'section', 'category', 'count', 'note'] as const;
