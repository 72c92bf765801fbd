// The mentions of an actor worth quoting on its card: the sentence that introduces it in the article
// that names it most, then one from each other article (the full name in a sentence of some length),
// then, with fewer articles, other sentences.
import type { Actor, Mention } from '../actors';
import type { DossierIndex } from '../indexing';

/** Mentions looked at: enough to find the articles that name an actor most. */
const maxMentions = 2000;
/** Sentences shorter than this say little (a headline, "Trump said."). */
const shortSentence = 60;

interface Candidate {
  mention: Mention;
  /** Mentions of the actor in the article. */
  count: number;
  score: number;
}

export function tellingMentions(index: DossierIndex, actor: Actor, max: number): Mention[] {
  const byArticle = new Map<string, Candidate>();
  const mentions = actor.mentions.length > maxMentions ? actor.mentions.slice(0, maxMentions) : actor.mentions;
  for (const mention of mentions) {
    const candidate = byArticle.get(mention.path);
    if (!candidate) {
      byArticle.set(mention.path, { mention, count: 1, score: scoreOf(index, actor, mention) });
      continue;
    }
    candidate.count++;
    // The first mention in full, in a sentence that says something, introduces the actor.
    if (candidate.score === bestScore) continue;
    const score = scoreOf(index, actor, mention);
    if (score > candidate.score) Object.assign(candidate, { mention, score });
  }
  const picked = [...byArticle.values()]
    .sort((a, b) => b.count - a.count || b.score - a.score || (a.mention.path < b.mention.path ? -1 : 1))
    .slice(0, max)
    .map((candidate) => candidate.mention);
  // Fewer articles than sentences wanted: other sentences of the same articles, in order.
  const sentences = new Set(picked.map((mention) => `${mention.sentence}|${mention.path}`));
  for (const mention of mentions) {
    if (picked.length >= max) break;
    const key = `${mention.sentence}|${mention.path}`;
    if (sentences.has(key)) continue;
    sentences.add(key);
    picked.push(mention);
  }
  return picked;
}

const bestScore = 2;

/** 2 for the full name in a sentence of some length, 1 for either, 0 for neither. */
function scoreOf(index: DossierIndex, actor: Actor, mention: Mention): number {
  const text = index.article(mention.path)?.text ?? '';
  const sentence = index.sentenceOf(mention);
  const fullName = text.slice(mention.start, mention.end) === actor.name ? 1 : 0;
  return fullName + (sentence && sentence.end - sentence.start >= shortSentence ? 1 : 0);
}
