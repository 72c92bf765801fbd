// `npm run test:integration`: runs the extension-host suites (test/integration/) and then the
// UI suites (test/ui/) in a real VS Code 1.100 (code-server + headless Chromium).
// Exit code 0 when every suite passed. Set DOSSIER_TEST_VERBOSE=1 to see all server and browser output.
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { setWorkbench, Workbench } from '../ui/workbench';
import { launchBrowser, newWorkbenchPage } from './browser';
import { cleanup } from './cleanup';
import { CodeServer, copyNewsroom, startCodeServer, workbenchUrl } from './codeServer';
import { filesUnder } from './files';
import { checkTools, ensureCodeServer } from './installCodeServer';
import { cacheRoot, repoRoot } from './paths';
import { readTestOutput } from './testOutput';

const timeLimitMs = 10 * 60_000;
const verbose = !!process.env.DOSSIER_TEST_VERBOSE;
/** e.g. DOSSIER_TEST_PHASES=ui runs only the UI suites; default: all (host, ui, untrusted). */
const phases = new Set((process.env.DOSSIER_TEST_PHASES ?? 'host,ui,untrusted').split(',').map((phase) => phase.trim()));
const integrationDir = path.join(repoRoot, 'out', 'test', 'integration');
const uiDir = path.join(repoRoot, 'out', 'test', 'ui');
const failureShotsDir = path.join(cacheRoot, 'failures');

/** Test counts per phase, for the closing summary. */
const counts: { phase: string; passing: number; failing: number; pending: number }[] = [];

async function main(): Promise<number> {
  const started = Date.now();
  requireBuilt(path.join(repoRoot, 'dist', 'extension.js'), 'npm run build');
  requireBuilt(path.join(integrationDir, 'index.js'), 'npm run compile-tests');
  checkTools('the tests', { browser: true });
  const entry = await ensureCodeServer('the tests');
  const browser = await launchBrowser('the tests');
  const codes: number[] = [];

  const server = await startCodeServer(entry, { verbose });
  if (phases.has('host')) codes.push(await runExtensionHostSuites(browser, server, 'trusted workspace'));
  if (phases.has('ui')) codes.push(await runUiSuites(browser, server));
  await server.stop();

  // Suites that check Restricted Mode: a second server with workspace trust on.
  if (phases.has('untrusted') && filesUnder(path.join(integrationDir, 'untrusted'), '.test.js').length > 0) {
    const untrustedServer = await startCodeServer(entry, { workspaceTrust: true, verbose });
    codes.push(await runExtensionHostSuites(browser, untrustedServer, 'untrusted workspace'));
    await untrustedServer.stop();
  }
  const exitCode = codes.find((code) => code !== 0) ?? 0;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\nVS Code test run ${exitCode === 0 ? 'passed' : 'FAILED'} in ${seconds} s:`);
  for (const { phase, passing, failing, pending } of counts) {
    console.log(`  ${phase}: ${passing} passing, ${failing} failing${pending ? `, ${pending} pending` : ''}`);
  }
  if (exitCode !== 0 && counts.every((count) => count.failing === 0)) {
    console.log('  (a suite failed to load or run; see the output above)');
  }
  return exitCode;
}

/** Opens the workbench with extensionTestsPath and returns the exit code the tests report. */
async function runExtensionHostSuites(browser: Browser, server: CodeServer, label: string): Promise<number> {
  const testsPath = path.join(integrationDir, 'index.js');
  console.log(`\nExtension-host suites (${label}) in VS Code on ${server.origin}:`);
  let reportExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (reportExit = resolve));
  const page = await newWorkbenchPage(browser, {
    automationLog: printTestOutput,
    console: verbose ? (line) => console.log(`  [workbench] ${line}`) : undefined,
    onExit: (code) => reportExit(code),
  });
  try {
    await page.goto(workbenchUrl(server, { folder: copyNewsroom(), extensionTestsPath: testsPath }));
    const serverGone = server.exited.then(() => {
      throw new Error(`code-server stopped during the extension-host suites. Its last output:\n${server.outputTail(20)}`);
    });
    const code = await withTimeLimit(Promise.race([exited, serverGone]), timeLimitMs, () =>
      `The extension-host suites did not finish within ${timeLimitMs / 60_000} minutes ` +
        `(a test waiting forever, or the extension host never started). Last server output:\n${server.outputTail(20)}`,
    );
    console.log(`Extension-host suites (${label}) exited with code ${code}.`);
    return code;
  } finally {
    await page.close().catch(() => {});
  }
}

/** Opens the workbench (no tests path) and runs out/test/ui/**\/*.test.js here, with `workbench()` set. */
async function runUiSuites(browser: Browser, server: CodeServer): Promise<number> {
  const files = filesUnder(uiDir, '.test.js');
  if (files.length === 0) return 0;
  console.log(`\nUI suites in VS Code on ${server.origin}:`);
  const page = await newWorkbenchPage(browser, { console: verbose ? (line) => console.log(`  [workbench] ${line}`) : undefined });
  try {
    const folder = copyNewsroom();
    setWorkbench(new Workbench(page, folder, undefined, (other) => workbenchUrl(server, { folder: other })));
    await page.goto(workbenchUrl(server, { folder }));
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
    for (const file of files) mocha.addFile(file);
    // A picture of the window for each failed test, to see what went wrong.
    mocha.suite.afterEach(async function () {
      const test = this.currentTest;
      if (test?.state !== 'failed') return;
      const file = path.join(failureShotsDir, `${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 100)}.png`);
      fs.mkdirSync(failureShotsDir, { recursive: true });
      await page.screenshot({ path: file }).catch(() => {});
      console.log(`      (screenshot of the failure: ${path.relative(process.cwd(), file)})`);
    });
    const failures = await withTimeLimit(
      new Promise<number>((resolve) => {
        const runner = mocha.run((failed) => {
          counts.push({ phase: 'UI', passing: runner.stats?.passes ?? 0, failing: failed, pending: runner.stats?.pending ?? 0 });
          resolve(failed);
        });
      }),
      timeLimitMs,
      () => `The UI suites did not finish within ${timeLimitMs / 60_000} minutes.`,
    );
    return failures > 0 ? 1 : 0;
  } finally {
    setWorkbench(undefined);
    await page.close().catch(() => {});
  }
}

/** Prints the extension-host suites' output (see testOutput.ts); everything else only when verbose. */
function printTestOutput(level: string, message: unknown): void {
  const output = readTestOutput(message);
  const summary = output && /^Integration summary \((.*)\): (\d+) passing, (\d+) failing, (\d+) pending$/.exec(output);
  if (summary) {
    const [, where, passing, failing, pending] = summary;
    counts.push({ phase: `extension host, ${where}`, passing: +passing, failing: +failing, pending: +pending });
  }
  if (output !== undefined) console.log(output);
  else if (verbose) console.log(`  [${level}] ${format(...(Array.isArray(message) ? message : [message]))}`);
}

function requireBuilt(file: string, command: string): void {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run \`${command}\` first.`);
}

function withTimeLimit<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

main()
  .catch((error: unknown) => {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
