import type { Browser, Page } from 'playwright-core';

/**
 * A member of staff signed in through the real sign-in page, in a browser context of their own (as
 * on separate computers in the control room and on the street).
 */
export async function signInAsStaff(browser: Browser, baseUrl: string, email: string, password: string, options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}
