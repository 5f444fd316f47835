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
