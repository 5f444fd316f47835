import type { z } from 'zod';
import type { DailyPack } from '../../../shared/returns/daily-pack-contract.ts';
import type { Comparison, Count, PccReport } from '../../../shared/returns/pcc-contract.ts';
import type {
  CompiledArea,
  CompiledSignal,
  CompiledSummary,
  SummaryText,
  TensionSummaryCompileRequest,
  TensionSummaryListItem,
  TensionSummaryResponse,
  TensionSummaryStatus,
} from '../../../shared/returns/tension-summary-contract.ts';

/**
 * The returns contracts' shapes as plain types, so the pages use them without shipping zod:
 * responses as the server sends them, requests as the client may write them (`z.input`).
 */
export type { CompiledArea, CompiledSignal, CompiledSummary, Comparison, Count, DailyPack, PccReport, SummaryText, TensionSummaryListItem, TensionSummaryResponse, TensionSummaryStatus };

/** Counts for one period of the pack: all, by strand and by area. */
export type PeriodFigures = DailyPack['figures']['day'];
/** The days a return covers, as the compile form sends them. */
export type CompileRequest = z.input<typeof TensionSummaryCompileRequest>;
/** The editable text of one policing area. */
export type AreaText = SummaryText['areas'][number];
/** The editable parts of one area's text: everything but its id. */
export type AreaTextField = Exclude<keyof AreaText, 'areaId'>;
/** The force-wide parts of the text. */
export type ForceTextField = Exclude<keyof SummaryText, 'areas'>;
