import { useState } from 'react';

const KEY = 'cohesion.queueShortcuts';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

/**
 * Single-key shortcuts (j, k, /) can be switched off (WCAG 2.1.4), for speech input users above
 * all; the choice is remembered in this browser.
 */
export function useShortcutsSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  function set(next: boolean) {
    setOn(next);
    try {
      localStorage.setItem(KEY, next ? 'on' : 'off');
    } catch {
      // kept for this visit only
    }
  }
  return [on, set];
}
