// The configure dialog (loaded on first use with JSON Forms): a form generated from the node's settings schema,
// inline validation messages from the server (POST validate-settings: schema and the node's own checks; Ajv cannot
// compile schemas in the page because the CSP forbids eval), a flow-variable binding per setting, secrets shown
// as "set" / "not set", Apply / OK / Cancel.
import { useEffect, useMemo, useRef, useState } from 'react';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { api } from '../api';
import type { FlowVariable, JsonSchema, NodeDescription, WfNode } from '../state/types';
import { cleanBindings, isSecretSchema, mergeSecrets, schemaWithoutSecrets, settingFields, splitSecrets } from '../state/settings';

export interface ConfigureDialogProps {
  workflow: string;
  node: WfNode;
  description: NodeDescription;
  workflowVariables: FlowVariable[];
  onApply(settings: Record<string, unknown>, variableSettings: Record<string, string>): Promise<void>;
  onClose(): void;
}

/** JSON Forms validates with Ajv's default (draft-07) meta-schema: drop the 2020-12 `$schema` marker. */
function forJsonForms(schema: JsonSchema): JsonSchema {
  if (!schema || !('$schema' in schema)) return schema;
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

export default function ConfigureDialog(props: ConfigureDialogProps) {
  const { node, description } = props;
  const schema = description.settingsSchema;
  const initial = useMemo(() => splitSecrets(node.settings), [node.settings]);
  // secrets: marked in the schema, or masked by the server (either one is enough to never show or drop the value)
  const secretKeys = useMemo(() => [...new Set([
    ...Object.entries<any>(schema?.properties ?? {}).filter(([, s]) => isSecretSchema(s)).map(([k]) => k),
    ...Object.keys(initial.secrets)])], [schema, initial]);
  const [data, setData] = useState<Record<string, unknown>>(initial.editable);
  const [typedSecrets, setTypedSecrets] = useState<Record<string, string>>({});
  const [bindings, setBindings] = useState<Record<string, string>>(node.variableSettings ?? {});
  const [variables, setVariables] = useState<FlowVariable[]>(props.workflowVariables);
  const [serverMessages, setServerMessages] = useState<{ path: string; message: string }[]>([]);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [tab, setTab] = useState<'settings' | 'variables'>('settings');
  const formSchema = useMemo(() => forJsonForms(schemaWithoutSecrets(schema, secretKeys)), [schema, secretKeys]);
  const fields = useMemo(() => settingFields(schema), [schema]);
  const secretStatus: Record<string, 'set' | 'not set'> = useMemo(
    () => Object.fromEntries(secretKeys.map((k) => [k, initial.secrets[k] ?? 'not set'])), [secretKeys, initial]);

  useEffect(() => {
    api.nodeVariables(props.workflow, node.id).then((vs) => {
      const names = new Set(vs.map((v) => v.name));
      setVariables([...vs, ...props.workflowVariables.filter((v) => !names.has(v.name))]);
    }, () => {});
  }, [props.workflow, node.id, props.workflowVariables]);

  const settings = () => mergeSecrets(data, secretStatus, typedSecrets);

  // the node's own validation on the server, a moment after the last edit
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const t = setTimeout(() => {
      api.validate(props.workflow, node.id, settings()).then((r) => { if (mine === seq.current) setServerMessages(r.messages ?? []); },
        (e) => { if (mine === seq.current) setServerMessages([{ path: '', message: e.message }]); });
    }, 250);
    return () => clearTimeout(t);
  }, [data, typedSecrets]); // eslint-disable-line react-hooks/exhaustive-deps

  const additionalErrors = useMemo(() => serverMessages.filter((m) => m.path).map((m) => ({
    instancePath: '/' + m.path.replace(/^settings\./, '').split('.').join('/'),
    message: m.message, schemaPath: '#/server', keyword: 'server', params: {},
  })), [serverMessages]);
  const general = serverMessages.filter((m) => !m.path);

  const apply = async (close: boolean) => {
    setApplyError(null);
    try {
      // checked again at the moment of applying: the last edit may not have been validated yet
      const check = await api.validate(props.workflow, node.id, settings());
      if (check.messages?.length) { setServerMessages(check.messages); return; }
      await props.onApply(settings(), cleanBindings(bindings));
      if (close) props.onClose();
    } catch (e: any) {
      setApplyError(e.message + (e.details?.length ? ': ' + e.details.map((d: any) => `${d.path} ${d.message}`).join('; ') : ''));
    }
  };

  return (
    <div className="sf-modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div className="sf-dialog" role="dialog" aria-label={`Configure ${node.label || node.name}`}
        onKeyDown={(e) => { if (e.key === 'Escape') props.onClose(); e.stopPropagation(); }}>
        <div className="sf-dialog-head">
          <b>Configure {node.label || node.name}</b> <span className="id">{node.id}</span>
          <div className="tabs">
            <button className={tab === 'settings' ? 'active' : ''} onClick={() => setTab('settings')}>Settings</button>
            <button className={tab === 'variables' ? 'active' : ''} onClick={() => setTab('variables')}>
              Flow variables{Object.keys(cleanBindings(bindings)).length ? ` (${Object.keys(cleanBindings(bindings)).length})` : ''}</button>
          </div>
        </div>
        <div className="sf-dialog-body">
          {tab === 'settings' ? (
            <>
              <JsonForms schema={formSchema} data={data} renderers={vanillaRenderers} cells={vanillaCells}
                validationMode="NoValidation" additionalErrors={additionalErrors as any}
                onChange={({ data: d }) => setData(d ?? {})} />
              {secretKeys.map((k) => (
                <div className="sf-secret" key={k}>
                  <label>{schema.properties?.[k]?.title || k} <span className={`status ${secretStatus[k] === 'set' ? 'set' : 'unset'}`} data-secret-status={secretStatus[k]}>{secretStatus[k]}</span></label>
                  <input type="password" autoComplete="off" placeholder={secretStatus[k] === 'set' ? 'leave empty to keep the stored value' : 'not set'}
                    value={typedSecrets[k] ?? ''} onChange={(e) => setTypedSecrets({ ...typedSecrets, [k]: e.target.value })} />
                </div>
              ))}
              {Object.keys(cleanBindings(bindings)).length > 0 && (
                <div className="sf-bound-note">Controlled by flow variables: {Object.entries(cleanBindings(bindings)).map(([p, v]) => `${p} ← ${v}`).join(', ')}</div>
              )}
            </>
          ) : (
            <table className="sf-bindings">
              <thead><tr><th>Setting</th><th>Flow variable</th></tr></thead>
              <tbody>
                {fields.filter((f) => !f.secret).map((f) => (
                  <tr key={f.path}>
                    <td>{f.title} <span className="type">{f.path}</span></td>
                    <td>
                      <select value={bindings[f.path] ?? ''} aria-label={`Variable for ${f.path}`}
                        onChange={(e) => setBindings({ ...bindings, [f.path]: e.target.value })}>
                        <option value="">— none —</option>
                        {variables.map((v) => <option key={v.name} value={v.name}>{v.name} ({v.type})</option>)}
                        {bindings[f.path] && !variables.some((v) => v.name === bindings[f.path]) && <option value={bindings[f.path]}>{bindings[f.path]} (unknown)</option>}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {general.length > 0 && <ul className="sf-validation">{general.map((m, i) => <li key={i}>{m.message}</li>)}</ul>}
          {serverMessages.filter((m) => m.path).length > 0 && (
            <ul className="sf-validation" data-testid="validation">{serverMessages.filter((m) => m.path).map((m, i) => <li key={i}><b>{m.path}</b>: {m.message}</li>)}</ul>
          )}
          {applyError && <div className="sf-validation error">{applyError}</div>}
        </div>
        <div className="sf-dialog-foot">
          <button onClick={props.onClose}>Cancel</button>
          <button onClick={() => apply(false)}>Apply</button>
          <button className="primary" onClick={() => apply(true)}>OK</button>
        </div>
      </div>
    </div>
  );
}
