// Writing untrusted text into markdown so that it stays text: no links, images, HTML, code or icons.

/**
 * Escapes the punctuation markdown and HTML are made of — and `:` `/` `.` `@`, which autolinks need —
 * so no link, image, tag, code span or theme icon can form. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&:~$/@]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A link to one of Dossier's own commands, with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * Untrusted text for a plain-text string of the UI (a quick pick, a title, a notification): theme icon
 * syntax escaped, and no "[text](target)" left for a notification to turn into a link.
 */
export function plainLabel(text: string): string {
  return text.replace(/\$\(/g, '\\$(').replace(/\]\(/g, '] (');
}
