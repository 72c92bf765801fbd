// Stage 6, indexing: each article's analysis (made here, in a worker thread or read from the cache), the
// index of all of them and its snapshots, and the loader that reads many files into it.
export {
  analyzeArticle,
  type ArticleAnalysis,
  type ArticleAnalyzer,
  localAnalyzer,
  restoreAnalysis,
  sentenceFinder,
  sentenceSpans,
  storeAnalysis,
  type StoredAnalysis,
  unpackMentions,
  withFallback,
} from './analysis';
export { AnalysisCache, type CachedAnalysis, type CacheStorage } from './analysisCache';
export { type Article, type ArticleDate, createIndex, DossierIndex, type NameInText } from './dossierIndex';
export { toJson } from './indexJson';
