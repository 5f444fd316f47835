import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type FormError } from '../../../components/error-summary.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { describeError } from '../../../components/query-status.tsx';
import { useImportReports } from '../api/import-reports.ts';

const FILE_ID = 'import-file';

/** Import a CSV or JSON file of reports into the force: all rows or none, every refusal listed. */
export function ImportPage() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const upload = useImportReports();
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (file) {
      upload.mutate(file);
    }
  }

  const result = upload.data;
  const errors: FormError[] = missing ? [{ fieldId: FILE_ID, message: (tr) => tr('importReports.chooseFile') }] : [];
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageHeading hasError={errors.length > 0}>{t('importReports.title')}</PageHeading>
      <p>{t('importReports.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <div className={`form-group${missing ? ' form-group--error' : ''}`}>
          <label className="form-label" htmlFor={FILE_ID}>
            {t('importReports.file')}
          </label>
          <p className="form-hint" id={`${FILE_ID}-hint`}>
            {t('importReports.fileHint')}
          </p>
          {missing && (
            <p className="field-error" id={`${FILE_ID}-error`}>
              {t('importReports.chooseFile')}
            </p>
          )}
          <input
            ref={input}
            id={FILE_ID}
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${FILE_ID}-hint${missing ? ` ${FILE_ID}-error` : ''}`}
          />
        </div>
        <button type="submit" className="button" aria-disabled={upload.isPending || undefined}>
          {t('importReports.submit')}
        </button>
      </form>

      <div role="status" aria-live="polite">
        {upload.isError && <p className="field-error">{describeError(upload.error, t)}</p>}
        {result && result.refused.length === 0 && (
          <p className="notice notice--ok">
            {t('importReports.imported', { count: result.imported })} <Link to="/reports">{t('importReports.seeReports')}</Link>
          </p>
        )}
      </div>
      {result && result.refused.length > 0 && (
        <>
          <h2>{t('importReports.refusedHeading', { count: result.refused.length })}</h2>
          <p>{t('importReports.nothingImported')}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('importReports.refusedHeading', { count: result.refused.length })}>
            <table className="table">
              <caption className="visually-hidden">{t('importReports.refusedHeading', { count: result.refused.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('importReports.row')}</th>
                  <th scope="col">{t('importReports.field')}</th>
                  <th scope="col">{t('importReports.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.refused.map((r) => (
                  <tr key={`${r.row}-${r.field}`}>
                    <td>{r.row}</td>
                    <td>
                      <code>{r.field}</code>
                    </td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
