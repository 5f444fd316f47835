import type { z } from 'zod';
import { isAreaGeometry } from '../../shared/geo/types.ts';
import { simplifyGeometry } from '../../shared/geo/simplify.ts';
import { londonDay } from '../../shared/london-time.ts';
import type { Strand } from '../../shared/reports/contract.ts';
import type { EvidenceCategory, TensionMapResponse, TimelineResponse } from '../../shared/tension/contract.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/connect.ts';
import { inForceScope } from '../db/scope.ts';
import { notFound } from '../http/errors.ts';
import type { Actor } from '../platform/actor.ts';
import { requirePermission } from '../platform/platform.policy.ts';
import { settingsOf } from '../platform/settings.service.ts';
import * as assessments from './assessments.repository.ts';
import * as communities from './communities.repository.ts';
import * as repo from './picture.repository.ts';
import * as signals from './signals.repository.ts';
import { levelOf, presentSignal } from './tension.presenter.ts';

const DAY = 86_400_000;
/** About 50 m: district outlines stay recognisable and the map weighs tens of kilobytes, not megabytes. */
const DRAWING_TOLERANCE = 0.0005;

const KIND_WORDS = { hate_crime: 'Hate crime', hate_incident: 'Hate incident', concern: 'Community concern' } as const;

/**
 * The tension picture: policing areas coloured by their current level, an area's timeline, and the
 * evidence a new assessment could cite (partner feedback arrives here as Experienced evidence).
 */
export function createPictureService(deps: { db: Db }) {
  const scope = (actor: Actor) => ({ forceIds: [actor.forceId] });
  const drawn = new Map<string, unknown>();

  /** Boundaries change only on import; simplify each once per process. */
  function forDrawing(areaId: string, boundary: unknown): unknown {
    if (!drawn.has(areaId)) {
      drawn.set(areaId, isAreaGeometry(boundary) ? simplifyGeometry(boundary, DRAWING_TOLERANCE) : null);
    }
    return drawn.get(areaId) ?? null;
  }

  function map(actor: Actor): Promise<TensionMapResponse> {
    requirePermission(actor, 'tension:read');
    return mapOf(actor.forceId);
  }

  /** The map's data, for services (the daily pack, the returns) that have checked their own permission. */
  function mapOf(forceId: string): Promise<TensionMapResponse> {
    return inForceScope(deps.db, { forceIds: [forceId] }, async (trx) => {
      const settings = await settingsOf(trx, forceId);
      const areas = await repo.policingAreaBoundaries(trx, forceId);
      const current = (await assessments.listAssessments(trx, { history: false })).filter((a) => a.force_id === forceId);
      const open = await repo.openSignalCounts(trx, forceId);
      const now = Date.now();
      return {
        scale: settings.tensionScale,
        areas: areas.map((area) => {
          // An area shows its highest current level, whether assessed for the whole area, a community or a neighbourhood.
          const mine = current.filter((a) => a.area_id === area.id || a.area_parent_id === area.id);
          const top = mine.reduce<(typeof mine)[number] | undefined>(
            (best, a) => (!best || levelOf(settings.tensionScale, a.level).rank > levelOf(settings.tensionScale, best.level).rank ? a : best),
            undefined,
          );
          const level = top ? levelOf(settings.tensionScale, top.level) : null;
          return {
            id: area.id,
            code: area.code,
            name: area.name,
            geometry: forDrawing(area.id, area.boundary),
            level: top?.level ?? null,
            levelLabel: level?.label ?? null,
            colour: level?.colour ?? null,
            trend: top?.trend ?? null,
            assessedAt: mine.length ? new Date(Math.max(...mine.map((a) => a.assessed_at.getTime()))).toISOString() : null,
            reviewOverdue: mine.some((a) => a.next_review_at.getTime() < now),
            openSignals: open.get(area.id) ?? 0,
          };
        }),
      };
    });
  }

  function timeline(actor: Actor, areaId: string, days: number): Promise<z.infer<typeof TimelineResponse>> {
    requirePermission(actor, 'tension:read');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const area = await communities.findArea(trx, areaId);
      if (area?.force_id !== actor.forceId) {
        throw notFound('area');
      }
      const settings = await settingsOf(trx, actor.forceId);
      const since = new Date(Date.now() - days * DAY);
      // One transaction is one connection: the queries run one after another anyway.
      const reports = await repo.areaReports(trx, actor.forceId, areaId, since, 300);
      const raised = await repo.areaSignals(trx, actor.forceId, areaId, londonDay(since));
      const assessed = await assessments.listAssessments(trx, { areaId, history: true, since });
      const cias = await repo.areaCias(trx, actor.forceId, areaId, since);
      const items = [
        ...reports.map((r) => ({
          id: r.id,
          at: r.received_at.toISOString(),
          kind: 'report' as const,
          title: `${r.reference}: ${KIND_WORDS[r.kind]}`,
          detail: r.strands.length ? r.strands.join(', ').replaceAll('_', ' ') : null,
        })),
        ...raised.map((s) => ({ id: s.id, at: s.raised_at.toISOString(), kind: 'signal' as const, title: `Signal (${s.level}) ${s.strand?.replaceAll('_', ' ') ?? 'all strands'}`, detail: s.reason })),
        ...assessed.map((a) => ({
          id: a.id,
          at: a.assessed_at.toISOString(),
          kind: 'assessment' as const,
          title: `Tension assessed ${levelOf(settings.tensionScale, a.level).label}, ${a.trend}${a.community_name ? ` (${a.community_name})` : ''}`,
          detail: `by ${a.assessed_by_name}`,
        })),
        ...cias.map((c) => ({ id: c.cia_id, at: c.saved_at.toISOString(), kind: 'cia' as const, title: `CIA: ${c.title} (version ${c.version})`, detail: c.signed_off_at ? 'signed off' : 'draft' })),
      ].sort((a, b) => b.at.localeCompare(a.at));
      return { areaId, areaName: area.name, items };
    });
  }

  function evidenceSuggestions(actor: Actor, areaId: string, days: number) {
    requirePermission(actor, 'tension:assess');
    return inForceScope(deps.db, scope(actor), async (trx) => {
      const area = await communities.findArea(trx, areaId);
      if (area?.force_id !== actor.forceId) {
        throw notFound('area');
      }
      const since = new Date(Date.now() - days * DAY);
      const reports = await repo.areaReports(trx, actor.forceId, areaId, since, 100);
      const open = await signals.listSignals(trx, actor.forceId, { areaId, status: 'open' });
      // Excerpts of what people reported are personal data: the read is recorded.
      await recordAudit(trx, actor, { action: 'report.excerpts_read', recordType: 'area', recordId: areaId, details: { purpose: 'tension_evidence', count: reports.length } });
      return {
        reports: reports.map((r) => ({
          id: r.id,
          reference: r.reference,
          kind: r.kind,
          channel: r.channel,
          strands: r.strands as Strand[],
          receivedAt: r.received_at.toISOString(),
          excerpt: r.excerpt,
          // Feelings, fears and rumours are Experienced; recorded crimes and incidents are Evidenced.
          suggestedCategory: (r.kind === 'concern' ? 'experienced' : 'evidenced') as z.infer<typeof EvidenceCategory>,
        })),
        signals: open.map(presentSignal),
      };
    });
  }

  /** Who may follow the picture live: the same readers as the map. Returns the force to follow. */
  function follow(actor: Actor): string {
    requirePermission(actor, 'tension:read');
    return actor.forceId;
  }

  return { map, mapOf, timeline, evidenceSuggestions, follow };
}

export type PictureService = ReturnType<typeof createPictureService>;
