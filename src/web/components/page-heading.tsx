import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

type PageHeadingProps = {
  children: string;
  /** Prefixes the document title with "Error:" while a form on the page shows errors. */
  hasError?: boolean;
};

/**
 * The one h1 of a page. It also names the browser tab, and after a client-side navigation it
 * takes focus so that screen readers announce the new page (a full page load leaves focus alone).
 */
export function PageHeading({ children, hasError = false }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const firstLoad = location.key === 'default';

  useEffect(() => {
    document.title = `${hasError ? `${t('errors.prefix')} ` : ''}${children} – ${t('app.name')}`;
  }, [children, hasError, t]);

  useEffect(() => {
    if (!firstLoad) {
      ref.current?.focus();
    }
    // Only a new path is a new page: filters and paging change the query string and keep focus.
  }, [location.pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
