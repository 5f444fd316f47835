import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isAreaGeometry } from '../../../../shared/geo/types.ts';
import { AreaMap, type AreaMapArea } from '../../../components/area-map.tsx';
import { formatDateTime } from '../../../lib/date-format.ts';
import type { MapArea, TensionMapResponse } from '../types.ts';

/** "High, rising": the level with its trend, as the map labels and names each area. */
function levelText(area: MapArea, t: TFunction): string | null {
  if (!area.levelLabel) {
    return null;
  }
  return area.trend ? t('tension.map.levelTrend', { level: area.levelLabel, trend: t(`tension.map.trend.${area.trend}`) }) : area.levelLabel;
}

/** "Assessed Mon 23 Nov 2026, 14:05 – review overdue – 2 open signals": what is worth knowing before opening it. */
function detailOf(area: MapArea, t: TFunction, language: string | undefined): string {
  return [
    area.assessedAt ? t('tension.map.assessed', { when: formatDateTime(area.assessedAt, language) }) : t('tension.map.notAssessed'),
    area.reviewOverdue ? t('tension.review.overdue') : '',
    area.openSignals > 0 ? t('tension.map.openSignals', { n: area.openSignals }) : '',
  ]
    .filter(Boolean)
    .join(' – ');
}

type Props = { map: TensionMapResponse; selectedId: string | undefined; onSelect: (id: string) => void };

/** The policing areas coloured by their current level (highest of the area and its communities), with the force's scale as the key. */
export function TensionMap({ map, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const areas: AreaMapArea[] = map.areas.map((area) => ({
    id: area.id,
    name: area.name,
    geometry: isAreaGeometry(area.geometry) ? area.geometry : null,
    levelLabel: levelText(area, t),
    colour: area.colour,
    detail: detailOf(area, t, i18n.resolvedLanguage),
  }));
  return (
    <AreaMap
      title={t('tension.map.title')}
      areas={areas}
      legend={map.scale.map((l) => ({ label: l.label, colour: l.colour }))}
      labels={{
        showTable: t('tension.map.showTable'),
        showMap: t('tension.map.showMap'),
        legend: t('tension.map.legend'),
        noAssessment: t('tension.level.none'),
        area: t('tension.assessments.area'),
        level: t('tension.assessments.level'),
        detail: t('tension.map.detail'),
      }}
      selectedId={selectedId}
      onSelect={onSelect}
    />
  );
}
