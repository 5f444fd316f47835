import { useTranslation } from 'react-i18next';
import { useSignOut } from '../api/sign-out.ts';

export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <>
      <button
        type="button"
        className="button button--header"
        onClick={() => {
          if (!signOut.isPending) {
            signOut.mutate();
          }
        }}
        aria-disabled={signOut.isPending || undefined}
      >
        {t('header.signOut')}
      </button>
      {signOut.isError && (
        <p className="header-error" role="alert">
          {t('header.signOutFailed')}
        </p>
      )}
    </>
  );
}
