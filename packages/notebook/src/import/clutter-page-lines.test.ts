// Kinds of page lines the Middle East development set showed the cleaner
// missing, each told by its form: a call to action with its link, a video
// page's counters and a caption's toggle, Arabic page labels, a list's bullet
// before a header or a label, the live page's "This is breaking news.", a
// caption opening "This handout photo released by …", a caption written twice
// with the agency alone after it, a caption closed by "(AFP Photo)" or "Video:
// …", an editor's note that the story is developing. Sentences using the same
// words stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const reasons = (lines: string[]) => detectClutter(lines.map(paragraph)).map((b) => b.clutter?.reason ?? null);
const story = [
  'The harbour authority closed the eastern pier on Monday after divers found a crack in its foundations.',
  'Ferries will use the western quay until repairs are finished, the authority said in a statement.',
  'Engineers expect the work to take about six weeks and to cost some 2.4 million euros.',
];

describe('lines of these kinds are marked', () => {
  it.each([
    ['• Subscribe to Example News on YouTube: http://bit.ly/2abcdEf', /call to action/u],
    ['• Get breaking news and more stories at http://www.example.com/news', /call to action/u],
    ['Follow Example News on TikTok https://www.tiktok.com/@examplenews?lang=en', /call to action/u],
    ['Suivez Exemple Info sur Instagram : https://www.instagram.com/exempleinfo/', /call to action/u],
    ['0 views', /label/u],
    ['1,204 views', /label/u],
    ['0%', /label/u],
    ['Show Caption', /label/u],
    ['Hide caption', /label/u],
    ['استمع الي المقالة', /label/u],
    ['أخبار عالمية', /label/u],
    ['اقرأ أيضا', /label/u],
    ['- Share', /label/u],
    ['This is breaking news. Please refresh for updates.', /live-page/u],
    ['Please refresh this page for the latest updates.', /live-page/u],
    ["Editor's note: This is a developing story and is being updated.", /live-page/u],
    ['The mayor speaks to reporters outside the harbour office on May 3, 2025. (AFP Photo)', /caption/u],
    [
      'The harbour master and the head of the port authority hold a press conference after the second inspection of the eastern pier at the harbour office on May 3, 2025. (AFP Photo)',
      /caption/u,
    ],
    ['Divers inspect the cracked foundations of the eastern pier. Video: Example News', /caption/u],
    [
      'This handout photo released by the port authority on 3 May 2025 shows smoke rising above the eastern pier.',
      /caption/u,
    ],
  ])('%s', (line, reason) => {
    expect(reasons([...story, line, ...story]).at(story.length)).toMatch(reason);
  });

  it('marks a teaser list whose header has a bullet, down to the next paragraph', () => {
    const lines = [...story, '- READ MORE ON:', '- Harbour', '- Ferries', '- Repairs', ...story];
    expect(reasons(lines).slice(3, 7)).toEqual(Array(4).fill(expect.stringMatching(/teaser list/u)));
    expect(reasons(lines).slice(7)).toEqual([null, null, null]);
  });

  it('marks a caption written twice, once with the agency alone after it', () => {
    const lines = [
      story[0]!,
      'The damaged pier seen from the water. AFP',
      'The damaged pier seen from the water.',
      ...story,
    ];
    expect(reasons(lines).slice(1, 3)).toEqual([expect.stringMatching(/caption/u), expect.stringMatching(/caption/u)]);
  });
});

describe('sentences with the same words stay', () => {
  it.each([
    'Follow the signs to the western quay, the authority told passengers on its website, https://example.com.',
    'Subscribers were told that the ferry timetable would change from Monday.',
    'The video had 1,204 views within an hour of being posted, the authority said.',
    'Turnout rose to 64% in the city, the highest in two decades.',
    'This is breaking news for the ferry operators, who had planned a strike for Friday.',
    'This photo was released by the authority to show the size of the crack.',
    'Please refresh your knowledge of the safety rules before boarding, the captain said.',
    'The damaged pier seen from the water, AFP reported, looked close to collapse.',
    "Editor's note: the harbour authority asked us to correct the figure for the repairs.",
    'The authority released a video of the inspection on Tuesday, and AFP photographers were allowed on the pier.',
  ])('%s', (line) => {
    expect(reasons([...story, line, ...story]).at(story.length)).toBeNull();
  });

  it('keeps a list of the story’s own points after a colon', () => {
    const lines = [...story, 'The authority listed three changes:', '- Ferries use the western quay', ...story];
    expect(reasons(lines).slice(3, 5)).toEqual([null, null]);
  });
});
