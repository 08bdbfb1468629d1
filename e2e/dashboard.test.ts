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
  server = await startTestServer({ customers: 400, seed: 11 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function openPhoneSignedIn() {
  return openSignedIn(browser, server, 'phone', (page) => screenshot(page, 'phone-login'));
}

/** Whether the server's OpenAPI document lists `path` (clusters and predictions arrive with their modules). */
async function apiHasPath(page: Page, path: string): Promise<boolean> {
  const paths = await page.evaluate(async () => {
    const document = (await (await fetch('/openapi.json')).json()) as { paths: Record<string, unknown> };
    return Object.keys(document.paths);
  });
  return paths.includes(path);
}

/** Waits for the chart in the card titled `title` to draw its SVG, and returns the card. */
async function chartCard(page: Page, title: string) {
  const card = page.locator('section.chart-card').filter({ has: page.getByRole('heading', { name: title }) });
  await card.locator('.chart svg').first().waitFor();
  return card;
}

describe('dashboard on a desktop screen', () => {
  let page: Page;
  let context: BrowserContext;
  let problems: PageProblems;

  test('shows the login page, then signs in with the admin password', async () => {
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    page = await context.newPage();
    problems = watchPage(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in to Patron' }).waitFor();
    await screenshot(page, 'desktop-login');
    await page.getByLabel('Admin password').fill(server.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  test('overview: KPI cards and the monthly trend', async () => {
    const overview = await page.evaluate(async () =>
      (await fetch('/api/v1/workspaces/default/overview')).json(),
    );
    const kpis = page.getByRole('region', { name: 'Key figures' });
    await assert.doesNotReject(kpis.getByText('Customers', { exact: true }).waitFor());
    const customers = await kpis.locator('.kpi').first().locator('.kpi-value').textContent();
    assert.equal(customers, new Intl.NumberFormat('en-GB').format(overview.customers));
    await chartCard(page, 'Monthly trend');
    await screenshot(page, 'desktop-overview');
  });

  test('keyboard: skip link first, focus on the page title after moving, a visible focus ring', async () => {
    // A new page starts with focus on its title; before it, the first stop in the page is the skip link.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    const skip = page.getByRole('button', { name: 'Skip to content' });
    const first = await page.evaluate(
      () => document.querySelector('button, a[href], input, select, textarea')?.textContent,
    );
    assert.equal(first, 'Skip to content');
    await page.keyboard.press('Shift+Tab');
    await skip.focus();
    assert.equal(await skip.evaluate((e) => getComputedStyle(e).outlineStyle), 'solid', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    // Tab onward into the navigation and follow a link with Enter.
    const lifecycle = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Lifecycle', exact: true });
    await lifecycle.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Lifecycle' }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.textContent === 'Lifecycle' && document.activeElement.tagName === 'H1',
    );
    assert.equal(await page.title(), 'Lifecycle · Patron');
  });

  for (const [link, title, heading, shot] of [
    ['RFM groups', 'RFM groups', 'Recency × frequency', 'desktop-rfm'],
    ['Lifecycle', 'Lifecycle', 'From first order to regular', 'desktop-lifecycle'],
    ['Cohorts', 'Cohorts', 'Retention by cohort', 'desktop-cohorts'],
    ['Value tiers', 'Value tiers', 'Revenue concentration', 'desktop-tiers'],
  ] as const) {
    test(`${title}: the chart draws, with its caption and a table of its numbers`, async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: link, exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const card = await chartCard(page, heading);
      assert.ok(
        ((await card.locator('.caption').textContent()) ?? '').length > 80,
        'a plain-language caption',
      );
      assert.ok(await card.locator('[role=img]').getAttribute('aria-label'), 'the chart has an aria-label');
      await card.getByText('Show the numbers as a table').click();
      assert.ok((await card.locator('table tbody tr').count()) > 0, 'the table alternative has rows');
      await screenshot(page, shot);
    });
  }

  test('predictions: value histogram, churn bands, at-risk list with reasons, predicted against actual', async (t) => {
    if (!(await apiHasPath(page, '/api/v1/workspaces/{workspaceId}/predictions/clv'))) {
      t.skip('the server has no predictions endpoints');
      return;
    }
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Predictions', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Predictions' }).waitFor();
    await chartCard(page, 'Predicted customer value');
    await chartCard(page, 'Chance of having stopped buying');
    const reasons = page.getByRole('region', { name: 'Valuable customers at risk' }).locator('tbody tr');
    assert.ok((await reasons.count()) > 0, 'someone is at risk in the demo');
    await chartCard(page, 'Predicted against actual');
    await chartCard(page, 'Orders per customer in the check period');
    await screenshot(page, 'desktop-predictions');
  });

  test('clusters: find groups, see the map and profiles, save them with a segment per group, open one', async (t) => {
    if (!(await apiHasPath(page, '/api/v1/workspaces/{workspaceId}/clusters/run'))) {
      t.skip('the server has no clusters endpoints');
      return;
    }
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clusters', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Clusters' }).waitFor();
    await page.getByRole('button', { name: 'Find groups' }).click();
    await chartCard(page, 'Customer map');
    const profiles = page.locator('.profile');
    assert.ok((await profiles.count()) >= 2, 'at least two groups');
    await screenshot(page, 'desktop-clusters-found');
    await page.getByLabel('Name', { exact: true }).fill('Habits');
    await page.getByRole('button', { name: 'Save groups' }).click();
    // Saving made one segment per group: each profile links to its segment.
    const open = page.getByRole('link', { name: /^Open its segment/ });
    await open.first().waitFor();
    assert.equal(await open.count(), await profiles.count());
    await chartCard(page, 'Customer map');
    await screenshot(page, 'desktop-clusters');
    await open.first().click();
    await page.getByRole('heading', { level: 1, name: /^Segment: / }).waitFor();
    await page.waitForFunction(() =>
      (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value.startsWith('in_cluster('),
    );
    await page.locator('.live-count').waitFor();
    // Edit the saved segment: the change shows in the list.
    await page.getByLabel('Description (optional)').fill('Edited on the clusters page');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Edited on the clusters page' }).waitFor();
  });

  test('segment builder: autocomplete, a positioned error, a live count that matches the API, save', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('link', { name: 'New segment' }).click();
    await page.getByRole('heading', { level: 1, name: 'New segment' }).waitFor();
    await page.getByLabel('Name').fill('Regulars');
    const rule = page.getByLabel('Who belongs');
    await rule.click();
    await rule.pressSequentially('number_of_ord');
    const option = page.getByRole('option', { name: /number_of_orders/ });
    await option.first().waitFor();
    await rule.press('Enter');
    assert.equal(await rule.inputValue(), 'number_of_orders');
    // A typo: the server reports where it is, and the editor says so in words.
    await rule.pressSequentially(' >= 3 AND totl_spent > 10');
    const problem = page.locator('.problems li').first();
    await problem.waitFor();
    assert.match((await problem.textContent()) ?? '', /line 1, column \d+/i);
    await screenshot(page, 'desktop-segment-error');
    await rule.fill('number_of_orders >= 3');
    const count = page.locator('.live-count');
    await count.waitFor();
    const expected = await page.evaluate(async () => {
      const response = await fetch('/api/v1/workspaces/default/segments/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rule: 'number_of_orders >= 3', limit: 0 }),
      });
      return { status: response.status, body: (await response.json()) as { count?: number } };
    });
    assert.equal(expected.status, 200, JSON.stringify(expected.body));
    const expectedCount = expected.body.count ?? 0;
    assert.ok(expectedCount > 0, `the preview counts customers: ${JSON.stringify(expected.body)}`);
    await page.waitForFunction(
      (n) => document.querySelector('.live-count')?.textContent === n,
      new Intl.NumberFormat('en-GB').format(expectedCount),
    );
    await screenshot(page, 'desktop-segment-builder');
    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Regulars' });
    await row.waitFor();
    assert.ok(
      ((await row.textContent()) ?? '').includes(new Intl.NumberFormat('en-GB').format(expectedCount)),
    );
    await screenshot(page, 'desktop-segments');
  });

  test('RFM group to segment: the builder opens with the rule filled in; the list shows the overlap', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'RFM groups', exact: true })
      .click();
    await page
      .getByRole('row')
      .filter({ hasText: 'Champions' })
      .getByRole('link', { name: 'Make a segment' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'New segment' }).waitFor();
    assert.equal(await page.getByLabel('Who belongs').inputValue(), "rfm_group = 'Champions'");
    await page.getByLabel('Name').fill('Champions');
    await page.locator('.live-count').waitFor();
    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
    const card = await chartCard(page, 'Overlap between segments');
    await card.getByText('Show the numbers as a table').click();
    const saved = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Saved segments' }) });
    assert.equal(await card.locator('tbody tr').count(), await saved.locator('tbody tr').count());
    await screenshot(page, 'desktop-segments-overlap');
  });

  test('customers: search by email, open the profile with its timeline and orders chart', async () => {
    const top = await page.evaluate(async () => {
      const response = await fetch('/api/v1/workspaces/default/customers?sort=amount_spent&limit=1');
      return ((await response.json()) as { customers: { id: string; email: string | null }[] }).customers[0];
    });
    assert.ok(top?.email, 'the demo has a top customer with an email');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Customers', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    // A rule narrows the list: nobody has a thousand orders in the demo.
    await page.getByLabel('Only those matching a rule (optional)').fill('number_of_orders >= 1000');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: /^0 customers with number_of_orders >= 1000$/ }).waitFor();
    await page.getByLabel('Only those matching a rule (optional)').fill('number_of_orders >= 3');
    await page.getByLabel('Name or email').fill(top.email.split('@')[0] ?? '');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: /matching/ }).waitFor();
    await screenshot(page, 'desktop-customers');
    const link = page.locator(`a[href="#/customers/${top.id}"]`);
    await link.click();
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    assert.ok(await page.getByText(top.email).first().isVisible());
    assert.ok((await page.locator('.timeline li').count()) > 0, 'the timeline has entries');
    await chartCard(page, 'Orders over time');
    // The top spender is in the Regulars segment made above; the page says why.
    await page.getByRole('button', { name: 'Why? (membership of Regulars)' }).click();
    const held = page.locator('.conditions li.held').filter({ hasText: 'number_of_orders >= 3' });
    await held.waitFor();
    await screenshot(page, 'desktop-customer');
  });

  test('import wizard: choose a CSV, see the detected layout, fix the mapping, import, see the quarantine', async () => {
    const csv = [
      'Ref,When,Buyer Mail,Total,Item',
      'W1,2026-10-03,wizard.one@example.com,12.50,Sourdough',
      'W2,2026-10-04,wizard.two@example.com,,Cake',
      'W3,2026-10-05,wizard.one@example.com,7.00,Bun',
    ].join('\n');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import data', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();
    await screenshot(page, 'desktop-import-choose');
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: 'till.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('heading', { name: 'What Patron found' }).waitFor();
    assert.equal(await page.getByTestId('detected-source').textContent(), 'Generic table');
    const start = page.getByRole('button', { name: /^Import 3 rows$/ });
    assert.equal(await start.isDisabled(), true, 'nothing to import until the columns are mapped');
    // Fix the mapping one column at a time, as a shop owner would.
    for (const [column, field] of [
      ['Ref', 'order_id'],
      ['When', 'order_date'],
      ['Buyer Mail', 'email'],
      ['Total', 'line_amount'],
    ] as const) {
      const select = page.getByLabel(`Field for column ${column}`);
      await select.selectOption(field);
      await page.waitForFunction(
        ([label, value]) =>
          (document.querySelector(`select[aria-label="${label}"]`) as HTMLSelectElement | null)?.value ===
            value && !(document.querySelector(`select[aria-label="${label}"]`) as HTMLSelectElement).disabled,
        [`Field for column ${column}`, field] as const,
      );
    }
    await screenshot(page, 'desktop-import-mapping');
    await start.click();
    await page.getByRole('heading', { name: 'Imported till.csv' }).waitFor({ timeout: 60_000 });
    const figures = page.getByRole('region', { name: 'Import figures' });
    assert.equal(await figures.locator('.kpi').nth(0).locator('.kpi-value').textContent(), '2');
    assert.equal(await figures.locator('.kpi').nth(1).locator('.kpi-value').textContent(), '1');
    const quarantine = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Quarantined rows' }) });
    const row = quarantine.locator('tbody tr').first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    assert.ok(text.includes('3'), `the quarantined row is spreadsheet row 3: ${text}`);
    assert.ok(text.includes('Total'), `the column is named: ${text}`);
    await screenshot(page, 'desktop-import-result');
  });

  test('text contrast meets WCAG AA on the main pages', async () => {
    const failures: string[] = [];
    for (const hash of ['#/', '#/segments/new', '#/customers', '#/imports', '#/rfm', '#/predictions']) {
      await page.goto(`${server.url}/${hash}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
      failures.push(...(await lowContrastText(page)).map((f) => `${hash} ${f}`));
    }
    assert.deepEqual(failures, []);
  });

  test('no console errors or page errors', async () => {
    assert.deepEqual(problems.unexpected(), []);
    await context.close();
  });
});

describe('dashboard on a phone-sized screen (390 × 844)', () => {
  test('the navigation folds into a menu, and the charts fit the screen', async () => {
    const { context, page, problems } = await openPhoneSignedIn();
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.isVisible(), false, 'the navigation is folded away');
    await chartCard(page, 'Monthly trend');
    await screenshot(page, 'phone-overview');
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.waitFor();
    await screenshot(page, 'phone-menu');
    await nav.getByRole('link', { name: 'RFM groups' }).click();
    await page.getByRole('heading', { level: 1, name: 'RFM groups' }).waitFor();
    assert.equal(await nav.isVisible(), false, 'the menu closes after choosing a page');
    await chartCard(page, 'Recency × frequency');
    const overflow = await phoneOverflow(page);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await screenshot(page, 'phone-rfm');
    for (const [link, heading, shot] of [
      ['Lifecycle', 'Customers by stage', 'phone-lifecycle'],
      ['Cohorts', 'Retention by cohort', 'phone-cohorts'],
      ['Value tiers', 'Revenue concentration', 'phone-tiers'],
    ] as const) {
      await page.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: link, exact: true }).click();
      await chartCard(page, heading);
      await screenshot(page, shot);
    }
    for (const [link, title, shot] of [
      ['Customers', 'Customers', 'phone-customers'],
      ['Import data', 'Import data', 'phone-import'],
      ['Segments', 'Segments', 'phone-segments'],
    ] as const) {
      await page.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.loading').waitFor({ state: 'detached' });
      const wide = await phoneOverflow(page);
      assert.ok(wide <= 0, `${title} is ${wide}px wider than the screen`);
      await screenshot(page, shot);
    }
    for (const [link, heading, shot, path] of [
      ['Predictions', 'Predicted customer value', 'phone-predictions', 'predictions/clv'],
      ['Clusters', 'Customer map', 'phone-clusters', 'clusters/run'],
    ] as const) {
      if (!(await apiHasPath(page, `/api/v1/workspaces/{workspaceId}/${path}`))) continue;
      await page.getByRole('button', { name: 'Menu' }).click();
      await nav.getByRole('link', { name: link, exact: true }).click();
      await chartCard(page, heading);
      const wide = await phoneOverflow(page);
      assert.ok(wide <= 0, `${link} is ${wide}px wider than the screen`);
      await screenshot(page, shot);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Segments', exact: true }).click();
    await page.getByRole('link', { name: 'New segment' }).click();
    const rule = page.getByLabel('Who belongs');
    await rule.pressSequentially('rfm_group = ');
    await rule.pressSequentially("'Cha");
    await page.getByRole('option', { name: /Champions/ }).waitFor();
    await screenshot(page, 'phone-segment-autocomplete');
    await rule.press('Enter');
    assert.equal(await rule.inputValue(), "rfm_group = 'Champions'");
    await page.locator('.live-count').waitFor();
    await screenshot(page, 'phone-segment-builder');
    assert.deepEqual(problems.unexpected(), []);
    await context.close();
  });
});
