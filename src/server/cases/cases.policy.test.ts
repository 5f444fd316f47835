import { describe, expect, it } from 'vitest';
import { recordingDueAt, whyNotClosable } from './cases.policy.ts';

describe(whyNotClosable.name, () => {
  const open = { status: 'under_investigation' as const, crime_number: null };

  it('should refuse to close a hate crime without a crime number', () => {
    expect(whyNotClosable({ ...open, kind: 'hate_incident', recording_decision: 'crime' })).toEqual({
      code: 'crime_number_required',
      reason: 'a hate crime cannot be closed without a crime number',
    });
  });

  it('should refuse to close a hate crime or incident before the recording decision', () => {
    expect(whyNotClosable({ ...open, kind: 'hate_crime', recording_decision: null })?.code).toBe('recording_decision_required');
    expect(whyNotClosable({ ...open, kind: 'hate_incident', recording_decision: null })?.code).toBe('recording_decision_required');
  });

  it('should close a recorded crime that has its crime number', () => {
    expect(whyNotClosable({ ...open, kind: 'hate_crime', recording_decision: 'crime', crime_number: '23/123456/26' })).toBeNull();
  });

  it('should close a hate crime report that the decision found to be a non-crime incident', () => {
    expect(whyNotClosable({ ...open, kind: 'hate_crime', recording_decision: 'nchi' })).toBeNull();
  });

  it('should close a community concern without any decision', () => {
    expect(whyNotClosable({ ...open, kind: 'concern', recording_decision: null })).toBeNull();
  });

  it('should not close twice', () => {
    expect(whyNotClosable({ ...open, status: 'closed', kind: 'concern', recording_decision: null })?.reason).toMatch(/already closed/);
  });
});

describe(recordingDueAt.name, () => {
  const received = new Date('2026-11-24T06:40:00Z');

  it('should fall due 24 hours after the report', () => {
    expect(recordingDueAt({ kind: 'hate_crime', received_at: received, recording_decision: null }, 24)?.toISOString()).toBe('2026-11-25T06:40:00.000Z');
  });

  it('should stop the clock once decided, and never start it for a concern', () => {
    expect(recordingDueAt({ kind: 'hate_crime', received_at: received, recording_decision: 'crime' }, 24)).toBeNull();
    expect(recordingDueAt({ kind: 'concern', received_at: received, recording_decision: null }, 24)).toBeNull();
  });
});
