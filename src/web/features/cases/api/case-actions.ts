import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssignRequest,
  CloseRequest,
  ComplianceReviewRequest,
  ContactLogRequest,
  LinkRequest,
  NoteRequest,
  RecordingDecisionRequest,
  StatusRequest,
  ThriveRequest,
  TranslationRequest,
} from '../../../../shared/cases/contract.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateCases } from './get-report.ts';

/** Each action's path under /reports/{id}/ and the body the contract asks for. */
type Bodies = {
  thrive: ThriveRequest;
  assign: z.input<typeof AssignRequest>;
  status: z.input<typeof StatusRequest>;
  contacts: z.input<typeof ContactLogRequest>;
  notes: z.input<typeof NoteRequest>;
  translation: z.input<typeof TranslationRequest>;
  'recording-decision': z.input<typeof RecordingDecisionRequest>;
  close: z.input<typeof CloseRequest>;
  reopen: Record<string, never>;
  'compliance-review': z.input<typeof ComplianceReviewRequest>;
};

export type CaseAction = { [K in keyof Bodies]: { action: K; body: Bodies[K] } }[keyof Bodies];

const reportPath = (id: string) => `/api/v1/reports/${encodeURIComponent(id)}`;

export function postCaseAction(reportId: string, { action, body }: CaseAction): Promise<void> {
  return api.post(`${reportPath(reportId)}/${action}`, body);
}

/**
 * One action on a report (each answers 204). Afterwards every cases query refetches: the report,
 * and the queue, lists and figures it appears in.
 */
export function useCaseAction(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CaseAction) => postCaseAction(reportId, action),
    onSuccess: () => invalidateCases(queryClient),
  });
}

export function useLinkReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof LinkRequest>) => api.post<{ id: string }>(`${reportPath(reportId)}/links`, body),
    onSuccess: () => invalidateCases(queryClient),
  });
}

export function useUnlinkReport(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => api.delete(`${reportPath(reportId)}/links/${encodeURIComponent(linkId)}`),
    onSuccess: () => invalidateCases(queryClient),
  });
}
