import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { inSystemScope, type Trx } from '../db/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { conflict, notFound, validationFailed } from '../http/errors.ts';
import { ForceCode } from '../../shared/platform/contract.ts';
import type { SystemActor } from './actor.ts';
import type { ForceRow } from '../db/schema.ts';
import * as forces from './forces.repository.ts';

/** Record types a force may agree to share; each names the tables whose read policy uses it. */
export const ShareableRecordType = z.enum(['areas', 'users', 'reports', 'tension', 'events']);

const NewForce = z.object({ code: ForceCode, name: z.string().trim().min(1).max(200), isDemo: z.boolean().default(false) });

function fieldsOf(error: z.ZodError) {
  return error.issues.map((i) => ({ field: i.path.join('.') || 'input', message: i.message }));
}

export async function findForceOrFail(trx: Trx, code: string): Promise<ForceRow> {
  const force = await forces.findForceByCode(trx, code);
  if (!force) {
    throw notFound(`force ${code}`);
  }
  return force;
}

/** Forces and sharing agreements are set up by system administrators from the CLI. */
export function createForcesService(deps: { db: Db }) {
  const { db } = deps;

  async function addForce(actor: SystemActor, input: z.input<typeof NewForce>): Promise<ForceRow> {
    const parsed = NewForce.safeParse(input);
    if (!parsed.success) {
      throw validationFailed(fieldsOf(parsed.error));
    }
    return inSystemScope(db, async (trx) => {
      if (await forces.findForceByCode(trx, parsed.data.code)) {
        throw conflict(`a force with code ${parsed.data.code} already exists`);
      }
      const force = await forces.insertForce(trx, parsed.data);
      await recordAudit(trx, actor, { action: 'force.created', forceId: force.id, recordType: 'force', recordId: force.id });
      return force;
    });
  }

  async function shareRecords(
    actor: SystemActor,
    input: { ownerCode: string; partnerCode: string; recordTypes: string[]; endsAt?: Date },
  ): Promise<string> {
    const types = z.array(ShareableRecordType).min(1).safeParse(input.recordTypes);
    if (!types.success) {
      throw validationFailed([{ field: 'recordTypes', message: `each must be one of ${ShareableRecordType.options.join(', ')}` }]);
    }
    return inSystemScope(db, async (trx) => {
      const owner = await findForceOrFail(trx, input.ownerCode);
      const partner = await findForceOrFail(trx, input.partnerCode);
      if (owner.id === partner.id) {
        throw validationFailed([{ field: 'partner', message: 'a force cannot share with itself' }]);
      }
      const id = await forces.insertSharingAgreement(trx, {
        ownerForceId: owner.id,
        partnerForceId: partner.id,
        recordTypes: types.data,
        endsAt: input.endsAt ?? null,
      });
      await recordAudit(trx, actor, {
        action: 'sharing_agreement.created',
        forceId: owner.id,
        recordType: 'sharing_agreement',
        recordId: id,
        details: { partner: partner.code, recordTypes: types.data },
      });
      return id;
    });
  }

  function listAll(): Promise<ForceRow[]> {
    return inSystemScope(db, (trx) => forces.listForces(trx));
  }

  return { addForce, shareRecords, listAll };
}

export type ForcesService = ReturnType<typeof createForcesService>;
