import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/date-format.ts';
import { ciaTextSections, type CiaTextSection } from '../cia-draft.ts';
import type { CiaResponse, CommunityResponse, MapArea } from '../types.ts';
import { ActionsTable } from './actions-table.tsx';

/** Where each numbered section shows a free-text field. */
const sectionOf: Record<CiaTextSection, number> = {
  communitiesAffected: 2,
  communityProfile: 3,
  impactAssessment: 4,
  tensionIndicators: 5,
  communicationStrategy: 8,
  equalityConsiderations: 9,
};

function Prose({ text }: { text: string }) {
  const { t } = useTranslation();
  return text ? (
    <p className="prose" dir="auto">
      {text}
    </p>
  ) : (
    <p className="status--muted">{t('tension.cia.notWritten')}</p>
  );
}

function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="cia-section" aria-labelledby={`cia-view-${n}`}>
      <h2 id={`cia-view-${n}`} className="cia-section__heading">
        <span className="cia-section__number">{n}.</span> {title}
      </h2>
      {children}
    </section>
  );
}

type Props = { cia: CiaResponse; areas: readonly MapArea[]; communities: readonly CommunityResponse[] };

/** One version of a CIA, section by section in the template's order. */
export function CiaView({ cia, areas, communities }: Props) {
  const { t, i18n } = useTranslation();
  const areaNames = cia.areaIds.map((id) => areas.find((a) => a.id === id)?.name ?? t('tension.cia.unknownArea'));
  const communityNames = cia.communityIds.map((id) => communities.find((c) => c.id === id)?.name ?? t('tension.cia.unknownCommunity'));
  const text = (section: CiaTextSection) => (
    <Section key={section} n={sectionOf[section]} title={t(`tension.cia.sections.${section}`)}>
      {section === 'communitiesAffected' && (
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('tension.cia.fields.areas')}</dt>
            <dd>{areaNames.length > 0 ? areaNames.join(', ') : t('app.none')}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('tension.cia.fields.communities')}</dt>
            <dd>{communityNames.length > 0 ? communityNames.join(', ') : t('app.none')}</dd>
          </div>
        </dl>
      )}
      <Prose text={cia[section]} />
    </Section>
  );
  const [affected, profile, impact, indicators, communication, equality] = ciaTextSections;

  return (
    <>
      <Section n={1} title={t('tension.cia.sections.summary')}>
        <Prose text={cia.summary} />
      </Section>
      {[affected, profile, impact, indicators].map(text)}
      <Section n={6} title={t('tension.cia.sections.risks')}>
        {cia.risks.length === 0 ? (
          <p>{t('tension.cia.noRisks')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="cia-risks-caption" tabIndex={0}>
            <table className="table table--dense">
              <caption id="cia-risks-caption" className="visually-hidden">
                {t('tension.cia.sections.risks')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('tension.cia.riskDescription')}</th>
                  <th scope="col">{t('tension.cia.likelihood')}</th>
                  <th scope="col">{t('tension.cia.impact')}</th>
                </tr>
              </thead>
              <tbody>
                {cia.risks.map((r, i) => (
                  <tr key={`${i}-${r.description}`}>
                    <td className="break" dir="auto">
                      {r.description}
                    </td>
                    <td className={`rag rag--${r.likelihood}`}>{t(`tension.rag.${r.likelihood}`)}</td>
                    <td className={`rag rag--${r.impact}`}>{t(`tension.rag.${r.impact}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section n={7} title={t('tension.cia.sections.mitigations')}>
        <ActionsTable id="cia-mitigations" caption={t('tension.cia.sections.mitigations')} actions={cia.mitigations} />
      </Section>
      {[communication, equality].map(text)}
      <Section n={10} title={t('tension.cia.sections.review')}>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('tension.cia.fields.reviewFrequency')}</dt>
            <dd dir="auto">{cia.reviewFrequency}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('tension.cia.fields.nextReviewAt')}</dt>
            <dd>{formatDateTime(cia.nextReviewAt, i18n.resolvedLanguage)}</dd>
          </div>
        </dl>
      </Section>
    </>
  );
}
