import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Db } from './connect.ts';
import * as createPlatform from './migrations/2026-11-23T1200-create-platform.ts';
import * as createReports from './migrations/2026-11-23T1300-create-reports.ts';
import * as createReportPhotos from './migrations/2026-11-23T1400-create-report-photos.ts';
import * as indexComplianceReviewsByForce from './migrations/2026-11-23T1500-index-compliance-reviews-by-force.ts';
import * as indexReportSuggestions from './migrations/2026-11-23T1600-index-report-suggestions.ts';
import * as createTension from './migrations/2026-11-23T1700-create-tension.ts';
import * as addOffenceGroupAndExercise from './migrations/2026-11-23T1800-add-offence-group-and-exercise.ts';
import * as createJobs from './migrations/2026-11-23T1900-create-jobs.ts';
import * as createLsoas from './migrations/2026-11-23T2000-create-lsoas.ts';
import * as createTensionSummaries from './migrations/2026-11-23T2100-create-tension-summaries.ts';
import * as createDailyPacks from './migrations/2026-11-23T2200-create-daily-packs.ts';

/**
 * Every migration, in order. An explicit list (rather than a folder scan) keeps the order
 * readable and works the same under tsx, vitest and any bundler. Never edit a landed migration.
 */
const migrations: Record<string, Migration> = {
  '2026-11-23T1200-create-platform': createPlatform,
  '2026-11-23T1300-create-reports': createReports,
  '2026-11-23T1400-create-report-photos': createReportPhotos,
  '2026-11-23T1500-index-compliance-reviews-by-force': indexComplianceReviewsByForce,
  '2026-11-23T1600-index-report-suggestions': indexReportSuggestions,
  '2026-11-23T1700-create-tension': createTension,
  '2026-11-23T1800-add-offence-group-and-exercise': addOffenceGroupAndExercise,
  '2026-11-23T1900-create-jobs': createJobs,
  '2026-11-23T2000-create-lsoas': createLsoas,
  '2026-11-23T2100-create-tension-summaries': createTensionSummaries,
  '2026-11-23T2200-create-daily-packs': createDailyPacks,
};

export interface MigrationReport {
  ok: boolean;
  lines: string[];
  error?: unknown;
}

function describe(result: MigrationResultSet): MigrationReport {
  const lines = (result.results ?? []).map((r) => `${r.status === 'Success' ? 'applied' : r.status.toLowerCase()}  ${r.migrationName}`);
  if (result.error !== undefined) {
    const message = result.error instanceof Error ? result.error.message : String(result.error);
    lines.push(`failed: ${message}`);
  }
  return { ok: result.error === undefined, lines, error: result.error };
}

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Brings the database up to date. The Migrator returns errors rather than throwing: we check. */
export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  return describe(await migrator(db).migrateToLatest());
}

/** Each known migration and whether it has run, for `cohesion migrate --status`. */
export async function migrationStatus(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.map((m) => `${m.executedAt ? `applied ${m.executedAt.toISOString()}` : 'pending'}  ${m.name}`);
}
