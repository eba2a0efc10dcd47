// Workflow variables (the ones `./spikeflow run --var name=value` overrides).
import { useState } from 'react';
import type { FlowVariable } from '../state/types';

export function VariablesDialog(props: { variables: FlowVariable[]; onApply(v: FlowVariable[]): void; onClose(): void }) {
  const [rows, setRows] = useState<FlowVariable[]>(props.variables.map((v) => ({ ...v })));
  const set = (i: number, patch: Partial<FlowVariable>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const typed = (v: FlowVariable): FlowVariable => {
    if (v.type === 'int' || v.type === 'double') {
      const n = Number(v.value);
      return { ...v, value: Number.isFinite(n) ? (v.type === 'int' ? Math.trunc(n) : n) : v.value };
    }
    if (v.type === 'boolean') return { ...v, value: v.value === true || v.value === 'true' };
    return { ...v, value: String(v.value ?? '') };
  };
  return (
    <div className="sf-modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div className="sf-dialog" role="dialog" aria-label="Workflow variables" onKeyDown={(e) => { if (e.key === 'Escape') props.onClose(); e.stopPropagation(); }}>
        <div className="sf-dialog-head"><b>Workflow variables</b></div>
        <div className="sf-dialog-body">
          <table className="sf-bindings">
            <thead><tr><th>Name</th><th>Type</th><th>Value</th><th /></tr></thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td><input value={r.name} aria-label="Variable name" onChange={(e) => set(i, { name: e.target.value })} /></td>
                  <td><select value={r.type} onChange={(e) => set(i, { type: e.target.value })}>
                    {['int', 'double', 'string', 'boolean'].map((t) => <option key={t}>{t}</option>)}</select></td>
                  <td><input value={String(r.value ?? '')} aria-label={`Value of ${r.name}`} onChange={(e) => set(i, { value: e.target.value })} /></td>
                  <td><button onClick={() => setRows(rows.filter((_, j) => j !== i))} title="Remove">✕</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          <button onClick={() => setRows([...rows, { name: `var${rows.length + 1}`, type: 'int', value: 0 }])}>Add variable</button>
        </div>
        <div className="sf-dialog-foot">
          <button onClick={props.onClose}>Cancel</button>
          <button className="primary" onClick={() => props.onApply(rows.map(typed))}>OK</button>
        </div>
      </div>
    </div>
  );
}
