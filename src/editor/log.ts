// The Dossier output channel, keeping the latest warnings (for tests and diagnostics).
import type * as vscode from 'vscode';
import type { Logger } from '../core';

/** How many warnings `warnings` keeps. */
const keptWarnings = 200;

export interface Log extends Logger {
  readonly channel: vscode.LogOutputChannel;
  /** Warnings written to the channel, newest last. */
  readonly warnings: readonly string[];
}

export function createLog(channel: vscode.LogOutputChannel): Log {
  const warnings: string[] = [];
  return {
    channel,
    warnings,
    info: (message) => channel.info(message),
    debug: (message) => channel.trace(message),
    warn(message) {
      channel.warn(message);
      warnings.push(message);
      if (warnings.length > keptWarnings) warnings.splice(0, warnings.length - keptWarnings);
    },
  };
}
