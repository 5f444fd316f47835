import type { TFunction } from 'i18next';
import type { FormError } from '../../components/error-summary.tsx';
import { oneOf } from '../cases/options.ts';
import { problemErrors } from '../tension/form-problems.ts';
import { formatDay } from './format.ts';
import type { AreaTextField, ForceTextField, TensionSummaryListItem } from './types.ts';

/** The text of a return, in the order the form and the printed return give it. */
export const forceFields = ['summary', 'context', 'forthcoming'] as const satisfies readonly ForceTextField[];
/** The six parts of each area's text, in the national template's order. */
export const areaFields = ['summary', 'experienced', 'evidenced', 'potential', 'keyIncidents', 'actions'] as const satisfies readonly AreaTextField[];

/** The contract's longest text (`Prose`): the boxes stop there rather than let the server refuse. */
export const MAX_TEXT = 20_000;

/** The ids of the edit form's boxes, where the error summary's links land. */
export const summaryIds = {
  force: (field: ForceTextField) => `cts-${field}`,
  area: (index: number, field: AreaTextField) => `cts-area-${index}-${field}`,
  /** The conflict notice's button: a stale revision is fixed there. */
  conflict: 'cts-conflict-accept',
};

/** "Mon 16 Nov 2026 to Sun 22 Nov 2026", or the one day of a daily return. */
export function periodText(summary: Pick<TensionSummaryListItem, 'from' | 'to'>, t: TFunction, language: string | undefined): string {
  const from = formatDay(summary.from, language);
  return summary.from === summary.to ? from : t('returns.summary.period', { from, to: formatDay(summary.to, language) });
}

/** A refused save as form errors, each on the box the API named ("areas.2.summary"); `areaNames` in the form's order. */
export function editErrors(error: unknown, areaNames: readonly string[]): FormError[] {
  return problemErrors(error, (path, fallback) => {
    const [first, index, field] = path;
    const areaField = oneOf(areaFields, field);
    const forceField = oneOf(forceFields, first);
    if (first === 'areas' && typeof index === 'number' && areaField) {
      return { fieldId: summaryIds.area(index, areaField), message: () => `${areaNames[index] ?? ''}: ${fallback}` };
    }
    if (forceField) {
      return { fieldId: summaryIds.force(forceField), message: () => fallback };
    }
    return { message: () => fallback };
  });
}
