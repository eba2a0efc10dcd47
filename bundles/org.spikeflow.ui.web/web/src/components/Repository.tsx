// Node repository (categories, search by name/category/description, drag onto the canvas) and node description.
import { useMemo, useState } from 'react';
import type { NodeDescription, Port } from '../state/types';
import { byCategory, search } from '../state/repository';
import { settingFields } from '../state/settings';
import { NODE_DRAG_MIME } from './Canvas';

export function RepositoryPanel(props: { nodes: NodeDescription[]; onSelect(d: NodeDescription): void; onAdd(d: NodeDescription): void }) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => byCategory(props.nodes), [props.nodes]);
  const hits = useMemo(() => search(props.nodes, query), [props.nodes, query]);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const item = (d: NodeDescription) => (
    <li key={d.type} className="sf-repo-item" draggable data-node-type={d.type}
      onDragStart={(e) => { e.dataTransfer.setData(NODE_DRAG_MIME, d.type); e.dataTransfer.effectAllowed = 'copy'; }}
      onClick={() => props.onSelect(d)} onDoubleClick={() => props.onAdd(d)} title={d.shortDescription}>
      <span className="sf-repo-ports">{d.inPorts.map((p) => <i key={p.index} style={{ background: p.color }} />)}</span>
      <span className="sf-repo-name">{d.name}</span>
      <span className="sf-repo-ports">{d.outPorts.map((p) => <i key={p.index} style={{ background: p.color }} />)}</span>
    </li>
  );
  return (
    <div className="sf-repo">
      <input className="sf-search" type="search" placeholder="Search nodes (name, category, description)" value={query}
        onChange={(e) => setQuery(e.target.value)} aria-label="Search nodes" />
      {query.trim() ? (
        <ul className="sf-repo-list">{hits.length ? hits.map(item) : <li className="empty">No node matches "{query}"</li>}</ul>
      ) : (
        <div className="sf-repo-tree">
          {groups.map((g) => (
            <div key={g.category} className="sf-repo-cat">
              <button className="sf-repo-cat-head" onClick={() => setOpen((o) => { const n = new Set(o); n.has(g.category) ? n.delete(g.category) : n.add(g.category); return n; })}>
                {open.has(g.category) ? '▾' : '▸'} {g.category} <span className="count">{g.nodes.length}</span>
              </button>
              {open.has(g.category) && <ul className="sf-repo-list">{g.nodes.map(item)}</ul>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function PortList({ title, ports }: { title: string; ports: Port[] }) {
  if (!ports.length) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="sf-desc-ports">
        {ports.map((p) => (
          <li key={p.index}><i style={{ background: p.color }} /> <b>{p.name}</b> <span className="type">{p.typeName}{p.optional ? ', optional' : ''}</span>
            {p.description && <div className="text">{p.description}</div>}</li>
        ))}
      </ul>
    </>
  );
}

export function DescriptionPanel({ d }: { d: NodeDescription | null }) {
  if (!d) return <div className="sf-desc empty">Select a node in the repository or on the canvas to read its description.</div>;
  const fields = settingFields(d.settingsSchema);
  return (
    <div className="sf-desc">
      <h3>{d.name}</h3>
      <div className="cat">{d.category}</div>
      <p>{d.shortDescription}</p>
      {d.fullDescription && d.fullDescription !== d.shortDescription && <div className="full">{d.fullDescription}</div>}
      <PortList title="Input ports" ports={d.inPorts} />
      <PortList title="Output ports" ports={d.outPorts} />
      {fields.length > 0 && (
        <>
          <h4>Settings</h4>
          <ul className="sf-desc-settings">
            {fields.map((f) => {
              const schema = f.path.split('.').reduce((s: any, k) => s?.properties?.[k], d.settingsSchema);
              return <li key={f.path}><b>{f.title}</b> <span className="type">{f.type}{f.secret ? ', secret' : ''}</span>
                {schema?.description && <div className="text">{schema.description}</div>}</li>;
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** Quick add: a search box at the pointer (double-click on the canvas or Ctrl+.). */
export function QuickAdd(props: { nodes: NodeDescription[]; at: { x: number; y: number }; onPick(d: NodeDescription): void; onClose(): void }) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const hits = useMemo(() => (query.trim() ? search(props.nodes, query) : props.nodes.slice().sort((a, b) => a.name.localeCompare(b.name))).slice(0, 12), [props.nodes, query]);
  return (
    <div className="sf-quickadd" style={{ left: props.at.x, top: props.at.y }} onMouseDown={(e) => e.stopPropagation()}>
      <input autoFocus placeholder="Add node…" value={query} aria-label="Quick add node"
        onChange={(e) => { setQuery(e.target.value); setIndex(0); }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onClose();
          else if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter' && hits[index]) props.onPick(hits[index]);
        }}
        onBlur={() => setTimeout(props.onClose, 150)} />
      <ul>{hits.map((d, i) => <li key={d.type} className={i === index ? 'active' : ''} onMouseDown={() => props.onPick(d)}>{d.name} <span>{d.category}</span></li>)}</ul>
    </div>
  );
}
