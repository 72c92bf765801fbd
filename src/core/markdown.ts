// Writing untrusted text into markdown so that it stays text: no links, images, HTML, code or icons.

/** Escapes every ASCII punctuation character, so no markdown or HTML construct (nor an autolink) can form. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&:~"'$=/@%^?;,]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A link to one of Dossier's own commands, with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
