import { ArticleIndex } from './article-index.js';
import { describeSearchEngine } from '../test/search-engine-spec.js';

describeSearchEngine('ArticleIndex', () => new ArticleIndex());
