import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { Loading, QueryError } from '../../../components/query-status.tsx';
import { assessmentQueryOptions, assessmentsQueryOptions } from '../api/assessments.ts';
import { communitiesQueryOptions } from '../api/communities.ts';
import { tensionMapQueryOptions } from '../api/picture.ts';
import { signalQueryOptions } from '../api/signals.ts';
import { initialDraft, signalEvidence, type AssessmentDraft } from '../assessment-draft.ts';
import type { AssessmentSummary } from '../types.ts';
import { AssessmentForm } from './assessment-form.tsx';
import { TensionNav } from './tension-nav.tsx';
import '../../../styles/cases.css';
import '../../../styles/tension.css';

/**
 * `/tension/assessments/new?areaId=&communityId=&signalId=`: the form, started from the current
 * assessment of that area and community and, when opened from a signal, with the signal as evidence.
 */
export function NewAssessmentPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const signalId = params.get('signalId') ?? '';
  const communityId = params.get('communityId') ?? '';
  const map = useQuery(tensionMapQueryOptions);
  const communities = useQuery(communitiesQueryOptions);
  const signal = useQuery({ ...signalQueryOptions(signalId), enabled: signalId !== '' });
  const areaId = params.get('areaId') || signal.data?.areaId || '';
  const list = useQuery({ ...assessmentsQueryOptions({ areaId }), enabled: areaId !== '' });
  const basis = list.data?.items.find((a) => a.areaId === areaId && (a.communityId ?? '') === communityId && a.supersededBy === null) ?? null;
  const current = useQuery({ ...assessmentQueryOptions(basis?.id ?? ''), enabled: basis !== null });
  const [hasErrors, setHasErrors] = useState(false);
  const [start, setStart] = useState<{ key: string; initial: AssessmentDraft; basis: AssessmentSummary | null } | null>(null);

  const key = `${areaId}|${communityId}|${signalId}`;
  const waiting = [map, communities, ...(signalId ? [signal] : []), ...(areaId ? [list] : []), ...(basis ? [current] : [])];
  const started = start?.key === key;
  // Once started, a failed background refresh must not take the form (and the draft) away.
  const failed = started ? undefined : waiting.find((q) => q.isError);
  // Another area's list, kept on screen while this one loads, would give the wrong basis.
  const ready = waiting.every((q) => q.isSuccess) && !list.isPlaceholderData;

  // The form starts from what was current when it opened, once: a change arriving later (someone
  // else's assessment, or our own on saving) must neither reset the draft nor move its basis.
  useEffect(() => {
    if (ready && !started) {
      setStart({ key, initial: initialDraft(areaId, communityId, current.data ?? null, signal.data ? signalEvidence(signal.data, t) : null), basis });
    }
  }, [ready, started, key]);

  return (
    <>
      <TensionNav />
      <PageHeading hasError={hasErrors}>{t('tension.form.title')}</PageHeading>
      <p>{t('tension.form.intro')}</p>
      {failed ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !started || !map.data || !communities.data ? (
        <Loading />
      ) : (
        <AssessmentForm
          // A fresh form for each starting point, so the draft never mixes two areas' assessments.
          key={key}
          scale={map.data.scale}
          areas={map.data.areas}
          communities={communities.data}
          initial={start.initial}
          initialBasis={start.basis}
          onErrors={setHasErrors}
        />
      )}
    </>
  );
}
