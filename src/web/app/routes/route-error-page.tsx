import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown when a page throws while rendering or its code fails to load (an old tab after a new
 * release). Inside the shell it fills the main area; `standalone` adds its own main landmark.
 * It uses no router links, so it works even when routing itself is the problem.
 */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${t('routeError.title')} – ${t('app.name')}`;
  }, [t]);

  const content = (
    <>
      <h1 className="page-heading">{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  );
  if (!standalone) {
    return content;
  }
  return (
    <main id="main-content" className="main main--narrow" tabIndex={-1}>
      {content}
    </main>
  );
}
