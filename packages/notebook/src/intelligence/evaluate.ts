// `dossier eval`: imports a labelled folder into a temporary notebook and
// scores what the notebook made of it — same-story grouping (pairwise
// precision/recall/F1), clutter removed, body kept, name variants found.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { cleanText, collapseWhitespace, DossierError, describeIssues, type DossierService } from '@dossier/core';
import { pairKey } from '@dossier/search';
import { openNotebook } from '../open.js';
import { loadCompromise } from './language-tools.js';

export const LabelsSchema = z.object({
  articles: z
    .array(
      z.object({
        file: z.string().min(1),
        cluster: z.string().min(1),
        clutter: z.array(z.string()).default([]),
        must_keep: z.array(z.string()).default([]),
        /** Where the article comes from (free text); not scored. */
        source: z.string().optional(),
      }),
    )
    .min(1),
  name_variants: z.record(z.string(), z.array(z.string())).default({}),
});
export type Labels = z.infer<typeof LabelsSchema>;

export interface EvaluationFigures {
  sameStory: { precision: number; recall: number; f1: number };
  /** Clutter lines not found as a line of the clean text (see `clutterLineKept`). */
  clutterRemoved: number;
  bodyKept: number;
  variantsFound: number;
}

export interface Evaluation {
  figures: EvaluationFigures;
  articles: number;
  pairs: { predicted: number; labelled: number; correct: number };
  falsePairs: [string, string][];
  missedPairs: [string, string][];
  clutterLeft: { file: string; line: string }[];
  /** The share of clutter lines found nowhere in the clean text, not even as words of a sentence: a stricter, older check. */
  clutterRemovedAsSubstring: number;
  bodyLost: { file: string; sentence: string }[];
  variants: { key: string; containing: number; found: number; missed: string[] }[];
}

export async function readLabels(dir: string): Promise<Labels> {
  const path = join(dir, 'labels.json');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new DossierError('invalid_input', `${path}: cannot read it (a labelled folder needs a labels.json)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new DossierError('invalid_input', `${path}: not valid JSON`);
  }
  const parsed = LabelsSchema.safeParse(json);
  if (!parsed.success) throw new DossierError('invalid_input', `${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

const share = (part: number, whole: number) => (whole ? part / whole : 1);

export async function evaluateLabelledFolder(dir: string): Promise<Evaluation> {
  await loadCompromise();
  const labels = await readLabels(dir);
  const files = await Promise.all(
    labels.articles.map(async (a) => {
      try {
        return { name: a.file, dataBase64: (await readFile(join(dir, a.file))).toString('base64') };
      } catch {
        throw new DossierError('invalid_input', `${join(dir, a.file)}: listed in labels.json but cannot be read`);
      }
    }),
  );
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-eval-'));
  const notebook = await openNotebook(scratch, { create: true });
  try {
    return await score(notebook.service, labels, files);
  } finally {
    await notebook.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function score(
  service: DossierService,
  labels: Labels,
  files: { name: string; dataBase64: string }[],
): Promise<Evaluation> {
  const results = await service['articles.import']({ files });
  const idOf = new Map<string, string>();
  for (const r of results) {
    if (!r.articleId) throw new DossierError('invalid_input', `${r.name}: not imported (${r.message ?? r.status})`);
    if (r.status === 'duplicate')
      throw new DossierError('invalid_input', `${r.name}: the same bytes as another labelled file`);
    idOf.set(r.name, r.articleId);
  }
  const fileOf = new Map([...idOf].map(([f, id]) => [id, f]));

  const labelled = new Set<string>();
  for (let i = 0; i < labels.articles.length; i++)
    for (let j = i + 1; j < labels.articles.length; j++)
      if (labels.articles[i]!.cluster === labels.articles[j]!.cluster)
        labelled.add(pairKey(labels.articles[i]!.file, labels.articles[j]!.file));
  const predicted = new Set<string>();
  for (const story of await service['stories.list']({})) {
    const members = story.articleIds.map((id) => fileOf.get(id)!);
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) predicted.add(pairKey(members[i]!, members[j]!));
  }
  const correct = [...predicted].filter((p) => labelled.has(p)).length;
  const precision = share(correct, predicted.size);
  const recall = share(correct, labelled.size);
  const split = (p: string) => p.split('|') as [string, string];

  const clutterLeft: Evaluation['clutterLeft'] = [];
  const bodyLost: Evaluation['bodyLost'] = [];
  let clutterTotal = 0;
  let bodyTotal = 0;
  let clutterInText = 0;
  const cleanOf = new Map<string, string>();
  for (const a of labels.articles) {
    const article = await service['articles.get']({ id: idOf.get(a.file)! });
    const blocks = article.blocks;
    const clean = collapseWhitespace(cleanText(blocks));
    // A headline the import took as the title is kept, as the title, though no longer a block.
    const title = collapseWhitespace(article.title);
    const cleanBlocks = blocks.filter((b) => !b.clutter).map((b) => collapseWhitespace(b.text));
    cleanOf.set(a.file, clean);
    for (const line of a.clutter) {
      clutterTotal++;
      if (clean.includes(collapseWhitespace(line))) clutterInText++;
      if (clutterLineKept(line, cleanBlocks, a.clutter)) clutterLeft.push({ file: a.file, line });
    }
    for (const sentence of a.must_keep) {
      bodyTotal++;
      const wanted = collapseWhitespace(sentence);
      if (!clean.includes(wanted) && wanted !== title) bodyLost.push({ file: a.file, sentence });
    }
  }

  const variants: Evaluation['variants'] = [];
  for (const [key, spellings] of Object.entries(labels.name_variants)) {
    const forms = [key, ...spellings].map((f) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(f)}($|[^\\p{L}])`, 'iu'));
    const containing = labels.articles
      .filter((a) => forms.some((f) => f.test(cleanOf.get(a.file)!)))
      .map((a) => a.file);
    const hits = await service['search.query']({ q: key, tags: [], limit: 1000 });
    const found = new Set(hits.map((h) => fileOf.get(h.articleId)));
    variants.push({
      key,
      containing: containing.length,
      found: containing.filter((f) => found.has(f)).length,
      missed: containing.filter((f) => !found.has(f)),
    });
  }
  const variantTotal = variants.reduce((n, v) => n + v.containing, 0);

  return {
    figures: {
      sameStory: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
      clutterRemoved: share(clutterTotal - clutterLeft.length, clutterTotal),
      bodyKept: share(bodyTotal - bodyLost.length, bodyTotal),
      variantsFound: share(
        variants.reduce((n, v) => n + v.found, 0),
        variantTotal,
      ),
    },
    articles: labels.articles.length,
    pairs: { predicted: predicted.size, labelled: labelled.size, correct },
    falsePairs: [...predicted].filter((p) => !labelled.has(p)).map(split),
    missedPairs: [...labelled].filter((p) => !predicted.has(p)).map(split),
    clutterLeft,
    clutterRemovedAsSubstring: share(clutterTotal - clutterInText, clutterTotal),
    bodyLost,
    variants,
  };
}

/** Lines of at least this many characters count as kept wherever the clean text holds them. */
const LONG_CLUTTER_LINE = 40;

/**
 * Whether a labelled clutter line is still in the clean text, as a line: a
 * clean block that is the line, or holds it glued to other text at a block or
 * sentence edge ("Photo: AFP The fire…", "…broke out. EFE"). A short line a
 * sentence merely mentions ("contacted by EFE") is not the line; a long one
 * found anywhere is. Each kept block is blamed on one labelled line: the
 * one it is, when it is one.
 *
 * @example
 * clutterLineKept('EFE', ['The ministry, contacted by EFE, said so.']) // => false
 * clutterLineKept('EFE', ['The ministry said so. EFE']) // => true
 */
export function clutterLineKept(
  line: string,
  cleanBlocks: readonly string[],
  /**
   * The article's labelled clutter lines: a block that is another of them is
   * counted as that line, not again as this one ("0:00" inside a kept "0:00
   * 0:00" is not a second line kept).
   */
  labelledLines: readonly string[] = [],
): boolean {
  const wanted = collapseWhitespace(line);
  if (!wanted) return false;
  const others = new Set(labelledLines.map((l) => collapseWhitespace(l)).filter((l) => l !== wanted));
  if (others.size) cleanBlocks = cleanBlocks.filter((b) => !others.has(b));
  if (wanted.length >= LONG_CLUTTER_LINE) return cleanBlocks.some((b) => b.includes(wanted));
  // Before it: the block's start or a sentence's end; after it: the block's end, punctuation or a new sentence.
  const asLine = new RegExp(`(?:^|[.!?…»"”)]\\s*)${escapeRegExp(wanted)}(?=$|[.:;,|–-]|\\s+[\\p{Lu}\\p{N}"“«(])`, 'u');
  return cleanBlocks.some((b) => asLine.test(b));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEvaluation(e: Evaluation, verbose: boolean): string {
  const f = e.figures;
  const lines = [
    `articles: ${e.articles}`,
    `same story: precision ${f.sameStory.precision.toFixed(3)}, recall ${f.sameStory.recall.toFixed(3)}, F1 ${f.sameStory.f1.toFixed(3)}` +
      ` (${e.pairs.correct} of ${e.pairs.predicted} grouped pairs right; ${e.pairs.labelled} labelled pairs)`,
    `clutter removed: ${pct(f.clutterRemoved)} (as lines of the clean text; ${pct(e.clutterRemovedAsSubstring)} found nowhere in it)`,
    `body kept: ${pct(f.bodyKept)}`,
    `name variants found: ${pct(f.variantsFound)}`,
    ...e.variants.map((v) => `  ${v.key}: ${v.found}/${v.containing}`),
  ];
  if (verbose) {
    for (const [a, b] of e.falsePairs) lines.push(`grouped but not labelled together: ${a} + ${b}`);
    for (const [a, b] of e.missedPairs) lines.push(`labelled together but not grouped: ${a} + ${b}`);
    for (const c of e.clutterLeft) lines.push(`clutter kept in ${c.file}: ${c.line}`);
    for (const b of e.bodyLost) lines.push(`body lost in ${b.file}: ${b.sentence}`);
    for (const v of e.variants) for (const m of v.missed) lines.push(`search for ${v.key} missed ${m}`);
  }
  return lines.join('\n');
}
