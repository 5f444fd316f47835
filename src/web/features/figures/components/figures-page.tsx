import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { londonToday } from '../../cases/london-input.ts';
import { figuresQueryOptions } from '../api/get-figures.ts';
import { AreaTable, StrandTable, TotalsTable } from './figure-tables.tsx';
import '../../../styles/cases.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The inspector's figures for the daily management meeting (seed 002 §12, §14): one day, 7 and 28 days. */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('date') ?? '';
  const date = DAY.test(asked) ? asked : undefined;
  const figures = useQuery(figuresQueryOptions(date));
  const f = figures.data;
  const locale = i18n.resolvedLanguage === 'cy' ? 'cy-GB' : 'en-GB';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // A calendar day, not an instant: noon UTC, so no zone moves it. "Mon 23 Nov 2026", built from parts like date-format.ts.
  const dayName = (day: string) => {
    const parts = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(`${day}T12:00:00Z`));
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
  };

  return (
    <>
      <PageHeading>{t('figures.title')}</PageHeading>
      <form
        className="filters filters--inline"
        role="search"
        aria-label={t('figures.dateForm')}
        onSubmit={(event) => {
          event.preventDefault();
          const day = String(new FormData(event.currentTarget).get('date') ?? '');
          setSearchParams(DAY.test(day) ? { date: day } : {});
        }}
      >
        <TextField id="figures-date" name="date" type="date" label={t('figures.date')} hint={t('figures.dateHint')} defaultValue={date ?? londonToday()} key={date ?? 'today'} className="form-input--medium" />
        <div className="button-row">
          <button type="submit" className="button">
            {t('figures.show')}
          </button>
          {date && <Link to="/figures">{t('figures.today')}</Link>}
        </div>
      </form>

      {figures.isPending && <Loading />}
      {figures.isError && <QueryError error={figures.error} onRetry={() => void figures.refetch()} />}
      {f && (
        <div aria-busy={figures.isPlaceholderData || undefined}>
          <h2 className="visually-hidden">{t('figures.headlineHeading')}</h2>
          <dl className="counts counts--large">
            <div className="counts__item">
              <dt>{t('figures.open')}</dt>
              <dd>
                <Link to="/reports?status=open">{f.open}</Link>
              </dd>
            </div>
            <div className={`counts__item${f.overdueAttendance > 0 ? ' counts__item--danger' : ''}`}>
              <dt>{t('figures.overdue')}</dt>
              <dd>{f.overdueAttendance}</dd>
            </div>
            <div className={`counts__item${f.recordingBreaches > 0 ? ' counts__item--danger' : ''}`}>
              <dt>
                <abbr title={t('glossary.ncrs')}>{t('figures.breaches')}</abbr>
              </dt>
              <dd>{f.recordingBreaches}</dd>
            </div>
            <div className="counts__item">
              <dt>{t('figures.compliance')}</dt>
              <dd>
                {f.compliance.rate === null ? t('figures.noReviews') : percent.format(f.compliance.rate)}
                <span className="counts__detail">{t('figures.complianceDetail', { compliant: f.compliance.compliant, reviewed: f.compliance.reviewed })}</span>
              </dd>
            </div>
          </dl>
          <p className="form-hint">{t('figures.periodsHint', { date: dayName(f.date) })}</p>
          <h2>{t('figures.totalsHeading')}</h2>
          <TotalsTable figures={f} />
          <h2>{t('figures.strandHeading')}</h2>
          <StrandTable figures={f} />
          <h2>{t('figures.areaHeading')}</h2>
          <AreaTable figures={f} />
        </div>
      )}
    </>
  );
}
