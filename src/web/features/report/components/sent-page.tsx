import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STATUS_PATH, stepPath } from '../report-flow.ts';
import { loadReceipt } from '../sent-receipt.ts';
import { PoliceLines, SupportLines } from './help-lines.tsx';
import { PhotoUploads } from './photo-uploads.tsx';
import { useReportHeading } from './use-report-heading.ts';

/**
 * The reference and secret, shown once and large; how the photos are going, if there are any;
 * what happens next; where to find support.
 */
export function SentPage() {
  const { t } = useTranslation('report');
  const [receipt] = useState(loadReceipt);
  const [copied, setCopied] = useState(false);
  const heading = useReportHeading(t('sent.title'));

  async function copy() {
    if (!receipt) {
      return;
    }
    try {
      await navigator.clipboard.writeText(`${t('sent.reference')}: ${receipt.reference}\n${t('sent.secret')}: ${receipt.secret}`);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard (not https, or refused): the codes are there to write down
    }
  }

  if (!receipt) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1} className="page-heading">
          {t('sent.title')}
        </h1>
        <p>{t('sent.missing')}</p>
        <p>
          <Link to={STATUS_PATH}>{t('sent.statusLink')}</Link>
        </p>
        <SupportLines />
      </>
    );
  }

  return (
    <>
      <div className="confirmation">
        <h1 ref={heading} tabIndex={-1} className="page-heading confirmation__title">
          {t('sent.title')}
        </h1>
        <dl className="receipt">
          <dt>{t('sent.reference')}</dt>
          <dd>
            <code className="receipt__code" dir="ltr" translate="no" data-testid="reference">
              {receipt.reference}
            </code>
          </dd>
          <dt>{t('sent.secret')}</dt>
          <dd>
            <code className="receipt__code" dir="ltr" translate="no" data-testid="secret">
              {receipt.secret}
            </code>
          </dd>
        </dl>
      </div>
      <p className="lead">
        <strong>{t('sent.keep')}</strong>
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('sent.copy')}
        </button>
        <span role="status" className="form-hint">
          {copied ? t('sent.copied') : ''}
        </span>
      </div>
      <PhotoUploads reference={receipt.reference} />
      <h2>{t('sent.nextHeading')}</h2>
      <ul className="list--bullet">
        <li>{t('sent.next')}</li>
        <li>{receipt.anonymous ? t('sent.nextAnonymous') : t('sent.nextContact')}</li>
        <li>{t('sent.danger')}</li>
      </ul>
      <p>
        <Link to={`${STATUS_PATH}?reference=${encodeURIComponent(receipt.reference)}`}>{t('sent.statusLink')}</Link>
      </p>
      <SupportLines />
      <PoliceLines />
      <p>
        <Link to={stepPath('start')}>{t('sent.another')}</Link>
      </p>
    </>
  );
}
