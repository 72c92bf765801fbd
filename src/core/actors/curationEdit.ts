// Writes corrections into the text of a curation file, keeping everything else the user wrote.
import type { ActorType } from '../base';

export type CurationChange =
  | { kind: 'type'; name: string; type: ActorType }
  | { kind: 'merge'; name: string; into: string }
  | { kind: 'reject'; name: string }
  | { kind: 'accept'; name: string };

/** The file's new text, or why it cannot be changed (it is left for the user to fix, never overwritten). */
export function editCuration(text: string, changes: CurationChange | readonly CurationChange[]): { text: string } | { error: string } {
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${(error as Error).message}); fix it first` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'it does not hold a JSON object; fix it first' };
  for (const change of Array.isArray(changes) ? changes : [changes]) {
    const error = apply(data as Record<string, unknown>, change);
    if (error) return { error };
  }
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { text: JSON.stringify(data, null, indent) + '\n' };
}

/** Writes one change into the file's data; why it cannot, if so. */
function apply(file: Record<string, unknown>, change: CurationChange): string | undefined {
  const field = { type: 'actors', merge: 'merge', reject: 'reject', accept: 'accept' }[change.kind];
  const list = (file[field] ??= []);
  if (!Array.isArray(list)) return `its "${field}" is not a list; fix it first`;
  const entryNamed = (key: string, name: string) =>
    list.find((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && entry[key] === name);
  switch (change.kind) {
    case 'type': {
      const entry = entryNamed('name', change.name);
      if (entry) entry.type = change.type;
      else list.push({ name: change.name, type: change.type });
      break;
    }
    case 'merge': {
      const entry = entryNamed('into', change.into);
      if (!entry) list.push({ into: change.into, names: [change.name] });
      else if (!Array.isArray(entry.names)) return `its merge into "${change.into}" has no list of "names"; fix it first`;
      else if (!entry.names.includes(change.name)) entry.names.push(change.name);
      break;
    }
    case 'reject':
    case 'accept':
      if (!list.includes(change.name)) list.push(change.name);
      break;
  }
  return undefined;
}

/** What a change does, in a few words for a message. */
export function describeChange(change: CurationChange): string {
  switch (change.kind) {
    case 'type':
      return `${change.name} is now ${change.type === 'organization' ? 'an' : 'a'} ${change.type}`;
    case 'merge':
      return `${change.name} is now part of ${change.into}`;
    case 'reject':
      return `${change.name} is no longer an actor`;
    case 'accept':
      return `${change.name} is accepted as it is`;
  }
}

/** What several changes do: the one change's words, or how many of each kind. */
export function describeChanges(changes: readonly CurationChange[]): string {
  if (changes.length === 1) return describeChange(changes[0]);
  const verbs = { type: 'retyped', merge: 'merged', reject: 'rejected', accept: 'accepted' };
  const counts = new Map<CurationChange['kind'], number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${count === 1 ? 'actor' : 'actors'} ${verbs[kind]}`).join(', ');
}
