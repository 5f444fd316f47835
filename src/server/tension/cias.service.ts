import type { z } from 'zod';
import type { CiaListItem, CiaRequest, CiaResponse } from '../../shared/tension/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope, type Trx } from '../db/scope.ts';
import { conflict, notFound, validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { notifyTensionChanged } from './assessments.repository.ts';
import { renderCiaPdf } from './cia-pdf.ts';
import * as repo from './cias.repository.ts';
import * as communities from './communities.repository.ts';

type CiaInput = z.output<typeof CiaRequest>;
type CiaContent = Omit<CiaInput, 'basedOnVersion'>;

const STALE = 'this CIA has been saved by someone else since you opened it: reload, then make your change again';

/**
 * Community Impact Assessments (DOMAIN.md §3.3): opened for an operation, a critical incident or an
 * event, versioned on every save, signed off by the commander. A signed-off version never changes;
 * editing it makes a new draft version.
 */
export function createCiasService(deps: { db: Db }) {
  const scope = (actor: Actor) => ({ forceIds: [actor.forceId] });

  function present(rows: repo.CiaVersionRow[], version?: number): z.infer<typeof CiaResponse> {
    const row = version ? rows.find((r) => r.version === version) : rows[0];
    if (!row) {
      throw notFound(version ? `version ${version} of this CIA` : 'CIA');
    }
    const content = row.content as CiaContent;
    return {
      ...content,
      id: row.cia_id,
      version: row.version,
      status: row.signed_off_at ? 'signed_off' : 'draft',
      nextReviewAt: row.next_review_at.toISOString(),
      savedAt: row.saved_at.toISOString(),
      savedBy: row.saved_by_name,
      signedOffBy: row.signed_off_by_name,
      signedOffAt: row.signed_off_at?.toISOString() ?? null,
      versions: rows.map((r) => ({
        version: r.version,
        savedAt: r.saved_at.toISOString(),
        savedBy: r.saved_by_name,
        signedOffBy: r.signed_off_by_name,
        signedOffAt: r.signed_off_at?.toISOString() ?? null,
      })),
    };
  }

  async function checkReferences(trx: Trx, actor: Actor, input: CiaInput): Promise<void> {
    const problems = [];
    for (const [i, id] of input.areaIds.entries()) {
      if ((await communities.findArea(trx, id))?.force_id !== actor.forceId) {
        problems.push({ field: `areaIds.${i}`, message: 'is not an area of this force' });
      }
    }
    for (const [i, id] of input.communityIds.entries()) {
      if ((await communities.findCommunity(trx, id))?.force_id !== actor.forceId) {
        problems.push({ field: `communityIds.${i}`, message: 'is not a community of this force' });
      }
    }
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
  }

  async function save(trx: Trx, actor: Actor, ciaId: string, version: number, input: CiaInput): Promise<void> {
    const content: CiaContent = { ...input };
    delete (content as CiaInput).basedOnVersion;
    try {
      await repo.insertVersion(trx, {
        force_id: actor.forceId,
        cia_id: ciaId,
        version,
        title: content.title,
        trigger: content.trigger,
        reference: content.reference,
        next_review_at: new Date(content.nextReviewAt),
        content: JSON.stringify({ ...content, nextReviewAt: new Date(content.nextReviewAt).toISOString() }),
        saved_by: actor.userId,
      });
    } catch (error) {
      // Two people saving on top of the same version: the unique (cia, version) lets one win.
      if ((error as { code?: string }).code === '23505') {
        throw conflict(STALE);
      }
      throw error;
    }
    await recordAudit(trx, actor, { action: 'cia.saved', recordType: 'cia', recordId: ciaId, details: { version } });
    await notifyTensionChanged(trx, actor.forceId, ciaId, 'cia_saved');
  }

  async function ownCia(trx: Trx, actor: Actor, id: string): Promise<repo.CiaVersionRow[]> {
    const cia = await repo.findCia(trx, id);
    if (!cia || cia.force_id !== actor.forceId) {
      throw notFound('CIA');
    }
    return repo.listVersions(trx, id);
  }

  function list(actor: Actor): Promise<z.infer<typeof CiaListItem>[]> {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const now = Date.now();
      return (await repo.listLatest(trx, actor.forceId)).map((r) => ({
        id: r.cia_id,
        title: r.title,
        trigger: r.trigger,
        reference: r.reference,
        version: r.version,
        status: r.signed_off_at ? 'signed_off' : 'draft',
        nextReviewAt: r.next_review_at.toISOString(),
        reviewOverdue: r.next_review_at.getTime() < now,
        savedAt: r.saved_at.toISOString(),
      }));
    });
  }

  function get(actor: Actor, id: string, version?: number) {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), async (trx) => present(await ownCia(trx, actor, id), version));
  }

  function create(actor: Actor, input: CiaInput) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      await checkReferences(trx, actor, input);
      const id = await repo.insertCia(trx, actor.forceId, actor.userId);
      await save(trx, actor, id, 1, input);
      return present(await repo.listVersions(trx, id));
    });
  }

  function update(actor: Actor, id: string, input: CiaInput) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const rows = await ownCia(trx, actor, id);
      if (input.basedOnVersion === undefined) {
        throw validationFailed([{ field: 'basedOnVersion', message: 'say which version you changed' }]);
      }
      if (input.basedOnVersion !== rows[0]?.version) {
        throw conflict(STALE);
      }
      await checkReferences(trx, actor, input);
      await save(trx, actor, id, input.basedOnVersion + 1, input);
      return present(await repo.listVersions(trx, id));
    });
  }

  function signOff(actor: Actor, id: string, version: number) {
    requirePermission(actor, 'tension:sign_off');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const rows = await ownCia(trx, actor, id);
      const latest = rows[0];
      if (latest?.version !== version) {
        throw conflict('only the latest version can be signed off: read it first');
      }
      if (latest.signed_off_at) {
        throw conflict('this version is already signed off');
      }
      await repo.signOff(trx, id, version, actor.userId);
      await recordAudit(trx, actor, { action: 'cia.signed_off', recordType: 'cia', recordId: id, details: { version } });
      await notifyTensionChanged(trx, actor.forceId, id, 'cia_signed_off');
      return present(await repo.listVersions(trx, id));
    });
  }

  function pdf(actor: Actor, id: string, version?: number) {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const cia = present(await ownCia(trx, actor, id), version);
      const names = new Map<string, string>();
      for (const areaId of cia.areaIds) {
        names.set(areaId, (await communities.findArea(trx, areaId))?.name ?? areaId);
      }
      for (const communityId of cia.communityIds) {
        names.set(communityId, (await communities.findCommunity(trx, communityId))?.name ?? communityId);
      }
      await recordAudit(trx, actor, { action: 'cia.exported', recordType: 'cia', recordId: id, details: { version: cia.version, format: 'pdf' } });
      return { cia, bytes: await renderCiaPdf(cia, { forceName: await repo.forceName(trx, actor.forceId), names }) };
    });
  }

  return { list, get, create, update, signOff, pdf };
}

export type CiasService = ReturnType<typeof createCiasService>;
