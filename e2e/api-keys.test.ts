import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/launch-browser.ts';
import { lowContrastText } from './support/low-contrast-text.ts';
import { screenshot } from './support/screenshot.ts';
import { openSignedIn, phoneOverflow, VIEWPORTS } from './support/sign-in.ts';
import { startTestServer, type TestServer } from './support/start-test-server.ts';
import { type PageProblems, watchPage } from './support/watch-page.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  server = await startTestServer({ customers: 120, seed: 7 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const signIn = (size: 'desktop' | 'phone') => openSignedIn(browser, server, size);

/** The status of GET overview from Node, as a script would call it. */
async function overviewStatus(headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${server.url}/api/v1/workspaces/default/overview`, { headers });
  await response.arrayBuffer();
  return response.status;
}

/** An admin session cookie from Node (the password login the dashboard uses). */
async function adminCookie(): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: server.password }),
  });
  assert.equal(response.status, 200, await response.text());
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  assert.ok(cookie, 'the login sets a session cookie');
  return cookie;
}

describe('API keys page on a desktop screen', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let key = '';

  test('opens from the navigation under Settings', async () => {
    ({ context, page, problems } = await signIn('desktop'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'API keys', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#/settings/api-keys');
    assert.equal(await page.title(), 'API keys · Patron');
    await page.getByText('No keys yet.').waitFor();
    await page.getByRole('heading', { name: 'How a tool uses a key' }).waitFor();
    await screenshot(page, 'desktop-api-keys');
  });

  test('an empty name is refused in the form, without asking the server', async () => {
    const posts: string[] = [];
    const onRequest = (request: { method: () => string; url: () => string }) => {
      if (request.method() === 'POST') posts.push(request.url());
    };
    page.on('request', onRequest);
    const name = page.getByLabel('Key name');
    await name.fill('   ');
    await page.getByRole('button', { name: 'Create key' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Give the key a name, such as the tool that will use it.');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.equal(await name.evaluate((e) => e === document.activeElement), true, 'focus is on the field');
    page.off('request', onRequest);
    assert.deepEqual(posts, []);
    await name.fill('z');
    assert.equal(await alert.count(), 0, 'typing clears the message');
  });

  test('creates "zapier": the key is shown once, copies, and works from a script', async () => {
    await page.getByLabel('Key name').fill('zapier');
    await page.getByRole('button', { name: 'Create key' }).click();
    const panel = page.getByRole('region', { name: 'Your new key “zapier”' });
    await panel.waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Your new key “zapier”',
      'focus moves to the new key',
    );
    key = (await page.getByTestId('new-key').textContent()) ?? '';
    assert.match(key, /^ptk_[\w-]{40,}$/);
    assert.ok((await panel.textContent())?.includes('it will not be shown again'));

    await panel.getByRole('button', { name: 'Copy key' }).click();
    await panel.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
    const panelText = (await panel.textContent()) ?? '';
    assert.ok(panelText.includes(`Authorization: Bearer ${key}`), 'the header to send');
    assert.ok(
      panelText.includes(
        `curl -H "Authorization: Bearer ${key}" ${server.url}/api/v1/workspaces/default/overview`,
      ),
      'a curl line for this server and workspace',
    );

    // Node, like a script: the key opens the workspace; without it, the answer is 401.
    assert.equal(await overviewStatus({ authorization: `Bearer ${key}` }), 200);
    assert.equal(await overviewStatus({}), 401);

    // The list shows the key by name and first characters, never the secret.
    const row = page.getByRole('row').filter({ hasText: 'zapier' });
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    assert.ok(rowText.includes(`${key.slice(0, 10)}…`), rowText);
    assert.ok(rowText.includes('Never'), `not used when the list loaded: ${rowText}`);
    const tableText = (await page.locator('table').textContent()) ?? '';
    assert.ok(!tableText.includes(key), 'the table never holds the secret');
    const listed = await fetch(`${server.url}/api/v1/workspaces/default/api-keys`, {
      headers: { cookie: await adminCookie() },
    });
    const listedText = await listed.text();
    assert.equal(listed.status, 200, listedText);
    const keys = (JSON.parse(listedText) as { keys: { name: string; prefix: string }[] }).keys;
    assert.deepEqual(
      keys.map((k) => [k.name, k.prefix]),
      [['zapier', key.slice(0, 10)]],
    );
    assert.ok(!listedText.includes(key), 'the API list never holds the secret');

    assert.deepEqual(await lowContrastText(page), []);
    await screenshot(page, 'desktop-api-keys-created');
  });

  test('after a reload the secret is gone; the list shows when the key was last used', async () => {
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: 'zapier' });
    await row.waitFor();
    assert.ok(!((await row.textContent()) ?? '').includes('Never'), 'the script used it');
    assert.ok(!((await page.locator('body').textContent()) ?? '').includes(key));
    assert.equal(await page.getByTestId('new-key').count(), 0);
  });

  test('revoke asks first (Escape cancels), then the key stops working', async () => {
    const row = page.getByRole('row').filter({ hasText: 'zapier' });
    const revoke = row.getByRole('button', { name: 'Revoke zapier' });
    await revoke.click();
    const cancel = row.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    assert.equal(await cancel.evaluate((e) => e === document.activeElement), true, 'focus on Cancel');
    await screenshot(page, 'desktop-api-keys-confirm');
    assert.deepEqual(await lowContrastText(page), []);
    await page.keyboard.press('Escape');
    await revoke.waitFor();
    assert.equal(await revoke.evaluate((e) => e === document.activeElement), true, 'focus back on Revoke');
    assert.equal(await overviewStatus({ authorization: `Bearer ${key}` }), 200, 'cancel revoked nothing');

    await revoke.click();
    await row.getByRole('button', { name: 'Yes, revoke zapier' }).click();
    await page.getByRole('status').filter({ hasText: 'Revoked “zapier”.' }).waitFor();
    await page.getByText('No keys yet.').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Keys for “Default”',
      'focus stays in the list',
    );
    assert.equal(await overviewStatus({ authorization: `Bearer ${key}` }), 401);
  });

  test('no console errors or page errors', async () => {
    assert.deepEqual(problems.unexpected(), []);
    await context.close();
  });
});

describe('API keys page on a phone-sized screen (390 × 844)', () => {
  test('without a Clipboard API the key is selected to copy; the key, its usage and the revoke question fit the screen', async () => {
    const { context, page, problems } = await signIn('phone');
    // As on a phone opening Patron over plain http from another machine: no Clipboard API.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'API keys', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByLabel('Key name').fill('nightly export to the accounting spreadsheet');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByTestId('new-key');
    await shown.waitFor();
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByRole('status').filter({ hasText: 'The text is selected' }).waitFor();
    assert.equal(await page.evaluate(() => window.getSelection()?.toString()), await shown.textContent());
    const row = page.getByRole('row').filter({ hasText: 'nightly export' });
    await row.waitFor();
    assert.ok(
      (await phoneOverflow(page)) <= 0,
      `the page is ${await phoneOverflow(page)}px wider than the screen`,
    );
    await screenshot(page, 'phone-api-keys-created');
    await row.getByRole('button', { name: /^Revoke / }).click();
    await row.getByRole('button', { name: 'Cancel' }).waitFor();
    assert.ok(
      (await phoneOverflow(page)) <= 0,
      `the page is ${await phoneOverflow(page)}px wider than the screen`,
    );
    // Focus scrolled the page; a full-page shot from the top keeps the sticky top bar at the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'phone-api-keys-confirm');
    assert.deepEqual(problems.unexpected(), []);
    await context.close();
  });
});

describe('API keys page for a caller who is not the admin', () => {
  test('an API key holder sees the server’s 403 message, and no form', async () => {
    const cookie = await adminCookie();
    const made = await fetch(`${server.url}/api/v1/workspaces/default/api-keys`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'browser as a script' }),
    });
    const body = (await made.json()) as { key?: string };
    assert.equal(made.status, 201, JSON.stringify(body));
    // The browser sends the key with every request, so the dashboard runs as that key's principal.
    const context = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      extraHTTPHeaders: { authorization: `Bearer ${body.key}` },
    });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${server.url}/#/settings/api-keys`);
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Only the admin can see or manage API keys.');
    assert.equal(await page.getByLabel('Key name').count(), 0);
    await screenshot(page, 'desktop-api-keys-forbidden');
    // Chromium logs the 403 itself as a console error; nothing else may appear.
    const unexpected = problems.unexpected().filter((p) => !/status of 403 .*\/api-keys\)$/.test(p));
    assert.deepEqual(unexpected, []);
    await context.close();
  });
});
