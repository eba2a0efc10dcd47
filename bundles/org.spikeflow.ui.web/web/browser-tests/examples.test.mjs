// Every example workflow opens on the canvas, runs from it (Execute all) with all nodes green, and saving it
// without changes gives the same bytes as the engine's own load+save of the example (its canonical form, made
// through the API before the page opens it). The generative loop runs two cycles (its `cycles` variable set in the
// Variables dialog, then undone before saving).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiCall, copyWorkflows, launchBrowser, repoRoot, screenshot, startServer } from './harness.mjs';

const examples = readdirSync(join(repoRoot, 'workflows')).filter((f) => f.endsWith('.spikeflow.json')).sort();
let server, browser, page;

before(async () => {
  server = await startServer(copyWorkflows());
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? await browser.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url);
  await page.locator('.sf-repo').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function setVariable(name, value) {
  await page.getByRole('button', { name: 'Variables', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Workflow variables' });
  await dialog.getByLabel(`Value of ${name}`).fill(String(value));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await page.waitForFunction(() => !document.querySelector('[aria-label=Undo]').disabled);
}

for (const file of examples) {
  test(`${file}: opens, runs from the canvas, saves byte-identically`, async () => {
    // canonical form: the engine loads and saves the example (API open + save-as), the page then opens that file
    const canonicalPath = `canonical/${file}`;
    const opened = await apiCall(server, 'POST', '/api/workflows/open', { path: file });
    await apiCall(server, 'POST', `/api/workflows/${opened.id}/save-as`, { path: canonicalPath, overwrite: true });
    await apiCall(server, 'POST', `/api/workflows/${opened.id}/close`);
    const original = readFileSync(join(server.workspace, canonicalPath));
    await page.reload();
    await page.locator('.sf-repo').waitFor();
    await page.getByLabel('Open workflow').selectOption(canonicalPath);
    await page.waitForFunction((f) => decodeURIComponent(location.hash.slice(1)) === f, canonicalPath);
    await page.locator('.react-flow__node-sf').first().waitFor();
    const count = await page.locator('.react-flow__node-sf').count();
    assert.ok(count > 2, `${file}: only ${count} nodes shown`);
    assert.equal(await page.locator('.sf-node.missing').count(), 0);
    const loop = file.startsWith('generative-loop');
    if (loop) await setVariable('cycles', 2);
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Shift+F7');
    if (loop) {
      // the README's picture: the second cycle running (earlier nodes green, the loop's iteration, a node busy)
      await page.waitForFunction(() => [...document.querySelectorAll('.sf-iteration')].some((e) => e.textContent === '#2')
        && document.querySelector('.sf-node[data-state=executing]'), null, { timeout: 200_000, polling: 100 });
      await screenshot(page, 'canvas-running');
    }
    await page.waitForFunction(() => {
      const states = [...document.querySelectorAll('.sf-node')].map((n) => n.getAttribute('data-state'));
      return states.every((s) => s === 'executed' || s === 'failed') || (states.some((s) => s === 'failed') && !states.some((s) => s === 'executing' || s === 'queued'));
    }, null, { timeout: 300_000, polling: 500 });
    await screenshot(page, `example-${file.replace('.spikeflow.json', '')}`);
    const failed = await page.locator('.sf-node[data-state=failed]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));
    assert.deepEqual(failed, [], `${file}: failed nodes`);
    if (loop) {
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('[aria-label=Undo]').disabled);
    }
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('toast').filter({ hasText: 'Saved' }).waitFor();
    const saved = readFileSync(join(server.workspace, canonicalPath));
    assert.ok(saved.equals(original), `${file}: saved bytes differ from the original`);
  });
}
