import type { Trx } from '../db/scope.ts';
import type { ForceRow } from '../db/schema.ts';

export function findForceByCode(trx: Trx, code: string): Promise<ForceRow | undefined> {
  return trx.selectFrom('forces').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listForces(trx: Trx): Promise<ForceRow[]> {
  return trx.selectFrom('forces').selectAll().orderBy('code').execute();
}

export function insertForce(trx: Trx, values: { code: string; name: string; isDemo: boolean }): Promise<ForceRow> {
  return trx
    .insertInto('forces')
    .values({ code: values.code, name: values.name, is_demo: values.isDemo })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertSharingAgreement(
  trx: Trx,
  values: { ownerForceId: string; partnerForceId: string; recordTypes: string[]; endsAt: Date | null },
): Promise<string> {
  const row = await trx
    .insertInto('sharing_agreements')
    .values({
      owner_force_id: values.ownerForceId,
      partner_force_id: values.partnerForceId,
      record_types: values.recordTypes,
      ends_at: values.endsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
