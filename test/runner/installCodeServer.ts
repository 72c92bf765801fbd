// Installs code-server (a real VS Code server from the npm registry) into .vscode-test/code-server/,
// offline apart from the registry: see ../../../shared/notes/real-vscode.md for why each step exists.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheRoot } from './paths';

export const codeServerVersion = '4.100.3'; // = VS Code 1.100.3, the newest that installs on Node 20

const installDir = path.join(cacheRoot, 'code-server');
const lockDir = path.join(cacheRoot, 'code-server.lock');
const marker = path.join(installDir, `installed-${codeServerVersion}.json`);
const packageDir = path.join(installDir, 'node_modules', 'code-server');
const vscodeDir = path.join(packageDir, 'lib', 'vscode');

/** The script to run with Node to start the installed server. */
export const codeServerEntry = path.join(packageDir, 'out', 'node', 'entry.js');

interface Tool {
  command: string;
  aptPackage: string;
  why: string;
}

const buildTools: Tool[] = [
  { command: 'g++', aptPackage: 'g++', why: 'to build code-server’s native modules' },
  { command: 'make', aptPackage: 'make', why: 'to build code-server’s native modules' },
  { command: 'python3', aptPackage: 'python3', why: 'node-gyp runs it to build native modules' },
  { command: 'krb5-config', aptPackage: 'libkrb5-dev', why: 'the kerberos module of VS Code builds against it' },
];

/** Debian's Chromium, which drives the web workbench. */
export const chromiumTool: Tool = { command: 'chromium', aptPackage: 'chromium', why: 'to open the VS Code workbench' };

/** Full path of `command` on PATH, or undefined. */
export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** What a run is for, in the words of its messages. */
export type Purpose = 'the demo' | 'the tests';

/** Throws one message naming the apt packages to install when any of `tools` is missing. */
export function requireTools(tools: Tool[], purpose: Purpose): void {
  const missing = tools.filter((tool) => !findOnPath(tool.command));
  if (missing.length === 0) return;
  const lines = missing.map((tool) => `  - ${tool.command} (Debian package ${tool.aptPackage}), ${tool.why}`);
  const packages = [...new Set(missing.map((tool) => tool.aptPackage))].join(' ');
  throw new Error(
    `Missing tools needed to run VS Code for ${purpose}:\n${lines.join('\n')}\n` +
      `Install them with: bash .ci/debian-packages (or: sudo apt-get update && sudo apt-get install -y ${packages})`,
  );
}

/**
 * Checks, before anything long, every tool the run needs: the build tools while code-server is not
 * installed yet, and Chromium when the run drives a browser.
 */
export function checkTools(purpose: Purpose, { browser }: { browser: boolean }): void {
  requireTools([...(fs.existsSync(marker) ? [] : buildTools), ...(browser ? [chromiumTool] : [])], purpose);
}

/**
 * Returns the path of code-server's entry script, installing code-server first when it is not
 * cached yet (about a minute). A half-finished install (no marker file) is thrown away and redone.
 */
export async function ensureCodeServer(purpose: Purpose, log: (line: string) => void = console.log): Promise<string> {
  if (fs.existsSync(marker)) return codeServerEntry;
  await withInstallLock(async () => {
    if (fs.existsSync(marker)) return; // another process finished it while we waited
    requireTools(buildTools, purpose);
    if (Number(process.versions.node.split('.')[0]) !== 20) {
      log(`warning: code-server ${codeServerVersion} supports Node 20; this is Node ${process.versions.node}.`);
    }
    const started = Date.now();
    log(`Installing code-server ${codeServerVersion} into ${path.relative(process.cwd(), installDir)} (first run only)…`);
    await install(log);
    fs.writeFileSync(marker, JSON.stringify({ version: codeServerVersion, node: process.version, date: new Date() }) + '\n');
    log(`Installed code-server ${codeServerVersion} in ${Math.round((Date.now() - started) / 1000)} s.`);
  });
  return codeServerEntry;
}

async function install(log: (line: string) => void): Promise<void> {
  fs.rmSync(installDir, { recursive: true, force: true });
  fs.mkdirSync(installDir, { recursive: true });
  // Own package.json, so npm installs here and not into the repository.
  fs.writeFileSync(path.join(installDir, 'package.json'), '{ "private": true }\n');

  log('  1/6 npm install code-server and the ripgrep binary (scripts off)');
  await npm(installDir, ['install', '--no-save', '--ignore-scripts', `code-server@${codeServerVersion}`, '@vscode/ripgrep-linux-x64']);

  log('  2/6 npm install VS Code’s own dependencies (scripts off)');
  await npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts']);

  // @vscode/ripgrep's postinstall downloads rg from GitHub; it skips that when bin/ exists.
  const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.copyFileSync(path.join(installDir, 'node_modules', '@vscode', 'ripgrep-linux-x64', 'bin', 'rg'), path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);

  log('  3/6 npm rebuild (builds node-pty, kerberos, spdlog, … with node-gyp)');
  await npm(vscodeDir, ['rebuild']);

  log('  4/6 links that code-server’s postinstall.sh would make');
  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  log('  5/6 npm install in lib/vscode/extensions');
  await npm(path.join(vscodeDir, 'extensions'), ['install', '--omit=dev']);

  log('  6/6 npm rebuild argon2');
  await npm(installDir, ['rebuild', 'argon2']);
}

function symlink(target: string, linkPath: string): void {
  fs.rmSync(linkPath, { recursive: true, force: true });
  fs.symlinkSync(target, linkPath);
}

/** Runs npm in `cwd` with an environment cleaned of the calling `npm run`'s settings. */
function npm(cwd: string, args: string[]): Promise<void> {
  const env: NodeJS.ProcessEnv = {};
  // `npm run` exports npm_config_local_prefix and friends, which would make the nested npm
  // install into the repository; keep only settings that say how to reach the registry.
  const keep = /^npm_config_(cache|registry|cafile|userconfig|globalconfig|nodedir|proxy|https_proxy|strict_ssl)$/i;
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(name) || keep.test(name)) env[name] = value;
  }
  env.npm_config_yes = 'true'; // node-pty's install runs `npx node-gyp`
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  if (process.getuid?.() === 0) env.npm_config_unsafe_perm = 'true';
  return new Promise((resolve, reject) => {
    const child = spawn('npm', [...args, '--no-audit', '--no-fund'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`Could not run npm: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const tail = output.trim().split('\n').slice(-40).join('\n');
      reject(new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${tail}`));
    });
  });
}

/** Lets one process at a time install; others wait for it (a lock left by a dead process is taken over). */
async function withInstallLock(body: () => Promise<void>): Promise<void> {
  fs.mkdirSync(cacheRoot, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!lockHolderAlive()) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for another code-server install (lock ${lockDir}).`);
    if (!announced) console.log('Waiting for another process that is installing code-server…');
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  try {
    await body();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockHolderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
  } catch {
    // Just created and the pid not written yet, or gone: look again shortly.
    const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return age < 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
