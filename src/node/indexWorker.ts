// Worker thread entry (dist/indexWorker.js): analyses news texts with its own recognizer.
// Requests and answers travel in batches (a message between threads costs far more than its bytes),
// answers a few at a time, so that the thread that waits for them is kept busy too.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, createRecognizer, storeAnalysis } from '../core';

export interface AnalysisRequest {
  id: number;
  path: string;
  text: string;
}

export interface AnalysisAnswer {
  id: number;
  /** The stored analysis as JSON text, or why there is none. */
  analysis?: string;
  error?: string;
}

/** Answers sent together. */
const batchSize = 8;
const recognizer = createRecognizer(new Uint8Array((workerData as { model: Uint8Array }).model));
const queue: AnalysisRequest[] = [];

parentPort!.on('message', (requests: AnalysisRequest[]) => {
  if (queue.length === 0) setImmediate(answerSome);
  queue.push(...requests);
});

function answerSome(): void {
  const answers: AnalysisAnswer[] = [];
  while (queue.length > 0 && answers.length < batchSize) {
    const { id, path, text } = queue.shift()!;
    try {
      answers.push({ id, analysis: JSON.stringify(storeAnalysis(analyzeArticle(path, text, recognizer))) });
    } catch (error) {
      answers.push({ id, error: (error as Error).message });
    }
  }
  parentPort!.postMessage(answers);
  if (queue.length > 0) setImmediate(answerSome); // after any new requests are received
}
