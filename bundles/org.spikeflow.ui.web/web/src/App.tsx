// The canvas application: workflow bar, node repository, canvas, output side panel, dialogs, keys.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { api, ApiError } from './api';
import type { Command, Fragment, NodeDescription, PortType, Snapshot, WorkflowEntry } from './state/types';
import { applyEvent, historyTitle, needsRefresh } from './state/workflowState';
import { connectEvents } from './state/events';
import { latestOnly } from './state/latest';
import * as commands from './state/commands';
import { autoLayout } from './state/layout';
import { Canvas, selectionOf } from './components/Canvas';
import { DescriptionPanel, QuickAdd, RepositoryPanel } from './components/Repository';
import { OutputPanel } from './components/OutputPanel';
import { VariablesDialog } from './components/VariablesDialog';
import { ErrorBoundary } from './components/ErrorBoundary';

const ConfigureDialog = lazy(() => import('./components/ConfigureDialog'));
const CLIPBOARD_KEY = 'spikeflow.clipboard';

type Menu = { node: string; x: number; y: number } | null;

export function App() {
  const rf = useReactFlow();
  const [descriptions, setDescriptions] = useState<NodeDescription[]>([]);
  const [portTypes, setPortTypes] = useState<PortType[]>([]);
  const [workflows, setWorkflows] = useState<WorkflowEntry[]>([]);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [selection, setSelection] = useState<{ nodes: string[]; annotations: string[] }>({ nodes: [], annotations: [] });
  const [describe, setDescribe] = useState<NodeDescription | null>(null);
  const [configure, setConfigure] = useState<string | null>(null);
  const [output, setOutput] = useState<{ node: string; port: number | 'flow' } | null>(null);
  const [menu, setMenu] = useState<Menu>(null);
  const [quickAdd, setQuickAdd] = useState<{ screen: { x: number; y: number }; flow: { x: number; y: number } } | null>(null);
  const [variablesOpen, setVariablesOpen] = useState(false);
  const [connected, setConnected] = useState(true);
  const [lastRun, setLastRun] = useState<string | null>(null);
  const snapshotRef = useRef<Snapshot | null>(null);
  // every snapshot that comes from a request goes through this, so a late answer cannot undo a newer one
  const latest = useMemo(() => latestOnly((r) => !!r && typeof r === 'object' && 'nodes' in (r as object)), []);
  const show = useCallback((s: Snapshot | null) => { if (s) setSnapshot(s); }, []);
  snapshotRef.current = snapshot;

  const descByType = useMemo(() => new Map(descriptions.map((d) => [d.type, d])), [descriptions]);
  const say = useCallback((text: string, error = true) => setMessage({ text, error }), []);
  const fail = useCallback((e: unknown) => {
    const err = e as ApiError;
    say(err.details?.length ? `${err.message}: ${err.details.map((d) => d.message).join('; ')}` : String(err.message ?? e));
  }, [say]);

  const refreshList = useCallback(() => api.workflows().then(setWorkflows, fail), [fail]);

  // workflows this page has open, by path (a new one has no file until saved, so it is reopened by id)
  const openIds = useRef(new Map<string, string>());
  const [openPaths, setOpenPaths] = useState<string[]>([]);
  const remember = useCallback((s: Snapshot) => {
    openIds.current.set(s.path, s.id);
    setOpenPaths([...openIds.current.keys()]);
  }, []);

  const openWorkflow = useCallback(async (path: string) => {
    try {
      const known = openIds.current.get(path);
      const s = await latest(known ? api.get(known).catch(() => api.open(path)) : api.open(path));
      if (!s) return;
      remember(s);
      setSnapshot(s);
      setSelection({ nodes: [], annotations: [] });
      setOutput(null);
      history.replaceState(null, '', `#${encodeURIComponent(s.path)}`);
      refreshList();
      setTimeout(() => rf.fitView({ duration: 0, maxZoom: 1 }), 50);
    } catch (e) { fail(e); }
  }, [fail, refreshList, rf]);

  // start-up: repository, port types, workspace list, then the workflow named by the server or the URL
  useEffect(() => {
    (async () => {
      try {
        const [session, nodes, types, list] = await Promise.all([api.session(), api.nodes(), api.portTypes(), api.workflows()]);
        setDescriptions(nodes);
        setPortTypes(types);
        setWorkflows(list);
        const fromHash = decodeURIComponent(location.hash.slice(1));
        const first = fromHash || session.initialWorkflow;
        if (first) await openWorkflow(first);
      } catch (e) { fail(e); }
    })();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // live events, resumed after a reconnect
  useEffect(() => connectEvents({
    onEvent: (e) => {
      const s = snapshotRef.current;
      if (!s || e.workflow !== s.id) return;
      if (needsRefresh(s, e)) latest(api.get(s.id)).then(show, () => {});
      setSnapshot((cur) => (cur ? applyEvent(cur, e) : cur));
      if (e.type === 'executionFinished') {
        setLastRun(e.status === 'success' ? null : `Execution ${e.status}${e.message ? `: ${e.message}` : ''}`);
        // the final word on states, messages and execution times
        latest(api.get(s.id)).then(show, () => {});
      }
    },
    onResync: () => { const s = snapshotRef.current; if (s) latest(api.get(s.id)).then(show, () => {}); },
    onStatus: setConnected,
  }), [say]);

  // leaving with unsaved changes
  useEffect(() => {
    const h = (e: BeforeUnloadEvent) => { if (snapshotRef.current?.dirty) { e.preventDefault(); e.returnValue = ''; } };
    window.addEventListener('beforeunload', h);
    return () => window.removeEventListener('beforeunload', h);
  }, []);
  useEffect(() => {
    document.title = snapshot ? `${snapshot.dirty ? '● ' : ''}${snapshot.name || snapshot.path} — Spikeflow` : 'Spikeflow canvas';
  }, [snapshot?.dirty, snapshot?.name, snapshot?.path]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = useCallback(async (c: Command | null) => {
    const s = snapshotRef.current;
    if (!c || !s) return;
    try { show(await latest(api.command(s.id, c))); } catch (e) { fail(e); }
  }, [fail, latest, show]);

  const withWorkflow = (f: (s: Snapshot) => Promise<unknown>) => async () => {
    const s = snapshotRef.current;
    if (!s) return;
    try {
      const r = await latest(f(s));
      if (r && typeof r === 'object' && 'nodes' in (r as object)) setSnapshot(r as Snapshot);
    } catch (e) { fail(e); }
  };

  const targets = (node?: string) => (node ? [node] : selection.nodes);
  const execute = (node?: string, mode: 'node' | 'upTo' = 'upTo') => withWorkflow(async (s) => {
    setSnapshot({ ...s, executing: true });
    const ids = targets(node);
    if (!ids.length) return api.execute(s.id, null, 'all');
    for (const id of ids) await api.execute(s.id, id, mode);
  })();
  const executeAll = withWorkflow(async (s) => { setSnapshot({ ...s, executing: true }); return api.execute(s.id, null, 'all'); });
  const cancel = (node?: string) => withWorkflow(async (s) => {
    const ids = targets(node);
    if (!ids.length) return api.cancel(s.id, null);
    let r: Snapshot | null = null;
    for (const id of ids) r = await api.cancel(s.id, id);
    return r;
  })();
  const reset = (node?: string) => withWorkflow(async (s) => {
    const ids = targets(node);
    if (!ids.length) return api.reset(s.id, null);
    let r: Snapshot | null = null;
    for (const id of ids) r = await api.reset(s.id, id);
    return r;
  })();
  const undo = withWorkflow((s) => api.undo(s.id));
  const redo = withWorkflow((s) => api.redo(s.id));
  const save = withWorkflow(async (s) => { const r = await api.save(s.id); say(`Saved ${r.path}`, false); refreshList(); return r; });
  const saveAs = withWorkflow(async (s) => {
    const path = window.prompt('Save as (path inside the workspace, ending in .spikeflow.json)', s.path);
    if (!path) return null;
    let r: Snapshot;
    try { r = await api.saveAs(s.id, path, false); } catch (e) {
      if ((e as ApiError).status !== 409 || !window.confirm(`${path} exists. Overwrite it?`)) throw e;
      r = await api.saveAs(s.id, path, true);
    }
    openIds.current.delete(s.path);
    remember(r);
    history.replaceState(null, '', `#${encodeURIComponent(r.path)}`);
    say(`Saved ${r.path}`, false);
    refreshList();
    return r;
  });
  const newWorkflow = async () => {
    const path = window.prompt('New workflow (path inside the workspace)', 'untitled.spikeflow.json');
    if (!path) return;
    try {
      const s = await api.create(path, path.replace(/\.spikeflow\.json$/, '').split('/').pop() || 'Untitled');
      remember(s);
      setSnapshot(s);
      history.replaceState(null, '', `#${encodeURIComponent(s.path)}`);
      refreshList();
    } catch (e) { fail(e); }
  };
  // What the canvas shows selected now (React Flow's store). The `selection` state follows it one render later, so
  // keys pressed right after a click act on this.
  const canvasSelection = () => selectionOf(rf.getNodes().filter((n) => n.selected));
  const deleteSelection = () => {
    if (!snapshot) return;
    const picked = canvasSelection();
    const connectionIds = new Set<string>();
    for (const e of rf.getEdges()) if (e.selected && !e.id.startsWith('loop:')) connectionIds.add(e.id);
    run(commands.deleteSelection(picked.nodes, picked.annotations, snapshot.connections.filter((c) => connectionIds.has(c.id))));
  };
  const copy = async (cut = false) => {
    const s = snapshotRef.current;
    const picked = canvasSelection();
    if (!s || (!picked.nodes.length && !picked.annotations.length)) return;
    try {
      const fragment = await api.copy(s.id, picked.nodes, picked.annotations);
      localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(fragment));
      say(`Copied ${commands.plural(picked.nodes.length, 'node')}`, false);
      if (cut) deleteSelection();
    } catch (e) { fail(e); }
  };
  const pasteClipboard = () => {
    const raw = localStorage.getItem(CLIPBOARD_KEY);
    if (!raw) { say('Nothing to paste', false); return; }
    run(commands.paste(JSON.parse(raw) as Fragment, 40, 40));
  };
  const layout = async () => {
    const s = snapshotRef.current;
    if (!s) return;
    try { await run(commands.layout(s, await autoLayout(s))); setTimeout(() => rf.fitView({ duration: 200, maxZoom: 1 }), 50); } catch (e) { fail(e); }
  };
  const addAnnotation = () => {
    const s = snapshotRef.current;
    if (!s) return;
    const c = rf.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
    let i = 1;
    while (s.annotations.some((a) => a.id === `annotation${i}`)) i++;
    run(commands.addAnnotation({ id: `annotation${i}`, text: 'New annotation', x: Math.round(c.x), y: Math.round(c.y), width: 240, height: 80, color: '#e0c040' }));
  };
  const addAt = (d: NodeDescription, flow: { x: number; y: number }) => {
    const s = snapshotRef.current;
    if (!s) return;
    run(commands.addNode(d, flow.x, flow.y, commands.newNodeId(d.type, s.nodes.map((n) => n.id))));
  };
  const addAtCentre = (d: NodeDescription) => addAt(d, rf.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 }));

  // keys as in KNIME: F6 configure, F7 execute, Shift+F7 execute all, F8 reset, F9 cancel
  const keysRef = useRef<(e: KeyboardEvent) => void>(() => {});
  keysRef.current = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (configure || variablesOpen || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key.toLowerCase();
    const handled = () => { e.preventDefault(); e.stopPropagation(); };
    if (e.key === 'F7' && e.shiftKey) { handled(); executeAll(); }
    else if (e.key === 'F7') { handled(); execute(); }
    else if (e.key === 'F8') { handled(); reset(); }
    else if (e.key === 'F9') { handled(); cancel(); }
    else if (e.key === 'F6') { const picked = canvasSelection().nodes; if (picked.length === 1) { handled(); setConfigure(picked[0]); } }
    else if (e.key === 'Delete' || e.key === 'Backspace') { handled(); deleteSelection(); }
    else if (ctrl && k === 'z' && e.shiftKey) { handled(); redo(); }
    else if (ctrl && k === 'y') { handled(); redo(); }
    else if (ctrl && k === 'z') { handled(); undo(); }
    else if (ctrl && k === 's' && e.shiftKey) { handled(); saveAs(); }
    else if (ctrl && k === 's') { handled(); save(); }
    else if (ctrl && k === 'c') { handled(); copy(); }
    else if (ctrl && k === 'x') { handled(); copy(true); }
    else if (ctrl && k === 'v') { handled(); pasteClipboard(); }
    else if (ctrl && k === 'l') { handled(); layout(); }
    else if ((ctrl && e.key === '.') || (!ctrl && !e.altKey && k === 'n')) {
      handled();
      const screen = { x: window.innerWidth / 2 - 150, y: window.innerHeight / 3 };
      setQuickAdd({ screen, flow: rf.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 }) });
    }
  };
  useEffect(() => {
    const h = (e: KeyboardEvent) => keysRef.current(e);
    window.addEventListener('keydown', h, true);
    return () => window.removeEventListener('keydown', h, true);
  }, []);

  useEffect(() => { if (!message) return; const t = setTimeout(() => setMessage(null), message.error ? 8000 : 3000); return () => clearTimeout(t); }, [message]);

  const onSelection = useCallback((nodes: string[], annotations: string[]) => {
    setSelection({ nodes, annotations });
    if (nodes.length === 1) {
      const n = snapshotRef.current?.nodes.find((k) => k.id === nodes[0]);
      if (n) {
        setDescribe(descByType.get(n.type) ?? null);
        setOutput((o) => (o && o.node === n.id ? o : { node: n.id, port: n.outPorts.length ? 0 : 'flow' }));
      }
    }
  }, [descByType]);

  const configureNode = snapshot?.nodes.find((n) => n.id === configure);
  const outputNode = output ? snapshot?.nodes.find((n) => n.id === output.node) : undefined;
  const menuNode = menu ? snapshot?.nodes.find((n) => n.id === menu.node) : undefined;
  const running = !!snapshot && (snapshot.executing || snapshot.nodes.some((n) => n.state === 'executing' || n.state === 'queued'));

  return (
    <div className="sf-app" data-workflow={snapshot?.id} onClick={() => setMenu(null)}>
      <header className="sf-toolbar">
        <span className="sf-logo">Spikeflow</span>
        <select aria-label="Open workflow" value={snapshot?.path ?? ''} onChange={(e) => e.target.value && openWorkflow(e.target.value)}>
          <option value="">Open workflow…</option>
          {workflows.map((w) => <option key={w.path} value={w.path}>{w.path}</option>)}
          {openPaths.filter((p) => !workflows.some((w) => w.path === p)).map((p) => <option key={p} value={p}>{p} (not saved yet)</option>)}
        </select>
        <span className="sf-title" data-testid="title">{snapshot ? <>{snapshot.dirty && <span className="dirty" title="Unsaved changes" data-testid="dirty">●</span>} {snapshot.name || snapshot.path}</> : 'No workflow open'}</span>
        <div className="group">
          <button onClick={newWorkflow} title="New workflow">New</button>
          <button onClick={save} disabled={!snapshot} title="Save (Ctrl+S)">Save</button>
          <button onClick={saveAs} disabled={!snapshot} title="Save as (Ctrl+Shift+S)">Save as…</button>
        </div>
        <div className="group">
          <button onClick={undo} disabled={!snapshot?.canUndo} title={historyTitle('Undo', snapshot?.undoLabel ?? null, !!snapshot?.canUndo)} aria-label="Undo">↶ Undo</button>
          <button onClick={redo} disabled={!snapshot?.canRedo} title={historyTitle('Redo', snapshot?.redoLabel ?? null, !!snapshot?.canRedo)} aria-label="Redo">↷ Redo</button>
        </div>
        <div className="group">
          <button onClick={() => execute()} disabled={!snapshot || !selection.nodes.length} title="Execute selected nodes (F7)">▶ Execute</button>
          <button onClick={executeAll} disabled={!snapshot} title="Execute all (Shift+F7)">▶▶ Execute all</button>
          <button onClick={() => cancel()} disabled={!running} title="Cancel (F9)">■ Cancel</button>
          <button onClick={() => reset()} disabled={!snapshot} title="Reset (F8)">↺ Reset</button>
        </div>
        <div className="group">
          <button onClick={layout} disabled={!snapshot} title="Auto layout (Ctrl+L)">Auto layout</button>
          <button onClick={addAnnotation} disabled={!snapshot} title="Add a text annotation">Annotation</button>
          <button onClick={() => setVariablesOpen(true)} disabled={!snapshot} title="Workflow variables">Variables</button>
        </div>
        {!connected && <span className="sf-offline" title="Live updates reconnecting">reconnecting…</span>}
      </header>
      <aside className="sf-left">
        <RepositoryPanel nodes={descriptions} onSelect={setDescribe} onAdd={addAtCentre} />
        <DescriptionPanel d={describe} />
      </aside>
      <main className="sf-main">
        {snapshot ? (
          <Canvas snapshot={snapshot} descriptions={descByType} portTypes={portTypes} onCommand={run} onMessage={(t) => say(t)}
            onConfigure={setConfigure} onSelection={onSelection}
            onNodeMenu={(node, x, y) => setMenu({ node, x, y })}
            onQuickAdd={(screen, flow) => setQuickAdd({ screen, flow })}
            onOpenOutput={(node, port) => setOutput({ node, port })} />
        ) : (
          <div className="sf-welcome">
            <h2>Open a workflow</h2>
            <ul>{workflows.map((w) => <li key={w.path}><button onClick={() => openWorkflow(w.path)}>{w.name || w.path}</button> <span>{w.path}</span></li>)}</ul>
            <button onClick={newWorkflow}>New workflow…</button>
          </div>
        )}
        {lastRun && <div className="sf-runmsg">{lastRun}</div>}
      </main>
      {snapshot && outputNode && output && (
        <aside className="sf-right">
          <OutputPanel workflow={snapshot.id} node={outputNode} port={output.port} onPort={(p) => setOutput({ node: outputNode.id, port: p })} onClose={() => setOutput(null)} />
        </aside>
      )}
      {menu && menuNode && (
        <ul className="sf-menu" style={{ left: menu.x, top: menu.y }} onClick={(e) => { e.stopPropagation(); setMenu(null); }}>
          <li onClick={() => setConfigure(menuNode.id)}>Configure… <kbd>F6</kbd></li>
          <li onClick={() => execute(menuNode.id, 'upTo')}>Execute <kbd>F7</kbd></li>
          <li onClick={() => cancel(menuNode.id)}>Cancel <kbd>F9</kbd></li>
          <li onClick={() => reset(menuNode.id)}>Reset <kbd>F8</kbd></li>
          <li onClick={() => setOutput({ node: menuNode.id, port: menuNode.outPorts.length ? 0 : 'flow' })}>Open output</li>
          <li onClick={() => copy()}>Copy <kbd>Ctrl+C</kbd></li>
          <li onClick={deleteSelection}>Delete <kbd>Del</kbd></li>
        </ul>
      )}
      {quickAdd && (
        <QuickAdd nodes={descriptions} at={quickAdd.screen} onClose={() => setQuickAdd(null)}
          onPick={(d) => { addAt(d, quickAdd.flow); setQuickAdd(null); }} />
      )}
      {configureNode && snapshot && (
        configureNode.missing ? (say(`${configureNode.name}: ${configureNode.missingReason ?? 'missing node'} — it cannot be configured`), setConfigure(null), null) :
        <ErrorBoundary what="configure dialog" onClose={() => setConfigure(null)}>
        <Suspense fallback={<div className="sf-modal-backdrop">Loading dialog…</div>}>
          <ConfigureDialog workflow={snapshot.id} node={configureNode} description={descByType.get(configureNode.type)!}
            workflowVariables={snapshot.variables}
            onApply={async (settings, variableSettings) => {
              show(await latest(api.command(snapshot.id, commands.setSettings(configureNode.id, configureNode.label || configureNode.name, settings, variableSettings))));
            }}
            onClose={() => setConfigure(null)} />
        </Suspense>
        </ErrorBoundary>
      )}
      {variablesOpen && snapshot && (
        <VariablesDialog variables={snapshot.variables} onClose={() => setVariablesOpen(false)}
          onApply={(vs) => { run(commands.setVariables(vs)); setVariablesOpen(false); }} />
      )}
      {message && <div className={`sf-toast${message.error ? ' error' : ''}`} role="status" data-testid="toast">{message.text}</div>}
    </div>
  );
}
