// Shapes of the canvas HTTP API (bundles/org.spikeflow.ui/resources/openapi.json, served at /api/openapi.json).

export interface Port {
  index: number;
  name: string;
  type: string;
  typeName: string;
  color: string;
  optional: boolean;
  description?: string;
}

export interface NodeDescription {
  type: string;
  name: string;
  category: string;
  shortDescription: string;
  fullDescription: string;
  icon: string | null;
  inPorts: Port[];
  outPorts: Port[];
  settingsSchema: JsonSchema;
  defaultSettings: Record<string, unknown>;
  loopRole: 'start' | 'end' | null;
}

export type JsonSchema = Record<string, any>;

export interface PortType {
  id: string;
  name: string;
  color: string;
  connectableTo: string[];
}

export interface WorkflowEntry {
  path: string;
  name: string;
  open: boolean;
}

export interface Session {
  version: string;
  workspace: string;
  initialWorkflow: string | null;
}

export type NodeState = 'idle' | 'configured' | 'queued' | 'executing' | 'executed' | 'failed';

export interface Message {
  level: 'warning' | 'error';
  text: string;
}

export interface Progress {
  fraction: number | null;
  message: string | null;
}

export interface FlowVariable {
  name: string;
  type: string;
  value: unknown;
}

export interface WfNode {
  id: string;
  type: string;
  name: string;
  label: string | null;
  missing: boolean;
  missingReason: string | null;
  position: { x: number; y: number };
  state: NodeState;
  messages: Message[];
  progress: Progress | null;
  executionMillis: number | null;
  inPorts: Port[];
  outPorts: Port[];
  settings: Record<string, unknown>;
  variableSettings: Record<string, string>;
  loopPartner: string | null;
  iteration: number | null;
}

export interface Connection {
  id: string;
  from: string; // "node:port"
  to: string;
}

export interface Annotation {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

export interface Snapshot {
  id: string;
  path: string;
  name: string;
  description: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  executing: boolean;
  variables: FlowVariable[];
  nodes: WfNode[];
  connections: Connection[];
  annotations: Annotation[];
}

export type Op = { op: string; [key: string]: unknown };

export interface Command {
  label: string;
  ops: Op[];
}

export interface Fragment {
  nodes: unknown[];
  connections: unknown[];
  annotations: unknown[];
}

// Server-sent events (the `event:` name is the discriminator).
export type ServerEvent =
  | { type: 'nodeState'; workflow: string; node: string; state: NodeState; messages: Message[]; executionMillis: number | null }
  | { type: 'progress'; workflow: string; node: string; fraction: number | null; message: string | null }
  | { type: 'loopIteration'; workflow: string; node: string; iteration: number; total: number | null }
  | { type: 'workflowChanged'; workflow: string; dirty: boolean; canUndo: boolean; canRedo: boolean; undoLabel?: string | null; redoLabel?: string | null }
  | { type: 'executionFinished'; workflow: string; status: string; message: string | null };

export type OutputInfo = { text?: string } & (
  | { kind: 'table'; columns: { name: string; type: string }[]; rowCount: number }
  | { kind: 'image'; formats: string[]; title?: string; width?: number; height?: number }
  | { kind: 'flowVariables'; variables?: FlowVariable[] }
  | { kind: 'model'; summary: Record<string, unknown> }
  | { kind: 'object'; [k: string]: unknown }
  | { kind: 'empty' }
  | { kind: 'none' });
