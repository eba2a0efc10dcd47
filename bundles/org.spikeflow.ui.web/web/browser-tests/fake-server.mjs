// A small in-memory stand-in for org.spikeflow.ui's API (dev loop only: `node browser-tests/fake-server.mjs`),
// following /api contract shapes closely enough to drive the page without the Java runtime.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const webroot = join(dirname(fileURLToPath(import.meta.url)), '../../webroot');
const T = { id: 'org.spikeflow.table', name: 'Table', color: '#333333', connectableTo: [] };
const I = { id: 'org.spikeflow.image', name: 'Image', color: '#2a7f62', connectableTo: [] };
const port = (t, index, name, optional = false) => ({ index, name, type: t.id, typeName: t.name, color: t.color, optional, description: `${name} port` });
const nodes = [
  { type: 'org.spikeflow.nodes.izhikevich.simulator', name: 'Izhikevich Simulator', category: '/Neuroscience/Izhikevich', shortDescription: 'Simulates Izhikevich neurons', fullDescription: 'Membrane-potential traces.', icon: null,
    inPorts: [port(T, 0, 'Parameter table', true)], outPorts: [port(T, 0, 'Traces'), port(T, 1, 'Spikes'), port(T, 2, 'Summary')],
    settingsSchema: { type: 'object', properties: { preset: { type: 'string', title: 'Preset', enum: ['seed/RS', 'seed/FS', 'seed/IB'] }, duration: { type: 'number', title: 'Duration (ms)', minimum: 0 }, apiKey: { type: 'string', writeOnly: true, title: 'API key' } } },
    defaultSettings: { preset: 'seed/RS', duration: 200 }, loopRole: null },
  { type: 'org.spikeflow.nodes.plot.comparison', name: 'Comparison Plotter', category: '/Visualization/Plots', shortDescription: 'Plots a forecast against the simulation', fullDescription: '', icon: null,
    inPorts: [port(T, 0, 'Forecast'), port(T, 1, 'Simulation')], outPorts: [port(I, 0, 'Image')], settingsSchema: { type: 'object', properties: { title: { type: 'string' } } }, defaultSettings: { title: '' }, loopRole: null },
  { type: 'org.spikeflow.nodes.forecast.local', name: 'Local Forecaster', category: '/Neuroscience/Forecasting', shortDescription: 'Forecasts membrane-potential traces offline', fullDescription: '', icon: null,
    inPorts: [port(T, 0, 'Traces')], outPorts: [port(T, 0, 'Forecast')], settingsSchema: { type: 'object', properties: { h: { type: 'integer', minimum: 1 } } }, defaultSettings: { h: 200 }, loopRole: null },
  { type: 'org.spikeflow.nodes.plot.imagewriter', name: 'Image Writer', category: '/IO/Write', shortDescription: 'Writes an image', fullDescription: '', icon: null,
    inPorts: [port(I, 0, 'Image')], outPorts: [], settingsSchema: { type: 'object', properties: {} }, defaultSettings: {}, loopRole: null },
];
const byType = new Map(nodes.map((n) => [n.type, n]));
let wf = null;
let undo = [], redo = [];
const clients = new Set();
let seq = 0;
const emit = (type, data) => { seq++; for (const c of clients) c.write(`id: ${seq}\nevent: ${type}\ndata: ${JSON.stringify({ workflow: 'w1', ...data })}\n\n`); };

function node(type, id, x, y) {
  const d = byType.get(type);
  return { id, type, name: d.name, label: null, missing: false, missingReason: null, position: { x, y }, state: 'configured', messages: [], progress: null,
    executionMillis: null, inPorts: d.inPorts, outPorts: d.outPorts, settings: { ...d.defaultSettings, ...(d.settingsSchema.properties.apiKey ? { apiKey: { $secret: 'not set' } } : {}) }, variableSettings: {}, loopPartner: null, iteration: null };
}
function newWf(path, count = 0) {
  const w = { id: 'w1', path, name: path, description: '', dirty: false, canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, executing: false, variables: [{ name: 'cycles', type: 'int', value: 3 }], nodes: [], connections: [], annotations: [] };
  for (let i = 0; i < count; i++) {
    w.nodes.push(node(nodes[i % 3].type, `n${i}`, (i % 20) * 200, Math.floor(i / 20) * 140));
    if (i > 0 && i % 20) w.connections.push({ id: `n${i - 1}:0->n${i}:0`, from: `n${i - 1}:0`, to: `n${i}:0` });
  }
  return w;
}
const snap = () => ({ ...wf, canUndo: undo.length > 0, canRedo: redo.length > 0, undoLabel: undo.at(-1)?.label ?? null, redoLabel: redo.at(-1)?.label ?? null });
function apply(op) {
  switch (op.op) {
    case 'addNode': wf.nodes.push(node(op.type, op.id, op.x, op.y)); break;
    case 'moveNodes': for (const m of op.moves) Object.assign(wf.nodes.find((n) => n.id === m.id).position, { x: m.x, y: m.y }); break;
    case 'removeNodes': wf.nodes = wf.nodes.filter((n) => !op.ids.includes(n.id)); wf.connections = wf.connections.filter((c) => !op.ids.some((id) => c.from.startsWith(id + ':') || c.to.startsWith(id + ':'))); break;
    case 'connect': wf.connections = wf.connections.filter((c) => c.to !== op.to); wf.connections.push({ id: `${op.from}->${op.to}`, from: op.from, to: op.to }); break;
    case 'disconnect': wf.connections = wf.connections.filter((c) => !(c.from === op.from && c.to === op.to)); break;
    case 'setSettings': Object.assign(wf.nodes.find((n) => n.id === op.node), { settings: op.settings, variableSettings: op.variableSettings ?? {} }); break;
    case 'addAnnotation': wf.annotations.push({ id: op.id, text: op.text, x: op.x, y: op.y, width: op.width, height: op.height, color: op.color }); break;
    case 'updateAnnotation': Object.assign(wf.annotations.find((a) => a.id === op.id), op, { op: undefined }); break;
    case 'removeAnnotations': wf.annotations = wf.annotations.filter((a) => !op.ids.includes(a.id)); break;
    case 'setVariables': wf.variables = op.variables; break;
    default: throw new Error(`unsupported op ${op.op}`);
  }
}
const json = (res, code, body) => { res.writeHead(code, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
const body = (req) => new Promise((r) => { let b = ''; req.on('data', (d) => { b += d; }); req.on('end', () => r(b ? JSON.parse(b) : {})); });

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  if (req.method === 'POST' && req.headers['x-spikeflow-request'] !== '1') return json(res, 403, { error: 'missing X-Spikeflow-Request' });
  if (p === '/api/session') return json(res, 200, { version: '0.1.0', workspace: '/tmp', initialWorkflow: null });
  if (p === '/api/nodes') return json(res, 200, nodes);
  if (p === '/api/porttypes') return json(res, 200, [T, I]);
  if (p === '/api/workflows') return json(res, 200, [{ path: 'big.spikeflow.json', name: 'Big', open: false }, { path: 'small.spikeflow.json', name: 'Small', open: false }]);
  if (p === '/api/workflows/open' || p === '/api/workflows/new') { const b = await body(req); wf = newWf(b.path, b.path.startsWith('big') ? 300 : 0); undo = []; redo = []; return json(res, 200, snap()); }
  if (p === '/api/events') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    res.write(': hello\n\n');
    clients.add(res); req.on('close', () => clients.delete(res)); return;
  }
  const m = p.match(/^\/api\/workflows\/w1(\/.*)?$/);
  if (m && wf) {
    const rest = m[1] ?? '';
    if (rest === '') return json(res, 200, snap());
    if (rest === '/commands') {
      const c = await body(req);
      const before = JSON.stringify(wf);
      try { c.ops.forEach(apply); } catch (e) { wf = JSON.parse(before); return json(res, 400, { error: e.message }); }
      undo.push({ label: c.label, state: before }); redo = []; wf.dirty = true;
      return json(res, 200, snap());
    }
    if (rest === '/undo' || rest === '/redo') {
      const [from, to] = rest === '/undo' ? [undo, redo] : [redo, undo];
      const e = from.pop(); if (e) { to.push({ label: e.label, state: JSON.stringify(wf) }); wf = JSON.parse(e.state); }
      return json(res, 200, snap());
    }
    if (rest === '/save') { wf.dirty = false; return json(res, 200, snap()); }
    if (rest === '/validate-settings') { const b = await body(req); return json(res, 200, { messages: b.settings.duration < 1 ? [{ path: 'duration', message: 'must be at least 1 ms' }] : [] }); }
    if (rest === '/execute') {
      json(res, 202, {});
      for (const n of wf.nodes) {
        n.state = 'executing'; emit('nodeState', { node: n.id, state: 'executing', messages: [], executionMillis: null });
        emit('progress', { node: n.id, fraction: 0.5, message: 'half' });
        await new Promise((r) => setTimeout(r, 150));
        n.state = 'executed'; n.executionMillis = 150; emit('nodeState', { node: n.id, state: 'executed', messages: [], executionMillis: 150 });
      }
      emit('executionFinished', { status: 'success', message: null });
      return;
    }
    if (rest === '/reset' || rest === '/cancel') { for (const n of wf.nodes) { n.state = 'configured'; n.executionMillis = null; } return json(res, 200, snap()); }
    if (rest.endsWith('/variables')) return json(res, 200, wf.variables);
    const o = rest.match(/^\/nodes\/([^/]+)\/outputs\/(\d+)(\/rows)?$/);
    if (o) {
      const n = wf.nodes.find((k) => k.id === o[1]);
      if (n?.state !== 'executed') return json(res, 200, { kind: 'none' });
      if (o[3]) { const off = +url.searchParams.get('offset'); return json(res, 200, { offset: off, rowCount: 2500, rows: Array.from({ length: 100 }, (_, i) => [off + i, -65 + Math.sin(off + i)]) }); }
      return json(res, 200, n.outPorts[+o[2]]?.type === I.id ? { kind: 'image', formats: ['svg'], title: 'plot' } : { kind: 'table', columns: [{ name: 'Time (ms)', type: 'double' }, { name: 'V (mV)', type: 'double' }], rowCount: 2500 });
    }
    return json(res, 404, { error: `not in the fake: ${rest}` });
  }
  const file = join(webroot, p === '/' ? 'index.html' : p);
  if (!p.startsWith('/api') && existsSync(file)) {
    res.writeHead(200, { 'Content-Type': { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' }[extname(file)] ?? 'application/octet-stream' });
    return res.end(readFileSync(file));
  }
  json(res, 404, { error: 'not found' });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`Spikeflow canvas: http://127.0.0.1:${server.address().port}/?token=fake`));
