import { z } from 'zod';

/** A calendar month as data.police.uk names its files and its Month column: YYYY-MM. */
export const ExportMonth = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. 2026-11');

/** `GET /api/v1/exports/street-crime.csv?month=YYYY-MM`. */
export const StreetCrimeQuery = z.object({ month: ExportMonth });
export type StreetCrimeQuery = z.infer<typeof StreetCrimeQuery>;

/** data.police.uk's street-level crime columns, in their order (DOMAIN.md §9.1). */
export const STREET_CRIME_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

/** The data.police.uk "Last outcome category" values Cohesion's case states map onto (docs/street-crime-export.md). */
export const OutcomeCategory = z.enum([
  'Under investigation',
  'Awaiting court outcome',
  'Local resolution',
  'Investigation complete; no suspect identified',
  'Unable to prosecute suspect',
  'Status update unavailable',
]);
export type OutcomeCategory = z.infer<typeof OutcomeCategory>;
