// @dossier/search: the notebook's full-text index, its query language and
// search snippets. Browser-safe: no Node, no DOM.
export {
  ArticleIndex,
  DEFAULT_LIMIT,
  type ArticleIndexOptions,
  type IndexHit,
  type SearchDocument,
} from './article-index.js';
export {
  parseQuery,
  withQueryOptions,
  type ParsedQuery,
  type QueryClause,
  type QueryTerm,
  type SearchOptions,
} from './query.js';
export { makeSnippet, type Snippet, type Span } from './snippet.js';
export { findPhrase } from './phrase.js';
export {
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  type SerializedIndex,
  type SerializedIndexData,
} from './serialized-index.js';
export { normalizeTerm, searchTerms, words, STOP_WORDS, type Word } from './tokenize.js';
export { TermVocabulary, editDistance, anagramKey, skeletonKey } from './variants.js';
export { SavedVariantKeys, variantKeysOf, type VariantKeys } from './saved-variant-keys.js';
export { latinize, soundSpelling, soundKey, soundDoorKey, soundsAlike } from './transliterate.js';
export { nameWordKeys, wordSound } from './stories/name-keys.js';
export { buildQueryTree, VARIANT_WEIGHT, type QueryTree } from './query-tree.js';
export {
  storyFeatures,
  extractFigures,
  splitSentences,
  type StoryFeatures,
  type FeatureInput,
  hashString,
} from './stories/features.js';
export { compareArticles, type PairEvidence } from './stories/similarity.js';
export {
  StoryIndex,
  SAME_STORY_THRESHOLD,
  pairKey,
  type StoryPair,
  type StoryGroup,
  type GroupingOptions,
  type StoredArticle,
  type StoredPair,
} from './stories/story-index.js';
export { SUPPORT_RATIO, SUPPORTED_SHARE } from './stories/linkage.js';
export { STORY_FEATURES_VERSION } from './stories/stored-features.js';
export {
  EntityMerger,
  ENTITY_KINDS,
  sameNameWord,
  nameWords,
  type EntityKind,
  type MergedEntity,
  type NameMention,
} from './stories/names.js';
