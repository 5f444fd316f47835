import type { z } from 'zod';
import type { CommunityRequest, KeyIndividualRequest } from '../../shared/tension/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { conflict, notFound, validationFailed } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import * as repo from './communities.repository.ts';

/**
 * Communities by identity or faith within a place, and their key individual networks (KINs): the
 * trusted contacts a commander rings when tension rises. KIN details are personal data, kept to the
 * roles that need them, with every read and write in the audit log.
 */
export function createCommunitiesService(deps: { db: Db }) {
  const scope = (actor: Actor) => ({ forceIds: [actor.forceId] });

  function list(actor: Actor) {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), (trx) => repo.listCommunities(trx));
  }

  function add(actor: Actor, input: z.output<typeof CommunityRequest>) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const area = input.areaId ? await repo.findArea(trx, input.areaId) : null;
      if (input.areaId && area?.force_id !== actor.forceId) {
        throw validationFailed([{ field: 'areaId', message: 'is not an area of this force' }]);
      }
      const id = await repo.insertCommunity(trx, {
        force_id: actor.forceId,
        name: input.name,
        kind: input.kind,
        area_id: input.areaId,
        description: input.description,
        created_by: actor.userId,
      });
      if (!id) {
        throw conflict('a community of that name is already recorded in that area');
      }
      await recordAudit(trx, actor, { action: 'community.added', recordType: 'community', recordId: id });
      const row = await repo.findCommunity(trx, id);
      if (!row) {
        throw notFound('community');
      }
      return row;
    });
  }

  function keyIndividuals(actor: Actor, communityId: string) {
    requirePermission(actor, 'tension:key_individuals');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const community = await repo.findCommunity(trx, communityId);
      if (!community || community.force_id !== actor.forceId) {
        throw notFound('community');
      }
      const rows = await repo.listKeyIndividuals(trx, communityId);
      await recordAudit(trx, actor, { action: 'key_individual.list_read', recordType: 'community', recordId: communityId, details: { count: rows.length } });
      return rows;
    });
  }

  function addKeyIndividual(actor: Actor, communityId: string, input: z.output<typeof KeyIndividualRequest>) {
    requirePermission(actor, 'tension:key_individuals');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const community = await repo.findCommunity(trx, communityId);
      if (!community || community.force_id !== actor.forceId) {
        throw notFound('community');
      }
      const row = await repo.insertKeyIndividual(trx, { force_id: actor.forceId, community_id: communityId, ...input, added_by: actor.userId });
      await recordAudit(trx, actor, { action: 'key_individual.added', recordType: 'key_individual', recordId: row.id, details: { communityId } });
      return row;
    });
  }

  return { list, add, keyIndividuals, addKeyIndividual };
}

export type CommunitiesService = ReturnType<typeof createCommunitiesService>;
