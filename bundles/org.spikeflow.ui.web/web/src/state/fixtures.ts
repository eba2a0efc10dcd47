// Small hand-written workflow used by the unit tests.
import type { NodeDescription, Port, PortType, Snapshot, WfNode } from './types';

export const TABLE: Port = { index: 0, name: 'Table', type: 'org.spikeflow.table', typeName: 'Table', color: '#222222', optional: false };
export const IMAGE: Port = { index: 0, name: 'Plot', type: 'org.spikeflow.image', typeName: 'Image', color: '#2a7f62', optional: false };

export const portTypes: PortType[] = [
  { id: 'org.spikeflow.table', name: 'Table', color: '#222222', connectableTo: [] },
  { id: 'org.spikeflow.image', name: 'Image', color: '#2a7f62', connectableTo: [] },
];

export function node(id: string, inPorts: Port[], outPorts: Port[], extra: Partial<WfNode> = {}): WfNode {
  return {
    id, type: `org.spikeflow.test.${id}`, name: id.toUpperCase(), label: null, missing: false, missingReason: null,
    position: { x: 0, y: 0 }, state: 'configured', messages: [], progress: null, executionMillis: null,
    inPorts, outPorts, settings: {}, variableSettings: {}, loopPartner: null, iteration: null, ...extra,
  };
}

export function snapshot(): Snapshot {
  return {
    id: 'w1', path: 'a.spikeflow.json', name: 'A', description: '', dirty: false, canUndo: false, canRedo: false,
    undoLabel: null, redoLabel: null, executing: false, variables: [],
    nodes: [
      node('sim', [], [TABLE], { position: { x: 100, y: 100 } }),
      node('plot', [TABLE], [IMAGE], { position: { x: 400, y: 120 } }),
      node('writer', [IMAGE], [], { position: { x: 700, y: 100 } }),
      node('loopstart', [TABLE], [TABLE], { loopPartner: 'loopend', position: { x: 100, y: 400 } }),
      node('loopend', [TABLE], [TABLE], { loopPartner: 'loopstart', position: { x: 500, y: 400 } }),
    ],
    connections: [
      { id: 'sim:0->plot:0', from: 'sim:0', to: 'plot:0' },
      { id: 'plot:0->writer:0', from: 'plot:0', to: 'writer:0' },
    ],
    annotations: [],
  };
}

export function description(type: string, name: string, category: string, shortDescription: string, inPorts: Port[] = [TABLE], outPorts: Port[] = [TABLE]): NodeDescription {
  return { type, name, category, shortDescription, fullDescription: '', icon: null, inPorts, outPorts, settingsSchema: { type: 'object', properties: {} }, defaultSettings: {}, loopRole: null };
}
