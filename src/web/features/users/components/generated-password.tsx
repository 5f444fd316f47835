import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type GeneratedPasswordProps = { name: string; password: string; onDismiss: () => void };

/** The one and only showing of a password Cohesion made up; it lives in this component's state. */
export function GeneratedPassword({ name, password, onDismiss }: GeneratedPasswordProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => ref.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false); // clipboard refused (no permission, or not https): the text is there to select
    }
  }

  return (
    <div className="panel panel--important" ref={ref} tabIndex={-1} aria-labelledby="generated-password-heading">
      <h3 id="generated-password-heading">{t('users.generatedHeading', { name })}</h3>
      <p>{t('users.generatedBody')}</p>
      <p>
        <code className="secret" translate="no">
          {password}
        </code>
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('users.copy')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('users.dismiss')}
        </button>
        <span role="status" className="form-hint">
          {copied ? t('users.copied') : ''}
        </span>
      </div>
    </div>
  );
}
