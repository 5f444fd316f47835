import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the suggestions on a report (duplicates, repeat victims, repeat locations): each of
 * the three searches starts from one of these (contacts already have theirs), so opening a report stays fast at a million reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_force_occurred on reports (force_id, occurred_at)`.execute(db);
  await sql`create index reports_force_postcode on reports (force_id, location_postcode) where location_postcode is not null`.execute(db);
  await sql`create index reports_force_latitude on reports (force_id, location_latitude) where location_latitude is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['reports_force_occurred', 'reports_force_postcode', 'reports_force_latitude']) {
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  }
}
