import { describe, expect, it } from 'vitest';
import { ForceSettings } from '../../shared/platform/settings.ts';
import { userActor } from '../platform/actor.ts';
import { compileSummary, type CompileInput, type CurrentAssessmentInput } from './tension-summary-compile.ts';
import { dayWords, draftText } from './tension-summary-draft.ts';
import { allowedActions } from './tension-summary.policy.ts';

const scale = ForceSettings.parse({}).tensionScale;
const NORTH = '11111111-1111-4111-8111-111111111111';
const SOUTH = '22222222-2222-4222-8222-222222222222';

function assessment(over: Partial<CurrentAssessmentInput>): CurrentAssessmentInput {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    areaId: NORTH,
    areaName: 'North East',
    communityId: null,
    communityName: null,
    level: 'raised',
    levelLabel: 'Raised',
    levelRank: 1,
    trend: 'stable',
    assessedAt: '2026-11-22T09:00:00.000Z',
    assessedBy: 'Insp A',
    nextReviewAt: '2026-11-29T09:00:00.000Z',
    reviewOverdue: false,
    supersededBy: null,
    summary: 'Quiet.',
    evidence: [],
    keyTriggers: [],
    actions: [],
    partnersInformed: [],
    supersedes: null,
    changes: { fields: [], evidenceAdded: [], evidenceRemoved: [] },
    policingAreaId: NORTH,
    ...over,
  };
}

const input = (over: Partial<CompileInput> = {}): CompileInput => ({
  dataAsOf: new Date('2026-11-23T07:00:00Z'),
  scale,
  map: [
    { id: NORTH, code: 'N', name: 'North East', level: 'high', levelLabel: 'High', trend: 'rising', assessedAt: '2026-11-22T10:00:00.000Z', reviewOverdue: false },
    { id: SOUTH, code: 'S', name: 'South', level: null, levelLabel: null, trend: null, assessedAt: null, reviewOverdue: false },
  ],
  current: [],
  signals: [],
  counts: [],
  cias: [],
  ...over,
});

describe(compileSummary.name, () => {
  it('should put a neighbourhood’s assessment in its policing area’s section, highest level first', () => {
    const compiled = compileSummary(
      input({
        current: [
          assessment({}),
          assessment({ id: '44444444-4444-4444-8444-444444444444', areaId: '55555555-5555-4555-8555-555555555555', areaName: 'Moss Side', level: 'high', levelLabel: 'High', levelRank: 2, trend: 'rising' }),
        ],
      }),
    );
    const north = compiled.areas[0];
    expect(north?.assessments.map((a) => a.assessedFor)).toEqual(['Moss Side', 'North East']);
    expect(north).toMatchObject({ level: 'high', levelRank: 2, trend: 'rising' });
    expect(compiled.areas[1]).toMatchObject({ levelRank: null, assessments: [] });
  });

  it('should count reports outside every area in the totals only', () => {
    const compiled = compileSummary(
      input({
        counts: [
          { area_id: NORTH, kind: 'hate_crime', strand: null, n: 2 },
          { area_id: NORTH, kind: null, strand: 'race', n: 2 },
          { area_id: null, kind: 'hate_incident', strand: null, n: 1 },
          { area_id: null, kind: null, strand: 'race', n: 1 },
        ],
      }),
    );
    expect(compiled.totals).toEqual({ hateCrimes: 2, hateIncidents: 1, byStrand: { race: 3 }, outsideAreas: 1 });
    expect(compiled.areas[0]).toMatchObject({ hateCrimes: 2, hateIncidents: 0, byStrand: { race: 2 } });
  });

  it('should rank a level since removed from the scale lowest, as the map does', () => {
    const compiled = compileSummary(input({ map: [{ id: NORTH, code: 'N', name: 'North East', level: 'amber', levelLabel: 'amber', trend: 'stable', assessedAt: null, reviewOverdue: false }] }));
    expect(compiled.areas[0]?.levelRank).toBe(0);
  });
});

describe(draftText.name, () => {
  it('should draft a daily return’s summary from the figures, saying which areas have no assessment', () => {
    const text = draftText(compileSummary(input()), '2026-11-22', '2026-11-22');
    expect(text.summary).toBe(
      'On Sun 22 Nov 2026, 0 hate crimes and 0 hate incidents were reported across the force (exercises excluded); 0 signals were raised. The highest current tension level is High, in North East (rising). 1 area is rising and 0 falling. 1 area has no current assessment.',
    );
    expect(text.areas.map((a) => a.areaId)).toEqual([NORTH, SOUTH]);
    expect(dayWords('2026-03-29')).toBe('Sun 29 Mar 2026');
  });
});

describe(allowedActions.name, () => {
  const commander = userActor({ userId: 'c', email: 'c@x', name: 'C', forceId: 'f', roles: ['npa_commander'], ip: null, requestId: null });

  it('should never let an author approve (the two-person rule)', () => {
    expect(allowedActions(commander, { status: 'draft', authors: ['a'], corrected: false })).toEqual({ edit: true, approve: true, issue: false, correct: false });
    expect(allowedActions(commander, { status: 'draft', authors: ['a', 'c'], corrected: false }).approve).toBe(false);
  });

  it('should allow only a correction of an issued version, and only one', () => {
    expect(allowedActions(commander, { status: 'issued', authors: ['a'], corrected: false })).toEqual({ edit: false, approve: false, issue: false, correct: true });
    expect(allowedActions(commander, { status: 'issued', authors: ['a'], corrected: true }).correct).toBe(false);
    expect(allowedActions(commander, { status: 'superseded', authors: ['a'], corrected: true }).correct).toBe(false);
  });
});
