import * as path from 'node:path';

/** The repository root (this file runs from out/test/runner/). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Ignored cache folder for the installed server, temp workspaces and run data. */
export const cacheRoot = path.join(repoRoot, '.vscode-test');

/** The sample workspace; tests only ever see copies of it. */
export const newsroomFixture = path.join(repoRoot, 'test', 'fixtures', 'newsroom');

/**
 * Where UI tests write screenshots: an ignored folder, so a test run leaves the work tree as it was;
 * with DOSSIER_UPDATE_SCREENSHOTS=1, media/screenshots/ (the README's pictures).
 */
export const screenshotsDir = process.env.DOSSIER_UPDATE_SCREENSHOTS ? path.join(repoRoot, 'media', 'screenshots') : path.join(cacheRoot, 'screenshots');
/** Where screenshots of corpus text go, always: the ignored folder (the corpus is never committed). */
export const corpusScreenshotsDir = path.join(cacheRoot, 'screenshots');
