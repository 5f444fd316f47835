/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAccessibilityViolations, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('demoPassword');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('signing in', () => {
  it('should have a sign-in page with no accessibility violations, on a desktop and a 320px phone', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 640 }]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${baseUrl}/sign-in`);
      await page.getByLabel('Email address').waitFor();
      await expectNoAccessibilityViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, `horizontal scrolling at ${viewport.width}px`).toBe(false);
      await page.close();
    }
  });

  it('should show an error summary for a wrong password', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill('admin@demo.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 10_000 }).toMatch(/email address or password/i);
    await page.close();
  });

  it('should sign an admin in, navigate to the audit log and sign out', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email address').fill('admin@demo.example');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByText(/synthetic data/i).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/admin\/audit/);
    await expect.poll(() => page.getByText('auth.signed_in').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(me).toBe(401);
    await page.close();
  });

  it('should show an officer no admin links', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill('officer@demo.example');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.close();
  });
});
