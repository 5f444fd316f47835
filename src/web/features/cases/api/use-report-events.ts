import { useEffect, useEffectEvent, useState } from 'react';

export type ReportEvent = { reportId: string; change: string };
export type LiveState = 'connecting' | 'live' | 'reconnecting';

const EVENTS_PATH = '/api/v1/reports/queue/events';

function isReportEvent(value: unknown): value is ReportEvent {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return typeof v.reportId === 'string' && typeof v.change === 'string';
}

/**
 * Server-sent events: one `report` event whenever a report of the force arrives or changes. The
 * browser reconnects by itself; `onReconnect` lets the page catch up on what it missed meanwhile.
 */
export function useReportEvents(onEvent: (event: ReportEvent) => void, onReconnect: () => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const handleEvent = useEffectEvent(onEvent);
  const handleReconnect = useEffectEvent(onReconnect);

  useEffect(() => {
    const source = new EventSource(EVENTS_PATH);
    let dropped = false;
    source.addEventListener('open', () => {
      setState('live');
      if (dropped) {
        dropped = false;
        handleReconnect();
      }
    });
    source.addEventListener('error', () => {
      dropped = true;
      setState('reconnecting');
    });
    source.addEventListener('report', (message) => {
      try {
        const data: unknown = JSON.parse(String(message.data));
        if (isReportEvent(data)) {
          handleEvent(data);
        }
      } catch {
        // a malformed event is ignored; the next one or the fallback poll catches up
      }
    });
    return () => source.close();
  }, []);

  return state;
}
