import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import { SelectField } from '../../cases/components/fields.tsx';
import { ids } from '../assessment-draft.ts';
import type { AssessmentSummary, CommunityResponse, MapArea, TensionLevel } from '../types.ts';
import { levelOf } from '../labels.ts';
import { LevelTag } from './level-tag.tsx';
import { TrendText } from './trend-text.tsx';

type Props = {
  areas: readonly MapArea[];
  communities: readonly CommunityResponse[];
  scale: readonly TensionLevel[];
  areaId: string;
  communityId: string;
  onChange: (areaId: string, communityId: string) => void;
  /** The assessment this one will supersede, as the author last saw it; null when there is none; undefined while loading. */
  basis: AssessmentSummary | null | undefined;
  errors: readonly FormError[];
};

/** Which area (and, optionally, which community in it) is assessed, and the assessment the new one replaces. */
export function AssessmentWhere({ areas, communities, scale, areaId, communityId, onChange, basis, errors }: Props) {
  const { t, i18n } = useTranslation();
  const inArea = communities.filter((c) => c.areaId === null || c.areaId === areaId);
  return (
    <fieldset className="fieldset form-section">
      <legend className="form-section__legend">{t('tension.form.whereHeading')}</legend>
      <div className="field-pair">
        <SelectField
          id={ids.areaId}
          name="areaId"
          label={t('tension.form.area')}
          placeholder={t('tension.form.choose')}
          error={errorFor(errors, ids.areaId, t)}
          options={[...areas].sort((a, b) => a.name.localeCompare(b.name)).map((a) => ({ value: a.id, label: a.name }))}
          value={areaId}
          onChange={(event) => {
            const next = event.target.value;
            // A community of another area cannot be assessed in this one.
            const keep = communities.some((c) => c.id === communityId && (c.areaId === null || c.areaId === next));
            onChange(next, keep ? communityId : '');
          }}
        />
        <SelectField
          id={ids.communityId}
          name="communityId"
          label={t('tension.form.community')}
          hint={t('tension.form.communityHint')}
          error={errorFor(errors, ids.communityId, t)}
          options={[
            { value: '', label: t('tension.form.wholeArea') },
            ...inArea.map((c) => ({ value: c.id, label: c.areaId ? c.name : t('tension.form.forceWideCommunity', { name: c.name }) })),
          ]}
          value={communityId}
          onChange={(event) => onChange(areaId, event.target.value)}
        />
      </div>
      {areaId && (
        <div className="notice current-assessment" aria-live="polite">
          {basis === undefined ? (
            <p>{t('app.loading')}</p>
          ) : basis === null ? (
            <p>{t('tension.form.noCurrent')}</p>
          ) : (
            <p>
              {t('tension.form.current')} <LevelTag label={basis.levelLabel} colour={levelOf(scale, basis.level)?.colour ?? null} />, <TrendText trend={basis.trend} /> –{' '}
              {t('tension.assessment.by', { name: basis.assessedBy, when: formatDateTime(basis.assessedAt, i18n.resolvedLanguage) })}.{' '}
              <Link to={`/tension/assessments/${basis.id}`} target="_blank" rel="noopener">
                {t('tension.form.readCurrent')}
              </Link>
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
