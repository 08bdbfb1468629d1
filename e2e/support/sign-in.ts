import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from './start-test-server.ts';
import { type PageProblems, watchPage } from './watch-page.ts';

/** The two screen sizes the suites use. */
export const VIEWPORTS = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/**
 * A new browser context of the given size, signed in with the admin password and on the overview;
 * `beforeSignIn` runs on the login page (e.g. to screenshot it).
 */
export async function openSignedIn(
  browser: Browser,
  server: TestServer,
  size: ViewportName,
  beforeSignIn?: (page: Page) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[size],
    isMobile: size === 'phone',
    hasTouch: size === 'phone',
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Sign in to Patron' }).waitFor();
  await beforeSignIn?.(page);
  await page.getByLabel('Admin password').fill(server.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  return { context, page, problems };
}

/** How many pixels the page is wider than a phone screen (0 or less: no sideways scrolling). */
export function phoneOverflow(page: Page): Promise<number> {
  return page.evaluate((width) => document.documentElement.scrollWidth - width, VIEWPORTS.phone.width);
}
