import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { createAuditService } from './audit/audit.service.ts';
import { createAreasService } from './platform/areas.service.ts';
import { createAuthService } from './platform/auth.service.ts';
import { createForcesService } from './platform/forces.service.ts';
import { createOidcService } from './platform/oidc.service.ts';
import { createUsersService } from './platform/users.service.ts';
import { createAreaLocator } from './platform/area-locator.ts';
import { createPostcodesService } from './platform/postcodes.service.ts';
import { createIntakeService } from './reports/intake.service.ts';
import { createImportService } from './reports/import.service.ts';
import { createSyntheticService } from './reports/synthetic.service.ts';
import { createOpen311KeysService } from './open311/open311-keys.service.ts';
import { createOpen311Service } from './open311/open311.service.ts';
import { createCaseActionsService } from './cases/case-actions.service.ts';
import { createCaseViewService } from './cases/case-view.service.ts';
import { createComplianceService } from './cases/compliance.service.ts';
import { createFiguresService } from './cases/figures.service.ts';

/**
 * Every domain service, wired once. The HTTP app and the CLI both use this, so they share one set
 * of rules: the CLI never reaches the database except through these services.
 */
export function createServices(config: Config, database: DatabaseHandle) {
  const { db } = database;
  const auth = createAuthService({ db, config });
  const locateArea = createAreaLocator();
  const forces = createForcesService({ db });
  const open311Keys = createOpen311KeysService({ db });
  const caseActions = createCaseActionsService({ db });
  return {
    auth,
    oidc: createOidcService({ db, config, auth }),
    forces,
    users: createUsersService({ db }),
    areas: createAreasService({ db }),
    postcodes: createPostcodesService({ db }),
    audit: createAuditService({ db }),
    caseView: createCaseViewService({ db, locateArea }),
    caseActions,
    compliance: createComplianceService({ db, actions: caseActions }),
    figures: createFiguresService({ db }),
    intake: createIntakeService({ db, forces, locateArea, publicForceCode: config.publicForce, publicUrl: config.publicUrl }),
    imports: createImportService({ db, forces, locateArea }),
    synthetic: createSyntheticService({ db }),
    open311Keys,
    open311: createOpen311Service({ db, keys: open311Keys, locateArea }),
  };
}

export type Services = ReturnType<typeof createServices>;
