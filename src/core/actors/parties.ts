// Political parties go by several forms: "Labour", "Labour Party" and "the Labour party"; "Conservatives",
// "Conservative Party", "Tories" and "Tory party"; "Liberal Democrats" and "Lib Dems". Each folds into one
// key, "<stem> party", by general rules (the word "party", members named in the plural, adjective forms)
// and the nicknames of the big parties.

/** Names of political families, the words parties are named after (as their members are called). */
const families = new Set(
  (
    'conservative labour liberal democrat republican socialist communist nationalist unionist green progressive ' +
    'libertarian federalist monarchist populist centrist independent social democrat christian democrat liberal democrat free democrat'
  ).split(' '),
);

/** Nicknames and clipped forms of parties' stems, as newsrooms write them. */
const nicknames = new Map([
  ['tory', 'conservative'],
  ['lib dem', 'liberal democrat'],
  ['gop', 'republican'],
  ['grand old', 'republican'],
]);

/** Adjective forms of stems: the Democratic Party and the Democrats are one. */
const adjectives = new Map([['democratic', 'democrat']]);

/** The words a party form can end in. */
const lastWords = new Set(['party', ...[...families, ...nicknames.keys(), ...adjectives.keys()].map((name) => name.slice(name.lastIndexOf(' ') + 1))]);

const leadingThe = /^the /;
const trailingParty = / party$/;

/**
 * The key of a party form (lower case, spaces folded), or undefined. `sure` says the name was read as an
 * organization: a lone family word ("Green", "Liberal") is then a party, otherwise a person or an adjective.
 */
export function partyKey(lowerName: string, sure: boolean): string | undefined {
  if (!lastWords.has(singular(lowerName.slice(lowerName.lastIndexOf(' ') + 1)))) return undefined; // most names, at once
  let name = lowerName.replace(leadingThe, '').replace(/^(?:new|old) (?=labour$)/, '');
  const named = trailingParty.test(name);
  if (named) name = name.replace(trailingParty, '');
  if (!name) return undefined;
  let stem = singular(name);
  const plural = stem !== name;
  stem = nicknames.get(stem) ?? stem;
  const words = stem.split(' ');
  const last = words[words.length - 1];
  words[words.length - 1] = adjectives.get(last) ?? last;
  stem = words.join(' ');
  const family = families.has(words.length > 1 ? `${words[words.length - 2]} ${words[words.length - 1]}` : '') || families.has(words[words.length - 1]);
  const nickname = nicknames.has(singular(name));
  if (named || nickname || (family && (plural || sure))) return `${stem} party`;
  return undefined;
}

/** The last word in the singular, for the plural forms parties' members go by: "tories" → "tory", "lib dems" → "lib dem". */
function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (name.endsWith('s') && !name.endsWith('ss')) return name.slice(0, -1);
  return name;
}

/** Family words that are nobody's given name: "Tory Dominic Grieve" is a Tory called Dominic Grieve. */
const neverGivenNames = new Set('conservative labour republican democrat socialist communist nationalist unionist'.split(' '));

/** Whether a word names a party's member, as written before a person's name ("Tory", "Labour", "Republican"). */
export function isPartyWord(word: string): boolean {
  const lower = word.toLowerCase();
  return neverGivenNames.has(lower) || (nicknames.has(lower) && lower.indexOf(' ') < 0);
}

/** Whether a name key is a party's. */
export function isPartyKey(key: string): boolean {
  return key.endsWith(' party');
}
