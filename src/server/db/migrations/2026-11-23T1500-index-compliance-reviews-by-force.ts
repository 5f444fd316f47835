import { sql, type Kysely } from 'kysely';

/**
 * The inspector's figures count a force's compliance reviews of the last 28 days twice (reviewed,
 * and compliant by the latest review). With only the per-report index, each count read the whole
 * (report_id, reviewed_at) index at a million reports (the benchmark, docs/performance.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index compliance_reviews_force_reviewed on compliance_reviews (force_id, reviewed_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index compliance_reviews_force_reviewed`.execute(db);
}
