// Quick capture: pasted text (or HTML copied from a browser) with the metadata
// the user types, made into an article through the same import path as a file,
// so it is cleaned, deduplicated (the same paste twice is "already imported")
// and kept as original bytes like any other import.
import type { ImportResult, MethodInput } from '@dossier/core';
import type { NotebookState } from '../notebook.js';
import { importArticles } from './articles.js';

/** `capture-20241016-101500-energy-talks.txt`: unique per second, readable in a file list. */
function captureFileName(title: string, extension: 'txt' | 'html', now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/gu, '').replace('T', '-').slice(0, 15);
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 50);
  return `capture-${stamp}${slug ? `-${slug}` : ''}.${extension}`;
}

export async function captureArticle(
  state: NotebookState,
  input: MethodInput<'articles.capture'>,
): Promise<ImportResult> {
  const { text, html, ...metadata } = input;
  const title = metadata.title.trim();
  const asHtml = Boolean(html?.trim()) && !text?.trim();
  const name = captureFileName(title, asHtml ? 'html' : 'txt', new Date());
  // The title goes first, as a headline, so the text's own first line is never taken for one.
  const content = asHtml ? html! : `${title}\n\n${text!.trim()}\n`;
  const [result] = await importArticles(state, [{ name, dataBase64: Buffer.from(content, 'utf8').toString('base64') }]);
  if (!result || result.status !== 'imported' || !result.articleId) return result!;
  const id = result.articleId;
  return state.change(
    ['articles'],
    async () => {
      const article = { ...(await state.article(id)) };
      const [first, ...rest] = article.blocks;
      if (first && first.text === title) article.blocks = rest;
      for (const [key, value] of Object.entries(metadata) as [keyof typeof metadata, string | undefined][]) {
        if (value?.trim()) article[key] = value.trim();
      }
      article.title = title;
      article.titleDerived = false;
      article.updatedAt = new Date().toISOString();
      await state.putArticle(article);
      await state.search.refresh(state, id);
      return { ...result, title };
    },
    () => [id],
  );
}
