import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../../components/checkboxes.tsx';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { Radios } from '../../../components/radios.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { ciaIds, ciaRequest, type CiaDraft, type CiaTextSection } from '../cia-draft.ts';
import { inPageOrder } from '../form-problems.ts';
import { ciaTriggers } from '../options.ts';
import type { CiaRequest, CommunityResponse, MapArea } from '../types.ts';
import { ActionsEditor } from './actions-editor.tsx';
import { RisksEditor } from './risks-editor.tsx';

type Props = {
  initial: CiaDraft;
  areas: readonly MapArea[];
  communities: readonly CommunityResponse[];
  /** The version an edit starts from; undefined for a new CIA. */
  basedOnVersion: number | undefined;
  saving: boolean;
  submitLabel: string;
  /** Errors from the server (or a conflict), shown with the form's own. */
  errors: readonly FormError[];
  setErrors: (errors: FormError[]) => void;
  onSave: (request: CiaRequest) => void;
  /** Above the form: a conflict notice, for instance. */
  notice?: ReactNode;
};

/** One numbered section of the template, as a heading so the long form can be scanned and jumped through. */
function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="cia-section" aria-labelledby={`cia-section-${n}`}>
      <h2 id={`cia-section-${n}`} className="cia-section__heading">
        <span className="cia-section__number">{n}.</span> {title}
      </h2>
      {children}
    </section>
  );
}

/** The Community Impact Assessment form: what it is about, then the ten sections of the template. */
export function CiaForm({ initial, areas, communities, basedOnVersion, saving, submitLabel, errors, setErrors, onSave, notice }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const update = (patch: Partial<CiaDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (id: string) => errorFor(errors, id, t);

  function textSection(section: CiaTextSection, rows = 5) {
    return (
      <TextareaField
        id={ciaIds.text(section)}
        name={section}
        label={t(`tension.cia.fields.${section}`)}
        hint={t(`tension.cia.hints.${section}`)}
        error={err(ciaIds.text(section))}
        rows={rows}
        maxLength={8000}
        value={draft[section]}
        onChange={(event) => update({ [section]: event.target.value })}
      />
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) {
      return;
    }
    const { request, errors: problems } = ciaRequest(draft, basedOnVersion);
    if (!request) {
      setErrors(inPageOrder(problems));
      return;
    }
    setErrors([]);
    onSave(request);
  }

  const sortedAreas = [...areas].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <ErrorSummary errors={errors} />
      {notice}
      <form className="form form--wide cia-form" noValidate onSubmit={submit}>
        <section className="cia-section" aria-labelledby="cia-about">
          <h2 id="cia-about" className="cia-section__heading">
            {t('tension.cia.aboutHeading')}
          </h2>
          <TextField id={ciaIds.title} name="title" label={t('tension.cia.fields.title')} error={err(ciaIds.title)} maxLength={200} value={draft.title} onChange={(e) => update({ title: e.target.value })} />
          <Radios
            id="cia-trigger"
            name="trigger"
            legend={t('tension.cia.fields.trigger')}
            error={err(ciaIds.trigger)}
            options={ciaTriggers.map((tr) => ({ value: tr, label: t(`tension.cia.trigger.${tr}`) }))}
            value={draft.trigger || undefined}
            onChange={(trigger) => update({ trigger })}
          />
          <div className="field-pair">
            <TextField id={ciaIds.reference} name="reference" label={t('tension.cia.fields.reference')} hint={t('tension.cia.hints.reference')} error={err(ciaIds.reference)} maxLength={100} value={draft.reference} onChange={(e) => update({ reference: e.target.value })} />
            <TextField id={ciaIds.commissionedBy} name="commissionedBy" label={t('tension.cia.fields.commissionedBy')} hint={t('tension.cia.hints.commissionedBy')} error={err(ciaIds.commissionedBy)} maxLength={200} value={draft.commissionedBy} onChange={(e) => update({ commissionedBy: e.target.value })} />
          </div>
        </section>

        <Section n={1} title={t('tension.cia.sections.summary')}>
          <TextareaField id={ciaIds.summary} name="summary" label={t('tension.cia.fields.summary')} hint={t('tension.cia.hints.summary')} error={err(ciaIds.summary)} rows={6} maxLength={8000} value={draft.summary} onChange={(e) => update({ summary: e.target.value })} />
        </Section>
        <Section n={2} title={t('tension.cia.sections.communitiesAffected')}>
          <div className="checkbox-columns">
            <Checkboxes id={ciaIds.areaIds} name="areaIds" legend={t('tension.cia.fields.areas')} error={err(ciaIds.areaIds)} options={sortedAreas.map((a) => ({ value: a.id, label: a.name }))} values={draft.areaIds} onChange={(areaIds) => update({ areaIds })} />
          </div>
          {communities.length > 0 && (
            <div className="checkbox-columns">
              <Checkboxes id={ciaIds.communityIds} name="communityIds" legend={t('tension.cia.fields.communities')} error={err(ciaIds.communityIds)} options={communities.map((c) => ({ value: c.id, label: c.areaName ? `${c.name} (${c.areaName})` : c.name }))} values={draft.communityIds} onChange={(communityIds) => update({ communityIds })} />
            </div>
          )}
          {textSection('communitiesAffected')}
        </Section>
        <Section n={3} title={t('tension.cia.sections.communityProfile')}>
          {textSection('communityProfile')}
        </Section>
        <Section n={4} title={t('tension.cia.sections.impactAssessment')}>
          {textSection('impactAssessment')}
        </Section>
        <Section n={5} title={t('tension.cia.sections.tensionIndicators')}>
          {textSection('tensionIndicators')}
        </Section>
        <Section n={6} title={t('tension.cia.sections.risks')}>
          <p className="form-hint">{t('tension.cia.hints.risks')}</p>
          <RisksEditor items={draft.risks} onChange={(risks) => update({ risks })} errors={errors} />
        </Section>
        <Section n={7} title={t('tension.cia.sections.mitigations')}>
          <ActionsEditor
            legend={t('tension.cia.fields.mitigations')}
            hint={t('tension.cia.hints.mitigations')}
            itemLabel={(n) => t('tension.cia.mitigation', { n })}
            addLabel={t('tension.cia.addMitigation')}
            idFor={ciaIds.mitigations}
            items={draft.mitigations}
            onChange={(mitigations) => update({ mitigations })}
            errors={errors}
          />
        </Section>
        <Section n={8} title={t('tension.cia.sections.communicationStrategy')}>
          {textSection('communicationStrategy')}
        </Section>
        <Section n={9} title={t('tension.cia.sections.equalityConsiderations')}>
          {textSection('equalityConsiderations')}
        </Section>
        <Section n={10} title={t('tension.cia.sections.review')}>
          <div className="field-pair">
            <TextField id={ciaIds.reviewFrequency} name="reviewFrequency" label={t('tension.cia.fields.reviewFrequency')} hint={t('tension.cia.hints.reviewFrequency')} error={err(ciaIds.reviewFrequency)} maxLength={200} value={draft.reviewFrequency} onChange={(e) => update({ reviewFrequency: e.target.value })} />
            <TextField id={ciaIds.nextReviewAt} name="nextReviewAt" type="datetime-local" label={t('tension.cia.fields.nextReviewAt')} hint={t('tension.form.londonTime')} error={err(ciaIds.nextReviewAt)} value={draft.nextReviewAt} onChange={(e) => update({ nextReviewAt: e.target.value })} />
          </div>
        </Section>
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {saving ? t('tension.form.saving') : submitLabel}
          </button>
        </div>
      </form>
    </>
  );
}
