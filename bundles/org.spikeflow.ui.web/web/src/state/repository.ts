// The node repository panel's logic: category tree and search (name, category and descriptions).
import type { NodeDescription } from './types';

export interface CategoryGroup {
  category: string;
  nodes: NodeDescription[];
}

/** Nodes grouped by category (categories and nodes alphabetical). */
export function byCategory(nodes: NodeDescription[]): CategoryGroup[] {
  const groups = new Map<string, NodeDescription[]>();
  for (const n of nodes) {
    const c = n.category || 'Other';
    (groups.get(c) ?? groups.set(c, []).get(c)!).push(n);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, list]) => ({ category, nodes: list.slice().sort((a, b) => a.name.localeCompare(b.name)) }));
}

/**
 * Nodes matching every word of the query, best first: name hits before category hits before description hits.
 * An empty query returns nothing (the panel then shows the categories).
 */
export function search(nodes: NodeDescription[], query: string): NodeDescription[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored: { n: NodeDescription; score: number }[] = [];
  for (const n of nodes) {
    const name = n.name.toLowerCase();
    const category = (n.category || '').toLowerCase();
    const text = `${n.shortDescription || ''} ${n.fullDescription || ''}`.toLowerCase();
    let score = 0;
    let all = true;
    for (const w of words) {
      if (name.startsWith(w) || name.includes(' ' + w)) score += 10;
      else if (name.includes(w)) score += 6;
      else if (category.includes(w)) score += 3;
      else if (text.includes(w)) score += 1;
      else { all = false; break; }
    }
    if (all) scored.push({ n, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.n.name.localeCompare(b.n.name)).map((s) => s.n);
}
