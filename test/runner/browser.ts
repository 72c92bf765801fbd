// Headless Debian Chromium driven by playwright-core.
import { chromium, type Browser, type Page } from 'playwright-core';
import { onCleanup } from './cleanup';
import { chromiumTool, findOnPath, type Purpose, requireTools } from './installCodeServer';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The viewport of every workbench page (and so of screenshots). */
export const viewport = { width: 1400, height: 900 };

/** Launches headless Chromium; closed by cleanup() too. */
export async function launchBrowser(purpose: Purpose): Promise<Browser> {
  requireTools([chromiumTool], purpose);
  const browser = await chromium.launch({
    executablePath: findOnPath(chromiumTool.command),
    args: chromiumArgs,
    headless: true,
    // The harness stops the browser itself (see cleanup.ts).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const unregister = onCleanup(() => closeBrowser(browser));
  browser.on('disconnected', unregister);
  return browser;
}

async function closeBrowser(browser: Browser): Promise<void> {
  await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

export interface WorkbenchPageOptions {
  /** Receives each codeAutomationLog message: the level and the logged values (format string first). */
  automationLog?: (level: string, message: unknown) => void;
  /** Receives the browser console's lines and page errors. */
  console?: (line: string) => void;
  /** Receives the exit code when an extensionTestsPath run ends. */
  onExit?: (code: number) => void;
}

/** A new page that forwards the workbench's console; call `page.goto(workbenchUrl(…))` next. */
export async function newWorkbenchPage(browser: Browser, options: WorkbenchPageOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => options.automationLog?.(level, message));
  await page.exposeFunction('codeAutomationExit', (code: number) => options.onExit?.(code));
  page.on('console', (message) => options.console?.(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => options.console?.(`[page error] ${error.message}`));
  return page;
}
