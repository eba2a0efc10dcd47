// End to end, as a user would: open the canvas with the token, build Simulator → Local Forecaster → Comparison
// Plotter (+ CSV Writer) by dragging from the repository, configure, execute, inspect the outputs, undo/redo, save,
// and check that `./spikeflow run` on the saved file writes the same CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  apiCall, connectPorts, copyWorkflows, dragFromRepository, launchBrowser, nodeLocator, repositoryItem, runSpikeflow, screenshot, startServer, waitForStates,
} from './harness.mjs';

let server, browser, page;
const ids = {};

before(async () => {
  server = await startServer(copyWorkflows());
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? await browser.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

after(async () => {
  await browser?.close();
  const code = await server?.stop();
  // SIGTERM: the launcher cancels the command, the server stops and Spikeflow exits 130 ("cancelled", as `run` does)
  if (server) {
    assert.equal(code, 130, `spikeflow ui did not shut down cleanly (${code}):\n${server.stderr()}`);
    assert.match(server.stderr(), /spikeflow ui: stopping/);
  }
});

test('the token is exchanged for an HttpOnly SameSite=Strict cookie and dropped from the URL', async () => {
  await page.goto(server.url);
  assert.equal(new URL(page.url()).searchParams.get('token'), null, `token still in ${page.url()}`);
  const cookie = (await browser.context.cookies()).find((c) => c.name === 'spikeflow_token');
  assert.ok(cookie, 'no session cookie');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  // the page's own requests are authenticated by the cookie; a page script cannot read it
  assert.equal(await page.evaluate(() => document.cookie.includes('spikeflow_token')), false);
  assert.equal(await page.evaluate(() => fetch('/api/session').then((r) => r.status)), 200);
  // without the cookie: 401
  const anonymous = await fetch(`${server.origin}/api/session`);
  assert.equal(anonymous.status, 401);
  // a POST without the custom header is refused even with the cookie
  assert.equal(await page.evaluate(() => fetch('/api/workflows/open', { method: 'POST', body: '{"path":"loop-basics.spikeflow.json"}' }).then((r) => r.status)), 403);
  await page.waitForSelector('.sf-repo-cat');
  // reported, not asserted: how long the app took to load from localhost (repository listed)
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation').at(-1);
    const bytes = performance.getEntriesByType('resource').filter((r) => r.name.includes('/assets/')).reduce((a, r) => a + r.transferSize, 0);
    return { domContentLoaded: nav.domContentLoadedEventEnd - nav.startTime, load: nav.loadEventEnd - nav.startTime, repositoryShown: performance.now() - nav.startTime, assetBytes: bytes };
  });
  console.log(`# canvas load: DOMContentLoaded ${load.domContentLoaded.toFixed(0)} ms, load ${load.load.toFixed(0)} ms, repository shown after ${load.repositoryShown.toFixed(0)} ms, ${Math.round(load.assetBytes / 1024)} KiB of assets`);
  await screenshot(page, '01-start');
});

test('the repository is searched by name and by description', async () => {
  const names = () => page.locator('.sf-repo-item .sf-repo-name').allTextContents();
  await page.getByLabel('Search nodes').fill('izhikevich sim');
  await repositoryItem(page, 'Izhikevich Simulator').waitFor();
  assert.equal((await names())[0], 'Izhikevich Simulator', 'the name match comes first');
  // "nullclines" appears only in the Phase Plane's description
  await page.getByLabel('Search nodes').fill('nullclines');
  await page.waitForFunction(() => document.querySelectorAll('.sf-repo-item').length === 1);
  assert.deepEqual(await names(), ['Phase Plane']);
  await repositoryItem(page, 'Phase Plane').click();
  await page.locator('.sf-desc h3', { hasText: 'Phase Plane' }).waitFor();
  await screenshot(page, '02-search');
});

test('a new workflow is built by dragging nodes and connecting typed ports', async () => {
  page.once('dialog', (d) => d.accept('e2e/canvas-test.spikeflow.json'));
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.locator('.react-flow__pane').waitFor();
  ids.sim = await dragFromRepository(page, 'izhikevich simulator', 'Izhikevich Simulator', 450, 300);
  ids.forecast = await dragFromRepository(page, 'local forecaster', 'Local Forecaster', 700, 300);
  ids.plot = await dragFromRepository(page, 'comparison', 'Comparison Plotter', 950, 380);
  ids.csv = await dragFromRepository(page, 'csv writer', 'CSV Writer', 950, 200);
  assert.ok(Object.values(ids).every(Boolean), JSON.stringify(ids));
  await connectPorts(page, ids.sim, 0, ids.forecast, 0);
  await connectPorts(page, ids.forecast, 0, ids.plot, 0);
  await connectPorts(page, ids.sim, 0, ids.plot, 1);
  await connectPorts(page, ids.forecast, 0, ids.csv, 0);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 4);
  // an image output into a table input is refused with a message
  await connectPorts(page, ids.plot, 0, ids.csv, 0);
  await page.getByTestId('toast').filter({ hasText: /Incompatible|incompatible/ }).waitFor();
  assert.equal(await page.locator('.react-flow__edge').count(), 4);
  assert.equal(await page.getByTestId('dirty').count(), 1, 'dirty marker missing');
  await screenshot(page, '03-built');
});

async function configure(id, edit) {
  await nodeLocator(page, id).dblclick();
  const dialog = page.locator('.sf-dialog');
  await dialog.waitFor();
  await edit(dialog);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const input = (dialog, key) => dialog.locator(`[id="#/properties/${key}-input"]`);

test('the configure dialog edits settings with inline validation', async () => {
  await configure(ids.sim, async (dialog) => {
    const setup = input(dialog, 'presetSetup');
    if (await setup.isChecked()) await setup.uncheck();
    await input(dialog, 'preset').fill('seed/FS');
    await input(dialog, 'duration').fill('-5');
    // the server's check shows inline at the field, and OK keeps the dialog open
    await dialog.locator('.control .validation', { hasText: /at least 0/ }).waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.locator('[data-testid=validation]', { hasText: 'duration' }).waitFor();
    assert.equal(await dialog.isVisible(), true);
    await input(dialog, 'duration').fill('300');
    await dialog.locator('.control .validation', { hasText: /at least 0/ }).waitFor({ state: 'detached' });
    await screenshot(page, '04-configure');
  });
  await configure(ids.csv, async (dialog) => { await input(dialog, 'path').fill('output/e2e/forecast.csv'); });
  const snapshot = await apiCall(server, 'GET', `/api/workflows/${await workflowId()}`);
  const sim = snapshot.nodes.find((n) => n.id === ids.sim);
  assert.equal(sim.settings.preset, 'seed/FS');
  assert.equal(sim.settings.duration, 300);
  assert.equal(sim.settings.presetSetup, false);
});

async function workflowId() {
  return page.locator('.sf-app').getAttribute('data-workflow');
}

test('execute all turns every traffic light green, with execution times', async () => {
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Shift+F7');
  await waitForStates(page, Object.values(ids), 'executed');
  for (const id of Object.values(ids)) {
    assert.equal(await nodeLocator(page, id).locator('.sf-light').getAttribute('data-light'), 'green');
    assert.match(await nodeLocator(page, id).locator('.sf-time').textContent(), /\d+(\.\d)? (ms|s)/);
  }
  await screenshot(page, '05-executed');
});

test('output views: paged table with column types, and the plot', async () => {
  await nodeLocator(page, ids.sim).click();
  const panel = page.getByTestId('output-panel');
  await panel.locator('.sf-table th', { hasText: 'Membrane Potential (mV)' }).waitFor();
  assert.match(await panel.getByTestId('row-count').textContent(), /^1,201 rows/); // 300 ms at dt 0.25 plus t = 0
  assert.ok(await panel.locator('.coltype').count() >= 2);
  const firstPage = await panel.locator('tbody tr').first().locator('td').nth(1).textContent();
  await panel.getByRole('button', { name: '›' }).click();
  await panel.locator('tbody tr td.rowno', { hasText: /^100$/ }).waitFor();
  assert.notEqual(await panel.locator('tbody tr').first().locator('td').nth(1).textContent(), firstPage);
  await screenshot(page, '06-table');
  await nodeLocator(page, ids.plot).click();
  const img = panel.getByTestId('output-image');
  await img.waitFor();
  await page.waitForFunction(() => { const i = document.querySelector('[data-testid=output-image]'); return i && i.complete && i.naturalWidth > 100; });
  await screenshot(page, '07-plot');
});

test('undo and redo a move (server-side history)', async () => {
  const node = nodeLocator(page, ids.csv);
  const before = await node.boundingBox();
  await node.hover();
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 + 120, before.y + before.height / 2 + 90, { steps: 8 });
  await page.mouse.up();
  // Undo was enabled before the drag: wait until the server has recorded this move (its undo entry) before reading
  await page.waitForFunction(() => /Undo Move node/.test(document.querySelector('[aria-label=Undo]').title));
  const moved = await node.boundingBox();
  assert.ok(Math.abs(moved.x - before.x) > 50, 'node did not move');
  assert.match(await page.getByLabel('Undo').getAttribute('title'), /Undo Move node/);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(([id, x]) => Math.abs(document.querySelector(`.react-flow__node[data-id="${id}"]`).getBoundingClientRect().x - x) < 2, [ids.csv, before.x]);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(([id, x]) => Math.abs(document.querySelector(`.react-flow__node[data-id="${id}"]`).getBoundingClientRect().x - x) < 2, [ids.csv, moved.x]);
});

test('save, then ./spikeflow run on the saved file writes the same CSV', async () => {
  await page.keyboard.press('Control+s');
  await page.getByTestId('dirty').waitFor({ state: 'detached' });
  const saved = join(server.workspace, 'e2e/canvas-test.spikeflow.json');
  assert.ok(existsSync(saved), 'saved file missing');
  // relative output paths go to the workflow's folder (as `./spikeflow run` without --output-dir)
  const fromCanvas = join(dirname(saved), 'output/e2e/forecast.csv');
  assert.ok(existsSync(fromCanvas), 'the canvas run wrote no CSV');
  const out = mkdtempSync(join(tmpdir(), 'spikeflow-e2e-run-'));
  const r = await runSpikeflow(['run', saved, '--progress', 'none', '--output-dir', out]);
  assert.ok(r.code === 0 || r.code === 1, `run failed (${r.code}):\n${r.stderr}`);
  const fromBatch = join(out, 'output/e2e/forecast.csv');
  assert.ok(existsSync(fromBatch), `batch run wrote no CSV:\n${r.stderr}`);
  assert.equal(readFileSync(fromBatch, 'utf8'), readFileSync(fromCanvas, 'utf8'));
  await screenshot(page, '08-saved');
});
