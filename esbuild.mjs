// Builds the extension and the command-line tools (dist/), or the tests (out/).
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

function filesUnder(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const bundles = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

const builds = tests
  ? [
      // Tests are transpiled file by file, so mocha sees one output per test file.
      {
        entryPoints: [...filesUnder('src', /\.ts$/), ...filesUnder('test', /\.ts$/)],
        outdir: 'out',
        outbase: '.',
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        sourcemap: true,
        logLevel: 'warning',
      },
    ]
  : [
      { ...bundles, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
      { ...bundles, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
      // Worker thread that analyses news texts in parallel (used by the extension and the benchmarks).
      { ...bundles, entryPoints: ['src/node/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
      // Development tools (training, evaluation, benchmarks): every src/tools/*.ts becomes dist/tools/*.js.
      { ...bundles, entryPoints: filesUnder('src/tools', /\.ts$/), outdir: 'dist/tools', minify: false },
    ];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
