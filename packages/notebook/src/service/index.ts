// The service: the contract's methods implemented over an open notebook.
import { basename } from 'node:path';
import type { DossierService } from '@dossier/core';
import { SCHEMA_VERSION } from '../storage/notebook-file.js';
import type { NotebookState } from '../notebook.js';
import { importArticles, listArticles, removeArticle, updateArticle } from './articles.js';
import { createAnnotation, listAnnotations, removeAnnotation, updateAnnotation } from './annotations.js';
import { checkNotebook } from './check.js';
import { archiveNotebook } from './archive.js';
import { repairNotebook } from './repair.js';
import { renderNotebookBrief, searchArticles } from './search-brief.js';
import { createLink, listLinks, listTags, mergeTag, removeLink, renameTag } from './tags-links.js';
import * as intelligence from '../intelligence/service.js';
import { loadCompromise } from '../intelligence/language-tools.js';
import { captureArticle } from './capture.js';
import { renderExport } from '../export/index.js';
import { importW3cAnnotations } from '../export/w3c-import.js';
import { listOutlets, pageArticles, pageRows } from './article-pages.js';

export function createService(state: NotebookState): DossierService {
  return whileCommand(state, {
    'notebook.info': async () => ({
      path: state.dir,
      name: state.data.name || basename(state.dir),
      schemaVersion: SCHEMA_VERSION,
      articleCount: state.data.articles.length,
      annotationCount: state.data.annotations.length,
      orphanCount: state.data.annotations.filter((a) => a.orphan).length,
      readOnly: state.readOnly,
      warnings: state.warnings,
    }),
    'notebook.check': async () => checkNotebook(state),
    'notebook.repair': () => repairNotebook(state),
    'notebook.archive': (input) => archiveNotebook(state, input.path),
    'articles.list': async (input) => listArticles(state, input),
    'articles.get': (input) => state.article(input.id),
    'articles.import': (input) => importArticles(state, input.files),
    'articles.update': (input) => updateArticle(state, input),
    'articles.remove': (input) => removeArticle(state, input.id),
    'annotations.list': async (input) => listAnnotations(state, input),
    'annotations.create': (input) => createAnnotation(state, input),
    'annotations.update': (input) => updateAnnotation(state, input),
    'annotations.remove': (input) => removeAnnotation(state, input.id),
    'tags.list': async () => listTags(state),
    'tags.rename': (input) => renameTag(state, input),
    'tags.merge': (input) => mergeTag(state, input),
    'links.create': (input) => createLink(state, input),
    'links.list': async (input) => listLinks(state, input.articleId),
    'links.remove': (input) => removeLink(state, input.id),
    'search.query': (input) => searchArticles(state, input),
    'brief.render': (input) => renderNotebookBrief(state, input),
    'stories.list': () => intelligence.listStories(state),
    'stories.get': (input) => intelligence.getStory(state, input),
    'stories.pair': (input) => intelligence.getStoryPair(state, input),
    'stories.accept': (input) => intelligence.acceptStory(state, input),
    'stories.dismiss': (input) => intelligence.dismissStory(state, input),
    'related.list': (input) => intelligence.listRelated(state, input),
    'entities.list': (input) => intelligence.listEntities(state, input),
    'entities.get': (input) => intelligence.getEntity(state, input.key),
    'entities.setAliases': (input) => intelligence.setEntityAliases(state, input),
    'articles.capture': (input) => captureArticle(state, input),
    'export.render': (input) => renderExport(state, input),
    'annotations.importW3c': (input) => importW3cAnnotations(state, input.json),
    'articles.page': async (input) => pageArticles(state, input),
    'articles.outlets': async () => listOutlets(state),
    'articles.rows': async (input) => pageRows(state, input),
  });
}

/**
 * The methods whose code reaches compromise (import and capture clean articles with it; check and repair
 * re-read them; stories, related and entities extract names): they load it first. The others — a save of a
 * highlight, the library, a search — never wait for it.
 */
const NEEDS_LANGUAGE_TOOLS = new Set<string>([
  'notebook.check',
  'notebook.repair',
  'articles.import',
  'articles.capture',
  'stories.list',
  'stories.get',
  'stories.pair',
  'stories.accept',
  'stories.dismiss',
  'related.list',
  'entities.list',
  'entities.get',
  'entities.setAliases',
]);

/**
 * Wraps every method so that it runs as a command of the notebook (NotebookSearch.whileCommand: the
 * search index's derived files wait while it runs), and those of NEEDS_LANGUAGE_TOOLS so they load
 * compromise first (language-tools.ts), in any runtime.
 */
function whileCommand(state: NotebookState, service: DossierService): DossierService {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [method, call] of Object.entries(service) as [string, (input: never) => Promise<unknown>][]) {
    const run = NEEDS_LANGUAGE_TOOLS.has(method)
      ? async (input: never) => {
          await loadCompromise();
          return call(input);
        }
      : call;
    wrapped[method] = (input) => state.search.whileCommand(() => run(input));
  }
  return wrapped as unknown as DossierService;
}
