/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';
import { signInAsStaff } from './staff.ts';

const baseUrl = inject('baseUrl');
const password = inject('demoPassword');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Oldham town centre: inside the Oldham policing area, the north-east of the demo force. */
const OLDHAM = { latitude: 53.5409, longitude: -2.1114 };
const REPORTS = 6;

function signIn(email: string): Promise<Page> {
  return signInAsStaff(browser, baseUrl, email, password);
}

/** Day 1, the morning: religion-motivated abuse reported again and again in one area (SCENARIO.md, 11:00). */
async function religiousAbuseInOldham(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const response = await fetch(`${baseUrl}/api/v1/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'hate_incident',
        description: `Men shouted anti-Muslim abuse at worshippers walking to the mosque (synthetic e2e report ${i + 1})`,
        occurredAt: new Date().toISOString(),
        strands: ['religion'],
        perceivedReligion: 'muslim',
        location: { ...OLDHAM, description: 'near the mosque, Oldham town centre' },
        reporterRole: 'witness',
        anonymous: true,
      }),
    });
    expect(response.status).toBe(201);
  }
}

describe('community tension: from a signal to a new assessment on the map', () => {
  it('should show the signal raised by reports in one area, let the NPA commander acknowledge it and record a higher level with it as evidence, and show the new level on the map and the timeline', async () => {
    await religiousAbuseInOldham(REPORTS);

    // The NPA commander opens the tension picture; the signal is there (the server scans a few
    // seconds after reports arrive; the button asks for a scan now, so the test need not wait on it).
    const commander = await signIn('npa.commander@demo.example');
    await commander.getByRole('link', { name: 'Tension', exact: true }).click();
    await commander.getByRole('heading', { level: 1, name: 'Community tension' }).waitFor();
    const signalLink = commander.getByRole('link', { name: /^Oldham – Religion or belief – / });
    await expect
      .poll(
        async () => {
          if ((await signalLink.count()) === 0) {
            await commander.getByRole('button', { name: 'Check for signals now' }).click();
            await commander.getByRole('button', { name: 'Check for signals now' }).waitFor();
          }
          return signalLink.count();
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toBe(1);
    await commander.getByRole('group', { name: 'Tension level by policing area' }).waitFor();
    await expectNoAccessibilityViolations(commander);

    // The signal's evidence: the counts, the day's reports, and the decision.
    await signalLink.click();
    await commander.getByRole('heading', { level: 1, name: /^Signal: Oldham – Religion or belief – / }).waitFor();
    await commander.getByRole('heading', { name: "The day's reports" }).waitFor();
    expect(await commander.getByRole('link', { name: /^DEMO-/ }).count()).toBeGreaterThanOrEqual(REPORTS);
    await expectNoAccessibilityViolations(commander);
    await commander.getByRole('button', { name: 'Acknowledge' }).click();
    await commander.getByText('Signal acknowledged.', { exact: true }).waitFor({ timeout: 10_000 });
    await expect.poll(() => commander.getByRole('definition').filter({ hasText: /^Acknowledged/ }).count(), { timeout: 10_000 }).toBe(1);
    await expectNoAccessibilityViolations(commander);

    // A new assessment, started from the signal: Oldham, with the signal as Evidenced evidence.
    await commander.getByRole('link', { name: 'Record an assessment with this signal as evidence' }).click();
    await commander.getByRole('heading', { level: 1, name: 'Record a tension assessment' }).waitFor();
    await expect.poll(() => commander.getByLabel('Policing area').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Oldham');
    const evidence = commander.getByRole('group', { name: 'Evidence 1 – from a signal' });
    expect(await evidence.getByLabel('Category').evaluate((select) => (select as HTMLSelectElement).value)).toBe('evidenced');
    await expectNoAccessibilityViolations(commander);

    // Submitting empty parts first: the error summary names them and links to each field.
    await commander.getByRole('button', { name: 'Record the assessment' }).click();
    const summary = commander.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Choose the tension level' }).waitFor();
    await summary.getByRole('link', { name: 'Write a summary of the assessment' }).click();
    await expect.poll(() => commander.evaluate(() => document.activeElement?.id)).toBe('assess-summary');
    await expectNoAccessibilityViolations(commander);

    await commander.getByRole('group', { name: 'Tension level' }).getByLabel('High', { exact: true }).check();
    await commander.getByRole('group', { name: 'Trend' }).getByLabel('Rising', { exact: true }).check();
    await commander
      .getByLabel('Summary', { exact: true })
      .fill('Religion-motivated abuse near the mosque at three times the usual rate since the attack; worshippers are afraid to attend evening prayers.');
    await commander.getByRole('button', { name: 'Add a key trigger' }).click();
    await commander.getByLabel('Key trigger 1').fill('Rumoured march past the mosque on Friday');
    await commander.getByRole('button', { name: 'Record the assessment' }).click();

    await commander.getByRole('heading', { level: 1, name: /^Tension assessment: Oldham, / }).waitFor({ timeout: 10_000 });
    await commander.getByText('Assessment recorded.', { exact: true }).waitFor();
    const evidenced = commander.getByRole('region', { name: /^Evidenced/ });
    expect(await evidenced.getByRole('link', { name: 'Signal' }).count()).toBe(1);
    await expectNoAccessibilityViolations(commander);

    // The picture: Oldham is now High on the map, and its timeline shows the assessment.
    await commander.getByRole('link', { name: 'Tension picture' }).click();
    await commander.getByRole('heading', { level: 1, name: 'Community tension' }).waitFor();
    const oldham = commander.getByRole('button', { name: 'Oldham: High, rising' });
    await oldham.waitFor({ timeout: 10_000 });
    await oldham.click();
    await commander.getByRole('heading', { level: 2, name: 'Oldham: the last 28 days' }).waitFor();
    await commander.getByRole('link', { name: 'Tension assessed High, rising' }).waitFor({ timeout: 10_000 });
    expect(await commander.getByRole('link', { name: /^Oldham – Religion or belief – / }).count()).toBe(0);
    await expectNoAccessibilityViolations(commander);

    await commander.context().close();
  });

  it('should show assessments, communities with their key individuals, and CIAs with no accessibility violations, also at 320px', async () => {
    const commander = await signIn('npa.commander@demo.example');
    await commander.goto(`${baseUrl}/tension/assessments`);
    await commander.getByRole('table', { name: 'Current assessments, highest level first' }).waitFor();
    await expectNoAccessibilityViolations(commander);

    await commander.getByRole('link', { name: 'Communities', exact: true }).click();
    await commander.getByRole('link', { name: 'Muslim community of Old Trafford' }).click();
    await commander.getByRole('heading', { level: 1, name: 'Muslim community of Old Trafford' }).waitFor();
    await commander.getByRole('button', { name: 'Show key individuals' }).click();
    await commander.getByRole('cell', { name: 'Imam, Old Trafford mosque' }).waitFor();
    await expectNoAccessibilityViolations(commander);

    await commander.getByRole('link', { name: 'CIAs', exact: true }).click();
    await commander.getByRole('link', { name: /^Operation Reassure/ }).click();
    await commander.getByRole('heading', { level: 1, name: /^Operation Reassure/ }).waitFor();
    await commander.getByRole('heading', { name: 'Version history' }).waitFor();
    await expectNoAccessibilityViolations(commander);
    await commander.getByRole('link', { name: 'Edit (save a new version)' }).click();
    await commander.getByRole('heading', { level: 1, name: /^Edit: Operation Reassure/ }).waitFor();
    await expectNoAccessibilityViolations(commander);

    await commander.setViewportSize({ width: 320, height: 640 });
    const overflowing = () => commander.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    for (const path of ['/tension', '/tension/assessments/new']) {
      await commander.goto(`${baseUrl}${path}`);
      await commander.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => commander.getByText('Loading…').count(), { timeout: 10_000 }).toBe(0);
      await expectNoAccessibilityViolations(commander);
      expect(await overflowing(), `horizontal scrolling on ${path} at 320px`).toBe(false);
    }
    await commander.context().close();
  });
});
