import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Console errors and uncaught page errors, except the one expected below. */
  unexpected: () => string[];
}

/**
 * Records every console error and page error. The only error allowed is the browser's own report of
 * the 401 that GET /api/v1/auth/me answers before signing in (that is how the app learns to show the
 * login page; Chromium logs every 4xx resource as a console error).
 */
export function watchPage(page: Page): PageProblems {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    const signedOutCheck =
      message.text().includes('status of 401') && new URL(url, 'http://x').pathname === '/api/v1/auth/me';
    if (!signedOutCheck) problems.push(`console error: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // An aborted fetch is the app dropping a stale request on purpose (a newer one replaced it).
    if (failure !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${failure}`);
  });
  return { unexpected: () => [...problems] };
}
