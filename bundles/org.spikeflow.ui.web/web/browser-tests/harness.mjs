// Shared set-up of the canvas browser tests: a temporary copy of workflows/, `./spikeflow ui` on a free port,
// Debian's chromium driven by playwright-core, screenshots kept in the artifacts folder.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(process.env.SPIKEFLOW_ROOT ?? join(here, '../../../..'));
export const artifacts = resolve(process.env.SPIKEFLOW_TEST_ARTIFACTS ?? join(repoRoot, 'bundles/org.spikeflow.ui.web/target/browser-tests'));
mkdirSync(artifacts, { recursive: true });

/** A fresh copy of the example workflows (the tests save into it). */
export function copyWorkflows() {
  const dir = mkdtempSync(join(tmpdir(), 'spikeflow-canvas-'));
  cpSync(join(repoRoot, 'workflows'), dir, { recursive: true, filter: (src) => !src.includes('/output') });
  return dir;
}

/** Starts `./spikeflow ui DIR --no-browser --port 0` and resolves with its URL (read from the first stdout line). */
export async function startServer(workspace, extraEnv = {}) {
  const home = process.env.SPIKEFLOW_HOME ?? join(artifacts, 'spikeflow-home');
  const proc = spawn(join(repoRoot, 'spikeflow'), ['ui', workspace, '--no-browser', '--port', '0'], {
    cwd: repoRoot, env: { ...process.env, SPIKEFLOW_HOME: home, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL line within 60 s; stderr:\n${stderr}`)), 60_000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Spikeflow canvas: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/);
      if (m) { clearTimeout(timer); resolveUrl(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`spikeflow ui exited with ${code}:\n${stderr}`)); });
  });
  const u = new URL(url);
  return {
    url, origin: u.origin, token: u.searchParams.get('token'), proc, workspace,
    stderr: () => stderr,
    async stop() {
      if (proc.exitCode != null) return proc.exitCode;
      const done = new Promise((r) => proc.once('exit', (code) => r(code)));
      proc.kill('SIGTERM');
      return done;
    },
  };
}

export async function launchBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'spikeflow-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 950 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    context,
    async close() { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

/** API call with the bearer token (as scripts do), outside the browser. */
export async function apiCall(server, method, path, body) {
  const res = await fetch(server.origin + path, {
    method,
    headers: { Authorization: `Bearer ${server.token}`, 'X-Spikeflow-Request': '1', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Runs ./spikeflow with arguments; resolves with {code, stdout, stderr}. */
export function runSpikeflow(args, env = {}) {
  return new Promise((res) => {
    const p = spawn(join(repoRoot, 'spikeflow'), args, {
      cwd: repoRoot, env: { ...process.env, SPIKEFLOW_HOME: process.env.SPIKEFLOW_HOME ?? join(artifacts, 'spikeflow-home'), ...env },
    });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('exit', (code) => res({ code, stdout, stderr }));
  });
}

// --- canvas gestures -----------------------------------------------------------------------------------------------

export const nodeLocator = (page, id) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Waits until every listed node shows the state (data-state on the node). */
export async function waitForStates(page, ids, state, timeout = 180_000) {
  await page.waitForFunction(([ids, state]) => ids.every((id) => document.querySelector(`.react-flow__node[data-id="${id}"] .sf-node`)?.getAttribute('data-state') === state),
    [ids, state], { timeout, polling: 250 });
}

/** The repository entry whose name is exactly `name` ("Izhikevich Simulator", not "Spark Izhikevich Simulator"). */
export function repositoryItem(page, name) {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.sf-repo-item').filter({ has: page.locator('.sf-repo-name', { hasText: exact }) });
}

/** Drags a repository entry (searched by name) onto the canvas at (x, y) page coordinates; returns the new node id. */
export async function dragFromRepository(page, query, name, x, y) {
  const before = await page.locator('.react-flow__node-sf').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  await page.getByLabel('Search nodes').fill(query);
  const item = repositoryItem(page, name);
  await item.dragTo(page.locator('.react-flow__pane'), { targetPosition: await paneOffset(page, x, y) });
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node-sf').length > n, before.length);
  const after = await page.locator('.react-flow__node-sf').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  return after.find((id) => !before.includes(id));
}

async function paneOffset(page, x, y) {
  const box = await page.locator('.react-flow__pane').boundingBox();
  return { x: x - box.x, y: y - box.y };
}

/** Connects an output port to an input port by dragging between the handles. */
export async function connectPorts(page, from, fromPort, to, toPort) {
  const src = page.locator(`.react-flow__handle.source[data-nodeid="${from}"][data-handleid="${fromPort}"]`);
  const dst = page.locator(`.react-flow__handle.target[data-nodeid="${to}"][data-handleid="${toPort}"]`);
  const a = await src.boundingBox();
  const b = await dst.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}
