import { describe, expect, it } from 'vitest';
import { groupByLondonDay } from './timeline-days.ts';

const item = (id: string, at: string) => ({ id, at });

describe(groupByLondonDay.name, () => {
  it('should group by London day, newest first, with London times', () => {
    const days = groupByLondonDay([
      item('morning', '2026-11-23T09:00:00Z'),
      item('bst-late', '2026-06-30T23:30:00Z'),
      item('afternoon', '2026-11-23T14:05:00Z'),
      item('bst-evening', '2026-06-30T22:59:00Z'),
    ]);
    expect(days.map((d) => [d.day, d.heading, d.items.map((i) => `${i.id} ${i.time}`)])).toEqual([
      ['2026-11-23', 'Mon 23 Nov 2026', ['afternoon 14:05', 'morning 09:00']],
      // 23:30 UTC in summer is 00:30 the next day in London.
      ['2026-07-01', 'Wed 1 Jul 2026', ['bst-late 00:30']],
      ['2026-06-30', 'Tue 30 Jun 2026', ['bst-evening 23:59']],
    ]);
  });

  it('should keep the order of items at the same instant, keep their fields, and leave out bad dates', () => {
    const days = groupByLondonDay([
      { id: 'a', at: '2026-11-23T14:05:00.000Z', title: 'First' },
      { id: 'b', at: '2026-11-23T14:05:00Z', title: 'Second' },
      { id: 'c', at: 'yesterday', title: 'Nope' },
    ]);
    expect(days).toHaveLength(1);
    expect(days[0]?.items.map((i) => i.title)).toEqual(['First', 'Second']);
  });

  it('should name days in the interface language', () => {
    expect(groupByLondonDay([item('x', '2026-11-23T14:05:00Z')], 'cy')[0]?.heading).toBe('Llun 23 Tach 2026');
    expect(groupByLondonDay([])).toEqual([]);
  });
});
