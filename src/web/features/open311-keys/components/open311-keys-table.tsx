import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Open311KeyResponse } from '../../../../shared/open311/contract.ts';
import { describeError } from '../../../components/query-status.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useRevokeOpen311Key } from '../api/revoke-open311-key.ts';

const revokeButtonId = (id: string) => `revoke-key-${id}`;

type Outcome = { kind: 'revoked' | 'already'; organisation: string } | { kind: 'error'; error: unknown };

/** Asks before revoking: a revoked key cannot be brought back. Takes focus when it opens. */
function ConfirmRevoke({ keyToRevoke, busy, onConfirm, onCancel }: { keyToRevoke: Open311KeyResponse; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [keyToRevoke.id]);
  const { organisation } = keyToRevoke;
  return (
    <div className="panel" ref={ref} tabIndex={-1} aria-labelledby="confirm-revoke-heading">
      <h3 id="confirm-revoke-heading">{t('open311Keys.confirmHeading', { organisation })}</h3>
      <p>{t('open311Keys.confirmBody', { organisation })}</p>
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={onConfirm}>
          {busy ? t('open311Keys.revoking') : t('open311Keys.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('open311Keys.cancel')}
        </button>
      </div>
    </div>
  );
}

/** What became of the last revocation; focused, because the confirmation it replaces had focus. */
function RevokeOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [outcome]);
  if (outcome.kind === 'error') {
    return (
      <div className="notice notice--error" role="alert" ref={ref} tabIndex={-1}>
        <p>{describeError(outcome.error, t)}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--ok" role="status" ref={ref} tabIndex={-1}>
      <p>{outcome.kind === 'revoked' ? t('open311Keys.revokedNotice', { organisation: outcome.organisation }) : t('open311Keys.alreadyRevoked')}</p>
    </div>
  );
}

export function Open311KeysTable({ keys }: { keys: readonly Open311KeyResponse[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const revoke = useRevokeOpen311Key();
  const [confirming, setConfirming] = useState<Open311KeyResponse | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function ask(key: Open311KeyResponse) {
    setOutcome(null);
    setConfirming(key);
  }

  function cancel() {
    const id = confirming?.id;
    setConfirming(null);
    if (id) {
      document.getElementById(revokeButtonId(id))?.focus();
    }
  }

  function confirm() {
    if (!confirming || revoke.isPending) {
      return;
    }
    const { id, organisation } = confirming;
    revoke.mutate(id, {
      onSuccess: () => setOutcome({ kind: 'revoked', organisation }),
      onError: (error) => setOutcome(isApiError(error, 409) ? { kind: 'already', organisation } : { kind: 'error', error }),
      onSettled: () => setConfirming(null),
    });
  }

  return (
    <>
      {outcome && <RevokeOutcome outcome={outcome} />}
      {confirming && <ConfirmRevoke keyToRevoke={confirming} busy={revoke.isPending} onConfirm={confirm} onCancel={cancel} />}
      {keys.length === 0 ? (
        <p>{t('open311Keys.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="open311-keys-caption" tabIndex={0}>
          <table className="table">
            <caption id="open311-keys-caption" className="table__caption">
              {t('open311Keys.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('open311Keys.organisation')}</th>
                <th scope="col">{t('open311Keys.issued')}</th>
                <th scope="col">{t('open311Keys.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('open311Keys.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => {
                const issued = formatDateTime(key.createdAt, lang);
                return (
                  <tr key={key.id}>
                    <th scope="row" className="break">
                      {key.organisation}
                    </th>
                    <td className="nowrap">{issued}</td>
                    <td>
                      {key.revokedAt ? (
                        <>
                          <span className="status status--muted">{t('open311Keys.revoked')}</span>{' '}
                          <span className="nowrap">{formatDateTime(key.revokedAt, lang)}</span>
                        </>
                      ) : (
                        <span className="status status--ok">{t('open311Keys.active')}</span>
                      )}
                    </td>
                    <td>
                      {!key.revokedAt && (
                        <button
                          type="button"
                          id={revokeButtonId(key.id)}
                          className="button button--secondary"
                          onClick={() => ask(key)}
                        >
                          {t('open311Keys.revoke')}
                          <span className="visually-hidden"> {t('open311Keys.revokeWhich', { organisation: key.organisation, date: issued })}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
