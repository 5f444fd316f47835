import type { TFunction } from 'i18next';
import type { QueueItem } from '../../../shared/cases/contract.ts';
import type { Strand } from '../../../shared/reports/contract.ts';

/** The force's grade label for a code (grades are force configuration), or the code itself. */
export function gradeLabel(code: string | null, grades: readonly { code: string; label: string }[], t: TFunction): string {
  if (code === null) {
    return t('cases.ungraded');
  }
  const label = grades.find((g) => g.code === code)?.label;
  if (label) {
    return label;
  }
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function strandList(strands: readonly Strand[], t: TFunction): string {
  return strands.map((s) => t(`cases.strand.${s}`)).join(', ');
}

/** One word a strand, for dense tables: "Race, Religion". */
export function shortStrandList(strands: readonly Strand[], t: TFunction): string {
  return strands.map((s) => t(`cases.strandShort.${s}`)).join(', ');
}

/** Who has the case: an officer, a team, both, or nobody yet. */
export function assigneeText(item: Pick<QueueItem, 'assignedTo' | 'assignedTeam'>, t: TFunction): string {
  const parts = [item.assignedTo?.name, item.assignedTeam].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : t('cases.unassigned');
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** "Urdu" for "ur", in the interface language; the code itself when the browser cannot name it. */
export function languageName(code: string, uiLanguage = 'en'): string {
  if (!displayNames.has(uiLanguage)) {
    try {
      displayNames.set(uiLanguage, new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language' }));
    } catch {
      displayNames.set(uiLanguage, null);
    }
  }
  try {
    return displayNames.get(uiLanguage)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The `lang` attribute for text in a report's language: empty (unknown) when it was not determined. */
export function langAttr(code: string): string {
  return code === 'und' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) ? '' : code;
}
