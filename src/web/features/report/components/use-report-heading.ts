import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The page's h1, wherever it sits (on a question page it is the legend or the label): names
 * the tab "Question – Report hate crime" ("Error: …" while errors show) and, after a client-side
 * navigation, takes focus so that screen readers announce the new page.
 */
export function useReportHeading(title: string, hasError = false) {
  const { t } = useTranslation('report');
  const { t: tShared } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const firstLoad = location.key === 'default';

  useEffect(() => {
    document.title = `${hasError ? `${tShared('errors.prefix')} ` : ''}${title} – ${t('service')}`;
  }, [title, hasError, t, tShared]);

  useEffect(() => {
    if (!firstLoad) {
      ref.current?.focus();
    }
    // Only a new path is a new page; a change of language or of answers keeps focus where it is.
  }, [location.pathname]);

  return ref;
}
