// A small Markdown-to-HTML rendering for exported briefs: headings, paragraphs, block quotes, lists,
// code, rules; emphasis, code spans and links. Everything else is text: raw HTML is shown escaped, and a
// link is made only to a relative path, http(s) or mailto.

export function htmlDocument(title: string, markdown: string): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    markdownToHtml(markdown),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function markdownToHtml(markdown: string): string {
  return blocks(markdown.replace(/\r\n?/g, '\n').split('\n')).join('\n');
}

function blocks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if (/^\s*$/.test(line)) {
      i++;
    } else if (/^ {0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      out.push('<hr>');
      i++;
    } else if (/^ {0,3}#{1,6}(?:\s|$)/.test(line)) {
      const [, hashes, text] = /^ {0,3}(#+)\s*(.*?)(?:\s+#+)?\s*$/.exec(line)!;
      out.push(`<h${hashes.length}>${inline(text)}</h${hashes.length}>`);
      i++;
    } else if (/^ {0,3}>/.test(line)) {
      const body: string[] = [];
      for (; i < lines.length && /^ {0,3}>/.test(lines[i]); i++) body.push(lines[i].replace(/^ {0,3}> ?/, ''));
      out.push(`<blockquote>\n${blocks(body).join('\n')}\n</blockquote>`);
    } else if (listItem(line) !== undefined) {
      const ordered = /^\s*\d/.test(line);
      const items: string[] = [];
      for (; i < lines.length && (listItem(lines[i]) !== undefined || (/^\s+\S/.test(lines[i]) && items.length > 0)); i++) {
        const item = listItem(lines[i]);
        if (item !== undefined) items.push(item);
        else items[items.length - 1] += `\n${lines[i].trim()}`;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>\n${items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</${tag}>`);
    } else {
      const body = [line.trim()];
      for (i++; i < lines.length && !/^\s*$/.test(lines[i]) && !startsBlock(lines[i]); i++) body.push(lines[i].trim());
      out.push(`<p>${inline(body.join('\n'))}</p>`);
    }
  }
  return out;
}

function listItem(line: string): string | undefined {
  return /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line)?.[1];
}

function startsBlock(line: string): boolean {
  return /^ {0,3}(?:>|#{1,6}(?:\s|$)|`{3,}|~{3,})/.test(line) || listItem(line) !== undefined;
}

/** Inline Markdown as HTML: escapes, code spans, links, strong and emphasis; the rest escaped text. */
function inline(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? '')) {
      out += escapeHtml(text[i + 1]);
      i += 2;
      continue;
    }
    if (c === '`') {
      const code = /^(`+)([^`][\s\S]*?)\1(?!`)/.exec(text.slice(i));
      if (code) {
        out += `<code>${escapeHtml(code[2].trim())}</code>`;
        i += code[0].length;
        continue;
      }
    }
    if (c === '[') {
      const link = linkAt(text, i);
      if (link) {
        const title = link.title === undefined ? '' : ` title="${escapeHtml(link.title)}"`;
        out += isSafeUrl(link.url) ? `<a href="${escapeHtml(link.url)}"${title}>${inline(link.text)}</a>` : inline(link.text);
        i = link.end;
        continue;
      }
    }
    if ((c === '*' || (c === '_' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) && /\S/.test(text[i + 1] ?? ' ')) {
      const marks = text[i + 1] === c ? c + c : c;
      const close = closing(text, i + marks.length, marks);
      if (close !== undefined) {
        const tag = marks.length === 2 ? 'strong' : 'em';
        out += `<${tag}>${inline(text.slice(i + marks.length, close))}</${tag}>`;
        i = close + marks.length;
        continue;
      }
    }
    out += escapeHtml(c);
    i++;
  }
  return out;
}

/** Where emphasis opened by `marks` closes (a run of the same marks after a non-space), escapes skipped. */
function closing(text: string, from: number, marks: string): number | undefined {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (i > from && text.startsWith(marks, i) && /\S/.test(text[i - 1]) && text[i + marks.length] !== marks[0]) return i;
  }
  return undefined;
}

/** `[text](url "title")` at `start`, brackets inside the text balanced and escapes skipped. */
function linkAt(text: string, start: number): { text: string; url: string; title?: string; end: number } | undefined {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) break;
  }
  const rest = /^\(\s*(<[^>\n]*>|[^\s()<>]+)(?:\s+"((?:\\.|[^"\\])*)")?\s*\)/.exec(text.slice(i + 1));
  if (i >= text.length || !rest) return undefined;
  const title = rest[2]?.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return { text: text.slice(start + 1, i), url: rest[1].replace(/^<|>$/g, ''), title, end: i + 1 + rest[0].length };
}

/** A relative path or fragment, http(s) or mailto; nothing a browser could run. */
export function isSafeUrl(url: string): boolean {
  if (/[\x00-\x20\x7f\\]/.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
  return scheme === undefined ? /^[\w./#?%~-]/.test(url) : scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}
