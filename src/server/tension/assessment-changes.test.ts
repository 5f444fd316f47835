import { describe, expect, it } from 'vitest';
import { assessmentChanges, type ComparableAssessment } from './assessment-changes.ts';

const yesterday: ComparableAssessment = {
  levelLabel: 'Raised',
  trend: 'stable',
  summary: 'Quiet apart from the rumour.',
  keyTriggers: ['Friday prayers'],
  actions: [{ description: 'Visit the mosque committee', owner: 'PC Shah', dueAt: null }],
  partnersInformed: ['Council community safety'],
  nextReviewAt: '2026-11-24T09:00:00.000Z',
  evidence: [
    { category: 'experienced', description: 'Rumour of a march' },
    { category: 'potential', description: 'Friday prayers' },
  ],
};

describe(assessmentChanges.name, () => {
  it('should list only the fields that changed, with before and after', () => {
    const today = { ...yesterday, levelLabel: 'High', trend: 'rising', evidence: [...yesterday.evidence] };
    const changes = assessmentChanges(yesterday, today);
    expect(changes.fields).toEqual([
      { field: 'level', before: 'Raised', after: 'High' },
      { field: 'trend', before: 'stable', after: 'rising' },
    ]);
    expect(changes.evidenceAdded).toEqual([]);
  });

  it('should name evidence added and evidence dropped', () => {
    const today = { ...yesterday, evidence: [yesterday.evidence[0]!, { category: 'evidenced', description: 'Signal: religion, 3× expected' }] };
    const changes = assessmentChanges(yesterday, today);
    expect(changes.evidenceAdded).toEqual(['evidenced: Signal: religion, 3× expected']);
    expect(changes.evidenceRemoved).toEqual(['potential: Friday prayers']);
  });

  it('should treat a first assessment as all evidence added and no field changes', () => {
    const changes = assessmentChanges(null, yesterday);
    expect(changes.fields).toEqual([]);
    expect(changes.evidenceAdded).toHaveLength(2);
  });

  it('should see a changed action owner', () => {
    const today = { ...yesterday, actions: [{ ...yesterday.actions[0]!, owner: 'Sgt Ali' }] };
    expect(assessmentChanges(yesterday, today).fields.map((f) => f.field)).toEqual(['actions']);
  });
});
