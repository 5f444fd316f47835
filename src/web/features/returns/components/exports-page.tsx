import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, londonDay } from '../../../../shared/london-time.ts';
import { PageHeading } from '../../../components/page-heading.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { downloads } from '../api/paths.ts';
import { formatMonth } from '../format.ts';
import { ReturnsNav } from './returns-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const FIRST_YEAR = 2020;

/** "2025/26": a financial year by the year it starts in, as the Home Office names it. */
const financialYear = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** The Home Office's annual data requirement: recorded hate crimes for a financial year. */
function HomeOfficeExport({ today }: { today: string }) {
  const { t } = useTranslation();
  const [y, m] = today.split('-').map(Number);
  // The latest complete financial year is the usual ask; the running one is offered too, to date.
  const current = (m ?? 1) >= 4 ? (y ?? FIRST_YEAR) : (y ?? FIRST_YEAR) - 1;
  const years = Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => current - i);
  const [year, setYear] = useState(String(current - 1));
  return (
    <section className="export-panel" aria-labelledby="export-home-office">
      <h2 id="export-home-office">{t('returns.exports.homeOffice.heading')}</h2>
      <p>{t('returns.exports.homeOffice.what')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="export-year">
          {t('returns.exports.homeOffice.year')}
        </label>
        <p id="export-year-hint" className="form-hint">
          {t('returns.exports.homeOffice.yearHint')}
        </p>
        <select id="export-year" className="form-select" aria-describedby="export-year-hint" value={year} onChange={(e) => setYear(e.target.value)}>
          {years.map((start) => (
            <option key={start} value={String(start)}>
              {start === current ? t('returns.exports.homeOffice.running', { year: financialYear(start) }) : financialYear(start)}
            </option>
          ))}
        </select>
      </div>
      <p>
        <a className="button button--secondary" href={downloads.homeOffice(year)} download>
          {t('returns.exports.homeOffice.download', { year: financialYear(Number(year)) })}
        </a>
      </p>
    </section>
  );
}

/** data.police.uk's street-level crime file: one month of recorded hate crimes, in their columns. */
function StreetCrimeExport({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  // Last month: data.police.uk publishes whole months, after they end.
  const [month, setMonth] = useState(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7));
  const valid = MONTH.test(month);
  return (
    <section className="export-panel" aria-labelledby="export-street-crime">
      <h2 id="export-street-crime">{t('returns.exports.streetCrime.heading')}</h2>
      <p>{t('returns.exports.streetCrime.what')}</p>
      <TextField
        id="export-month"
        name="month"
        type="month"
        label={t('returns.exports.streetCrime.month')}
        hint={t('returns.exports.streetCrime.monthHint')}
        error={valid ? undefined : t('returns.exports.streetCrime.monthError')}
        max={today.slice(0, 7)}
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        className="form-input--medium"
      />
      {valid && (
        <p>
          <a className="button button--secondary" href={downloads.streetCrime(month)} download>
            {t('returns.exports.streetCrime.download', { month: formatMonth(month, i18n.resolvedLanguage) })}
          </a>
        </p>
      )}
    </section>
  );
}

/** `/returns/exports`: the national files Cohesion writes, each a link built from its period. */
export function ExportsPage() {
  const { t } = useTranslation();
  const today = londonDay(new Date());
  return (
    <>
      <ReturnsNav />
      <PageHeading>{t('returns.exports.title')}</PageHeading>
      <p>{t('returns.exports.intro')}</p>
      <HomeOfficeExport today={today} />
      <StreetCrimeExport today={today} />
    </>
  );
}
