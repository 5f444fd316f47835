import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSignOffCia } from '../api/cias.ts';
import type { CiaResponse } from '../types.ts';

/**
 * Signing off the version on screen (for holders of tension:sign_off, on the latest version while it
 * is a draft). The version is named in the request, so a newer one saved meanwhile is not signed unseen.
 */
export function CiaSignOff({ cia }: { cia: CiaResponse }) {
  const { t } = useTranslation();
  const signOff = useSignOffCia(cia.id);
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="cia-sign-off-heading" className="sign-off">
      <h2 id="cia-sign-off-heading">{t('tension.cia.signOffHeading')}</h2>
      {done ? (
        <p className="notice notice--ok" role="status">
          {t('tension.cia.signedOffNotice', { version: cia.version })}
        </p>
      ) : (
        <>
          <p>{t('tension.cia.signOffHint', { version: cia.version })}</p>
          {signOff.isError &&
            (isApiError(signOff.error, 409) ? (
              <p className="notice notice--error" role="alert">
                {t('tension.cia.signOffConflict')}
              </p>
            ) : (
              <QueryError error={signOff.error} />
            ))}
          <button
            type="button"
            className="button"
            aria-disabled={signOff.isPending || undefined}
            onClick={() => {
              if (!signOff.isPending) {
                signOff.mutate(cia.version, { onSuccess: () => setDone(true) });
              }
            }}
          >
            {signOff.isPending ? t('tension.form.saving') : t('tension.cia.signOff', { version: cia.version })}
          </button>
        </>
      )}
    </section>
  );
}
