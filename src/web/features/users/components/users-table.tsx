import { useTranslation } from 'react-i18next';
import type { UserResponse } from '../../../../shared/platform/contract.ts';

export function UsersTable({ users }: { users: readonly UserResponse[] }) {
  const { t } = useTranslation();
  if (users.length === 0) {
    return <p>{t('users.empty')}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="table">
        <caption id="users-caption" className="table__caption">
          {t('users.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name}</th>
              <td className="break">{user.email}</td>
              <td>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
              <td>
                <span className={`status status--${user.disabled ? 'muted' : 'ok'}`}>
                  {user.disabled ? t('users.disabled') : t('users.active')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
