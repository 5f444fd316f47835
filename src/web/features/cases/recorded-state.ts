/** What a staff form hands the case page it opens after saving: the new reference, and whether THRIVE failed. */
export type RecordedState = { recorded: string; thriveFailed: boolean };

export function isRecordedState(value: unknown): value is RecordedState {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return typeof v.recorded === 'string' && typeof v.thriveFailed === 'boolean';
}
