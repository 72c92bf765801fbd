// `node dist/tools/ceiling.js <folder>`: the ceiling of the command line's speed, as a whole process: lists
// the news texts as the CLI does, reads, decodes and splits them into words (bench.ts times it against the CLI).
import { resolve } from 'node:path';
import { listFiles } from '../node/files';
import { readAndSplit } from './ratios';

const folder = resolve(process.argv[2] ?? '.');
console.log(readAndSplit(folder, listFiles(folder)).words);
