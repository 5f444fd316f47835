/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
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

function signIn(email: string): Promise<Page> {
  return signInAsStaff(browser, baseUrl, email, password, { acceptDownloads: true });
}

/** Waits until nothing on the page is still loading, so that axe sees the finished page. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.getByText('Loading…').count(), { timeout: 15_000 }).toBe(0);
}

describe('returns: the daily pack and the Community Tension Summary', () => {
  it("should show the inspector today's daily pack with the figures and the tension picture, download it as a PDF, and keep it", async () => {
    const inspector = await signIn('inspector@demo.example');
    await inspector.getByRole('link', { name: 'Returns', exact: true }).click();
    await inspector.getByRole('heading', { level: 1, name: 'Returns and reports' }).waitFor();
    await expectNoAccessibilityViolations(inspector);

    await inspector.getByRole('heading', { level: 2 }).getByRole('link', { name: 'Daily pack' }).click();
    await inspector.getByRole('heading', { level: 1, name: 'Daily management meeting pack' }).waitFor();
    const headline = inspector.getByRole('table', { name: 'Reports received: this year, last year and the change' });
    await headline.waitFor({ timeout: 15_000 });
    expect(await headline.getByRole('rowheader').allTextContents()).toEqual(['The day', '7 days', '28 days']);
    // Computed live, or already kept: the server's morning schedule makes today's pack on start-up
    // when it starts after the pack's time.
    await inspector.getByText(/Computed now from live data|^As generated at .+ by /).first().waitFor();
    await inspector.getByRole('figure', { name: /^Hate crimes and incidents each day for 28 days/ }).waitFor();
    await inspector.getByRole('heading', { level: 2, name: 'Community tension' }).waitFor();
    const tension = inspector.getByRole('table', { name: 'Tension by policing area, as the map shows it' });
    expect(await tension.getByRole('row').count()).toBeGreaterThan(1);
    await inspector.getByRole('heading', { level: 2, name: 'Patrols' }).waitFor();
    await inspector.getByText('Not available yet.').first().waitFor();
    await expectNoAccessibilityViolations(inspector);

    // The PDF, as the browser downloads it from the link.
    const [download] = await Promise.all([inspector.waitForEvent('download'), inspector.getByRole('link', { name: 'Download the PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^daily-pack-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Kept: from now on the pack says who generated it and when, and reads the same again.
    await inspector.getByRole('button', { name: 'Generate and keep now' }).click();
    await inspector.getByText(/^As generated at .+ by /).waitFor({ timeout: 15_000 });
    await inspector.reload();
    await inspector.getByText(/^As generated at .+ by /).waitFor({ timeout: 15_000 });
    await expectNoAccessibilityViolations(inspector);

    await inspector.getByRole('link', { name: 'Exports', exact: true }).click();
    await inspector.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
    await inspector.getByRole('link', { name: /^Download the \d{4}\/\d{2} return \(CSV\)$/ }).waitFor();
    await expectNoAccessibilityViolations(inspector);
    await inspector.context().close();
  });

  it('should let the NPA commander compile and edit a Community Tension Summary, a second commander approve and issue it, and then show it read-only with "Issue a correction"', async () => {
    const commander = await signIn('npa.commander@demo.example');
    await commander.goto(`${baseUrl}/returns/tension-summaries`);
    await commander.getByRole('heading', { level: 1, name: 'Community Tension Summaries' }).waitFor();
    await settled(commander);
    await expectNoAccessibilityViolations(commander);

    await commander.getByRole('link', { name: 'Compile a return' }).click();
    await commander.getByRole('heading', { level: 1, name: 'Compile a Community Tension Summary' }).waitFor();
    await expectNoAccessibilityViolations(commander);
    await commander.getByRole('button', { name: 'The 7 days to yesterday (weekly)' }).click();
    await commander.getByRole('button', { name: 'Compile the return' }).click();
    await commander.getByRole('heading', { level: 1, name: /^Community Tension Summary: .+ \(version 1\)$/ }).waitFor({ timeout: 20_000 });
    await commander.getByText('Return compiled.', { exact: false }).waitFor();
    // The commander holds returns:approve but compiled it: someone else must approve (the two-person rule).
    await commander.getByText('another commander must approve it', { exact: false }).waitFor();
    expect(await commander.getByRole('button', { name: 'Approve the return' }).count()).toBe(0);
    await expectNoAccessibilityViolations(commander);
    const summaryUrl = commander.url();

    // Edit: the force-wide summary and one area's summary of tension.
    await commander.getByRole('link', { name: 'Edit the text' }).click();
    await commander.getByRole('heading', { level: 1, name: /^Edit: / }).waitFor();
    await expectNoAccessibilityViolations(commander);
    const forceSummary = 'Tension rose after the attack elsewhere; religion-motivated abuse near mosques is the main concern (synthetic e2e text).';
    await commander.getByLabel('Summary', { exact: true }).fill(forceSummary);
    const firstArea = commander.getByRole('group', { name: /^The text for / }).first();
    const areaSummary = 'Worshippers report fear of attending evening prayers; patrols increased (synthetic e2e text).';
    await firstArea.getByLabel('Summary of tension').fill(areaSummary);
    await commander.getByRole('button', { name: 'Save the text' }).click();
    await commander.getByText('Your changes are saved.').waitFor({ timeout: 10_000 });
    await commander.getByText(forceSummary).waitFor();
    await commander.getByText(areaSummary).waitFor();
    await expectNoAccessibilityViolations(commander);

    // Gold, who did not write it, approves and issues it.
    const gold = await signIn('gold@demo.example');
    await gold.goto(summaryUrl);
    await gold.getByRole('heading', { level: 1, name: /^Community Tension Summary: / }).waitFor();
    await gold.getByText(forceSummary).waitFor();
    await expectNoAccessibilityViolations(gold);
    await gold.getByRole('button', { name: 'Approve the return' }).click();
    await gold.getByRole('button', { name: 'Issue the return' }).waitFor({ timeout: 10_000 });
    await expectNoAccessibilityViolations(gold);
    await gold.getByRole('button', { name: 'Issue the return' }).click();
    await gold.getByText('Issued to the National Community Tensions Team.', { exact: false }).waitFor({ timeout: 10_000 });
    await gold.getByRole('heading', { level: 2, name: 'Issue a correction' }).waitFor();
    expect(await gold.getByRole('link', { name: 'Edit the text' }).count()).toBe(0);
    expect(await gold.getByRole('button', { name: 'Issue the return' }).count()).toBe(0);
    await expectNoAccessibilityViolations(gold);
    await gold.context().close();

    // Back with the commander: read-only, with the way to put a mistake right.
    await commander.reload();
    await commander.getByText('Issued to the National Community Tensions Team.', { exact: false }).waitFor({ timeout: 10_000 });
    await commander.getByRole('heading', { level: 2, name: 'Issue a correction' }).waitFor();
    await commander.getByRole('button', { name: 'Start the correction' }).waitFor();
    expect(await commander.getByRole('link', { name: 'Edit the text' }).count()).toBe(0);
    await expectNoAccessibilityViolations(commander);

    await commander.getByRole('link', { name: 'Community Tension Summaries', exact: true }).click();
    const list = commander.getByRole('table', { name: /^Returns, the latest period first/ });
    await list.getByRole('cell', { name: 'Issued', exact: true }).waitFor();
    await expectNoAccessibilityViolations(commander);
    await commander.context().close();
  });

  it('should show the analyst the panel report with its five-year trend and the parts not available yet', async () => {
    const analyst = await signIn('analyst@demo.example');
    await analyst.goto(`${baseUrl}/returns/pcc-report`);
    await analyst.getByRole('heading', { level: 1, name: 'Report to the Police and Crime Panel' }).waitFor();
    await analyst.getByRole('table', { name: 'This period against the same period a year earlier' }).waitFor({ timeout: 15_000 });
    await analyst.getByRole('figure', { name: /each quarter for five years/ }).waitFor();
    await analyst.getByRole('heading', { level: 2, name: 'Stop and search' }).waitFor();
    await analyst.getByText('Not available yet.').first().waitFor();
    await expectNoAccessibilityViolations(analyst);
    await analyst.context().close();
  });
});
