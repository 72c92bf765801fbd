// Writes one correction into the text of a curation file, keeping everything else the user wrote.
import type { ActorType } from '../base';

export type CurationChange =
  | { kind: 'type'; name: string; type: ActorType }
  | { kind: 'merge'; name: string; into: string }
  | { kind: 'reject'; name: string };

/** The file's new text, or why it cannot be changed (it is left for the user to fix, never overwritten). */
export function editCuration(text: string, change: CurationChange): { text: string } | { error: string } {
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${(error as Error).message}); fix it first` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'it does not hold a JSON object; fix it first' };
  const file = data as Record<string, unknown>;
  const field = { type: 'actors', merge: 'merge', reject: 'reject' }[change.kind];
  const list = (file[field] ??= []);
  if (!Array.isArray(list)) return { error: `its "${field}" is not a list; fix it first` };
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
      else if (!Array.isArray(entry.names)) return { error: `its merge into "${change.into}" has no list of "names"; fix it first` };
      else if (!entry.names.includes(change.name)) entry.names.push(change.name);
      break;
    }
    case 'reject':
      if (!list.includes(change.name)) list.push(change.name);
      break;
  }
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { text: JSON.stringify(file, null, indent) + '\n' };
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
  }
}
