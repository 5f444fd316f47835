import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/date-format.ts';
import { useReportStatus } from '../api/get-report-status.ts';
import { asciiDigits } from '../report-dates.ts';
import { reportMessage } from '../report-validation.ts';
import { useReportHeading } from './use-report-heading.ts';

// The server's own pattern for references (public-reports.routes.ts); checked here to save a trip.
const REFERENCE = /^[A-Z0-9]{2,10}-[A-Z]{2}-\d{4}-\d{6}$/;

const normaliseReference = (text: string) => asciiDigits(text).replace(/\s+/g, '').toUpperCase();

function validate(reference: string, secret: string): FormError[] {
  const errors: FormError[] = [];
  if (!reference) {
    errors.push({ fieldId: 'reference', message: reportMessage('status.errors.reference') });
  } else if (!REFERENCE.test(reference)) {
    errors.push({ fieldId: 'reference', message: reportMessage('status.errors.referenceFormat') });
  }
  if (!secret) {
    errors.push({ fieldId: 'secret', message: reportMessage('status.errors.secret') });
  }
  return errors;
}

function statusErrors(error: unknown): FormError[] {
  if (isApiError(error, 404) || isApiError(error, 400)) {
    return [{ fieldId: 'reference', message: reportMessage('status.errors.notFound') }];
  }
  if (isApiError(error, 429)) {
    return [{ message: reportMessage('status.errors.rateLimited') }];
  }
  return [{ message: reportMessage(isApiError(error, 0) ? 'check.errors.network' : 'check.errors.generic') }];
}

/** Reference and secret in, the report's progress out, in plain words and London time. */
export function StatusPage() {
  const { t, i18n } = useTranslation('report');
  const { t: tShared } = useTranslation();
  const [searchParams] = useSearchParams();
  const [reference, setReference] = useState(() => searchParams.get('reference') ?? '');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const status = useReportStatus();
  const heading = useReportHeading(t('status.title'), errors.length > 0);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status.isPending) {
      return;
    }
    const ref = normaliseReference(reference);
    const code = asciiDigits(secret).trim();
    const problems = validate(ref, code);
    setErrors(problems);
    status.reset();
    if (problems.length === 0) {
      status.mutate({ reference: ref, secret: code }, { onError: (error) => setErrors(statusErrors(error)) });
    }
  }

  const result = status.data;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {t('status.title')}
      </h1>
      <p>{t('status.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id="reference"
          name="reference"
          label={t('status.reference')}
          hint={t('status.referenceHint')}
          error={errorFor(errors, 'reference', tShared)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
        />
        <TextField
          id="secret"
          name="secret"
          label={t('status.secret')}
          hint={t('status.secretHint')}
          error={errorFor(errors, 'secret', tShared)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          value={secret}
          onChange={(event) => setSecret(event.currentTarget.value)}
        />
        <button type="submit" className="button button--large" aria-disabled={status.isPending || undefined}>
          {t('status.submit')}
        </button>
      </form>
      <div role="status" className="status-result">
        {status.isPending && <p className="form-hint">{t('status.checking')}</p>}
        {result && (
          <section className="notice notice--ok" aria-labelledby="status-heading">
            <h2 id="status-heading" className="notice__heading">
              {t('status.resultHeading', { reference: result.reference })}
            </h2>
            <dl className="summary-list summary-list--plain">
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('status.state')}</dt>
                <dd className="summary-list__value">
                  <strong data-testid="status">{t(`status.states.${result.status}`)}</strong>
                  <span className="answer-line">{t(`status.explain.${result.status}`)}</span>
                </dd>
              </div>
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('status.kind')}</dt>
                <dd className="summary-list__value">{t(`status.kinds.${result.kind}`)}</dd>
              </div>
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('status.receivedAt')}</dt>
                <dd className="summary-list__value">{formatDateTime(result.receivedAt, i18n.language)}</dd>
              </div>
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('status.updatedAt')}</dt>
                <dd className="summary-list__value">{formatDateTime(result.updatedAt, i18n.language)}</dd>
              </div>
              {result.crimeNumber && (
                <div className="summary-list__row">
                  <dt className="summary-list__key">{t('status.crimeNumber')}</dt>
                  <dd className="summary-list__value" dir="ltr" translate="no">
                    {result.crimeNumber}
                  </dd>
                </div>
              )}
            </dl>
          </section>
        )}
      </div>
    </>
  );
}
