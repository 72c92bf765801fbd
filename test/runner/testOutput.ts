// How the extension-host suites' output reaches the harness: every line mocha prints there is
// logged with this marker, travels through the workbench's codeAutomationLog, and the harness
// prints the marked lines (the workbench logs much else through the same channel).
import { format } from 'node:util';

export const testOutputMarker = '[dossier-test] ';

/** Logs `args` (console.log-style) marked as test output; used inside the extension host. */
export function logTestOutput(...args: unknown[]): void {
  console.log(testOutputMarker + format(...args));
}

/** The test output in one codeAutomationLog message, or undefined when it is workbench chatter. */
export function readTestOutput(message: unknown): string | undefined {
  const parts = Array.isArray(message) ? message : [message];
  const [first, ...rest] = parts;
  if (typeof first !== 'string' || !first.startsWith(testOutputMarker)) return undefined;
  return format(first.slice(testOutputMarker.length), ...rest);
}
