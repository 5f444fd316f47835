/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ur from '../src/web/locales/report/ur.json' with { type: 'json' };
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';
import { signInAsStaff } from './staff.ts';
import { reportInUrduOnAPhone } from './report-in-urdu.ts';

const baseUrl = inject('baseUrl');
const password = inject('demoPassword');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

function signIn(email: string): Promise<Page> {
  return signInAsStaff(browser, baseUrl, email, password);
}

/** Day 1, 06:40: the school-gate report, in Urdu, from a member of the public (SCENARIO.md). */
async function publicReport(): Promise<{ reference: string; secret: string }> {
  const response = await fetch(`${baseUrl}/api/v1/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'hate_crime',
      description: 'سکول کے گیٹ کے باہر دو آدمیوں نے مجھ پر اور میری بیٹی پر گالیاں دیں اور ہم پر تھوکا',
      occurredAt: new Date().toISOString(),
      strands: ['religion', 'race'],
      perceivedReligion: 'muslim',
      location: { latitude: 53.48, longitude: -2.24, description: 'outside the school gate' },
      reporterRole: 'victim',
      anonymous: false,
      contact: { name: 'Ayesha', phone: '07700 900123', language: 'ur', needsInterpreter: true, notes: 'a female officer who speaks Urdu, please' },
    }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { reference: string; secret: string };
}

describe('handling a hate crime report from the queue to closure', () => {
  it('should carry a report made in Urdu on a phone live into the queue, through THRIVE, assignment and the crime number rule, to closed, and show the reporter', async () => {
    // The supervisor watches the open queue.
    const supervisor = await signIn('supervisor@demo.example');
    await supervisor.getByRole('link', { name: 'Queue', exact: true }).click();
    await supervisor.waitForURL(/\/queue$/);
    await expect.poll(() => supervisor.getByText('Live: new reports appear here').count(), { timeout: 15_000 }).toBe(1);

    // A member of the public reports in Urdu on her phone; the row and the announcement arrive without a reload.
    const { page: phone, reference, secret } = await reportInUrduOnAPhone(browser, baseUrl);
    const row = supervisor.getByRole('link', { name: reference });
    await row.waitFor({ timeout: 15_000 });
    await expect.poll(() => supervisor.getByRole('status').filter({ hasText: `New report ${reference} received` }).count()).toBe(1);
    await expectNoAccessibilityViolations(supervisor);

    // The call handler THRIVEs it on the case page and grades it priority.
    const handler = await signIn('call.handler@demo.example');
    await handler.goto(`${baseUrl}/queue`);
    await handler.getByRole('link', { name: reference }).click();
    await handler.getByRole('heading', { level: 1, name: reference }).waitFor();
    const caseUrl = handler.url();
    const ratings: Record<string, string> = { Threat: 'High', Harm: 'Medium', Risk: 'High', Investigation: 'Medium', Vulnerability: 'High', Engagement: 'Medium' };
    for (const [element, rating] of Object.entries(ratings)) {
      await handler.getByRole('group', { name: element, exact: true }).getByLabel(rating, { exact: true }).check();
    }
    await handler.getByLabel('Notes on vulnerability (optional)').fill('Child present; risk of repeat at the school gate');
    await handler.getByLabel('Grade', { exact: true }).selectOption({ label: 'Priority – attend within 1 h' });
    await handler.getByRole('button', { name: 'Save THRIVE and grade' }).click();
    await handler.getByRole('region', { name: 'THRIVE' }).getByText('THRIVE saved: graded Priority', { exact: true }).waitFor({ timeout: 10_000 });
    await expect.poll(() => handler.getByRole('table', { name: 'Current assessment' }).count()).toBe(1);
    await expectNoAccessibilityViolations(handler);

    // The supervisor's queue shows the grade live; they assign it to the demo officer.
    await expect.poll(() => supervisor.getByRole('row', { name: new RegExp(reference) }).textContent(), { timeout: 15_000 }).toContain('Priority');
    await row.click();
    await supervisor.getByRole('heading', { level: 1, name: reference }).waitFor();
    await supervisor.getByLabel('Officer', { exact: true }).selectOption({ label: 'Demo officer' });
    await supervisor.getByRole('button', { name: 'Assign', exact: true }).click();
    await supervisor.getByRole('region', { name: 'Assignment and status' }).getByText('Assigned to Demo officer', { exact: true }).waitFor({ timeout: 10_000 });

    // The officer tries to close it before the crime-recording decision, and is refused plainly.
    const officer = await signIn('officer@demo.example');
    await officer.goto(caseUrl);
    await officer.getByRole('heading', { level: 1, name: reference }).waitFor();
    await officer.getByLabel('Reason for closing').selectOption('resolved');
    await officer.getByRole('button', { name: 'Close the case' }).click();
    const refusal = officer.getByRole('alert').filter({ hasText: 'The case was not closed.' });
    await refusal.waitFor({ timeout: 10_000 });
    expect(await refusal.textContent()).toMatch(/crime-recording decision first|without a crime number/);

    // The refusal leads to the decision: recorded as a crime, with its number; then the case closes.
    await refusal.getByRole('link', { name: 'Go to the crime-recording decision' }).click();
    await expect.poll(() => officer.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('crime');
    await officer.getByLabel('Crime', { exact: true }).check();
    await officer.getByLabel('Crime number').fill('23/123456/26');
    await officer.getByLabel('Rationale', { exact: true }).fill('Public order offence, racially and religiously aggravated; victim account and CCTV at the school gate.');
    await officer.getByRole('button', { name: 'Record the decision' }).click();
    await officer.getByRole('region', { name: 'Crime-recording decision' }).getByText('Decision recorded: Crime', { exact: true }).waitFor({ timeout: 10_000 });
    await officer.getByLabel('Reason for closing').selectOption('resolved');
    await officer.getByRole('button', { name: 'Close the case' }).click();
    await officer.getByRole('region', { name: 'Closed' }).getByText('Case closed', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await officer.getByRole('definition').filter({ hasText: /^Closed/ }).count()).toBe(1);
    await expectNoAccessibilityViolations(officer);

    // The reporter, on her phone with the reference and secret, sees it closed, in Urdu, with its crime number.
    const t = ur.report;
    await phone.getByRole('link', { name: t.sent.statusLink }).click();
    await phone.getByRole('textbox', { name: t.status.secret }).fill(secret);
    await phone.getByRole('button', { name: t.status.submit }).click();
    await expect.poll(() => phone.getByTestId('status').textContent(), { timeout: 10_000 }).toBe(t.status.states.closed);
    expect(await phone.getByText('23/123456/26').count()).toBe(1);
    const status = await fetch(`${baseUrl}/api/v1/public/reports/${encodeURIComponent(reference)}`, { headers: { 'X-Report-Secret': secret } });
    expect(await status.json()).toMatchObject({ reference, status: 'closed', crimeNumber: '23/123456/26' });

    for (const page of [supervisor, handler, officer, phone]) {
      await page.context().close();
    }
  });

  it('should have a queue and a case page with no accessibility violations on a 320px phone', async () => {
    const { reference } = await publicReport();
    const supervisor = await signIn('supervisor@demo.example');
    await supervisor.setViewportSize({ width: 320, height: 640 });
    await supervisor.goto(`${baseUrl}/queue`);
    await supervisor.getByRole('link', { name: reference }).waitFor({ timeout: 15_000 });
    await expectNoAccessibilityViolations(supervisor);
    const overflowing = () => supervisor.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(await overflowing(), 'horizontal scrolling on the queue at 320px').toBe(false);
    await supervisor.getByRole('link', { name: reference }).click();
    await supervisor.getByRole('heading', { level: 1, name: reference }).waitFor();
    await expectNoAccessibilityViolations(supervisor);
    expect(await overflowing(), 'horizontal scrolling on the case page at 320px').toBe(false);
    await supervisor.context().close();
  });
});
