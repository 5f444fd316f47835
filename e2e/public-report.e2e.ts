/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../src/web/locales/report/en.json' with { type: 'json' };
import ur from '../src/web/locales/report/ur.json' with { type: 'json' };
import pl from '../src/web/locales/report/pl.json' with { type: 'json' };
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';
import { expectFitsTheScreen, reportInUrduOnAPhone } from './report-in-urdu.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const phone = { width: 320, height: 640 };

/** A fresh browser profile, as a reporter's phone would be: no draft, no language chosen. */
async function newPhone(viewport = phone): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

/**
 * Axe at the top of the page: further down, content scrolls under the sticky "Leave this site
 * quickly" button, and axe counts a target it half covers as too small.
 */
async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAccessibilityViolations(page);
  await expectFitsTheScreen(page);
}

const continueButton = (page: Page) => page.locator('main form button[type=submit]');

async function goOn(page: Page, nextField: string): Promise<void> {
  await continueButton(page).click();
  await page.locator(nextField).waitFor();
}

/**
 * Every question, answered by control id so that it works in any language; `visit` runs on each
 * page (and on one page with errors) before it is answered.
 */
async function answerEverything(page: Page, visit: (name: string) => Promise<void>): Promise<{ reference: string; secret: string }> {
  await page.locator('a.button--start').click();
  await page.locator('#about-me').waitFor();
  await continueButton(page).click();
  await page.locator('.error-summary').waitFor();
  await visit('start with errors');
  await page.locator('#about-someone_else').check();
  await page.locator('#saw-it-yes').check();
  await goOn(page, '#crime-yes');
  await visit('crime');
  await page.locator('#crime-not_sure').check();
  await goOn(page, '#description');
  await page.locator('#description').fill('Two men shouted abuse at a woman and her daughter outside the school gate and spat at them.');
  await page.locator('#online-no').check();
  await visit('what happened');
  await goOn(page, '#strand-race');
  await page.locator('#strand-religion').check();
  await page.locator('#religion-muslim').check();
  await visit('why');
  await goOn(page, '#date-choice-today');
  await page.locator('#date-choice-another').check();
  await page.locator('#date-day').fill('31');
  await page.locator('#date-month').fill('2');
  await page.locator('#date-year').fill('2026');
  await page.locator('#approximate').check();
  await continueButton(page).click();
  await page.locator('.error-summary').waitFor();
  await visit('when with errors');
  await page.locator('#date-choice-yesterday').check();
  await page.locator('#time').fill('06:40');
  await page.locator('#ongoing-no').check();
  await goOn(page, '#postcode');
  await page.locator('#postcode').fill('m13 9pl');
  await page.locator('#place').fill('Outside the school gate');
  await visit('where');
  await goOn(page, '#offender');
  await visit('who');
  await goOn(page, '#photos');
  await visit('photos');
  await goOn(page, '#contact-me-yes');
  await page.locator('#contact-me-yes').check();
  await visit('about you');
  await goOn(page, '#name');
  await page.locator('#name').fill('Ayesha');
  await page.locator('#phone').fill('07700 900123');
  await page.locator('#interpreter').check();
  await visit('contact details');
  await goOn(page, '.summary-list');
  await visit('check your answers');
  await continueButton(page).click();
  await page.locator('[data-testid=secret]').waitFor({ timeout: 15_000 });
  await visit('sent');
  const reference = (await page.locator('[data-testid=reference]').textContent()) ?? '';
  const secret = (await page.locator('[data-testid=secret]').textContent()) ?? '';
  return { reference, secret };
}

describe('the public report pages', () => {
  it('should take a report in Urdu on a 320px phone, then show its status in Urdu', async () => {
    const t = ur.report;
    const { page, reference, secret } = await reportInUrduOnAPhone(browser, baseUrl);
    expect(reference).toMatch(/^DEMO-HC-\d{4}-\d{6}$/);
    expect(secret).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(await page.evaluate(() => localStorage.getItem('cohesion.report.draft'))).toBeNull();

    await page.getByRole('link', { name: t.sent.statusLink }).click();
    expect(await page.getByRole('textbox', { name: t.status.reference }).inputValue()).toBe(reference);
    await page.getByRole('textbox', { name: t.status.secret }).fill(secret);
    await page.getByRole('button', { name: t.status.submit }).click();
    await expect.poll(() => page.getByTestId('status').textContent(), { timeout: 10_000 }).toBe(t.status.states.received);
    expect(t.status.states.received).not.toBe(en.report.status.states.received);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.context().close();
  });

  for (const language of ['en', 'ar'] as const) {
    it(`should have no accessibility violations on any page of the flow in ${language === 'en' ? 'English' : 'Arabic'}`, async () => {
      const page = await newPhone();
      await page.goto(`${baseUrl}/report`);
      if (language === 'ar') {
        await page.getByRole('button', { name: 'العربية' }).click();
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      await page.locator('h1').waitFor();
      await expectAccessible(page);
      const { reference, secret } = await answerEverything(page, () => expectAccessible(page));

      await page.goto(`${baseUrl}/report/status?reference=${reference}`);
      await page.locator('#secret').waitFor();
      await expectAccessible(page);
      await page.locator('#secret').fill('AAAA-BBBB-CCCC-DDDD');
      await continueButton(page).click();
      await page.locator('.error-summary').waitFor({ timeout: 10_000 });
      await expectAccessible(page);
      await page.locator('#secret').fill(secret);
      await continueButton(page).click();
      await page.getByTestId('status').waitFor({ timeout: 10_000 });
      await expectAccessible(page);
      await page.context().close();
    });
  }

  it('should keep every answer when the language changes part way through', async () => {
    const page = await newPhone();
    await page.goto(`${baseUrl}/report/start`);
    await page.locator('#about-me').check();
    await goOn(page, '#crime-yes');
    await page.locator('#crime-no').check();
    await goOn(page, '#description');
    const account = 'They shouted at me on the bus because of my accent.';
    await page.locator('#description').fill(account);
    await page.locator('#online-no').check();

    await page.getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('heading', { level: 1, name: pl.report.what.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    expect(await page.locator('#description').inputValue()).toBe(account);
    expect(await page.locator('#online-no').isChecked()).toBe(true);

    await page.getByRole('link', { name: pl.report.common.back }).click();
    const no = page.getByRole('radio', { name: pl.report.crime.no, exact: true });
    expect(await no.isChecked()).toBe(true);
    await page.reload();
    await no.waitFor();
    expect(await no.isChecked()).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await goOn(page, '#description');
    expect(await page.locator('#description').inputValue()).toBe(account);
    await page.context().close();
  });

  it('should show a field the server refuses in the error summary, linked to its answer', async () => {
    const page = await newPhone({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/report/start`);
    await page.locator('#about-me').check();
    await goOn(page, '#crime-yes');
    await page.locator('#crime-yes').check();
    await goOn(page, '#description');
    await page.locator('#description').fill('Someone threw a bottle at me and shouted racist abuse.');
    await page.locator('#online-no').check();
    await goOn(page, '#strand-race');
    await page.locator('#strand-race').check();
    await goOn(page, '#date-choice-today');
    await page.locator('#date-choice-yesterday').check();
    await page.locator('#ongoing-no').check();
    await goOn(page, '#postcode');
    await page.locator('#postcode').fill('M13 9PL');
    await goOn(page, '#offender');
    await goOn(page, '#photos');
    await goOn(page, '#contact-me-yes');
    await page.locator('#contact-me-no').check();
    await goOn(page, '.summary-list');

    // The form checks postcodes with the same schema as the server, so the refusal is staged by
    // spoiling the postcode on its way out; the server's own 400 is what the page must show.
    await page.route('**/api/v1/public/reports', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { location?: { postcode?: string } };
      body.location = { ...body.location, postcode: 'NOT A POSTCODE' };
      await route.continue({ postData: JSON.stringify(body) });
    });
    await continueButton(page).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toContain(en.report.common.checkAnswer.replace('{{label}}', en.report.where.postcode));
    expect(await page.title()).toMatch(/^Error: /);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-where');
    expect(await page.evaluate(() => localStorage.getItem('cohesion.report.draft'))).not.toBeNull();

    await page.unroute('**/api/v1/public/reports');
    await continueButton(page).click();
    await page.getByTestId('reference').waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it('should leave quickly: replace the page and delete the answers', async () => {
    const page = await newPhone();
    await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(`${baseUrl}/report/start`);
    await page.locator('#about-me').check();
    await goOn(page, '#crime-yes');
    expect(await page.evaluate(() => localStorage.getItem('cohesion.report.draft'))).not.toBeNull();
    await page.goto(`${baseUrl}/report`); // from the top of a freshly loaded page
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.report.leave);
    await page.keyboard.press('Enter');
    await page.waitForURL('https://www.bbc.co.uk/weather');
    await page.goto(`${baseUrl}/report/check`);
    await page.getByText(en.report.check.empty).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cohesion.report')))).toEqual([]);
    await page.context().close();
  });
});
