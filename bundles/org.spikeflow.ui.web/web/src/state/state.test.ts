import { describe, expect, it } from 'vitest';
import { applyEvent, formatMillis, historyTitle, needsRefresh, parseEnd, trafficLight } from './workflowState';
import { checkConnection, reaches } from './ports';
import * as commands from './commands';
import { byCategory, search } from './repository';
import { cleanBindings, mergeSecrets, schemaWithoutSecrets, secretStatus, settingFields, splitSecrets } from './settings';
import { elkGraph, nodeHeight, positionsFrom } from './layout';
import { connectEvents, eventsUrl, parseEvent } from './events';
import { description, IMAGE, node, portTypes, snapshot, TABLE } from './fixtures';

describe('events reducer', () => {
  it('applies node state, clears progress when a node stops, keeps executionMillis', () => {
    let s = snapshot();
    s = applyEvent(s, { type: 'nodeState', workflow: 'w1', node: 'sim', state: 'executing', messages: [], executionMillis: null });
    s = applyEvent(s, { type: 'progress', workflow: 'w1', node: 'sim', fraction: 0.4, message: 'step 4000' });
    expect(s.nodes[0].progress).toEqual({ fraction: 0.4, message: 'step 4000' });
    expect(trafficLight(s.nodes[0])).toBe('running');
    s = applyEvent(s, { type: 'nodeState', workflow: 'w1', node: 'sim', state: 'executed', messages: [{ level: 'warning', text: 'w' }], executionMillis: 1234 });
    expect(s.nodes[0]).toMatchObject({ state: 'executed', progress: null, executionMillis: 1234, messages: [{ level: 'warning', text: 'w' }] });
    expect(trafficLight(s.nodes[0])).toBe('green');
  });

  it('ignores events of other workflows and unknown nodes (same object back)', () => {
    const s = snapshot();
    expect(applyEvent(s, { type: 'progress', workflow: 'w2', node: 'sim', fraction: 1, message: null })).toBe(s);
    expect(applyEvent(s, { type: 'progress', workflow: 'w1', node: 'nope', fraction: 1, message: null })).toBe(s);
  });

  it('shows a loop iteration on both members of the pair and drops it on reset', () => {
    let s = applyEvent(snapshot(), { type: 'loopIteration', workflow: 'w1', node: 'loopend', iteration: 3, total: null });
    expect(s.nodes.find((n) => n.id === 'loopstart')!.iteration).toBe(3);
    expect(s.nodes.find((n) => n.id === 'loopend')!.iteration).toBe(3);
    s = applyEvent(s, { type: 'nodeState', workflow: 'w1', node: 'loopend', state: 'configured', messages: [], executionMillis: null });
    expect(s.nodes.find((n) => n.id === 'loopend')!.iteration).toBeNull();
  });

  it('takes dirty/undo flags from workflowChanged and knows when to refetch', () => {
    const s = snapshot();
    const e = { type: 'workflowChanged' as const, workflow: 'w1', dirty: true, canUndo: true, canRedo: false };
    expect(needsRefresh(s, e)).toBe(true);
    const t = applyEvent(s, e);
    expect(t).toMatchObject({ dirty: true, canUndo: true, canRedo: false });
    expect(needsRefresh(t, e)).toBe(false);
    expect(applyEvent({ ...s, executing: true }, { type: 'executionFinished', workflow: 'w1', status: 'success', message: null }).executing).toBe(false);
  });

  it('formats times and history titles', () => {
    expect(formatMillis(850)).toBe('850 ms');
    expect(formatMillis(12_345)).toBe('12.3 s');
    expect(formatMillis(125_000)).toBe('2 min 5 s');
    expect(historyTitle('Undo', 'Move 3 nodes', true)).toBe('Undo Move 3 nodes (Ctrl+Z)');
    expect(historyTitle('Redo', null, false)).toBe('Nothing to redo');
  });

  it('parses connection ends with node ids containing colons and the flow port', () => {
    expect(parseEnd('a:b:2')).toEqual({ node: 'a:b', port: 2 });
    expect(parseEnd('x:flow')).toEqual({ node: 'x', port: 'flow' });
  });
});

describe('connection checks', () => {
  it('accepts table to table and refuses image into table with a message naming both types', () => {
    const s = snapshot();
    expect(checkConnection(s, 'sim:0', 'loopstart:0', portTypes)).toEqual({ ok: true });
    const r = checkConnection(s, 'plot:0', 'loopstart:0', portTypes);
    expect(r.ok).toBe(false);
    expect((r as { message: string }).message).toMatch(/PLOT outputs Image.*LOOPSTART expects Table/);
  });

  it('allows types listed as connectable', () => {
    const types = [{ ...portTypes[0] }, { ...portTypes[1], connectableTo: ['org.spikeflow.table'] }];
    expect(checkConnection(snapshot(), 'plot:0', 'loopstart:0', types).ok).toBe(true);
  });

  it('refuses self loops, flow-to-data and cycles', () => {
    const s = snapshot();
    expect(checkConnection(s, 'plot:0', 'plot:0', portTypes).ok).toBe(false);
    expect(checkConnection(s, 'sim:flow', 'plot:0', portTypes).ok).toBe(false);
    expect(checkConnection(s, 'sim:flow', 'plot:flow', portTypes).ok).toBe(true);
    s.nodes.push(node('t', [IMAGE], [TABLE]));
    s.connections.push({ id: 'writer', from: 'plot:0', to: 't:0' });
    expect(reaches(s.connections, 'sim', 't')).toBe(true);
    expect(checkConnection(s, 't:0', 'plot:0', portTypes)).toMatchObject({ ok: false, message: expect.stringMatching(/cycle/) });
  });
});

describe('commands', () => {
  const d = description('org.spikeflow.nodes.Filter', 'Row Filter', 'Manipulation', 'Keeps rows');
  it('labels moves and deletes for the undo history', () => {
    expect(commands.moveNodes([{ id: 'a', x: 1.6, y: 2.2 }]).label).toBe('Move node');
    const m = commands.moveNodes([{ id: 'a', x: 1.6, y: 2.2 }, { id: 'b', x: 0, y: 0 }]);
    expect(m).toEqual({ label: 'Move 2 nodes', ops: [{ op: 'moveNodes', moves: [{ id: 'a', x: 2, y: 2 }, { id: 'b', x: 0, y: 0 }] }] });
    const s = snapshot();
    const del = commands.deleteSelection(['plot'], ['n1'], s.connections)!;
    // connections of a deleted node go with it; none is listed separately
    expect(del.label).toBe('Delete 1 node, 1 annotation');
    expect(del.ops).toEqual([{ op: 'removeNodes', ids: ['plot'] }, { op: 'removeAnnotations', ids: ['n1'] }]);
    expect(commands.deleteSelection([], [], [])).toBeNull();
    expect(commands.deleteSelection([], [], [s.connections[0]])!.ops).toEqual([{ op: 'disconnect', from: 'sim:0', to: 'plot:0' }]);
  });

  it('generates fresh node ids from the type', () => {
    expect(commands.newNodeId('org.spikeflow.nodes.Filter', ['filter1', 'filter2'])).toBe('filter3');
    expect(commands.newNodeId('x', [])).toBe('x1');
  });

  it('inserts a node into an edge as one command: add, disconnect, connect in and out', () => {
    const c = commands.insertOnEdge(d, 10.4, 20.6, 'filter1', snapshot().connections[0])!;
    expect(c.label).toBe('Insert Row Filter');
    expect(c.ops).toEqual([
      { op: 'addNode', type: d.type, id: 'filter1', x: 10, y: 21 },
      { op: 'disconnect', from: 'sim:0', to: 'plot:0' },
      { op: 'connect', from: 'sim:0', to: 'filter1:0' },
      { op: 'connect', from: 'filter1:0', to: 'plot:0' },
    ]);
    expect(commands.insertOnEdge({ ...d, outPorts: [] }, 0, 0, 'x', snapshot().connections[0])).toBeNull();
  });

  it('auto layout moves only the nodes that change, in one entry', () => {
    const positions = new Map([['sim', { x: 100, y: 100 }], ['plot', { x: 300.4, y: 100 }]]);
    expect(commands.layout(snapshot(), positions)).toEqual({ label: 'Auto layout', ops: [{ op: 'moveNodes', moves: [{ id: 'plot', x: 300, y: 100 }] }] });
    expect(commands.layout(snapshot(), new Map([['sim', { x: 100, y: 100 }]]))).toBeNull();
  });

  it('labels settings and paste', () => {
    expect(commands.setSettings('sim', 'Izhikevich Simulator', { a: 1 }, {}).label).toBe('Configure Izhikevich Simulator');
    expect(commands.paste({ nodes: [{}, {}], connections: [], annotations: [] }, 40, 40).label).toBe('Paste 2 nodes');
  });
});

describe('repository', () => {
  const nodes = [
    description('a', 'Izhikevich Simulator', 'Neuro/Simulation', 'Simulates spiking neurons'),
    description('b', 'Comparison Plotter', 'Plot', 'Plots a forecast against the simulated trace'),
    description('c', 'CSV Writer', 'IO', 'Writes a table'),
  ];
  it('groups by category, sorted', () => {
    expect(byCategory(nodes).map((g) => g.category)).toEqual(['IO', 'Neuro/Simulation', 'Plot']);
  });
  it('searches names first, then categories, then descriptions; all words must match', () => {
    expect(search(nodes, 'izh').map((n) => n.name)).toEqual(['Izhikevich Simulator']);
    expect(search(nodes, 'simulated').map((n) => n.name)).toEqual(['Comparison Plotter']);
    expect(search(nodes, 'simul').map((n) => n.name)).toEqual(['Izhikevich Simulator', 'Comparison Plotter']);
    expect(search(nodes, 'table writes')).toHaveLength(1);
    expect(search(nodes, '  ')).toEqual([]);
  });
});

describe('settings', () => {
  const schema = { type: 'object', properties: { duration: { type: 'number', title: 'Duration (ms)' }, apiKey: { type: 'string', writeOnly: true }, protocol: { type: 'object', properties: { amplitude: { type: 'number' } } } } };
  it('lists leaf settings with paths and spots secrets', () => {
    expect(settingFields(schema).map((f) => [f.path, f.title, f.secret])).toEqual([
      ['duration', 'Duration (ms)', false], ['apiKey', 'apiKey', true], ['protocol.amplitude', 'amplitude', false]]);
    expect(Object.keys(schemaWithoutSecrets(schema, ['apiKey']).properties)).toEqual(['duration', 'protocol']);
  });
  it('never turns a masked secret into a value and keeps the stored one unless typed', () => {
    const { editable, secrets } = splitSecrets({ duration: 100, apiKey: { $secret: 'set' } });
    expect(editable).toEqual({ duration: 100 });
    expect(secrets).toEqual({ apiKey: 'set' });
    expect(secretStatus({ $secret: 'not set' })).toBe('not set');
    expect(mergeSecrets({ duration: 5 }, secrets, {})).toEqual({ duration: 5, apiKey: { $secret: 'set' } });
    expect(mergeSecrets({ duration: 5 }, secrets, { apiKey: 'k' })).toEqual({ duration: 5, apiKey: 'k' });
    expect(mergeSecrets({}, { apiKey: 'not set' }, {})).toEqual({});
    expect(cleanBindings({ duration: 'd', a: '', b: ' ' })).toEqual({ duration: 'd' });
  });
});

describe('layout graph', () => {
  it('has one ELK child per node sized by its ports and one edge per connection', () => {
    const g = elkGraph(snapshot());
    expect(g.children).toHaveLength(5);
    expect(g.children[0].height).toBe(nodeHeight(0, 1));
    expect(g.edges).toEqual([
      { id: 'sim:0->plot:0', sources: ['sim'], targets: ['plot'] },
      { id: 'plot:0->writer:0', sources: ['plot'], targets: ['writer'] }]);
    expect(nodeHeight(6, 1)).toBeGreaterThan(nodeHeight(1, 1));
  });
  it('anchors the layout at the old top-left corner', () => {
    const p = positionsFrom({ children: [{ id: 'sim', x: 0, y: 0 }, { id: 'plot', x: 230, y: 12 }] }, snapshot());
    expect(p.get('sim')).toEqual({ x: 100, y: 100 });
    expect(p.get('plot')).toEqual({ x: 330, y: 112 });
  });
});

describe('event stream', () => {
  it('resumes from the last event id after the stream closes', async () => {
    const urls: string[] = [];
    const sources: any[] = [];
    const got: any[] = [];
    const stop = connectEvents({ onEvent: (e) => got.push(e), onResync: () => got.push('resync'), onStatus: () => {} }, (url) => {
      urls.push(url);
      const listeners: Record<string, (m: any) => void> = {};
      const s = { readyState: 1, onerror: null as any, onopen: null as any, addEventListener: (t: string, l: any) => { listeners[t] = l; }, close: () => {}, listeners };
      sources.push(s);
      return s;
    });
    sources[0].listeners.nodeState({ lastEventId: '41', data: '{"workflow":"w1","node":"a","state":"executed"}' });
    expect(got[0]).toMatchObject({ type: 'nodeState', node: 'a', state: 'executed' });
    sources[0].readyState = 2;
    sources[0].onerror({});
    await new Promise((r) => setTimeout(r, 1100));
    expect(urls).toEqual(['/api/events', '/api/events?lastEventId=41']);
    sources[1].listeners.resync({ lastEventId: '50', data: '' });
    expect(got[1]).toBe('resync');
    stop();
    expect(eventsUrl(null)).toBe('/api/events');
    expect(parseEvent('progress', 'not json')).toBeNull();
  });
});
