import { useTranslation } from 'react-i18next';
import type { SignalResponse } from '../types.ts';

/** Red or amber, as a word with a shape (a dot for red, a triangle for amber) so colour is never the only cue. */
export function SignalLevel({ level }: { level: SignalResponse['level'] }) {
  const { t } = useTranslation();
  return (
    <strong className={`signal-level signal-level--${level}`}>
      <span aria-hidden="true">{level === 'red' ? '● ' : '▲ '}</span>
      {t(`tension.signal.level.${level}`)}
    </strong>
  );
}
