import { createBrowserRouter } from 'react-router';
import { PageLoading } from '../components/query-status.tsx';
import { HomePage } from '../features/platform/components/home-page.tsx';
import { SignInPage } from '../features/platform/components/sign-in-page.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { RequireAuth } from './require-auth.tsx';
import { RequirePermission } from './require-permission.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteErrorPage } from './routes/route-error-page.tsx';

/**
 * Every page of the app. A new module adds its routes inside the shell, behind the permission
 * its nav item names (nav-config.ts), loading its code lazily like the admin pages do.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage standalone />,
      HydrateFallback: PageLoading,
      children: [
        { path: '/sign-in', element: <SignInPage /> },
        {
          // The public reporting pages: no account, their own frame, strings and stylesheet.
          path: '/report/*',
          lazy: async () => {
            const [{ ReportRoutes }, { startReportLanguage }] = await Promise.all([
              import('../features/report/components/report-routes.tsx'),
              import('../features/report/report-i18n.ts'),
            ]);
            await startReportLanguage();
            return { Component: ReportRoutes };
          },
        },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <AppShell />,
              children: [
                {
                  errorElement: <RouteErrorPage />,
                  children: [
                    { index: true, element: <HomePage /> },
                    {
                      path: 'admin/audit',
                      element: <RequirePermission permission="audit:read" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/audit/components/audit-page.tsx')).AuditPage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'admin/users',
                      element: <RequirePermission permission="admin:users" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/users/components/users-page.tsx')).UsersPage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'admin/open311-keys',
                      element: <RequirePermission permission="admin:users" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/open311-keys/components/open311-keys-page.tsx')).Open311KeysPage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'admin/jobs',
                      element: <RequirePermission permission="admin:forces" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({ Component: (await import('../features/jobs/components/jobs-page.tsx')).JobsPage }),
                        },
                      ],
                    },
                    // Reports and case handling. 'reports/new' outranks 'reports/:id' (a fixed segment wins)
                    // and answers to its own permission; the queue opens to either of the control room's two.
                    {
                      path: 'queue',
                      element: <RequirePermission permission={['cases:triage', 'cases:assign']} />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/cases/components/queue-page.tsx')).QueuePage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'reports/import',
                      element: <RequirePermission permission="reports:record_call" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/cases/components/import-page.tsx')).ImportPage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'reports/new',
                      element: <RequirePermission permission="reports:record_call" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/cases/components/record-call-page.tsx')).RecordCallPage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'reports',
                      element: <RequirePermission permission="reports:read" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/cases/components/reports-page.tsx')).ReportsPage,
                          }),
                        },
                        {
                          path: ':id',
                          lazy: async () => ({
                            Component: (await import('../features/cases/components/case-page.tsx')).CasePage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'compliance',
                      element: <RequirePermission permission="cases:review_compliance" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/compliance/components/compliance-page.tsx')).CompliancePage,
                          }),
                        },
                      ],
                    },
                    {
                      path: 'figures',
                      element: <RequirePermission permission="figures:read" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/figures/components/figures-page.tsx')).FiguresPage,
                          }),
                        },
                      ],
                    },
                    // Community tension: every page needs tension:read; writing needs tension:assess (the
                    // server decides again). 'new' and 'edit' outrank ':id' because fixed segments win.
                    {
                      path: 'tension',
                      element: <RequirePermission permission="tension:read" />,
                      children: [
                        { index: true, lazy: async () => ({ Component: (await import('../features/tension/components/tension-page.tsx')).TensionPage }) },
                        { path: 'signals/:id', lazy: async () => ({ Component: (await import('../features/tension/components/signal-page.tsx')).SignalPage }) },
                        { path: 'assessments', lazy: async () => ({ Component: (await import('../features/tension/components/assessments-page.tsx')).AssessmentsPage }) },
                        {
                          path: 'assessments/new',
                          element: <RequirePermission permission="tension:assess" />,
                          children: [{ index: true, lazy: async () => ({ Component: (await import('../features/tension/components/new-assessment-page.tsx')).NewAssessmentPage }) }],
                        },
                        { path: 'assessments/:id', lazy: async () => ({ Component: (await import('../features/tension/components/assessment-page.tsx')).AssessmentPage }) },
                        { path: 'communities', lazy: async () => ({ Component: (await import('../features/tension/components/communities-page.tsx')).CommunitiesPage }) },
                        { path: 'communities/:id', lazy: async () => ({ Component: (await import('../features/tension/components/community-page.tsx')).CommunityPage }) },
                        { path: 'cias', lazy: async () => ({ Component: (await import('../features/tension/components/cias-page.tsx')).CiasPage }) },
                        {
                          path: 'cias/new',
                          element: <RequirePermission permission="tension:assess" />,
                          children: [{ index: true, lazy: async () => ({ Component: (await import('../features/tension/components/new-cia-page.tsx')).NewCiaPage }) }],
                        },
                        { path: 'cias/:id', lazy: async () => ({ Component: (await import('../features/tension/components/cia-page.tsx')).CiaPage }) },
                        {
                          path: 'cias/:id/edit',
                          element: <RequirePermission permission="tension:assess" />,
                          children: [{ index: true, lazy: async () => ({ Component: (await import('../features/tension/components/edit-cia-page.tsx')).EditCiaPage }) }],
                        },
                      ],
                    },
                    // Returns: each page answers to its own permission (returns-nav.tsx lists the same); the
                    // landing page to any of them. 'new' and ':id/edit' need returns:prepare; the server decides again.
                    {
                      path: 'returns',
                      element: <RequirePermission permission={['returns:read', 'aggregates:read', 'returns:prepare', 'returns:approve']} />,
                      children: [
                        { index: true, lazy: async () => ({ Component: (await import('../features/returns/components/returns-page.tsx')).ReturnsPage }) },
                        {
                          path: 'daily-pack',
                          element: <RequirePermission permission="returns:read" />,
                          children: [{ index: true, lazy: async () => ({ Component: (await import('../features/returns/components/daily-pack-page.tsx')).DailyPackPage }) }],
                        },
                        {
                          path: 'tension-summaries',
                          element: <RequirePermission permission={['returns:read', 'returns:prepare', 'returns:approve']} />,
                          children: [
                            { index: true, lazy: async () => ({ Component: (await import('../features/returns/components/summaries-page.tsx')).SummariesPage }) },
                            {
                              path: 'new',
                              element: <RequirePermission permission="returns:prepare" />,
                              children: [{ index: true, lazy: async () => ({ Component: (await import('../features/returns/components/compile-summary-page.tsx')).CompileSummaryPage }) }],
                            },
                            { path: ':id', lazy: async () => ({ Component: (await import('../features/returns/components/summary-page.tsx')).SummaryPage }) },
                            {
                              path: ':id/edit',
                              element: <RequirePermission permission="returns:prepare" />,
                              children: [{ index: true, lazy: async () => ({ Component: (await import('../features/returns/components/edit-summary-page.tsx')).EditSummaryPage }) }],
                            },
                          ],
                        },
                        {
                          path: 'pcc-report',
                          element: <RequirePermission permission="aggregates:read" />,
                          children: [{ index: true, lazy: async () => ({ Component: (await import('../features/returns/components/pcc-report-page.tsx')).PccReportPage }) }],
                        },
                        {
                          path: 'exports',
                          element: <RequirePermission permission="returns:read" />,
                          children: [{ index: true, lazy: async () => ({ Component: (await import('../features/returns/components/exports-page.tsx')).ExportsPage }) }],
                        },
                      ],
                    },
                    {
                      path: 'partner',
                      element: <RequirePermission permission="reports:submit_as_partner" />,
                      children: [
                        {
                          index: true,
                          lazy: async () => ({
                            Component: (await import('../features/partner/components/partner-page.tsx')).PartnerPage,
                          }),
                        },
                      ],
                    },
                    { path: '*', element: <NotFoundPage /> },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
