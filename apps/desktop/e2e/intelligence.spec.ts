// Research intelligence in the real renderer against the real sample notebook:
// the Stories view with the why of a grouping, accept and dismiss; "see also"
// beside the reader; the entity list with every spelling and editable aliases.
import { expect, test } from './harness/index.js';

const TITLE_004 = 'Ukraine and Russia in talks to safeguard energy sites';
const TITLE_003 = 'Ukraine and Russia discuss ending attacks on energy facilities';

test('a suggested story shows why, and accepting it makes same-story links', async ({
  page,
  notebook,
  saveScreenshot,
}) => {
  const nav = page.getByRole('navigation', { name: 'Notebook' });
  await nav.getByRole('button', { name: /^Stories/ }).click();
  const view = page.getByRole('region', { name: 'Stories' });
  const card = view.getByRole('listitem', { name: 'Story of 3 articles' });
  await expect(card).toBeVisible();
  await expect(view.locator('.story-card')).toHaveCount(1);
  await expect(card.locator('.story-why')).toContainText('Qatar');
  await expect(card.getByRole('button', { name: TITLE_004 })).toBeVisible();
  await card.getByText('Why, pair by pair').click();
  await expect(card.locator('.story-evidence')).toContainText('Shared names:');
  await saveScreenshot('stories');

  await card.getByRole('button', { name: 'Accept as same story' }).click();
  await expect(card.locator('.story-status')).toHaveText('accepted');
  await expect(card.getByRole('button', { name: 'Accept as same story' })).toBeHidden();
  const [story] = await notebook.call('stories.list', {});
  const links = await notebook.call('links.list', { articleId: story!.articleIds[0]! });
  expect(links.outgoing.map((l) => l.kind)).toEqual(['same-story', 'same-story']);

  // Beside the reader, "see also" lists the other reports with the reason.
  await card.getByRole('button', { name: TITLE_004 }).click();
  const seeAlso = page.getByRole('region', { name: 'See also' });
  await expect(seeAlso.getByRole('button', { name: `Open related article: ${TITLE_003}` })).toBeVisible();
  await expect(seeAlso.locator('.related-reason').first()).toContainText('shared names');
  await expect(seeAlso.locator('.kind-same-story').first()).toBeVisible();
});

test("a story sends the pairs that join it; every pair, one pair's whole evidence and a pair's dismissal on demand", async ({
  page,
  notebook,
}) => {
  await page.keyboard.press('5');
  const card = page.getByRole('region', { name: 'Stories' }).getByRole('listitem', { name: 'Story of 3 articles' });
  await card.getByText('Why, pair by pair').click();
  const evidence = card.locator('.story-evidence');
  const rows = evidence.locator('.story-pair');
  await expect(evidence).toContainText('The 2 strongest pairs that join its articles, of 3');
  await expect(rows).toHaveCount(2);
  await evidence.getByRole('button', { name: 'Show all 3 pairs' }).click();
  await expect(evidence).toContainText('3 of 3 pairs, strongest first');
  await expect(rows).toHaveCount(3);

  const [story] = await notebook.call('stories.list', {});
  const strongest = story!.pairs[0]!;
  const whole = await notebook.call('stories.pair', { a: strongest.a, b: strongest.b });
  await rows.first().getByRole('button', { name: 'All evidence' }).click();
  await expect(rows.first().getByRole('button', { name: 'All evidence' })).toBeHidden();
  await expect(rows.first().locator('blockquote')).toHaveCount(whole.sharedSentences.length);

  const { pairs } = await notebook.call('stories.get', { articleId: story!.articleIds[0]! });
  const weakest = pairs.at(-1)!;
  await rows.last().getByRole('button', { name: 'Not the same story' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'this pair is not suggested again' })).toBeVisible();
  await expect.poll(async () => (await notebook.call('stories.list', {})).map((s) => s.pairCount)).not.toEqual([3]);
  for (const s of await notebook.call('stories.list', {})) {
    const left = await notebook.call('stories.get', { articleId: s.articleIds[0]!, limit: 500 });
    expect(left.pairs.map((p) => `${p.a}|${p.b}`)).not.toContain(`${weakest.a}|${weakest.b}`);
  }
});

test('a dismissed story is not suggested again, even after a reload', async ({ page, notebook }) => {
  await page.keyboard.press('5');
  const view = page.getByRole('region', { name: 'Stories' });
  await view.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(view.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  expect(await notebook.call('stories.list', {})).toEqual([]);
  await page.reload();
  await page.keyboard.press('5');
  await expect(
    page.getByRole('region', { name: 'Stories' }).getByRole('heading', { name: 'No stories yet' }),
  ).toBeVisible();
});

test('the entity list merges every spelling, lists mentions, and keeps edited aliases', async ({ page, notebook }) => {
  await page
    .getByRole('navigation', { name: 'Notebook' })
    .getByRole('button', { name: /^People & places/ })
    .click();
  const view = page.getByRole('region', { name: 'Entities' });
  await view.getByRole('searchbox', { name: 'Filter entities' }).fill('zelensk');
  const item = view.locator('.entity-item').first();
  await expect(item).toContainText('Zleneksy');
  await expect(item).toContainText('Zelenskyi');
  await item.click();
  const detail = view.locator('.entity-detail');
  await expect(detail.getByText('Mentioned in 5 article(s)')).toBeVisible();
  await expect(detail.locator('.mention-list > li')).toHaveCount(5);

  await detail.getByLabel('Aliases (comma-separated)').fill('Зеленський, Selenskyj');
  await detail.getByRole('button', { name: 'Save aliases' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Aliases saved' })).toBeVisible();
  const [stored] = await notebook.call('entities.list', { q: 'Selenskyj' });
  expect(stored?.userAliases).toEqual(['Зеленський', 'Selenskyj']);
  await expect(detail).toContainText('Selenskyj');
});
