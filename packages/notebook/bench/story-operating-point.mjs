// The precision/recall curve of same-story grouping on labelled folders (the
// `dossier eval` format): imports each folder into a scratch notebook once,
// scores every pair of its articles as the story index does, and replays the
// grouping at other thresholds and supported shares — a point of the curve
// costs a replay, not an import. The replay mirrors groupPairs and
// joinSupported (packages/search/src/stories/); the row of the shipped
// constants is compared with the notebook's own stories.
// pnpm bench:story-point <folder>… (which builds the packages first: run bare with node, it reads dist/ as last built)
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairKey, SAME_STORY_THRESHOLD, StoryIndex, SUPPORT_RATIO, SUPPORTED_SHARE } from '@dossier/search';
import { openNotebook } from '../dist/index.js';

const THRESHOLDS = [0.11, 0.12, 0.13, 0.14, 0.15, 0.155, 0.16, 0.165, 0.17, 0.175, 0.18, 0.185, 0.19, 0.2, 0.22];
const SHARES = [0.25, 0.3, 0.35, 0.4, 0.5];

/** Every pair's score and label in one folder, and the pairs the notebook grouped. */
async function scoreFolder(dir) {
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8'));
  const files = await Promise.all(
    labels.articles.map(async (a) => ({
      name: a.file,
      dataBase64: (await readFile(join(dir, a.file))).toString('base64'),
    })),
  );
  // The notebook's index is not exposed: the one that lists the stories is caught as it groups.
  const caught = [];
  const groups = StoryIndex.prototype.groups;
  StoryIndex.prototype.groups = function (options) {
    caught.push(this);
    return groups.call(this, options);
  };
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-operating-point-'));
  const notebook = await openNotebook(scratch, { create: true });
  try {
    const imported = await notebook.service['articles.import']({ files });
    const fileOf = new Map(imported.map((r) => [r.articleId, r.name]));
    const stories = await notebook.service['stories.list']({});
    const index = caught.at(-1);
    const cluster = new Map(labels.articles.map((a) => [a.file, a.cluster]));
    const ids = index.ids();
    const rows = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [fileOf.get(ids[i]), fileOf.get(ids[j])];
        // As groups() scores a cross pair: the kept term vectors, every reason weighed.
        const { score } = index.score(ids[i], ids[j], { reasonsFrom: Infinity });
        // Only pairs kept when the index compared them on add can be proposed (those scoring 60% of the
        // shipped threshold then): the rest can only support a join, so no lower threshold is replayed.
        const kept = index.near.has(pairKey(ids[i], ids[j]));
        rows.push({ a, b, score, kept, same: cluster.get(a) === cluster.get(b) });
      }
    const grouped = new Set(stories.flatMap((s) => pairsOf(s.articleIds.map((id) => fileOf.get(id)))));
    return { rows, grouped };
  } finally {
    StoryIndex.prototype.groups = groups;
    await notebook.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

function pairsOf(members) {
  const pairs = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) pairs.push([members[i], members[j]].sort().join('|'));
  return pairs;
}

/** The pairs grouped at `threshold` when a join needs `share` of the cross pairs supported. */
function replay(rows, threshold, share) {
  const score = new Map(rows.map((r) => [[r.a, r.b].sort().join('|'), r.score]));
  const supported = (x, y) => (score.get([x, y].sort().join('|')) ?? 0) >= SUPPORT_RATIO * threshold;
  const root = new Map();
  const members = new Map();
  const find = (x) => (root.has(x) && root.get(x) !== x ? find(root.get(x)) : x);
  const proposed = rows.filter((r) => r.kept && r.score >= threshold).sort((x, y) => y.score - x.score);
  for (const { a, b } of proposed) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    const [ma, mb] = [members.get(ra) ?? [ra], members.get(rb) ?? [rb]];
    let found = 0;
    for (const x of ma) for (const y of mb) if (supported(x, y)) found++;
    if (found < share * ma.length * mb.length) continue;
    root.set(rb, ra);
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
  }
  return new Set([...members.values()].flatMap(pairsOf));
}

function figures(rows, grouped) {
  const correct = rows.filter((r) => r.same && grouped.has([r.a, r.b].sort().join('|'))).length;
  const labelled = rows.filter((r) => r.same).length;
  const p = grouped.size ? correct / grouped.size : 1;
  const r = labelled ? correct / labelled : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const cell = ({ p, r, f1 }) => `${p.toFixed(2)}/${r.toFixed(2)}/${f1.toFixed(2)}`;
const folders = process.argv.slice(2);
if (!folders.length) throw new Error('usage: story-operating-point.mjs <labelled folder>…');
const sets = [];
for (const dir of folders) sets.push({ dir, ...(await scoreFolder(dir)) });
for (const { dir, rows, grouped } of sets) {
  // A kept pair's score is from when it was compared until the collection grows by a tenth: the notebook may
  // group on a score a little older than the replay's.
  const replayed = replay(rows, SAME_STORY_THRESHOLD, SUPPORTED_SHARE);
  const differ =
    [...grouped].filter((p) => !replayed.has(p)).length + [...replayed].filter((p) => !grouped.has(p)).length;
  const labelled = rows.filter((r) => r.same).length;
  console.log(
    `${dir}: ${rows.length} pairs, ${labelled} same-story; the notebook ${cell(figures(rows, grouped))}, its replay differs in ${differ} pairs`,
  );
}
console.log(`share threshold  ${folders.map((d) => d.split('/').pop()).join('  ')}  (P/R/F1 each)  mean F1`);
for (const share of SHARES)
  for (const threshold of THRESHOLDS) {
    const each = sets.map(({ rows }) => figures(rows, replay(rows, threshold, share)));
    const mean = each.reduce((n, f) => n + f.f1, 0) / each.length;
    console.log(`${share.toFixed(2)}  ${threshold.toFixed(3)}  ${each.map(cell).join('  ')}  ${mean.toFixed(3)}`);
  }
