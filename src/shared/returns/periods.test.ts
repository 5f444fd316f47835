import { describe, expect, it } from 'vitest';
import { fiveYearTrend, parsePeriod, periodBounds, shiftYears, type ReportingPeriod } from './periods.ts';

function period(text: string): ReportingPeriod {
  const parsed = parsePeriod(text);
  if ('error' in parsed) {
    throw new Error(parsed.error);
  }
  return parsed;
}

describe('reporting periods', () => {
  it('should read calendar quarters and years as London days', () => {
    expect(period('2026-q3')).toMatchObject({ key: '2026-Q3', label: 'July to September 2026', shortLabel: '2026 Q3', firstDay: '2026-07-01', endDay: '2026-10-01' });
    expect(period('2026')).toMatchObject({ key: '2026', basis: 'calendar', length: 'year', firstDay: '2026-01-01', endDay: '2027-01-01' });
    // 1 July is in British Summer Time: the quarter starts at 23:00 UTC the day before.
    expect(periodBounds(period('2026-Q3'))).toEqual({ from: new Date('2026-06-30T23:00:00Z'), to: new Date('2026-09-30T23:00:00Z') });
  });

  it('should name financial years by the year they start in, and accept the long forms', () => {
    expect(period('FY2025')).toMatchObject({ key: 'FY2025', label: '2025/26', firstDay: '2025-04-01', endDay: '2026-04-01' });
    expect(period('FY2025-26').key).toBe('FY2025');
    expect(period('fy2025/26').key).toBe('FY2025');
    expect(period('FY2099')).toMatchObject({ label: '2099/00' });
    expect(period('FY2025-Q4')).toMatchObject({ label: 'January to March 2026 (2025/26 Q4)', shortLabel: '2025/26 Q4', firstDay: '2026-01-01', endDay: '2026-04-01' });
    expect(period('FY2026-Q1')).toMatchObject({ firstDay: '2026-04-01', endDay: '2026-07-01' });
  });

  it('should refuse what is not a period, saying why', () => {
    for (const text of ['2026-Q5', 'Q3-2026', '26', 'FY26', '2026-07', '1999', 'FY2025-Q0', '']) {
      expect(parsePeriod(text), text).toHaveProperty('error');
    }
    expect(parsePeriod('FY2025-27')).toEqual({ error: expect.stringContaining('write FY2025-26') });
  });

  it('should compare with the same period a year earlier', () => {
    expect(shiftYears(period('2026-Q3'), -1).key).toBe('2025-Q3');
    expect(shiftYears(period('FY2025-Q4'), -1)).toMatchObject({ key: 'FY2024-Q4', firstDay: '2025-01-01' });
  });

  it('should give twenty quarters or five years for the trend, ending with the period', () => {
    const quarters = fiveYearTrend(period('2026-Q3'));
    expect(quarters).toHaveLength(20);
    expect(quarters[0]?.key).toBe('2021-Q4');
    expect(quarters.at(-1)?.key).toBe('2026-Q3');
    expect(fiveYearTrend(period('FY2025')).map((p) => p.shortLabel)).toEqual(['2021/22', '2022/23', '2023/24', '2024/25', '2025/26']);
    expect(fiveYearTrend(period('FY2025-Q1'))[0]?.key).toBe('FY2020-Q2');
  });
});
