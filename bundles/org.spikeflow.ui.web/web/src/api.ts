// HTTP client for the canvas API. Every state-changing request carries X-Spikeflow-Request: 1 (the server refuses
// POSTs without it); the session cookie set from the start-up token authenticates every request.
import type { Command, Fragment, FlowVariable, NodeDescription, OutputInfo, PortType, Session, Snapshot, WorkflowEntry } from './state/types';

export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly details: { path: string; message: string }[] = []) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-Spikeflow-Request'] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await res.text();
  let json: any = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!res.ok) throw new ApiError(json?.error || `${res.status} ${res.statusText}`, res.status, json?.details || []);
  return json as T;
}

const wf = (id: string) => `/api/workflows/${encodeURIComponent(id)}`;
const out = (w: string, node: string, port: number | string) => `${wf(w)}/nodes/${encodeURIComponent(node)}/outputs/${port}`;

export const api = {
  session: () => request<Session>('GET', '/api/session'),
  nodes: () => request<NodeDescription[]>('GET', '/api/nodes'),
  portTypes: () => request<PortType[]>('GET', '/api/porttypes'),
  workflows: () => request<WorkflowEntry[]>('GET', '/api/workflows'),
  open: (path: string) => request<Snapshot>('POST', '/api/workflows/open', { path }),
  create: (path: string, name: string) => request<Snapshot>('POST', '/api/workflows/new', { path, name }),
  get: (id: string) => request<Snapshot>('GET', wf(id)),
  save: (id: string) => request<Snapshot>('POST', `${wf(id)}/save`),
  saveAs: (id: string, path: string, overwrite = false) => request<Snapshot>('POST', `${wf(id)}/save-as`, { path, overwrite }),
  close: (id: string) => request<unknown>('POST', `${wf(id)}/close`),
  command: (id: string, c: Command) => request<Snapshot>('POST', `${wf(id)}/commands`, c),
  undo: (id: string) => request<Snapshot>('POST', `${wf(id)}/undo`),
  redo: (id: string) => request<Snapshot>('POST', `${wf(id)}/redo`),
  validate: (id: string, node: string, settings: unknown) =>
    request<{ messages: { path: string; message: string }[] }>('POST', `${wf(id)}/validate-settings`, { node, settings }),
  execute: (id: string, node: string | null, mode: 'node' | 'upTo' | 'all') => request<unknown>('POST', `${wf(id)}/execute`, { node, mode }),
  cancel: (id: string, node: string | null) => request<Snapshot>('POST', `${wf(id)}/cancel`, { node }),
  reset: (id: string, node: string | null) => request<Snapshot>('POST', `${wf(id)}/reset`, { node }),
  copy: (id: string, nodes: string[], annotations: string[]) => request<Fragment>('POST', `${wf(id)}/copy`, { nodes, annotations }),
  output: (w: string, node: string, port: number | string) => request<OutputInfo>('GET', out(w, node, port)),
  rows: (w: string, node: string, port: number | string, offset: number, limit: number) =>
    request<{ offset: number; rowCount: number; rows: unknown[][] }>('GET', `${out(w, node, port)}/rows?offset=${offset}&limit=${limit}`),
  imageUrl: (w: string, node: string, port: number | string, format: 'png' | 'svg') => `${out(w, node, port)}/image.${format}`,
  outputVariables: (w: string, node: string, port: number | string) => request<FlowVariable[]>('GET', `${out(w, node, port)}/variables`),
  nodeVariables: (w: string, node: string) => request<FlowVariable[]>('GET', `${wf(w)}/nodes/${encodeURIComponent(node)}/variables`),
};
