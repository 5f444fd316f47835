/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('demoPassword');
let browser: Browser;
let page: Page;

const header = 'kind,description,occurred_at,strands,location_description,reporter_role,anonymous';
const good = `${header}\r\nhate_crime,"Window of the community centre smashed, racist words shouted",2026-11-20T21:00:00Z,race,Community centre,witness,true\r\n`;
const bad = `${good}hate_crime,No reason given,2026-11-21T10:00:00Z,,Bus stop,witness,true\r\n`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill('call.handler@demo.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
});
afterAll(() => browser.close());

const choose = (text: string) => page.getByLabel('File of reports').setInputFiles({ name: 'reports.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('importing a file of reports from the web app', () => {
  it('should list every problem and import nothing when a row is bad, then import the corrected file', async () => {
    await page.goto(`${baseUrl}/reports`);
    await page.getByRole('link', { name: 'Import a file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import reports from a file' }).waitFor();
    await expectNoAccessibilityViolations(page);

    await choose(bad);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: '1 problem in the file' }).waitFor();
    expect(await page.getByRole('cell', { name: 'strands' }).count()).toBe(1);
    await expectNoAccessibilityViolations(page);

    await choose(good);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByText('1 report imported.').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('link', { name: 'See the reports' }).waitFor();
    await page.goto(`${baseUrl}/reports?q=${encodeURIComponent('community centre smashed')}`);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('tbody tr').first().textContent()).toMatch(/DEMO-HC-\d{4}-\d{6}/);
  });
});
