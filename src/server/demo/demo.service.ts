import { readFileSync } from 'node:fs';
import { Role } from '../../shared/platform/roles.ts';
import { AppError } from '../http/errors.ts';
import { systemActor } from '../platform/actor.ts';
import { generatePassword } from '../platform/passwords.ts';
import type { Services } from '../services.ts';
import { seedDemoReports } from './demo-reports.ts';
import { seedDemoTension } from './demo-tension.ts';

export const DEMO_FORCE = { code: 'DEMO', name: 'Demo Constabulary (synthetic data)' } as const;

const asset = (name: string) => new URL(`../../../assets/geo/${name}`, import.meta.url);

/** One demo account per role, e.g. call.handler@demo.example. */
export const demoEmail = (role: Role) => `${role.replaceAll('_', '.')}@demo.example`;

export interface DemoSeedResult {
  createdForce: boolean;
  password: string;
  accounts: { role: Role; email: string }[];
}

/**
 * The demo force: Greater Manchester's ten districts as policing areas and its wards as
 * neighbourhoods (real boundaries), Trafford's postcodes, and one synthetic user per role. Safe to run again: it fills
 * in whatever is missing and gives every demo account a new password, printed once.
 */
export async function seedDemo(services: Services): Promise<DemoSeedResult> {
  const actor = systemActor('seed:demo');
  const existing = (await services.forces.listAll()).find((f) => f.code === DEMO_FORCE.code);
  if (!existing) {
    await services.forces.addForce(actor, { ...DEMO_FORCE, isDemo: true });
  }
  for (const [file, level, parentProperty] of [
    ['gm_local_authority_generalised.geojson', 'policing_area', undefined],
    ['gm_ward_super_generalised.geojson', 'neighbourhood', 'local_authority_area_code'],
  ] as const) {
    const result = await services.areas.importBoundaries(actor, {
      forceCode: DEMO_FORCE.code,
      level,
      text: readFileSync(asset(file), 'utf8'),
      fields: { codeProperty: 'area_code', nameProperty: 'area_name', parentProperty },
    });
    if (result.refused.length > 0) {
      throw new Error(`demo boundaries refused: ${result.refused[0]?.message ?? ''}`);
    }
  }
  const postcodes = await services.postcodes.importPostcodes(actor, readFileSync(asset('trafford_postcodes.csv'), 'utf8'));
  if (postcodes.refused.length > 0) {
    throw new Error(`demo postcodes refused: ${postcodes.refused[0]?.message ?? ''}`);
  }
  // National reference data, for the street-level crime export: Greater Manchester's LSOAs.
  const lsoas = await services.lsoas.importLsoas(actor, {
    text: readFileSync(asset('gm_lsoa_super_generalised.geojson'), 'utf8'),
    fields: { codeProperty: 'area_code', nameProperty: 'area_name' },
  });
  if (lsoas.refused.length > 0) {
    throw new Error(`demo LSOAs refused: ${lsoas.refused[0]?.message ?? ''}`);
  }
  const password = generatePassword();
  const accounts = Role.options.map((role) => ({ role, email: demoEmail(role) }));
  const people = new Map<Role, { id: string; email: string; name: string }>();
  for (const { role, email } of accounts) {
    const name = `Demo ${role.replaceAll('_', ' ')}`;
    try {
      const created = await services.users.createUserInForce(actor, DEMO_FORCE.code, { email, name, roles: [role], password });
      people.set(role, { id: created.user.id, email, name });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'conflict')) {
        throw error;
      }
      await services.users.resetPassword(actor, email, password);
    }
  }
  const force = (await services.forces.listAll()).find((f) => f.code === DEMO_FORCE.code);
  if (!existing && force) {
    await seedDemoReports(services, force.id, people);
    await seedDemoTension(services, force.id, people);
  }
  return { createdForce: !existing, password, accounts };
}
