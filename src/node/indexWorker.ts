// Worker thread entry (dist/indexWorker.js): analyses news texts with its own recognizer.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, storeAnalysis } from '../core/analysis';
import { createRecognizer } from '../core/ner';

export interface AnalysisRequest {
  id: number;
  path: string;
  text: string;
}

const recognizer = createRecognizer(new Uint8Array((workerData as { model: Uint8Array }).model));

parentPort!.on('message', ({ id, path, text }: AnalysisRequest) => {
  try {
    parentPort!.postMessage({ id, analysis: JSON.stringify(storeAnalysis(analyzeArticle(path, text, recognizer))) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
