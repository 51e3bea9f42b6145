// Hierarchical tags (`energy/refineries`) as a tree for the sidebar: each node
// counts its own highlights and, separately, those of everything beneath it.
export interface TagCount {
  path: string;
  count: number;
}

export interface TagNode {
  name: string;
  path: string;
  /** Highlights tagged with exactly this path. */
  count: number;
  /** This tag's highlights plus its descendants'. */
  total: number;
  children: TagNode[];
}

export function tagTree(tags: readonly TagCount[]): TagNode[] {
  const root: TagNode = { name: '', path: '', count: 0, total: 0, children: [] };
  for (const tag of tags) {
    let node = root;
    const parts = tag.path.split('/');
    parts.forEach((name, i) => {
      const path = parts.slice(0, i + 1).join('/');
      let child = node.children.find((c) => c.name === name);
      if (!child) node.children.push((child = { name, path, count: 0, total: 0, children: [] }));
      child.total += tag.count;
      node = child;
    });
    node.count += tag.count;
  }
  sort(root.children);
  return root.children;
}

function sort(nodes: TagNode[]): void {
  nodes.sort((a, b) => a.name.localeCompare(b.name));
  for (const n of nodes) sort(n.children);
}

/** Existing tags that match what the user has typed so far: prefix matches first, then substring. */
export function suggestTags(all: readonly string[], typed: string, limit = 8): string[] {
  const q = typed.trim().toLowerCase();
  if (!q) return all.slice(0, limit);
  const starts = all.filter(
    (t) =>
      t.toLowerCase().startsWith(q) ||
      t
        .toLowerCase()
        .split('/')
        .some((p) => p.startsWith(q)),
  );
  const contains = all.filter((t) => !starts.includes(t) && t.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit);
}
