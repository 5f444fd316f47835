import { useTranslation } from 'react-i18next';
import { strands } from '../../cases/options.ts';
import { areaFields, forceFields } from '../summary-text.ts';
import type { TensionSummaryResponse } from '../types.ts';
import { AreaFacts } from './summary-area-facts.tsx';

/** Text as written, line breaks kept; an empty part says so rather than leaving a gap. */
function Prose({ text }: { text: string }) {
  const { t } = useTranslation();
  return text ? (
    <p className="prose" dir="auto">
      {text}
    </p>
  ) : (
    <p className="status--muted">{t('returns.summary.empty')}</p>
  );
}

/** The parts of an area left blank, named on one line: ten areas of empty headings would bury the rest. */
function EmptyParts({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  return names.length === 0 ? null : <p className="status--muted">{t('returns.summary.nothingWritten', { parts: names.join(', ') })}</p>;
}

/** The force's totals for the period, by strand (a report with two strands counts in both). */
function Totals({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  const totals = summary.compiled.totals;
  return (
    <div className="table-scroll" role="region" aria-labelledby="cts-totals-caption" tabIndex={0}>
      <table className="table table--dense figures-table returns-narrow-table">
        <caption id="cts-totals-caption" className="table__caption">
          {t('returns.summary.totalsCaption', { crimes: totals.hateCrimes, incidents: totals.hateIncidents })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('returns.pack.strand')}</th>
            <th scope="col" className="figures-table__number">
              {t('returns.summary.reports')}
            </th>
          </tr>
        </thead>
        <tbody>
          {strands.map((s) => (
            <tr key={s}>
              <th scope="row">{t(`cases.strand.${s}`)}</th>
              <td className="figures-table__number">{totals.byStrand[s] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {totals.outsideAreas > 0 && <p className="form-hint">{t('returns.summary.outsideAreas', { n: totals.outsideAreas })}</p>}
    </div>
  );
}

/**
 * A return as the national team will read it: the force-wide text and totals, then each policing
 * area's compiled facts and text. Read-only: the edit page has the same layout with boxes.
 */
export function SummaryContent({ summary }: { summary: TensionSummaryResponse }) {
  const { t } = useTranslation();
  const { compiled, text } = summary;
  return (
    <>
      <section className="cts-section" aria-labelledby="cts-force">
        <h2 id="cts-force">{t('returns.summary.forceHeading', { force: summary.forceName })}</h2>
        {forceFields.map((field) => (
          <div key={field}>
            <h3>{t(`returns.summary.fields.${field}`)}</h3>
            <Prose text={text[field]} />
          </div>
        ))}
        <Totals summary={summary} />
      </section>
      <nav className="contents" aria-labelledby="cts-contents">
        <h2 id="cts-contents" className="contents__heading">
          {t('returns.summary.areasHeading')}
        </h2>
        <ul className="contents__list">
          {compiled.areas.map((a) => (
            <li key={a.areaId}>
              <a href={`#cts-area-${a.areaId}`}>{a.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {compiled.areas.map((area) => {
        const areaText = text.areas.find((a) => a.areaId === area.areaId);
        return (
          <section key={area.areaId} id={`cts-area-${area.areaId}`} className="cts-section cts-area" aria-labelledby={`cts-area-heading-${area.areaId}`}>
            <h2 id={`cts-area-heading-${area.areaId}`}>{area.name}</h2>
            <AreaFacts area={area} scale={compiled.scale} />
            {areaFields
              .filter((field) => areaText?.[field])
              .map((field) => (
                <div key={field}>
                  <h3 className="cts-area__part">{t(`returns.summary.fields.${field === 'summary' ? 'areaSummary' : field}`)}</h3>
                  <Prose text={areaText?.[field] ?? ''} />
                </div>
              ))}
            <EmptyParts names={areaFields.filter((field) => !areaText?.[field]).map((field) => t(`returns.summary.fieldsShort.${field}`))} />
          </section>
        );
      })}
    </>
  );
}
