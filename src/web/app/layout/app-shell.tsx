import { Outlet, useNavigation } from 'react-router';
import { SkipLink } from '../../components/skip-link.tsx';
import { useMe } from '../../lib/auth.ts';
import { SiteHeader } from './site-header.tsx';

/** The frame of every signed-in page: skip link, header with navigation, and the page. */
export function AppShell() {
  const me = useMe();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  return (
    <>
      <SkipLink />
      <SiteHeader me={me} />
      {busy && <div className="progress-bar" aria-hidden="true" />}
      <main id="main-content" className="main" tabIndex={-1} aria-busy={busy || undefined}>
        <Outlet />
      </main>
    </>
  );
}
