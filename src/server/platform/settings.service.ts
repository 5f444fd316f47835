import type { ForceSettings } from '../../shared/platform/settings.ts';
import type { Trx } from '../db/scope.ts';
import { readForceSettings } from './settings.repository.ts';

/**
 * A force's settings (grades, clocks, checklists), read inside the caller's transaction so that a
 * decision and the rule it followed are read together.
 */
export function settingsOf(trx: Trx, forceId: string): Promise<ForceSettings> {
  return readForceSettings(trx, forceId);
}
