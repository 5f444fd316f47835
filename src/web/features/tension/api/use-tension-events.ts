import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateTension } from './keys.ts';

/** `off`: the stream was refused (or is not offered); the pages fall back to polling. */
export type TensionLiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

/**
 * The tension readers' server-sent event stream: `tension` events when an assessment, signal or CIA
 * changes, `report` events when a report arrives (it may move a count or raise a signal). Either
 * refreshes the tension queries.
 */
const EVENTS_PATH = '/api/v1/tension/events';
const EVENT_TYPES = ['tension', 'report'] as const;
/** A burst of reports (an import, a busy hour) becomes one refetch rather than one per report. */
const SETTLE_MS = 400;

/** Keeps every tension query on screen up to date while the page is open; returns the stream's state. */
export function useTensionEvents(): TensionLiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<TensionLiveState>('connecting');

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setState('off');
      return;
    }
    const source = new EventSource(EVENTS_PATH);
    let timer: number | undefined;
    let dropped = false;
    const refresh = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void invalidateTension(queryClient), SETTLE_MS);
    };
    source.addEventListener('open', () => {
      setState('live');
      if (dropped) {
        dropped = false;
        refresh(); // catch up on whatever happened while the stream was down
      }
    });
    source.addEventListener('error', () => {
      dropped = true;
      // A refusal (403, 404) closes the stream for good; a dropped connection is retried by the browser.
      setState(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting');
    });
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, refresh);
    }
    return () => {
      window.clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);

  return state;
}
