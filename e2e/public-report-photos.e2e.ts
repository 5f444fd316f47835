/// <reference lib="dom" />
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../src/web/locales/report/en.json' with { type: 'json' };
import ar from '../src/web/locales/report/ar.json' with { type: 'json' };
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('demoPassword');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const t = en.report;

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 16×16 PNG of one colour, so that the page can draw its thumbnail; each colour is a different file. */
function png(red: number, green: number, blue: number): Buffer {
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).map((_, i) => [red, green, blue][i % 3] ?? 0)]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Only the JPEG magic number and noise: the server takes it, no browser can draw it. */
const jpeg = (seed: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, seed)]);

const photo = (name: string, buffer: Buffer, mimeType = name.endsWith('.png') ? 'image/png' : 'image/jpeg') => ({ name, mimeType, buffer });
/** Text under an image's name and type: refused in the browser by its first bytes. */
const notAPhoto = photo('not-a-photo.png', Buffer.from('This is a shopping list, not a picture.'), 'image/png');

const phone = { width: 320, height: 640 };

async function newPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: phone });
  return context.newPage();
}

async function expectFitsTheScreen(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), `horizontal scrolling on ${page.url()}`).toBe(false);
}

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

/** The shortest report, by control id, up to the photos page. */
async function answerUpToPhotos(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/report/start`);
  await page.locator('#about-me').check();
  await goOn(page, '#crime-yes');
  await page.locator('#crime-yes').check();
  await goOn(page, '#description');
  await page.locator('#description').fill('Someone painted racist graffiti on our front door overnight.');
  await page.locator('#online-no').check();
  await goOn(page, '#strand-race');
  await page.locator('#strand-race').check();
  await goOn(page, '#date-choice-today');
  await page.locator('#date-choice-today').check();
  await page.locator('#ongoing-no').check();
  await goOn(page, '#postcode');
  await page.locator('#postcode').fill('M13 9PL');
  await goOn(page, '#offender');
  await goOn(page, '#photos');
}

/** From the photos page: anonymous, check, send; the receipt. */
async function sendFromPhotos(page: Page): Promise<{ reference: string; secret: string }> {
  await goOn(page, '#contact-me-yes');
  await page.locator('#contact-me-no').check();
  await goOn(page, '.summary-list');
  await continueButton(page).click();
  await page.getByTestId('secret').waitFor({ timeout: 15_000 });
  return { reference: (await page.getByTestId('reference').textContent()) ?? '', secret: (await page.getByTestId('secret').textContent()) ?? '' };
}

const list = (page: Page) => page.getByTestId('photo-list').getByRole('listitem');
const withoutIsolates = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

/** What staff see: the report's photos, through the API as the demo supervisor. */
async function photosOnTheServer(reference: string): Promise<{ contentType: string; sizeBytes: number }[]> {
  const context = await browser.newContext();
  try {
    const login = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email: 'supervisor@demo.example', password } });
    expect(login.status()).toBe(204);
    const found = (await (await context.request.get(`${baseUrl}/api/v1/reports?q=${encodeURIComponent(reference)}`)).json()) as { items: { id: string }[] };
    expect(found.items).toHaveLength(1);
    const report = (await (await context.request.get(`${baseUrl}/api/v1/reports/${found.items[0]?.id}`)).json()) as {
      photos: { contentType: string; sizeBytes: number }[];
    };
    return report.photos;
  } finally {
    await context.close();
  }
}

describe('photos and screenshots in the public report', () => {
  it('should check photos in the browser, let one be removed, and send only the one that is left', async () => {
    const page = await newPhone();
    await answerUpToPhotos(page);
    await page.getByRole('heading', { level: 1, name: t.photos.title }).waitFor();
    const input = page.getByLabel(t.photos.label);
    expect(await input.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp');
    expect(await input.getAttribute('multiple')).not.toBeNull();
    const door = png(200, 30, 30);

    await input.setInputFiles([photo('front-door.png', door), photo('message.jpg', jpeg(1)), notAPhoto]);
    const summary = page.getByRole('alert');
    await expect.poll(async () => withoutIsolates(await summary.textContent())).toContain(t.photos.errors.type.replace('{{name}}', 'not-a-photo.png'));
    expect(await page.title()).toMatch(/^Error: /);
    await expect.poll(() => list(page).count()).toBe(2);
    expect(await page.getByTestId('photo-announcement').textContent()).toBe('Added: front-door.png, message.jpg. Photos chosen: 2 of 5.');
    // The real PNG gets a drawn thumbnail (a data: URL, which the CSP allows); the noise has a plain box.
    await expect.poll(() => page.locator('img.photo-list__thumbnail').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    expect(await page.evaluate(() => (document.querySelector('img.photo-list__thumbnail') as HTMLImageElement | null)?.naturalWidth)).toBeGreaterThan(0);
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('photos');

    await page.getByRole('button', { name: 'Remove message.jpg' }).click();
    await expect.poll(() => list(page).count()).toBe(1);
    expect(await list(page).textContent()).toContain('front-door.png');
    expect(await page.getByTestId('photo-announcement').textContent()).toBe('Removed: message.jpg. Photos chosen: 1 of 5.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('photos-chosen-heading');
    // Only the count goes into the saved draft, never the file or its name.
    const saved = (await page.evaluate(() => localStorage.getItem('cohesion.report.draft'))) ?? '';
    expect(JSON.parse(saved)).toMatchObject({ photoCount: 1 });
    expect(saved).not.toContain('front-door');
    await expectFitsTheScreen(page);

    await goOn(page, '#contact-me-yes');
    await page.locator('#contact-me-no').check();
    await goOn(page, '.summary-list');
    const row = page.locator('.summary-list__row').filter({ hasText: t.check.rows.photos });
    expect(await row.locator('.answer-files li').allTextContents()).toEqual(['front-door.png']);
    expect(await row.textContent()).toContain(t.check.photosNote);
    await row.getByRole('link', { name: `${t.common.change} ${t.check.rows.photos}` }).click();
    await page.getByRole('heading', { level: 1, name: t.photos.title }).waitFor();
    expect(await list(page).count()).toBe(1);
    await goOn(page, '.summary-list');

    await continueButton(page).click();
    await page.getByTestId('secret').waitFor({ timeout: 15_000 });
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    await expect.poll(() => page.getByTestId('photo-progress').textContent(), { timeout: 15_000 }).toBe(t.sent.photos.allSent);
    await expectFitsTheScreen(page);

    const photos = await photosOnTheServer(reference);
    expect(photos).toEqual([expect.objectContaining({ contentType: 'image/png', sizeBytes: door.length })]);
    await page.context().close();
  });

  for (const language of ['en', 'ar'] as const) {
    it(`should have no accessibility violations on the photos page in ${language === 'en' ? 'English' : 'Arabic'}`, async () => {
      const strings = language === 'en' ? en.report : ar.report;
      const page = await newPhone();
      await page.goto(`${baseUrl}/report`);
      if (language === 'ar') {
        await page.getByRole('button', { name: 'العربية' }).click();
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      await page.goto(`${baseUrl}/report/photos`);
      await page.getByRole('heading', { level: 1, name: strings.photos.title }).waitFor();
      await expectAccessible(page);

      await page.getByLabel(strings.photos.label).setInputFiles([photo('graffiti.png', png(20, 120, 40)), photo('screenshot.jpg', jpeg(2)), notAPhoto]);
      await page.locator('.error-summary').waitFor();
      await expect.poll(() => list(page).count()).toBe(2);
      await page.locator('img.photo-list__thumbnail').waitFor();
      await expectAccessible(page);
      // The remove buttons are named after their files in every language.
      expect(await page.getByRole('button', { name: `${strings.photos.remove} graffiti.png` }).count()).toBe(1);
      await page.context().close();
    });
  }

  it('should show the reference and secret whatever happens to a photo, and send a failed one on "Try again"', async () => {
    const page = await newPhone();
    await answerUpToPhotos(page);
    await page.getByLabel(t.photos.label).setInputFiles([photo('door.png', png(10, 10, 200)), photo('bins.jpg', jpeg(3))]);
    await expect.poll(() => list(page).count()).toBe(2);

    // The first photo meets a busy server (429, then sent after Retry-After); the second a failure.
    let attempts = 0;
    await page.route('**/api/v1/public/reports/*/photos', async (route) => {
      attempts += 1;
      if (attempts === 1) {
        await route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, contentType: 'application/problem+json', body: '{"status":429}' });
      } else if (attempts === 3) {
        await route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"status":503}' });
      } else {
        await route.continue();
      }
    });
    const { reference } = await sendFromPhotos(page);
    expect(reference).toMatch(/^DEMO-HC-\d{4}-\d{6}$/);
    const progress = page.getByTestId('photo-progress');
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toBe(t.sent.photos.someSent.replace('{{sent}}', '1').replace('{{total}}', '2'));
    expect(await page.locator('[data-state=sent]').textContent()).toContain('door.png');
    const failed = page.locator('[data-state=failed]');
    expect(await failed.textContent()).toContain(t.sent.photos.failures.unavailable);
    expect(await page.getByTestId('secret').isVisible()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: `${t.sent.photos.tryAgain} bins.jpg` }).click();
    await expect.poll(() => progress.textContent(), { timeout: 15_000 }).toBe(t.sent.photos.allSent);
    expect(attempts).toBe(4);
    expect(await photosOnTheServer(reference)).toHaveLength(2);
    await page.context().close();
  });

  it('should say the photos need choosing again after the page is reloaded, keeping the other answers', async () => {
    const page = await newPhone();
    await answerUpToPhotos(page);
    await page.getByLabel(t.photos.label).setInputFiles([photo('door.png', png(90, 90, 90))]);
    await expect.poll(() => list(page).count()).toBe(1);
    expect(await page.getByText(t.photos.keepNote).count()).toBe(1);
    await page.reload();
    await page.getByText(t.photos.lost).waitFor();
    expect(await page.getByTestId('photo-list').count()).toBe(0);
    await page.goto(`${baseUrl}/report/check`);
    const row = page.locator('.summary-list__row').filter({ hasText: t.check.rows.photos });
    expect(await row.textContent()).toContain(t.photos.lost);
    expect(await page.locator('.summary-list').textContent()).toContain('Someone painted racist graffiti on our front door overnight.');
    await page.context().close();
  });
});
