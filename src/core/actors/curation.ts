// The user's corrections to what Dossier found, read from `.dossier/actors.json`. Curation wins over extraction.
import { type ActorType, actorTypes } from '../base';

export interface CuratedActor {
  name: string;
  type?: ActorType;
  aliases: string[];
}

export interface Curation {
  /** Actors to add, or to correct: their type and further names. */
  actors: CuratedActor[];
  /** Names to fold into another actor: `{ into: "China", names: ["Beijing"] }`. */
  merges: { into: string; names: string[] }[];
  /** Names that are not actors. */
  rejects: string[];
  /** Actors the user reviewed and accepted as they are: no longer doubtful. */
  accepts: string[];
}

export const emptyCuration: Curation = { actors: [], merges: [], rejects: [], accepts: [] };

export interface CurationResult {
  curation: Curation;
  errors: string[];
}

export const curationExample = `{
  "actors": [{ "name": "Donald Trump", "type": "person", "aliases": ["POTUS"] }],
  "merge": [{ "into": "China", "names": ["Beijing"] }],
  "reject": ["Google Play"]
}`;

/**
 * Reads a curation file. Each problem is reported with where it is; what is valid is still used,
 * so one typo does not throw away the rest of the user's work.
 */
export function parseCuration(text: string): CurationResult {
  const errors: string[] = [];
  let data: unknown;
  try {
    data = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { curation: emptyCuration, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  if (!isObject(data)) return { curation: emptyCuration, errors: ['the file must hold a JSON object like ' + curationExample] };
  for (const key of Object.keys(data)) {
    if (!['actors', 'merge', 'reject', 'accept', '$schema'].includes(key)) errors.push(`unknown field "${key}" (expected "actors", "merge", "reject" or "accept")`);
  }
  const curation: Curation = { actors: [], merges: [], rejects: [], accepts: [] };
  listAt(data, 'actors', errors).forEach((entry, i) => {
    const where = `actors[${i}]`;
    if (!isObject(entry)) {
      errors.push(`${where} must be an object with "name", and optionally "type" and "aliases"`);
      return;
    }
    const name = nameAt(entry.name, `${where}.name`, errors);
    if (entry.type !== undefined && !actorTypes.includes(entry.type as ActorType)) {
      errors.push(`${where}.type must be one of ${actorTypes.map((t) => `"${t}"`).join(', ')} (got ${JSON.stringify(entry.type)})`);
    }
    const aliases = namesAt(entry.aliases, `${where}.aliases`, errors);
    if (name) curation.actors.push({ name, type: actorTypes.includes(entry.type as ActorType) ? (entry.type as ActorType) : undefined, aliases });
  });
  listAt(data, 'merge', errors).forEach((entry, i) => {
    const where = `merge[${i}]`;
    if (!isObject(entry)) {
      errors.push(`${where} must be an object like { "into": "China", "names": ["Beijing"] }`);
      return;
    }
    const into = nameAt(entry.into, `${where}.into`, errors);
    const names = namesAt(entry.names ?? null, `${where}.names`, errors);
    if (into && names.length > 0) curation.merges.push({ into, names });
  });
  curation.rejects = namesAt(data.reject, 'reject', errors);
  curation.accepts = namesAt(data.accept, 'accept', errors);
  return { curation, errors };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listAt(data: Record<string, unknown>, field: string, errors: string[]): unknown[] {
  const value = data[field];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  errors.push(`"${field}" must be a list`);
  return [];
}

function nameAt(value: unknown, where: string, errors: string[]): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  errors.push(`${where} must be a non-empty string (got ${JSON.stringify(value) ?? 'nothing'})`);
  return undefined;
}

function namesAt(value: unknown, where: string, errors: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${where} must be a list of names`);
    return [];
  }
  return value.flatMap((name, i) => nameAt(name, `${where}[${i}]`, errors) ?? []);
}
