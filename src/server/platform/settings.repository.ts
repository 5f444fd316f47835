import { ForceSettings } from '../../shared/platform/settings.ts';
import type { Trx } from '../db/scope.ts';

/** The force's settings, with the defaults filling whatever the force has not set. */
export async function readForceSettings(trx: Trx, forceId: string): Promise<ForceSettings> {
  const row = await trx.selectFrom('force_settings').select('settings').where('force_id', '=', forceId).executeTakeFirst();
  return ForceSettings.parse(row?.settings ?? {});
}
