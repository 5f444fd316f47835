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
import { createLsoaLocator } from './platform/lsoa-locator.ts';
import { createLsoasService } from './platform/lsoas.service.ts';
import { createStreetCrimeService } from './returns/street-crime.service.ts';
import { createIntakeService } from './reports/intake.service.ts';
import { createImportService } from './reports/import.service.ts';
import { createSyntheticService } from './reports/synthetic.service.ts';
import { createOpen311KeysService } from './open311/open311-keys.service.ts';
import { createOpen311Service } from './open311/open311.service.ts';
import { createCaseActionsService } from './cases/case-actions.service.ts';
import { createCaseViewService } from './cases/case-view.service.ts';
import { createComplianceService } from './cases/compliance.service.ts';
import { createFiguresService } from './cases/figures.service.ts';
import { createDailyPackService } from './returns/daily-pack.service.ts';
import { createHomeOfficeService } from './returns/home-office.service.ts';
import { createPccReportService } from './returns/pcc-report.service.ts';
import { createTensionSummariesService } from './returns/tension-summary.service.ts';
import { createAssessmentsService } from './tension/assessments.service.ts';
import { createCiasService } from './tension/cias.service.ts';
import { createCommunitiesService } from './tension/communities.service.ts';
import { createPictureService } from './tension/picture.service.ts';
import { createSignalsService } from './tension/signals.service.ts';
import { createJobsService } from './jobs/jobs.service.ts';

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
  const figures = createFiguresService({ db });
  const picture = createPictureService({ db });
  const signals = createSignalsService({ db });
  const assessments = createAssessmentsService({ db });
  return {
    auth,
    oidc: createOidcService({ db, config, auth }),
    forces,
    users: createUsersService({ db }),
    areas: createAreasService({ db }),
    postcodes: createPostcodesService({ db }),
    lsoas: createLsoasService({ db }),
    audit: createAuditService({ db }),
    caseView: createCaseViewService({ db, locateArea }),
    caseActions,
    compliance: createComplianceService({ db, actions: caseActions }),
    figures,
    intake: createIntakeService({ db, forces, locateArea, publicForceCode: config.publicForce, publicUrl: config.publicUrl }),
    imports: createImportService({ db, forces, locateArea }),
    synthetic: createSyntheticService({ db }),
    open311Keys,
    open311: createOpen311Service({ db, keys: open311Keys, locateArea }),
    communities: createCommunitiesService({ db }),
    assessments,
    signals,
    picture,
    cias: createCiasService({ db }),
    dailyPack: createDailyPackService({ db, figures, picture, signals }),
    pccReport: createPccReportService({ db }),
    tensionSummaries: createTensionSummariesService({ db, assessments, signals, picture }),
    homeOffice: createHomeOfficeService({ db, forces }),
    jobs: createJobsService({ db }),
    streetCrime: createStreetCrimeService({ db, locateLsoas: createLsoaLocator() }),
  };
}

export type Services = ReturnType<typeof createServices>;
