import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { QueueResponse, ReportDetail, ThriveRequest } from '../../../../shared/cases/contract.ts';
import { errorFor, type FormError } from '../../../components/error-summary.tsx';
import { formatDuration } from './clock-text.tsx';
import { ChoiceFieldset, SelectField, TextAreaField } from './fields.tsx';

export const thriveElements = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const;
type Element = (typeof thriveElements)[number];
const ratings = ['low', 'medium', 'high'] as const;
type Rating = (typeof ratings)[number];

export const thriveFieldIds = (prefix: string) => ({
  rating: (element: Element) => `${prefix}-${element}`,
  notes: (element: Element) => `${prefix}-${element}-notes`,
  grade: `${prefix}-grade`,
  rationale: `${prefix}-rationale`,
});

function isRating(value: unknown): value is Rating {
  return ratings.some((r) => r === value);
}

/** "Priority (attend within 1 h)": the force's label and its attendance target. */
export function gradeOptionLabel(grade: QueueResponse['grades'][number], t: TFunction): string {
  return grade.attendanceMinutes === null
    ? t('thrive.gradeNoAttendance', { label: grade.label })
    : t('thrive.gradeWithTarget', { label: grade.label, time: formatDuration(grade.attendanceMinutes, t) });
}

/** Whether the call handler started a THRIVE on this form (any rating, note or grade given). */
export function thriveStarted(form: FormData, prefix: string): boolean {
  return (
    Boolean(form.get(`${prefix}.grade`)) ||
    thriveElements.some((e) => form.get(`${prefix}.${e}.rating`) || String(form.get(`${prefix}.${e}.notes`) ?? '').trim())
  );
}

/** The THRIVE on the form, or the problems that stop it being one: every element rated, and a grade. */
export function readThrive(form: FormData, prefix: string): { request?: ThriveRequest; errors: FormError[] } {
  const ids = thriveFieldIds(prefix);
  const errors: FormError[] = [];
  const element = (name: Element) => {
    const rating = form.get(`${prefix}.${name}.rating`);
    if (!isRating(rating)) {
      errors.push({ fieldId: ids.rating(name), message: (t) => t('thrive.errors.rate', { element: t(`thrive.element.${name}`).toLocaleLowerCase() }) });
    }
    return { rating: isRating(rating) ? rating : 'low', notes: String(form.get(`${prefix}.${name}.notes`) ?? '').trim() };
  };
  const elements = {
    threat: element('threat'),
    harm: element('harm'),
    risk: element('risk'),
    investigation: element('investigation'),
    vulnerability: element('vulnerability'),
    engagement: element('engagement'),
  };
  const grade = String(form.get(`${prefix}.grade`) ?? '');
  if (!grade) {
    errors.push({ fieldId: ids.grade, message: (t) => t('thrive.errors.grade') });
  }
  const rationale = String(form.get(`${prefix}.rationale`) ?? '').trim();
  if (errors.length > 0) {
    return { errors };
  }
  return { request: { ...elements, grade, ...(rationale ? { rationale } : {}) }, errors };
}

type ThriveFieldsProps = {
  prefix: string;
  grades: QueueResponse['grades'];
  errors: readonly FormError[];
  /** The assessment to start from (re-THRIVE), if any. */
  current?: ReportDetail['thrive'][number] | undefined;
  /** Headings inside the fields: the case page's section has its own h2, the call form uses h3. */
  headingLevel?: 'h3' | 'h4';
};

/** The six THRIVE elements, each rated low, medium or high with notes; then the grade and why. */
export function ThriveFields({ prefix, grades, errors, current, headingLevel: Heading = 'h3' }: ThriveFieldsProps) {
  const { t, i18n } = useTranslation();
  const ids = thriveFieldIds(prefix);
  return (
    <div className="thrive-fields">
      {thriveElements.map((name) => {
        const was = current?.elements[name];
        return (
          <div className="thrive-fields__element" key={name}>
            <ChoiceFieldset
              id={ids.rating(name)}
              name={`${prefix}.${name}.rating`}
              type="radio"
              inline
              legend={<Heading className="thrive-fields__legend">{t(`thrive.element.${name}`)}</Heading>}
              hint={t(`thrive.prompt.${name}`)}
              error={errorFor(errors, ids.rating(name), t)}
              options={ratings.map((r) => ({ value: r, label: t(`thrive.rating.${r}`) }))}
              defaultValue={was ? [was.rating] : []}
            />
            <TextAreaField
              id={ids.notes(name)}
              name={`${prefix}.${name}.notes`}
              label={t('thrive.notes', { element: t(`thrive.element.${name}`).toLocaleLowerCase(i18n.resolvedLanguage) })}
              rows={2}
              maxLength={2000}
              defaultValue={was?.notes ?? ''}
            />
          </div>
        );
      })}
      <SelectField
        id={ids.grade}
        name={`${prefix}.grade`}
        label={t('thrive.grade')}
        hint={t('thrive.gradeHint')}
        error={errorFor(errors, ids.grade, t)}
        placeholder={t('thrive.chooseGrade')}
        options={grades.map((g) => ({ value: g.code, label: gradeOptionLabel(g, t) }))}
        defaultValue={current?.grade ?? ''}
      />
      <TextAreaField id={ids.rationale} name={`${prefix}.rationale`} label={t('thrive.rationale')} rows={2} maxLength={2000} defaultValue={current?.rationale ?? ''} />
    </div>
  );
}
