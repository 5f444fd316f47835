import type { z } from 'zod';
import type {
  AssessmentListResponse,
  AssessmentRequest,
  AssessmentResponse,
  AssessmentSummary,
  CiaListItem,
  CiaRequest,
  CiaResponse,
  CiaRisk,
  CommunityKind,
  CommunityRequest,
  CommunityResponse,
  EvidenceCategory,
  EvidenceItem,
  EvidenceSuggestionsResponse,
  KeyIndividualRequest,
  KeyIndividualResponse,
  Reliability,
  SignalDecisionRequest,
  SignalDetailResponse,
  SignalResponse,
  SignalScanResponse,
  SignalStatus,
  TensionMapResponse,
  TimelineKind,
  TimelineResponse,
  Trend,
} from '../../../shared/tension/contract.ts';
import type { TensionLevel } from '../../../shared/platform/settings.ts';

/**
 * The tension contract's shapes as plain types, so the pages use them without shipping zod:
 * responses as the server sends them (`z.infer`), requests as the client may write them (`z.input`).
 */
export type { AssessmentRequest, AssessmentResponse, AssessmentSummary, CiaRequest, CiaResponse, CommunityKind, CommunityResponse, EvidenceCategory, EvidenceItem, Reliability, SignalResponse, SignalStatus, TensionLevel, TensionMapResponse, Trend };

export type MapArea = TensionMapResponse['areas'][number];
export type Timeline = z.infer<typeof TimelineResponse>;
export type TimelineItemKind = z.infer<typeof TimelineKind>;
export type AssessmentList = z.infer<typeof AssessmentListResponse>;
export type EvidenceResponse = AssessmentResponse['evidence'][number];
export type AssessmentChanges = AssessmentResponse['changes'];
export type SignalDetail = z.infer<typeof SignalDetailResponse>;
export type SignalDecision = z.input<typeof SignalDecisionRequest>;
export type SignalScan = z.infer<typeof SignalScanResponse>;
export type EvidenceSuggestions = z.infer<typeof EvidenceSuggestionsResponse>;
export type SuggestedReport = EvidenceSuggestions['reports'][number];
export type CommunityInput = z.input<typeof CommunityRequest>;
export type KeyIndividual = z.infer<typeof KeyIndividualResponse>;
export type KeyIndividualInput = z.input<typeof KeyIndividualRequest>;
export type CiaListEntry = z.infer<typeof CiaListItem>;
export type CiaRiskInput = z.input<typeof CiaRisk>;
export type Rag = CiaRiskInput['likelihood'];
export type CiaTrigger = CiaResponse['trigger'];
