import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main-content');
  if (!main) {
    return;
  }
  // Focus directly: a "#main-content" navigation would go through the router's history.
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main-content" onClick={skipToMain}>
      {t('app.skipLink')}
    </a>
  );
}
