// Trains the recognizer's model from labelled articles and unlabelled text (deterministic for a seed).
import type { NerModel } from '../../core/ner';
import type { LabelledDocument } from './conll';
import { join } from 'node:path';
import { findRoot } from '../../node/model';
import { buildKnowledge } from './knowledge';
import { readLabelledArticles, trainingDocument } from './labels';
import { reutersTexts } from './reuters';
import { buildLexicon, gazetteerOf, withGazetteer, withKnowledge } from './lexiconBuilder';
import { averageModels, PerceptronTrainer } from './perceptron';

export const defaultTrainingSettings = {
  seed: 20030601,
  epochs: 12,
  folds: 5,
  minCount: 2,
  classes: 256,
  passes: 8,
  prune: 0.05,
  /** Perceptrons trained with different seeds whose weights are averaged. */
  runs: 2,
  /** Whether Reuters-21578 joins the unlabelled text (1) or not (0). */
  reuters: 1,
  /** Tenths of the training articles tagged without the training-name gazetteer, as unseen news is. */
  blind: 3,
  /** Whether the hand-labelled BBC training articles (media/ner/training/bbc) join CoNLL's (1) or not (0). */
  bbc: 1,
};

/** The hand-labelled BBC articles for training (never those of the evaluation set, test/eval/bbc-actors). */
export function bbcTrainingDocuments(): LabelledDocument[] {
  const root = findRoot();
  return readLabelledArticles(join(root, 'media', 'ner', 'training', 'bbc'), join(root, '..', 'shared', 'corpus', 'bbc')).map(trainingDocument);
}

export type TrainingSettings = typeof defaultTrainingSettings;

export function trainModel(
  documents: LabelledDocument[],
  unlabelled: string[],
  settings: TrainingSettings = defaultTrainingSettings,
  log: (message: string) => void = () => undefined,
): NerModel {
  log('clustering words');
  const extra = join(findRoot(), '..', 'shared', 'corpus', 'extra');
  const news = settings.reuters ? reutersTexts(extra) : [];
  const clustered = buildLexicon([...documents.map((d) => d.text), ...unlabelled, ...news], { ...settings, log });
  const knowledge = buildKnowledge(extra);
  const base = withKnowledge(clustered, knowledge.words);
  log(`lexicon: ${base.words.length} words (${base.words.length - clustered.words.length} from world knowledge)`);
  // Gazetteer features are learned on folds whose gazetteer leaves their own articles out.
  const foldOf = (i: number) => i % settings.folds;
  const foldLexicons = Array.from({ length: settings.folds }, (_, fold) =>
    withGazetteer(base, gazetteerOf(documents.filter((_, i) => foldOf(i) !== fold))),
  );
  const lexicon = withGazetteer(base, gazetteerOf(documents));
  const models = [];
  for (let run = 0; run < settings.runs; run++) {
    const trainer = new PerceptronTrainer(
      [...foldLexicons, base],
      documents.map((document, i) => ({ document, fold: (i * 7) % 10 < settings.blind ? settings.folds : foldOf(i) })),
    );
    log(`run ${run + 1}: training on ${trainer.featureCount} features, ${settings.epochs} epochs`);
    trainer.train(settings.epochs, settings.seed + run, log);
    models.push(trainer.model(lexicon, knowledge.names, settings.prune));
  }
  return averageModels(models);
}
