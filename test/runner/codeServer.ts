// Starts code-server on a free loopback port with fresh user data, and builds workbench URLs.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { onCleanup } from './cleanup';
import { cacheRoot, newsroomFixture, repoRoot } from './paths';

export interface CodeServer {
  /** e.g. `127.0.0.1:41234`, also the remote authority of `vscode-remote://` URIs. */
  readonly authority: string;
  readonly origin: string;
  /** Settles when the server process exits (whoever stopped it). */
  readonly exited: Promise<void>;
  /** The last lines the server printed, for error messages. */
  outputTail(lines?: number): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Keep workspace trust on, so an untrusted folder opens in Restricted Mode. Default false. */
  workspaceTrust?: boolean;
  /** Port to listen on; default a free one. */
  port?: number;
  /** Print the server's output as it comes. */
  verbose?: boolean;
}

/** Settings for the fresh user profile: a quiet workbench without tours, tips or update checks. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.startupPrompt': 'never',
  'git.enabled': false,
};

/** Starts code-server (entry script from ensureCodeServer) and waits until it answers; stopped by cleanup() too. */
export async function startCodeServer(entry: string, options: CodeServerOptions = {}): Promise<CodeServer> {
  const port = options.port ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-code-server-'));
  const userDataDir = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));

  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', authority,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', path.join(runDir, 'config.yaml'),
    '--user-data-dir', userDataDir,
    '--extensions-dir', path.join(runDir, 'extensions'),
  ];
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');

  // Own process group, so stopping it also stops the VS Code server and extension hosts below it.
  const child = spawn(process.execPath, args, { cwd: runDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 500) output.shift();
      if (options.verbose) console.log(`[code-server] ${line}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.on('exit', () => (exited = true));

  const outputTail = (lines = 40) => output.slice(-lines).join('\n');
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (!exited) {
        signalGroup(child.pid!, 'SIGTERM');
        const killed = await Promise.race([exit.then(() => true), delay(5000).then(() => false)]);
        if (!killed) signalGroup(child.pid!, 'SIGKILL');
      }
      // The group may still hold the extension host after the server itself exited.
      signalGroup(child.pid!, 'SIGKILL');
      fs.rmSync(runDir, { recursive: true, force: true });
    })());
  const unregister = onCleanup(stop);

  const origin = `http://${authority}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      unregister();
      await stop();
      throw new Error(`code-server exited before it was ready. Its output:\n${outputTail()}`);
    }
    if (await answers(`${origin}/healthz`)) break;
    if (Date.now() > deadline) {
      unregister();
      await stop();
      throw new Error(`code-server did not answer on ${origin} within 60 s. Its output:\n${outputTail()}`);
    }
    await delay(250);
  }
  return {
    authority,
    origin,
    exited: exit,
    outputTail,
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

export interface WorkbenchUrlOptions {
  /** Absolute path of the folder to open. */
  folder: string;
  /** Absolute path of a module exporting run(), to run tests in the extension host. */
  extensionTestsPath?: string;
  /** Folder of the extension to load in development mode; default the repository. */
  extensionDevelopmentPath?: string;
}

/** The workbench URL that opens `folder` with Dossier loaded from its folder in development mode. */
export function workbenchUrl(server: Pick<CodeServer, 'authority' | 'origin'>, options: WorkbenchUrlOptions): string {
  const remote = (file: string) => `vscode-remote://${server.authority}${file}`;
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath ?? repoRoot)],
    ['skipWelcome', 'true'],
  ];
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
  return `${server.origin}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * A fresh copy of the sample newsroom under .vscode-test/workspaces/ (tests may change it; the
 * fixture stays untouched), removed again by cleanup() unless `keep` is set.
 */
export function copyNewsroom(keep = false): string {
  const parent = path.join(cacheRoot, 'workspaces');
  fs.mkdirSync(parent, { recursive: true });
  const dir = path.join(fs.mkdtempSync(path.join(parent, 'run-')), 'newsroom');
  fs.cpSync(newsroomFixture, dir, { recursive: true });
  if (!keep) onCleanup(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));
  return dir;
}

/** The BBC News articles (../shared/corpus/bbc, never in the repository), if this machine has them. */
export const bbcCorpus = path.join(repoRoot, '..', 'shared', 'corpus', 'bbc');

/**
 * A workspace of real size, made at test time: the first `count` / 5 articles of each of the five
 * BBC folders, as sources/CATEGORY-NNN.txt under .vscode-test/workspaces/; undefined without the corpus.
 */
export function copyBbcSample(count = 80): string | undefined {
  if (!fs.existsSync(bbcCorpus)) return undefined;
  const parent = path.join(cacheRoot, 'workspaces');
  fs.mkdirSync(parent, { recursive: true });
  const dir = path.join(fs.mkdtempSync(path.join(parent, 'run-')), 'bbc');
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  const categories = fs.readdirSync(bbcCorpus).filter((name) => fs.statSync(path.join(bbcCorpus, name)).isDirectory()).sort();
  for (const category of categories) {
    const files = fs.readdirSync(path.join(bbcCorpus, category)).filter((name) => name.endsWith('.txt')).sort();
    for (const file of files.slice(0, Math.ceil(count / categories.length))) {
      fs.copyFileSync(path.join(bbcCorpus, category, file), path.join(dir, 'sources', `${category}-${file}`));
    }
  }
  onCleanup(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));
  return dir;
}

/** The first markdown note of a newsroom copy (as `notes/NAME.md`), else its first news text. */
export function firstNote(folder: string): string {
  for (const [dir, extension] of [['notes', '.md'], ['sources', '.txt']]) {
    const names = fs.existsSync(path.join(folder, dir)) ? fs.readdirSync(path.join(folder, dir)) : [];
    const first = names.filter((name) => name.endsWith(extension)).sort()[0];
    if (first) return `${dir}/${first}`;
  }
  throw new Error(`no notes or news texts in ${folder}`);
}

/** A TCP port on 127.0.0.1 that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
