import { useTranslation } from 'react-i18next';
import { policeLines, supportLines } from '../support-contacts.ts';
import { Tel } from './report-chrome.tsx';

/** 101, the Anti-Terrorist Hotline and Crimestoppers: on the start and sent pages. */
export function PoliceLines() {
  const { t } = useTranslation('report');
  return (
    <section aria-labelledby="police-lines-heading">
      <h2 id="police-lines-heading">{t('help.heading')}</h2>
      <ul className="helplines">
        {policeLines.map((line) => (
          <li key={line.id}>
            <span className="helplines__what">{t(`help.${line.id}`)}</span>
            <Tel number={line.tel}>{line.display}</Tel>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Independent support services, named as they name themselves. */
export function SupportLines() {
  const { t } = useTranslation('report');
  return (
    <section aria-labelledby="support-lines-heading">
      <h2 id="support-lines-heading">{t('support.heading')}</h2>
      <p>{t('support.intro')}</p>
      <ul className="helplines">
        {supportLines.map((line) => (
          <li key={line.id}>
            <span className="helplines__what">
              <strong lang="en">{line.name}</strong> – {t(`support.${line.id}`)}
            </span>
            <Tel number={line.tel}>{line.display}</Tel>
          </li>
        ))}
      </ul>
    </section>
  );
}
