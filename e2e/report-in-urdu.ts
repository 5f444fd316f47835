/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import ur from '../src/web/locales/report/ur.json' with { type: 'json' };

export async function expectFitsTheScreen(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBe(false);
}

/**
 * Day 1, 06:40 (SCENARIO.md): a woman reports, in Urdu, on a 320px phone, that men shouted abuse at
 * her and her daughter outside the school gate and spat at them. Leaves the phone on the sent page.
 */
export async function reportInUrduOnAPhone(browser: Browser, baseUrl: string): Promise<{ page: Page; reference: string; secret: string }> {
  const t = ur.report;
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await page.goto(`${baseUrl}/report`);
  await page.getByRole('button', { name: 'اردو' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ur' && document.documentElement.dir === 'rtl');
  await page.getByRole('heading', { level: 1, name: t.intro.title }).waitFor();
  await expectFitsTheScreen(page);
  expect(await page.getByRole('link', { name: t.leave }).count()).toBe(1);

  await page.getByRole('link', { name: t.intro.start }).click();
  await page.getByRole('radio', { name: t.start.me }).check();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('radio', { name: t.crime.yes }).check();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('textbox', { name: t.what.title }).fill('سکول کے گیٹ کے باہر دو آدمیوں نے مجھ پر اور میری بیٹی پر گالیاں دیں اور ہم پر تھوکا۔');
  await page.getByRole('radio', { name: t.what.onlineNo }).check();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('checkbox', { name: t.why.strands.religion }).check();
  await page.getByRole('radio', { name: t.why.religions.muslim }).check();
  await page.getByRole('checkbox', { name: t.why.strands.race }).check();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('radio', { name: t.when.yesterday }).check();
  // Typed on an Urdu keyboard: Extended Arabic-Indic digits.
  await page.getByRole('textbox', { name: t.when.time }).fill('۰۶:۴۰');
  await page.getByRole('radio', { name: t.when.ongoingNo }).check();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('textbox', { name: t.where.place }).fill('سکول کے گیٹ کے باہر');
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('heading', { level: 1, name: t.who.title }).waitFor();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('heading', { level: 1, name: t.photos.title }).waitFor();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('radio', { name: t.about.yes }).check();
  await page.getByRole('button', { name: t.common.continue }).click();
  await page.getByRole('textbox', { name: t.contact.name }).fill('عائشہ');
  await page.getByRole('textbox', { name: t.contact.phone }).fill('۰۷۷۰۰ ۹۰۰۱۲۳');
  await page.getByRole('checkbox', { name: t.contact.interpreter }).check();
  await page.getByRole('textbox', { name: t.contact.notes }).fill('اردو بولنے والی خاتون افسر ہو تو بہتر ہے');
  expect(await page.getByRole('combobox', { name: t.contact.language }).inputValue()).toBe('ur');
  await page.getByRole('button', { name: t.common.continue }).click();

  await page.getByRole('heading', { level: 1, name: t.check.title }).waitFor();
  await expectFitsTheScreen(page);
  await page.getByRole('button', { name: t.check.send }).click();
  await page.getByRole('heading', { level: 1, name: t.sent.title }).waitFor({ timeout: 15_000 });
  await expectFitsTheScreen(page);
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  const secret = (await page.getByTestId('secret').textContent()) ?? '';
  return { page, reference, secret };
}
