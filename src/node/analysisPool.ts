// A pool of worker threads that analyse news texts in parallel (see indexWorker.ts). Requests made
// in one turn of the event loop go to a worker as one message.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalyzer } from '../core';
import type { AnalysisAnswer, AnalysisRequest } from './indexWorker';

interface Task {
  resolve(analysis: string): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  tasks: Map<number, Task>;
  /** Requests not sent yet. */
  outbox: AnalysisRequest[];
}

/** Worker threads for `workerFile` (dist/indexWorker.js), each loading the model bytes it is given. */
export function createAnalysisPool(workerFile: string, model: Uint8Array, size = defaultPoolSize()): ArticleAnalyzer<string> {
  const workers: PoolWorker[] = [];
  let nextId = 0;
  const spawn = (): PoolWorker => {
    const entry: PoolWorker = { worker: new Worker(workerFile, { workerData: { model } }), tasks: new Map(), outbox: [] };
    entry.worker.on('message', (answers: AnalysisAnswer[]) => {
      for (const answer of answers) {
        const task = entry.tasks.get(answer.id);
        entry.tasks.delete(answer.id);
        if (answer.analysis !== undefined) task?.resolve(answer.analysis);
        else task?.reject(new Error(answer.error ?? 'analysis failed'));
      }
    });
    const fail = (error: Error) => {
      workers.splice(workers.indexOf(entry), 1);
      for (const task of entry.tasks.values()) task.reject(error);
      entry.tasks.clear();
    };
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => {
      if (workers.includes(entry)) fail(new Error(`analysis worker stopped (exit code ${code})`));
    });
    return entry;
  };
  for (let i = 0; i < size; i++) workers.push(spawn());
  return {
    analyze(path, text) {
      if (workers.length === 0) return Promise.reject(new Error('no analysis worker is running'));
      let least = workers[0];
      for (const entry of workers) if (entry.tasks.size < least.tasks.size) least = entry;
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        least.tasks.set(id, { resolve, reject });
        if (least.outbox.push({ id, path, text }) === 1) {
          setImmediate(() => {
            if (workers.includes(least)) least.worker.postMessage(least.outbox.splice(0));
          });
        }
      });
    },
    dispose() {
      for (const entry of workers.splice(0)) {
        for (const task of entry.tasks.values()) task.reject(new Error('analysis pool closed'));
        void entry.worker.terminate();
      }
    },
  };
}

/** One worker per core, at most four. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
