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
