// Glob patterns as VS Code writes them (**, *, ?, {a,b}, [abc]), for paths with forward slashes.

export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        pattern += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else pattern += '[^/]*';
    } else if (ch === '?') pattern += '[^/]';
    else if (ch === '{') {
      inGroup++;
      pattern += '(?:';
    } else if (ch === '}' && inGroup > 0) {
      inGroup--;
      pattern += ')';
    } else if (ch === ',' && inGroup > 0) pattern += '|';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) pattern += '\\[';
      else {
        pattern += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else pattern += ch.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/** Tests paths relative to a workspace folder (with /) against an include pattern and exclude patterns. */
export function pathFilter(include: string, exclude: readonly string[]): { included(path: string): boolean; excluded(path: string): boolean } {
  const includes = globToRegExp(include);
  const excludes = exclude.map(globToRegExp);
  const excluded = (path: string) => excludes.some((pattern) => pattern.test(path));
  return { included: (path) => includes.test(path) && !excluded(path), excluded };
}
