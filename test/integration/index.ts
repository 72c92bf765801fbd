// Entry module for the extension host (extensionTestsPath): runs every compiled suite
// out/test/integration/**/*.test.js with mocha and rejects when a test fails.
// Suites under untrusted/ run only in the harness's second pass, where workspace trust is on
// and the sample workspace is not trusted (Restricted Mode); all others run in a trusted one.
import Mocha from 'mocha';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { filesUnder } from '../runner/files';
import { logTestOutput } from '../runner/testOutput';

export function run(): Promise<void> {
  // In code-server (a web workbench) the output reaches the harness only through the workbench's
  // log, so mark it (see testOutput.ts); in desktop VS Code it goes to stdout as it is.
  const log = vscode.env.uiKind === vscode.UIKind.Web ? logTestOutput : console.log;
  Mocha.reporters.Base.consoleLog = log; // the spec reporter prints through this
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  const untrustedDir = path.join(__dirname, 'untrusted') + path.sep;
  const restricted = !vscode.workspace.isTrusted;
  const files = filesUnder(__dirname, '.test.js').filter((file) => file.startsWith(untrustedDir) === restricted);
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      const where = restricted ? 'untrusted workspace' : 'trusted workspace';
      log(`Integration summary (${where}): ${passes} passing, ${failures} failing, ${pending} pending`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
