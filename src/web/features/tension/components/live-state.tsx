import { useTranslation } from 'react-i18next';
import type { TensionLiveState } from '../api/use-tension-events.ts';

/** Whether the page is being kept up to date, in the queue's style (cases.css `.live-state`). */
export function LiveState({ state }: { state: TensionLiveState }) {
  const { t } = useTranslation();
  return (
    <p className={`live-state live-state--${state === 'off' ? 'connecting' : state}`}>
      {t(`tension.live.${state}`)}
    </p>
  );
}
