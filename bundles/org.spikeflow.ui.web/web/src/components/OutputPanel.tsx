// Output port views in a side panel: a table paged from the server (column types in the header), an image (PNG
// or SVG), flow variables, the model summary.
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { FlowVariable, OutputInfo, WfNode } from '../state/types';

export const PAGE_SIZE = 100;

export function OutputPanel(props: { workflow: string; node: WfNode; port: number | 'flow'; onPort(p: number | 'flow'): void; onClose(): void }) {
  const { workflow, node, port } = props;
  return (
    <div className="sf-output" data-testid="output-panel">
      <div className="sf-output-head">
        <b>{node.label || node.name}</b>
        <div className="tabs">
          {node.outPorts.map((p, i) => (
            <button key={i} className={port === i ? 'active' : ''} onClick={() => props.onPort(i)}>
              <i style={{ background: p.color }} /> {p.name}
            </button>
          ))}
          <button className={port === 'flow' ? 'active' : ''} onClick={() => props.onPort('flow')}>Flow variables</button>
        </div>
        <button className="close" onClick={props.onClose} title="Close">✕</button>
      </div>
      <div className="sf-output-body">
        {port === 'flow'
          ? <VariablesView load={() => api.outputVariables(workflow, node.id, 0).catch(() => api.nodeVariables(workflow, node.id))} deps={[workflow, node.id, node.state]} />
          : <PortView workflow={workflow} node={node} port={port} />}
      </div>
    </div>
  );
}

function PortView({ workflow, node, port }: { workflow: string; node: WfNode; port: number }) {
  const [info, setInfo] = useState<OutputInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setInfo(null); setError(null);
    api.output(workflow, node.id, port).then(setInfo, (e) => setError(e.message));
  }, [workflow, node.id, port, node.state]);
  if (error) return <div className="error">{error}</div>;
  if (!info) return <div className="loading">Loading…</div>;
  switch (info.kind) {
    case 'none': return <div className="empty">Not executed yet: execute the node (F7) to see this output.</div>;
    case 'empty': return <div className="empty">{info.text || 'The port holds no data.'}</div>;
    case 'table': return <TableView workflow={workflow} node={node.id} port={port} info={info} />;
    case 'image': return <ImageView workflow={workflow} node={node.id} port={port} info={info} />;
    case 'flowVariables': {
      const inline = (info as { variables?: FlowVariable[] }).variables;
      return <VariablesView load={() => (inline ? Promise.resolve(inline) : api.outputVariables(workflow, node.id, port))} deps={[workflow, node.id, port, inline]} />;
    }
    case 'model': return <>{info.text ? <p>{info.text}</p> : null}<KeyValues values={info.summary} /></>;
    default: return <KeyValues values={info as Record<string, unknown>} />;
  }
}

function TableView({ workflow, node, port, info }: { workflow: string; node: string; port: number; info: Extract<OutputInfo, { kind: 'table' }> }) {
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<unknown[][] | null>(null);
  const pages = Math.max(1, Math.ceil(info.rowCount / PAGE_SIZE));
  useEffect(() => {
    setRows(null);
    api.rows(workflow, node, port, page * PAGE_SIZE, PAGE_SIZE).then((r) => setRows(r.rows), () => setRows([]));
  }, [workflow, node, port, page]);
  return (
    <div className="sf-table-view">
      <div className="sf-pager">
        <span data-testid="row-count">{info.rowCount.toLocaleString('en')} rows × {info.columns.length} columns</span>
        <button disabled={page === 0} onClick={() => setPage(0)}>«</button>
        <button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>‹</button>
        <span>page {page + 1} of {pages.toLocaleString('en')}</span>
        <button disabled={page >= pages - 1} onClick={() => setPage((p) => p + 1)}>›</button>
        <button disabled={page >= pages - 1} onClick={() => setPage(pages - 1)}>»</button>
      </div>
      <div className="sf-table-scroll">
        <table className="sf-table">
          <thead>
            <tr><th>#</th>{info.columns.map((c) => <th key={c.name}>{c.name}<div className="coltype">{c.type}</div></th>)}</tr>
          </thead>
          <tbody>
            {(rows ?? []).map((r, i) => (
              <tr key={i}><td className="rowno">{page * PAGE_SIZE + i}</td>{r.map((v, j) => <td key={j}>{formatCell(v)}</td>)}</tr>
            ))}
          </tbody>
        </table>
        {!rows && <div className="loading">Loading rows…</div>}
      </div>
    </div>
  );
}

function formatCell(v: unknown): string {
  if (v == null) return '?';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toPrecision(6).replace(/\.?0+$/, '');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function ImageView({ workflow, node, port, info }: { workflow: string; node: string; port: number; info: Extract<OutputInfo, { kind: 'image' }> }) {
  const format = info.formats.includes('svg') ? 'svg' : 'png';
  const [fmt, setFmt] = useState<'png' | 'svg'>(format);
  return (
    <div className="sf-image-view">
      <div className="sf-pager">
        {info.title && <span>{info.title}</span>}
        {info.formats.map((f) => <button key={f} className={fmt === f ? 'active' : ''} onClick={() => setFmt(f as 'png' | 'svg')}>{f.toUpperCase()}</button>)}
      </div>
      <img alt={info.title || 'output image'} src={api.imageUrl(workflow, node, port, fmt)} data-testid="output-image" />
    </div>
  );
}

function VariablesView({ load, deps }: { load: () => Promise<FlowVariable[]>; deps: unknown[] }) {
  const [vars, setVars] = useState<FlowVariable[] | null>(null);
  useEffect(() => { setVars(null); load().then(setVars, () => setVars([])); }, deps); // eslint-disable-line react-hooks/exhaustive-deps
  if (!vars) return <div className="loading">Loading…</div>;
  if (!vars.length) return <div className="empty">No flow variables.</div>;
  return (
    <table className="sf-table"><thead><tr><th>Name</th><th>Type</th><th>Value</th></tr></thead>
      <tbody>{vars.map((v) => <tr key={v.name}><td>{v.name}</td><td>{v.type}</td><td>{formatCell(v.value)}</td></tr>)}</tbody></table>
  );
}

function KeyValues({ values }: { values: Record<string, unknown> }) {
  return (
    <table className="sf-table"><tbody>
      {Object.entries(values).filter(([k]) => k !== 'kind').map(([k, v]) => <tr key={k}><th>{k}</th><td>{formatCell(v)}</td></tr>)}
    </tbody></table>
  );
}
