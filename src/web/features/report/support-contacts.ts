/**
 * Phone numbers the public pages give. National services, the same for every force; UX.md asks
 * for the support list to be configurable per force, which waits for a force settings API.
 * `tel` is the number to dial, `display` how it is written (Victim Support writes its own oddly).
 */
export type Helpline = { id: string; name: string; display: string; tel: string };

export const policeLines = [
  { id: 'police101', name: '101', display: '101', tel: '101' },
  { id: 'terrorism', name: 'Anti-Terrorist Hotline', display: '0800 789 321', tel: '0800789321' },
  { id: 'crimestoppers', name: 'Crimestoppers', display: '0800 555 111', tel: '0800555111' },
] as const satisfies readonly Helpline[];

export const supportLines = [
  { id: 'victimSupport', name: 'Victim Support', display: '08 08 16 89 111', tel: '08081689111' },
  { id: 'tellMama', name: 'Tell MAMA', display: '0800 456 1226', tel: '08004561226' },
  { id: 'cst', name: 'CST', display: '0800 032 3263', tel: '08000323263' },
  { id: 'galop', name: 'Galop', display: '0800 999 5428', tel: '08009995428' },
  { id: 'stopHate', name: 'Stop Hate UK', display: '0800 138 1625', tel: '08001381625' },
] as const satisfies readonly Helpline[];
