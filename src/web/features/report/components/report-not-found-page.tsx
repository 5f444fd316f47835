import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REPORT_PATH } from '../report-flow.ts';
import { useReportHeading } from './use-report-heading.ts';

/** An unknown address under /report: kept inside the public frame, with its exit and its help. */
export function ReportNotFoundPage() {
  const { t } = useTranslation('report');
  const heading = useReportHeading(t('notFound.title'));
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="page-heading">
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={REPORT_PATH}>{t('notFound.link')}</Link>
      </p>
    </>
  );
}
