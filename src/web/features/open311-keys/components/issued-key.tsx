import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type IssuedKeyProps = { organisation: string; apiKey: string; endpoint: string; onDismiss: () => void };

/** The one and only showing of a new API key; it lives in this component's state, nowhere else. */
export function IssuedKey({ organisation, apiKey, endpoint, onDismiss }: IssuedKeyProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => ref.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied(true);
    } catch {
      setCopied(false); // clipboard refused (no permission, or not https): the text is there to select
    }
  }

  return (
    <div className="panel panel--important" ref={ref} tabIndex={-1} aria-labelledby="issued-key-heading">
      <h3 id="issued-key-heading">{t('open311Keys.issuedHeading', { organisation })}</h3>
      <p>
        <strong>{t('open311Keys.issuedOnce')}</strong> {t('open311Keys.issuedBody', { organisation })}
      </p>
      <p>
        <code className="secret" translate="no">
          {apiKey}
        </code>
      </p>
      <p>
        {t('open311Keys.endpoint')}{' '}
        <code className="break" translate="no">
          {endpoint}
        </code>
      </p>
      <p>{t('open311Keys.issuedLost')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('open311Keys.copy')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('open311Keys.dismiss')}
        </button>
        <span role="status" className="form-hint">
          {copied ? t('open311Keys.copied') : ''}
        </span>
      </div>
    </div>
  );
}
