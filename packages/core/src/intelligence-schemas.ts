// What research intelligence returns: suggested stories with the evidence for
// each pair, related articles with their reason, and merged entities.
import { z } from 'zod';

export const StoryPairSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  cosine: z.number(),
  sharedEntities: z.array(z.string()),
  sharedFigures: z.array(z.string()),
  /** Day-and-month dates both give, e.g. `10 Mar`. */
  sharedDates: z.array(z.string()),
  sharedSentences: z.array(z.string()),
  /** True when the user linked these two as the same story. */
  linked: z.boolean(),
});
export type StoryPairView = z.infer<typeof StoryPairSchema>;

export const StorySchema = z.object({
  /** Stable while the members stay: the sorted member ids joined. */
  id: z.string(),
  articleIds: z.array(z.string()),
  titles: z.array(z.string()),
  outlets: z.array(z.string()),
  /** `accepted` when every member is linked as same-story, `suggested` otherwise. */
  status: z.enum(['suggested', 'accepted']),
  /** Each member's date of publication as its metadata gives it, `''` where it gives none. */
  publishedAt: z.array(z.string()),
  /** One line: what the articles share, e.g. `shared names: Qatar, Kursk; shared figures: 232`. */
  why: z.string(),
  /**
   * The pairs that explain the group, not all of them: a spanning set, strongest first — at most one fewer
   * than the members, every member in one (a story of 300 reports has ~45,000 pairs; `stories.get` pages
   * through them all, `stories.pair` gives one pair's whole evidence).
   */
  pairs: z.array(StoryPairSchema),
  /** How many pairs inside the group score as the same story (or are linked by the user). */
  pairCount: z.number().int().nonnegative(),
});
export type Story = z.infer<typeof StorySchema>;

/** A page of one story's pairs, strongest first (`stories.get`). */
export const StoryPageSchema = z.object({
  story: StorySchema,
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  pairs: z.array(StoryPairSchema),
});

export const RelatedItemSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  score: z.number(),
  /** Why it is related, one line. */
  reason: z.string(),
  /** The passage of that article closest to the highlight or article asked about. */
  passage: z.string().optional(),
  sameStory: z.boolean(),
});
export type RelatedItem = z.infer<typeof RelatedItemSchema>;

export const EntitySummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'place', 'organization', 'other']),
  /** Every other spelling seen or set. */
  aliases: z.array(z.string()),
  userAliases: z.array(z.string()),
  articleCount: z.number().int(),
  mentionCount: z.number().int(),
});
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

export const EntityMentionSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  /** The spellings this article uses. */
  forms: z.array(z.string()),
  count: z.number().int(),
  snippet: z.string(),
});

export const EntityDetailSchema = z.object({
  entity: EntitySummarySchema,
  mentions: z.array(EntityMentionSchema),
});
