import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { londonToday } from '../../cases/london-input.ts';
import { dailyPackQueryOptions, useGenerateDailyPack } from '../api/daily-pack.ts';
import { downloads } from '../api/paths.ts';
import { formatDay } from '../format.ts';
import type { DailyPack } from '../types.ts';
import { HeadlineTable, PackAreaTable, PackStrandTable, PackTrend } from './daily-pack-figures.tsx';
import { PackCases, PackNotable, PackTension } from './daily-pack-sections.tsx';
import { NotAvailable } from './not-available.tsx';
import { ReturnsNav } from './returns-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';
import '../../../styles/returns.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where the pack on screen came from: kept when generated (what the meeting read), or worked out now. */
function Provenance({ pack }: { pack: DailyPack }) {
  const { t, i18n } = useTranslation();
  const when = formatDateTime(pack.generatedAt, i18n.resolvedLanguage);
  return pack.stored ? (
    <p className="pack-provenance pack-provenance--stored">{t('returns.pack.stored', { when, who: pack.generatedBy })}</p>
  ) : (
    <p className="pack-provenance">
      <strong>{t('returns.pack.live', { when })}</strong> <span className="pack-provenance__hint">{t('returns.pack.liveHint')}</span>
    </p>
  );
}

/** PDF, workbook and "generate and keep now": what to take into the meeting. None of these print. */
function PackActions({ date, pack }: { date: string | undefined; pack: DailyPack }) {
  const { t, i18n } = useTranslation();
  const generate = useGenerateDailyPack(date);
  return (
    <div className="pack-actions">
      <div className="button-row">
        <a className="button button--secondary" href={downloads.dailyPack('pdf', pack.date)} download>
          {t('returns.pack.downloadPdf')}
        </a>
        <a className="button button--secondary" href={downloads.dailyPack('xlsx', pack.date)} download>
          {t('returns.pack.downloadXlsx')}
        </a>
        <button
          type="button"
          className="button"
          aria-disabled={generate.isPending || undefined}
          aria-describedby="pack-generate-hint"
          onClick={() => {
            if (!generate.isPending) {
              generate.mutate();
            }
          }}
        >
          {generate.isPending ? t('returns.pack.generating') : t('returns.pack.generate')}
        </button>
      </div>
      <p id="pack-generate-hint" className="form-hint">
        {t('returns.pack.generateHint')}
      </p>
      <p role="status" className="pack-actions__status">
        {generate.isSuccess ? t('returns.pack.generated', { date: formatDay(generate.data.date, i18n.resolvedLanguage) }) : ''}
      </p>
      {generate.isError && <QueryError error={generate.error} />}
    </div>
  );
}

/**
 * `/returns/daily-pack?date=`: the daily management meeting pack (SCENARIO.md, 07:00 every morning):
 * the figures against last year, the 28-day line, cases, notable incidents and the tension picture.
 * The page itself prints as the pack (returns.css), for those who take paper into the meeting.
 */
export function DailyPackPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = searchParams.get('date') ?? '';
  const date = DAY.test(asked) ? asked : undefined;
  const query = useQuery(dailyPackQueryOptions(date));
  const pack = query.data;

  return (
    <div className="pack">
      <ReturnsNav />
      <PageHeading>{t('returns.pack.title')}</PageHeading>
      <form
        className="filters filters--inline"
        role="search"
        aria-label={t('returns.pack.dateForm')}
        onSubmit={(event) => {
          event.preventDefault();
          const day = String(new FormData(event.currentTarget).get('date') ?? '');
          setSearchParams(DAY.test(day) ? { date: day } : {});
        }}
      >
        <TextField id="pack-date" name="date" type="date" label={t('returns.pack.date')} hint={t('returns.pack.dateHint')} defaultValue={date ?? londonToday()} key={date ?? 'today'} className="form-input--medium" />
        <div className="button-row">
          <button type="submit" className="button">
            {t('returns.pack.show')}
          </button>
          {date && <Link to="/returns/daily-pack">{t('returns.pack.today')}</Link>}
        </div>
      </form>

      {query.isPending && <Loading />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {pack && (
        <div aria-busy={query.isPlaceholderData || undefined}>
          <p className="marking">
            <span className="visually-hidden">{t('caseView.header.marking')}: </span>
            OFFICIAL-SENSITIVE
          </p>
          <p className="pack-title">{t('returns.pack.subtitle', { force: pack.forceName, date: formatDay(pack.date, lang) })}</p>
          <Provenance pack={pack} />
          <PackActions date={date} pack={pack} />

          <section className="pack-section" aria-labelledby="pack-figures">
            <h2 id="pack-figures">{t('returns.pack.figuresHeading')}</h2>
            <p className="form-hint">{t('returns.pack.figuresHint')}</p>
            <HeadlineTable pack={pack} />
            <PackTrend pack={pack} />
          </section>
          <section className="pack-section" aria-labelledby="pack-strands-heading">
            <h2 id="pack-strands-heading">{t('returns.pack.strandHeading')}</h2>
            <PackStrandTable pack={pack} />
          </section>
          <section className="pack-section" aria-labelledby="pack-areas-heading">
            <h2 id="pack-areas-heading">{t('returns.pack.areaHeading')}</h2>
            <PackAreaTable pack={pack} />
          </section>
          <section className="pack-section" aria-labelledby="pack-cases">
            <h2 id="pack-cases">{t('returns.pack.casesHeading')}</h2>
            <PackCases pack={pack} />
          </section>
          <section className="pack-section" aria-labelledby="pack-notable">
            <h2 id="pack-notable">{t('returns.pack.notableHeading')}</h2>
            <p className="form-hint">{t('returns.pack.notableHint')}</p>
            <PackNotable pack={pack} />
          </section>
          <section className="pack-section" aria-labelledby="pack-tension">
            <h2 id="pack-tension">{t('returns.pack.tensionHeading')}</h2>
            <PackTension pack={pack} />
          </section>
          <section className="pack-section" aria-labelledby="pack-patrols">
            <h2 id="pack-patrols">{t('returns.pack.patrolsHeading')}</h2>
            <NotAvailable what="patrols" />
          </section>
        </div>
      )}
    </div>
  );
}
