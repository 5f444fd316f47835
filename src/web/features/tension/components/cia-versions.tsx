import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { ciaPdfHref } from '../api/cias.ts';
import type { CiaResponse } from '../types.ts';

/** Every version of the CIA, newest first: who saved it and when, whether it was signed off, and its PDF. */
export function CiaVersions({ cia }: { cia: CiaResponse }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const versions = [...cia.versions].sort((a, b) => b.version - a.version);
  const latest = versions[0]?.version ?? cia.version;
  return (
    <div className="table-scroll" role="region" aria-labelledby="cia-versions-caption" tabIndex={0}>
      <table className="table table--dense">
        <caption id="cia-versions-caption" className="visually-hidden">
          {t('tension.cia.versionsHeading')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tension.cia.version')}</th>
            <th scope="col">{t('tension.cia.saved')}</th>
            <th scope="col">{t('tension.cia.signedOff')}</th>
            <th scope="col">{t('tension.cia.pdf')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} aria-current={v.version === cia.version ? 'true' : undefined} className={v.version === cia.version ? 'row--current' : undefined}>
              <th scope="row" className="nowrap">
                {v.version === cia.version ? (
                  <>
                    {t('tension.cia.versionN', { version: v.version })} <span className="table-detail">{t('tension.cia.shown')}</span>
                  </>
                ) : (
                  <Link to={v.version === latest ? `/tension/cias/${cia.id}` : `/tension/cias/${cia.id}?version=${v.version}`}>{t('tension.cia.versionN', { version: v.version })}</Link>
                )}
                {v.version === latest && <span className="table-detail">{t('tension.cia.latest')}</span>}
              </th>
              <td>
                <time dateTime={v.savedAt}>{formatDateTime(v.savedAt, lang)}</time>
                <span className="table-detail">{v.savedBy}</span>
              </td>
              <td>
                {v.signedOffBy && v.signedOffAt ? (
                  <>
                    <strong className="status status--ok">{t('tension.cia.signedOffYes')}</strong>
                    <span className="table-detail">{t('tension.assessment.by', { name: v.signedOffBy, when: formatDateTime(v.signedOffAt, lang) })}</span>
                  </>
                ) : (
                  t('tension.cia.notSignedOff')
                )}
              </td>
              <td>
                <a href={ciaPdfHref(cia.id, v.version)} download>
                  {t('tension.cia.download')}
                  <span className="visually-hidden"> {t('tension.cia.versionN', { version: v.version })}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
