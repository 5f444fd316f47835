import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useMe } from '../../../lib/auth.ts';

/** "What you can do": one plain sentence per permission the user's roles grant. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p className="lead">{t('home.intro', { name: me.user.name, force: me.force.name })}</p>

      {me.permissions.length > 0 ? (
        <>
          <p>{t('home.permissionsIntro')}</p>
          <ul className="list list--bullet">
            {me.permissions.map((permission) => (
              <li key={permission}>{t(`permissions.${permission}`)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('home.noPermissions')}</p>
      )}

      <h2>{t('home.rolesHeading')}</h2>
      {me.roles.length > 0 ? (
        <ul className="tag-list">
          {me.roles.map((role) => (
            <li key={role} className="tag">
              {t(`roles.${role}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.noRoles')}</p>
      )}

      <h2>{t('home.modulesHeading')}</h2>
      <p>{t('home.modulesNote')}</p>
    </>
  );
}
