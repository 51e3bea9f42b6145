// The table: each figure with p50/p95/p99, its baseline from the same run,
// the ratio, the target and whether it is met — with the cause when it is not.
import type { ColdOpenFigures, IndexMemoryFigures } from './cold-open.js';
import type { DossierFigures } from './dossier.js';
import type { MachineFloor } from './floor.js';
import type { Fts5Figures } from './fts5.js';
import type { Percentiles } from './stats.js';

export interface BenchResults {
  size: number;
  machine: { node: string; cpus: number; platform: string; loadAverage: { start: number; end: number } };
  startedAt: string;
  durationS: number;
  corpus: { articles: number; megabytes: number; queries: number };
  floor: MachineFloor;
  fts5: Fts5Figures;
  dossier: DossierFigures;
  coldOpen: ColdOpenFigures[];
  indexMemory: IndexMemoryFigures | null;
  notebookFiles: { name: string; megabytes: number }[];
}

export interface Row {
  /** Short name for the shortfall list. */
  name: string;
  figure: string;
  target: string;
  dossier: string;
  baseline: string;
  ratio: string;
  verdict: 'met' | 'not met' | 'reported';
  cause?: string;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const spread = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)} ms`;
const seeding = (d: DossierFigures) =>
  `${d.seeding.calls} files of up to ${d.seeding.batch} in ${(d.seeding.ms / 1000).toFixed(1)} s, ` +
  `each ${spread(d.seeding.perCall)}`;
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');

export function rows(r: BenchResults): Row[] {
  const d = r.dossier;
  const out: Row[] = [];

  const searchRatio = d.search.p95 / r.fts5.search.p95;
  const searchMet = d.search.p95 <= 15 && searchRatio <= 1.5;
  const slowest = Object.entries(d.searchByKind).sort((a, b) => b[1].p95 - a[1].p95)[0];
  out.push({
    name: 'search',
    figure: `search, mixed queries, top 20 with snippets (p50/p95/p99), ${r.size} articles, each query asked of FTS5 then Dossier`,
    target: 'p95 ≤ 15 ms and ≤ 1.5× FTS5',
    dossier: spread(d.search),
    baseline: `FTS5 ${spread(r.fts5.search)}`,
    ratio: ratio(d.search.p95, r.fts5.search.p95),
    verdict: searchMet ? 'met' : 'not met',
    ...(searchMet
      ? {}
      : {
          cause:
            `slowest kind "${slowest?.[0]}" p95 ${ms(slowest?.[1].p95 ?? NaN)} ms; ` +
            Object.entries(d.searchByKind)
              .map(([kind, p]) => `${kind} ${ms(p.p95)}`)
              .join(', ') +
            ` ms p95. FTS5 does no fuzzy or variant matching (${r.fts5.emptyQueries} of ${r.corpus.queries} queries found nothing there, ${d.emptyQueries} in Dossier)`,
        }),
  });

  const importMet = d.importArticlesPerSecond >= 1000;
  out.push({
    name: 'import',
    figure: 'import of plain-text articles (decode, clean, index, persist)',
    target: '≥ 1,000 articles/s',
    dossier: `${d.importArticlesPerSecond.toFixed(0)} articles/s (${(d.importMs / 1000).toFixed(1)} s)`,
    baseline: `FTS5 insert ${r.fts5.buildArticlesPerSecond.toFixed(0)} articles/s`,
    ratio: ratio(r.fts5.buildArticlesPerSecond, d.importArticlesPerSecond) + ' slower',
    verdict: importMet ? 'met' : 'not met',
    ...(importMet ? {} : { cause: `the whole import of ${r.size} articles took ${(d.importMs / 1000).toFixed(1)} s` }),
  });

  const opens = r.coldOpen.map((c) => c.searchMs).sort((a, b) => a - b);
  const open = r.coldOpen[Math.floor((r.coldOpen.length - 1) / 2)]!;
  const openMs = opens[Math.floor((opens.length - 1) / 2)]!;
  const filesMB = r.notebookFiles.reduce((sum, f) => sum + f.megabytes, 0);
  const parseFloorMs = (filesMB / r.floor.parseMBps) * 1000;
  const openMet = openMs <= 1000;
  out.push({
    name: 'cold open',
    figure: `cold open to library and first search (fresh process, ${r.coldOpen.length} run(s), median)`,
    target: '≤ 1 s',
    dossier: `${ms(openMs)} ms (open ${ms(open.openMs)}, library ${ms(open.libraryMs)}, search ${ms(open.searchMs)})`,
    baseline: `FTS5 open + query ${ms(r.fts5.openMs)} ms; JSON.parse floor of the notebook's JSON files ${ms(parseFloorMs)} ms`,
    ratio: ratio(openMs, r.fts5.openMs),
    verdict: openMet ? 'met' : 'not met',
    ...(openMet
      ? {}
      : {
          cause:
            `open reads ${r.notebookFiles.map((f) => `${f.name} ${f.megabytes.toFixed(1)} MB`).join(', ')}; ` +
            `parsing that much JSON alone costs ${ms(parseFloorMs)} ms here`,
        }),
  });

  const fullCount = d.highlightsStored + d.save.count >= d.highlightsWanted;
  const saveMet = d.save.p95 <= 5 && fullCount;
  out.push({
    name: 'durable save',
    figure: `durable save of one highlight, ${d.highlightsStored} highlights stored (wanted ${d.highlightsWanted - d.save.count})`,
    target: 'p95 ≤ 5 ms',
    dossier: spread(d.save),
    baseline: `bare fsync ${spread(r.floor.fsync)}`,
    ratio: ratio(d.save.p95, r.floor.fsync.p95),
    verdict: saveMet ? 'met' : 'not met',
    ...(saveMet
      ? {}
      : {
          cause: fullCount
            ? `each save costs ${ms(d.save.p95)} ms at p95`
            : `seeding highlights through annotations.importW3c ran out of its time budget at ${d.highlightsStored} ` +
              `(${seeding(d)})`,
        }),
  });

  const briefMet = d.brief.p95 <= 200 && d.briefQuotes >= 1000;
  out.push({
    name: 'brief',
    figure: `brief of ${d.briefQuotes} quotes`,
    target: '≤ 200 ms (1,000 quotes)',
    dossier: spread(d.brief),
    baseline: `JSON.stringify floor of the catalog ${ms(r.floor.stringifyMs)} ms`,
    ratio: ratio(d.brief.p95, r.floor.stringifyMs),
    verdict: briefMet ? 'met' : 'not met',
    ...(briefMet
      ? {}
      : {
          cause:
            d.briefQuotes < 1000
              ? `only ${d.briefQuotes} highlights with the brief's tag were stored before seeding stopped (see durable save)`
              : `rendering ${d.briefQuotes} quotes takes ${ms(d.brief.p95)} ms at p95`,
        }),
  });

  const index = r.indexMemory;
  out.push({
    name: 'memory',
    figure: `memory after opening ${r.size} articles and one search`,
    target: 'reported, with the index share',
    dossier:
      `heap ${open.heapUsedMB.toFixed(0)} MB, RSS ${open.rssMB.toFixed(0)} MB` +
      (index ? `; index ${index.indexHeapMB.toFixed(0)} MB of heap (loads alone in ${ms(index.loadMs)} ms)` : ''),
    baseline: `corpus text ${r.corpus.megabytes.toFixed(0)} MB; FTS5 keeps its index on disk`,
    ratio: ratio(open.heapUsedMB, r.corpus.megabytes) + ' of the text',
    verdict: 'reported',
  });
  const runMet = r.size < 100_000 || r.durationS <= 600;
  out.push({
    name: 'run time',
    figure: 'this benchmark run, start to table',
    target: '≤ 10 min at 100k articles',
    dossier: `${(r.durationS / 60).toFixed(1)} min`,
    baseline: `of which FTS5's build ${(r.fts5.buildMs / 60_000).toFixed(1)} min, Dossier's import ${(d.importMs / 60_000).toFixed(1)} min`,
    ratio: '—',
    verdict: runMet ? 'met' : 'not met',
    ...(runMet
      ? {}
      : { cause: `building the notebook through articles.import took ${(d.importMs / 60_000).toFixed(1)} min` }),
  });
  return out;
}

export function renderTable(r: BenchResults): string {
  const header = ['figure', 'target', 'Dossier', 'baseline (same run)', 'ratio', 'verdict'];
  const lines = [
    `Dossier benchmark, ${r.size} articles (${r.corpus.megabytes.toFixed(0)} MB of text, ${r.corpus.queries} queries) — ` +
      `Node ${r.machine.node}, ${r.machine.cpus} cores (load average ${r.machine.loadAverage.start.toFixed(1)} at the start, ` +
      `${r.machine.loadAverage.end.toFixed(1)} at the end), ${r.startedAt}, ${r.durationS.toFixed(0)} s`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
  ];
  const causes: string[] = [];
  for (const row of rows(r)) {
    lines.push(`| ${[row.figure, row.target, row.dossier, row.baseline, row.ratio, row.verdict].join(' | ')} |`);
    if (row.cause) causes.push(`- ${row.name}: not met — ${row.cause}.`);
  }
  const f = r.floor;
  lines.push(
    '',
    `Machine floor: JSON.stringify ${f.stringifyMBps.toFixed(0)} MB/s, JSON.parse ${f.parseMBps.toFixed(0)} MB/s ` +
      `(${f.megabytes.toFixed(1)} MB: the catalog and highlights), bare fsync ${spread(f.fsync)}. ` +
      `FTS5 built its index at ${r.fts5.buildArticlesPerSecond.toFixed(0)} articles/s. ` +
      `Highlights seeded through annotations.importW3c (W3C Web Annotation files, one journal entry each): ` +
      `${r.dossier.highlightsStored} in ${seeding(r.dossier)}. ` +
      (r.dossier.postings.ready
        ? `Search ranked over the postings file, written after seeding in ${(r.dossier.postings.ms / 1000).toFixed(1)} s (the app writes it when idle).`
        : 'No postings file was written: search ranked by FTS5 alone.'),
  );
  if (causes.length) lines.push('', 'Shortfalls:', ...causes);
  return lines.join('\n');
}
