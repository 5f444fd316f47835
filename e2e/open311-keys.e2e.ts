/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('demoPassword');
let browser: Browser;
let page: Page;

/** What Tell MAMA's own system would send: a form-encoded GeoReport v2 request with its api_key. */
function sendReport(apiKey: string): Promise<Response> {
  const body = new URLSearchParams({
    api_key: apiKey,
    service_code: 'hate_crime',
    lat: '53.4635',
    long: '-2.2795',
    address_string: 'Outside the primary school gate',
    description: 'Two men shouted religious abuse at a woman wearing a headscarf and pulled at it.',
    'attribute[perceived_religion]': 'muslim',
    'attribute[occurred_at]': new Date(Date.now() - 60 * 60 * 1000).toISOString(),
  });
  body.append('attribute[strands][]', 'religion');
  return fetch(`${baseUrl}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill('admin@demo.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
});
afterAll(() => browser.close());

describe('partner API keys (Open311)', () => {
  it('should let an admin issue a key that is shown once and works, then revoke it so that it is refused at once', async () => {
    await page.getByRole('link', { name: 'Partner API keys' }).click();
    await page.waitForURL(/\/admin\/open311-keys$/);
    await page.getByRole('heading', { level: 1, name: 'Partner API keys' }).waitFor();
    await expect.poll(() => page.getByText(`${new URL(baseUrl).origin}/open311/v2`, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await expectNoAccessibilityViolations(page);

    // Nothing typed: the error summary names the field.
    await page.getByRole('button', { name: 'Issue key' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Enter the name of the partner organisation' }).count(), { timeout: 10_000 }).toBe(1);
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Organisation', { exact: true }).fill('Tell MAMA');
    await page.getByRole('button', { name: 'Issue key' }).click();
    await page.getByRole('heading', { name: 'API key for Tell MAMA' }).waitFor();
    expect(await page.getByText('You will not see this key again.').count()).toBe(1);
    const apiKey = (await page.locator('code.secret').textContent())?.trim() ?? '';
    expect(apiKey).toMatch(/^c311_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Copy key' }).waitFor();
    await expectNoAccessibilityViolations(page);
    const row = page.getByRole('row', { name: /Tell MAMA/ });
    await expect.poll(() => row.getByText('Active', { exact: true }).count(), { timeout: 10_000 }).toBe(1);

    const accepted = await sendReport(apiKey);
    expect(accepted.status).toBe(201);
    const [receipt] = (await accepted.json()) as { service_request_id: string }[];
    expect(receipt?.service_request_id).toMatch(/^DEMO-HC-\d{4}-\d{6}$/);

    // Once dismissed, or after a reload, the key is nowhere on the page.
    await page.getByRole('button', { name: 'I have saved the key' }).click();
    expect(await page.locator('code.secret').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Partner API keys' }).waitFor();
    await row.waitFor();
    expect(await page.content()).not.toContain(apiKey);

    await row.getByRole('button', { name: /^Revoke the key for Tell MAMA, issued / }).click();
    await page.getByRole('heading', { name: 'Revoke the key for Tell MAMA?' }).waitFor();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Yes, revoke the key' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The key for Tell MAMA has been revoked.' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => row.getByText('Revoked', { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getByRole('button').count()).toBe(0);
    await expectNoAccessibilityViolations(page);

    const refused = await sendReport(apiKey);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual([{ code: 403, description: 'api_key is not valid or has been revoked' }]);
  });
});
