import { sql, type Kysely } from 'kysely';

/**
 * Two facts the returns need: the offence group of a recorded crime (data.police.uk's crime types,
 * which the Home Office groups map onto), and whether a report belongs to an exercise, so that a
 * drill never counts in live figures (SCENARIO.md: "an exercise run changes none of the live figures").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reports add column offence_group text check (offence_group in (
      'Bicycle theft', 'Burglary', 'Criminal damage and arson', 'Drugs', 'Other crime', 'Other theft',
      'Possession of weapons', 'Public order', 'Robbery', 'Shoplifting', 'Theft from the person',
      'Vehicle crime', 'Violence and sexual offences'))`.execute(db);
  await sql`alter table reports add column exercise boolean not null default false`.execute(db);
  // Figures scan live reports by force and time; exercises are few and never counted.
  await sql`create index reports_exercise on reports (force_id, received_at) where exercise`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index reports_exercise`.execute(db);
  await sql`alter table reports drop column exercise`.execute(db);
  await sql`alter table reports drop column offence_group`.execute(db);
}
