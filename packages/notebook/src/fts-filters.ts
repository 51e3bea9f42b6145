// The search options that narrow the articles (tags, outlet, dates) as SQL
// conditions on the index's `meta` table.
import { normalizeTerm, type SearchOptions } from '@dossier/search';

/**
 * SQL conditions on `meta m` for the options' tags, outlet and dates (`''` when none is set).
 *
 * @example
 * filterSql({ tags: ['energy'] }) // => { sql: '(instr(m.tags, ?) > 0 OR instr(m.tags, ?) > 0)', params: ['\nenergy\n', '\nenergy/'] }
 */
export function filterSql(options: SearchOptions): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  for (const tag of (options.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean)) {
    // A tag, or any tag under it: energy finds energy and energy/refineries.
    conditions.push(`(instr(m.tags, ?) > 0 OR instr(m.tags, ?) > 0)`);
    params.push(`\n${tag}\n`, `\n${tag}/`);
  }
  if (options.outlet) {
    conditions.push('m.outlet = ?');
    params.push(comparableName(options.outlet));
  }
  if (options.from) {
    conditions.push('m.published_at >= ?');
    params.push(options.from);
  }
  if (options.to) {
    conditions.push('m.published_at < ?');
    params.push(options.to);
  }
  return { sql: conditions.join(' AND '), params };
}

/** An outlet's name as stored and compared: its words normalised like indexed terms. */
export function comparableName(name: string): string {
  return name.split(/\s+/u).map(normalizeTerm).filter(Boolean).join(' ');
}
