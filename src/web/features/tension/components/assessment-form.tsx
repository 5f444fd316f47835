import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorFor, type FormError } from '../../../components/error-summary.tsx';
import { Radios } from '../../../components/radios.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { assessmentsQueryOptions, useRecordAssessment } from '../api/assessments.ts';
import { assessmentFieldError, assessmentRequest, ids, type AssessmentDraft } from '../assessment-draft.ts';
import { inPageOrder, problemErrors } from '../form-problems.ts';
import { trends } from '../options.ts';
import type { AssessmentSummary, CommunityResponse, MapArea, TensionLevel } from '../types.ts';
import { ActionsEditor } from './actions-editor.tsx';
import type { AssessmentRecordedState } from './assessment-page.tsx';
import { AssessmentWhere } from './assessment-where.tsx';
import { CONFLICT_BUTTON, ConflictNotice } from './conflict-notice.tsx';
import { EvidenceEditor } from './evidence-editor.tsx';
import { EvidenceSuggestions } from './evidence-suggestions.tsx';
import { LevelTag } from './level-tag.tsx';
import { TextListEditor } from './text-list-editor.tsx';

type Props = {
  scale: readonly TensionLevel[];
  areas: readonly MapArea[];
  communities: readonly CommunityResponse[];
  initial: AssessmentDraft;
  /** The current assessment of the starting area and community, as the author was shown it. */
  initialBasis: AssessmentSummary | null;
  onErrors: (hasErrors: boolean) => void;
};

type Basis = { selection: string; assessment: AssessmentSummary | null };
const selectionOf = (draft: Pick<AssessmentDraft, 'areaId' | 'communityId'>) => `${draft.areaId}|${draft.communityId}`;

/**
 * A new tension assessment. It supersedes the current assessment of the same area and community
 * *as the author saw it*: if someone else records one meanwhile, the server refuses (409) and the
 * form shows theirs, keeping everything typed here.
 */
export function AssessmentForm({ scale, areas, communities, initial, initialBasis, onErrors }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordAssessment();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrorsState] = useState<FormError[]>([]);
  const [basis, setBasis] = useState<Basis>({ selection: selectionOf(initial), assessment: initialBasis });
  const firstLevel = scale[0]?.key ?? '';
  const selection = selectionOf(draft);
  const current = useQuery({ ...assessmentsQueryOptions({ areaId: draft.areaId }), enabled: draft.areaId !== '' });
  const fresh = current.data && !current.isPlaceholderData ? current.data : undefined;
  const currentNow = fresh?.items.find((a) => a.areaId === draft.areaId && (a.communityId ?? '') === draft.communityId && a.supersededBy === null) ?? null;

  // The basis is pinned when an area and community are chosen; a later change by someone else does
  // not move it silently, it shows as a conflict (below) for the author to accept.
  useEffect(() => {
    if (basis.selection !== selection && fresh) {
      setBasis({ selection, assessment: currentNow });
    }
  }, [selection, fresh, basis.selection, currentNow]);

  const pinned = basis.selection === selection ? basis.assessment : undefined;
  const newer = !record.isSuccess && pinned !== undefined && fresh && currentNow && currentNow.id !== pinned?.id ? currentNow : null;

  function setErrors(next: FormError[]) {
    setErrorsState(next);
    onErrors(next.length > 0);
  }
  const update = (patch: Partial<AssessmentDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) {
      return;
    }
    if (newer) {
      setErrors([{ fieldId: CONFLICT_BUTTON, message: (tr) => tr('tension.form.conflictError') }]);
      return;
    }
    const { request, errors: problems } = assessmentRequest(draft, pinned?.id ?? null, firstLevel);
    if (!request) {
      setErrors(inPageOrder(problems));
      return;
    }
    setErrors([]);
    record.mutate(request, {
      onSuccess: (created) => {
        const state: AssessmentRecordedState = { recordedAssessment: created.id };
        void navigate(`/tension/assessments/${created.id}`, { state });
      },
      onError: (error) => {
        if (isApiError(error, 409)) {
          // Fetch the one that got in first; the conflict notice then shows it.
          void current.refetch();
          setErrors([{ fieldId: CONFLICT_BUTTON, message: (tr) => tr('tension.form.conflictError') }]);
          return;
        }
        setErrors(problemErrors(error, (path, fallback) => assessmentFieldError(path, fallback, firstLevel)));
      },
    });
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {newer && (
        <ConflictNotice
          newer={newer}
          onAccept={() => {
            setBasis({ selection, assessment: newer });
            setErrors([]);
          }}
        />
      )}
      <form className="form form--wide" noValidate onSubmit={submit}>
        <AssessmentWhere
          areas={areas}
          communities={communities}
          scale={scale}
          areaId={draft.areaId}
          communityId={draft.communityId}
          onChange={(areaId, communityId) => update({ areaId, communityId })}
          basis={draft.areaId ? pinned : null}
          errors={errors}
        />

        <Radios
          id="assess-level"
          name="level"
          legend={<span className="form-section__legend">{t('tension.form.level')}</span>}
          hint={t('tension.form.levelHint')}
          error={errorFor(errors, ids.radio('level', firstLevel), t)}
          options={scale.map((l) => ({ value: l.key, label: <LevelTag label={l.label} colour={l.colour} />, hint: l.description || undefined }))}
          value={draft.level || undefined}
          onChange={(level) => update({ level })}
        />
        <Radios
          id="assess-trend"
          name="trend"
          inline
          legend={<span className="form-section__legend">{t('tension.form.trend')}</span>}
          error={errorFor(errors, ids.radio('trend', 'rising'), t)}
          options={trends.map((tr) => ({ value: tr, label: t(`tension.trend.${tr}`) }))}
          value={draft.trend || undefined}
          onChange={(trend) => update({ trend })}
        />
        <TextareaField
          id={ids.summary}
          name="summary"
          label={<span className="form-section__legend">{t('tension.form.summary')}</span>}
          hint={t('tension.form.summaryHint')}
          error={errorFor(errors, ids.summary, t)}
          rows={5}
          maxLength={4000}
          value={draft.summary}
          onChange={(event) => update({ summary: event.target.value })}
        />

        <fieldset className="fieldset form-section list-editor">
          <legend className="form-section__legend">
            <abbr title={t('tension.glossary.eep')}>{t('tension.form.evidence')}</abbr>
          </legend>
          <p className="form-hint">{t('tension.form.evidenceHint')}</p>
          <details className="details" open={draft.evidence.length === 0}>
            <summary>{t('tension.form.suggestions')}</summary>
            <EvidenceSuggestions areaId={draft.areaId} evidence={draft.evidence} onAdd={(item) => update({ evidence: [...draft.evidence, item] })} />
          </details>
          <EvidenceEditor items={draft.evidence} onChange={(evidence) => update({ evidence })} errors={errors} />
        </fieldset>

        <TextListEditor
          legend={t('tension.form.triggers')}
          hint={t('tension.form.triggersHint')}
          itemLabel={(n) => t('tension.form.trigger', { n })}
          addLabel={t('tension.form.addTrigger')}
          idFor={ids.keyTriggers}
          items={draft.keyTriggers}
          onChange={(keyTriggers) => update({ keyTriggers })}
          errors={errors}
          maxLength={300}
        />
        <ActionsEditor
          legend={t('tension.form.actions')}
          hint={t('tension.form.actionsHint')}
          itemLabel={(n) => t('tension.form.action', { n })}
          addLabel={t('tension.form.addAction')}
          idFor={ids.actions}
          items={draft.actions}
          onChange={(actions) => update({ actions })}
          errors={errors}
        />
        <TextListEditor
          legend={t('tension.form.partners')}
          hint={t('tension.form.partnersHint')}
          itemLabel={(n) => t('tension.form.partner', { n })}
          addLabel={t('tension.form.addPartner')}
          idFor={ids.partnersInformed}
          items={draft.partnersInformed}
          onChange={(partnersInformed) => update({ partnersInformed })}
          errors={errors}
          maxLength={200}
        />
        <TextField
          id={ids.nextReviewAt}
          name="nextReviewAt"
          type="datetime-local"
          label={t('tension.form.nextReview')}
          hint={t('tension.form.nextReviewHint')}
          error={errorFor(errors, ids.nextReviewAt, t)}
          value={draft.nextReviewAt}
          onChange={(event) => update({ nextReviewAt: event.target.value })}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('tension.form.saving') : t('tension.form.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
