// `npm run demo`: opens a copy of the sample newsroom (or a folder of yours) in VS Code 1.100.3
// (code-server on 127.0.0.1) with Dossier loaded from this folder, and prints the URL to open; runs until Ctrl+C.
//   npm run demo -- --folder PATH        open that folder itself instead (Dossier writes there only .dossier/actors.json, on a correction)
//   npm run demo -- --port 8080          listen on a given port
//   npm run demo -- --screenshot FILE    instead write a PNG of the window (headless Chromium) and exit
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Workbench } from '../ui/workbench';
import { launchBrowser, newWorkbenchPage } from './browser';
import { cleanup } from './cleanup';
import { copyNewsroom, firstNote, startCodeServer, workbenchUrl } from './codeServer';
import { checkTools, ensureCodeServer } from './installCodeServer';

/** A path given on the command line, relative to where npm was started (npm runs scripts from the package folder). */
function given(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function options(): { screenshot?: string; port?: number; folder?: string } {
  const { values } = parseArgs({
    options: { screenshot: { type: 'string' }, port: { type: 'string' }, folder: { type: 'string' } },
    allowPositionals: false,
  });
  // `npm run demo --screenshot FILE` (without `--`) reaches us as npm config instead.
  const screenshot = values.screenshot ?? (process.env.npm_config_screenshot || undefined);
  const folder = values.folder ?? (process.env.npm_config_folder || undefined);
  const port = values.port;
  if (port !== undefined && !/^\d+$/.test(port)) throw new Error(`--port wants a number, not "${port}"`);
  if (screenshot === 'true') throw new Error('--screenshot wants a file name, e.g. --screenshot demo.png');
  if (folder === 'true') throw new Error('--folder wants a folder, e.g. --folder ~/stories/tiktok');
  if (folder !== undefined && !fs.statSync(given(folder), { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--folder: no such folder: ${given(folder)}`);
  return { screenshot, port: port === undefined ? undefined : Number(port), folder: folder && given(folder) };
}

async function main(): Promise<void> {
  const { screenshot, port, folder: own } = options();
  checkTools('the demo', { browser: screenshot !== undefined });
  const entry = await ensureCodeServer('the demo');
  const folder = own ?? copyNewsroom();
  const server = await startCodeServer(entry, { port });
  const url = workbenchUrl(server, { folder });
  if (screenshot) {
    const file = given(screenshot);
    await takeScreenshot(url, folder, file);
    console.log(`Wrote ${file}`);
    return;
  }
  const what = own ? folder : `a copy of the sample newsroom\n(${folder}; removed on exit)`;
  const listening = server.authority.split(':')[1];
  console.log(
    `\nDossier demo: VS Code 1.100.3 with Dossier (development mode) on ${what}.\n\nOpen this URL in a browser:\n\n  ${url}\n\n` +
      `From another machine, forward the port first: ssh -L ${listening}:127.0.0.1:${listening} HOST\n` +
      'Press Ctrl+C to stop.',
  );
  await new Promise<never>(() => {}); // until Ctrl+C (cleanup.ts stops the server)
}

/** Opens the workbench in headless Chromium, shows the Dossier side bar and a note (if any), and writes a PNG. */
async function takeScreenshot(url: string, folder: string, file: string): Promise<void> {
  const browser = await launchBrowser('the demo');
  const page = await newWorkbenchPage(browser);
  await page.goto(url);
  const workbench = new Workbench(page, folder);
  await workbench.waitUntilReady();
  await workbench.showViewContainer('Dossier');
  const note = noteOf(folder);
  if (note) await workbench.openFile(note);
  // Give the views a moment to fill in from the index.
  await workbench.treeRows('Actors', { atLeast: 1, timeout: 15_000 }).catch(() => {});
  await page.mouse.move(0, 0);
  await page.waitForTimeout(1000);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

function noteOf(folder: string): string | undefined {
  try {
    return firstNote(folder);
  } catch {
    return undefined;
  }
}

main()
  .then(() => 0)
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
