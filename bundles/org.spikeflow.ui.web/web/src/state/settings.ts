// Settings in the configure dialog: secrets masked by the server, flow-variable bindings per setting.
import type { JsonSchema } from './types';

export const SECRET_SET = { $secret: 'set' } as const;

export function isSecretValue(v: unknown): v is { $secret: 'set' | 'not set' } {
  return typeof v === 'object' && v !== null && '$secret' in (v as object);
}

/** "set" / "not set" for a masked secret, null for an ordinary value. */
export function secretStatus(v: unknown): 'set' | 'not set' | null {
  return isSecretValue(v) ? ((v as { $secret: string }).$secret === 'set' ? 'set' : 'not set') : null;
}

export interface SettingField {
  path: string; // dotted, as in variableSettings ("duration", "protocol.amplitude")
  title: string;
  type: string;
  secret: boolean;
}

/** The leaf settings of a schema (the ones a flow variable can control), depth first. */
export function settingFields(schema: JsonSchema, prefix = ''): SettingField[] {
  const out: SettingField[] = [];
  const props = (schema && schema.properties) || {};
  for (const [key, sub] of Object.entries<any>(props)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const type = Array.isArray(sub.type) ? sub.type.find((t: string) => t !== 'null') : sub.type;
    if (type === 'object' && sub.properties) out.push(...settingFields(sub, path));
    else out.push({ path, title: sub.title || key, type: type || (sub.enum ? 'string' : 'any'), secret: isSecretSchema(sub) });
  }
  return out;
}

export function isSecretSchema(s: JsonSchema): boolean {
  return !!(s && (s.writeOnly || s.format === 'password' || s['x-secret']));
}

/** Replaces masked secret objects by undefined so JSON Forms shows an empty password field. */
export function splitSecrets(settings: Record<string, unknown>): { editable: Record<string, unknown>; secrets: Record<string, 'set' | 'not set'> } {
  const editable: Record<string, unknown> = {};
  const secrets: Record<string, 'set' | 'not set'> = {};
  for (const [k, v] of Object.entries(settings ?? {})) {
    const s = secretStatus(v);
    if (s) secrets[k] = s;
    else editable[k] = v;
  }
  return { editable, secrets };
}

/**
 * Settings to send back: edited values; a secret the user did not type keeps the stored value ({"$secret":"set"})
 * or stays absent if none was stored; a typed secret is sent as typed (only on Apply, never echoed back).
 */
export function mergeSecrets(edited: Record<string, unknown>, secrets: Record<string, 'set' | 'not set'>, typed: Record<string, string>): Record<string, unknown> {
  const out = { ...edited };
  for (const [k, status] of Object.entries(secrets)) {
    if (typed[k]) out[k] = typed[k];
    else if (status === 'set') out[k] = { ...SECRET_SET };
    else delete out[k];
  }
  for (const [k, v] of Object.entries(typed)) if (v && !(k in secrets)) out[k] = v;
  return out;
}

/** Schema for JSON Forms without the secret properties (they get their own "set"/"not set" field). */
export function schemaWithoutSecrets(schema: JsonSchema, secretKeys: string[]): JsonSchema {
  if (!schema?.properties || !secretKeys.length) return schema;
  const properties = { ...schema.properties };
  for (const k of secretKeys) delete properties[k];
  const required = Array.isArray(schema.required) ? schema.required.filter((r: string) => !secretKeys.includes(r)) : schema.required;
  return { ...schema, properties, ...(required ? { required } : {}) };
}

/** Removes bindings whose variable name is empty. */
export function cleanBindings(b: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(b).filter(([, v]) => v && v.trim()));
}
