// How names are written and compared: titles, possessives, initials and well-known variants.
import { isPartyKey, isPartyWord, partyKey } from './parties';
import type { ActorType, EntityMention } from '../base';

const titles = new Set(
  (
    'president vice prime minister secretary senator sen rep representative governor gov mayor chancellor king queen prince princess ' +
    'mr mrs ms miss dr prof professor sir dame lord lady general gen colonel col captain capt lieutenant lt sergeant sgt admiral adm ' +
    'judge justice chairman chairwoman chair ceo chief spokesman spokeswoman spokesperson pope cardinal bishop rev reverend ' +
    'former late foreign finance defence defense deputy acting rt hon'
  ).split(' '),
);
const corporateSuffixes = /[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|ag|sa|nv|gmbh|group|holdings)\.?$/i;

/** Well-known names written in several ways, with their type; the first spelling is the canonical name. */
const wellKnown: [ActorType, string[]][] = [
  ['place', ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'the United States', 'the US', 'America']],
  ['place', ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'the UK']],
  ['organization', ['European Union', 'EU', 'E.U.']],
  ['organization', ['United Nations', 'UN', 'U.N.']],
  ['place', ['United Arab Emirates', 'UAE', 'U.A.E.']],
  ['place', ['Soviet Union', 'USSR', 'U.S.S.R.']],
  // News agencies, named in datelines and bylines where a tagger takes them for people.
  ['organization', ['Agence France-Presse', 'AFP', 'Agence France Presse', 'A.F.P.']],
  ['organization', ['Reuters', 'Thomson Reuters']],
  ['organization', ['Associated Press', 'the Associated Press']],
  ['organization', ['Xinhua', 'Xinhua News Agency']],
  ['organization', ['Bloomberg', 'Bloomberg News']], // "Michael Bloomberg … Bloomberg" still folds into the person
];

/**
 * The key of a name as one type: the same words as a person, an organization and a place are three
 * entries (Chicago the city and Chicago the team, Jordan the country and Jordan the player), which
 * the actor table folds into one unless each is well attested.
 */
export function typedKey(key: string, type: ActorType): string {
  return key + typeMarks[type];
}

/** The name key without its type. */
export function baseKey(key: string): string {
  const mark = key.indexOf(markStart);
  return mark < 0 ? key : key.slice(0, mark);
}

/** The type a typed key is of. */
export function keyType(key: string): ActorType {
  const mark = key.slice(key.indexOf(markStart));
  return mark === typeMarks.organization ? 'organization' : mark === typeMarks.place ? 'place' : 'person';
}

const markStart = '\u0001';
const typeMarks: Record<ActorType, string> = { person: `${markStart}p`, organization: `${markStart}o`, place: `${markStart}l` };

const letterPattern = /\p{L}/u;
// Abbreviations whose full stop belongs to the name: initials, company forms, US states as news writes them.
const keptFinalPeriod = /(?:\p{Lu}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo))\.$/u;
const leadingWord = /^([\p{L}.]+)\s+(?=\p{Lu})/u;

/** Whether a text holds a letter of any script. */
export function hasLetter(text: string): boolean {
  return letterPattern.test(text);
}

/** A mention without a trailing possessive, and for people without a leading title: "President Donald Trump's" → "Donald Trump". */
export function trimName(text: string, start: number, end: number, type: ActorType): { start: number; end: number } {
  if (end - start > 3 && isApostrophe(text[end - 2]) && (text[end - 1] === 's' || text[end - 1] === 'S')) end -= 2;
  else if (end - start > 3 && text[end - 2] === 's' && isApostrophe(text[end - 1])) end -= 1;
  while (end > start && (isWhiteSpace(text.charCodeAt(end - 1)) || trailing.has(text[end - 1])) && !(text[end - 1] === ')' && text.lastIndexOf('(', end) >= start)) end--;
  if (text[end - 1] === '.' && !keptFinalPeriod.test(text.slice(start, end))) end--;
  while (start < end && (isWhiteSpace(text.charCodeAt(start)) || leading.has(text[start]))) start++;
  // A parenthesis opened and not closed ends the name: "MPC (the Bank of England".
  let opened = start + 1;
  while (opened < end && text.charCodeAt(opened) !== 40) opened++; // not indexOf: that reads on to the text's end
  if (opened < end && text.indexOf(')', opened) >= end) end = opened;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  // Words in lower case and elected members' titles end no name: "JPMorgan Chase bank", "the Labour party", "a Labour MP".
  for (let last = lastWordStart(text, start, end); last > start && (lowerCaseWord.test(text.slice(last, end)) || memberTitle.test(text.slice(last, end))); last = lastWordStart(text, start, end)) {
    end = last;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  }
  for (;;) {
    const first = leadingWord.exec(text.slice(start, end));
    if (!first) break;
    const word = first[1].replace(/\.$/, '').toLowerCase();
    // Words that start a sentence, not a name ("As Orient won"); a person's titles and party ("Prime Minister Tony Blair", "Tory Dominic Grieve");
    // before a name of two words or more, "the" and, but for people, a month ("The Commerce Department", "August National Association").
    const beforeLonger = word === 'the' || (type === 'person' ? isPartyWord(word) : months.has(word)); // dropped only before two words or more
    const dropped = leadingWords.has(word) || (type === 'person' && titles.has(word)) || (beforeLonger && text.slice(start + first[0].length, end).includes(' '));
    if (!dropped) break;
    start += first[0].length;
  }
  return { start, end };
}

/** Besides white space, what a name neither ends nor starts with. */
const trailing = new Set([...',;:"\'“”‘’)(']);
const leading = new Set([...'"\'“”‘’(']);
const lowerCaseWord = /^\p{Ll}+$/u;
const memberTitle = /^M[EPS]?Ps?$/;
const months = new Set('january february march april may june july august september october november december'.split(' '));
const leadingWords = new Set('as at in on for but and or if when while after before with by from to of so then yet now also even under over against about through without between among during since until into via despite'.split(' '));

/** The start of the last word of [start, end). */
function lastWordStart(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && !isWhiteSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

/** The form used to compare names: case, dots, apostrophes, corporate suffixes and well-known variants folded. */
export function nameKey(name: string, type?: ActorType): string {
  const kind = type ?? 'any';
  let cache = keyCaches.get(kind);
  if (!cache) keyCaches.set(kind, (cache = new Map()));
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size >= maxCachedKeys) cache.clear();
    key = computeNameKey(name, type);
    cache.set(name, key);
  }
  return key;
}

// Names repeat across articles, and folding them (NFKC, several replaces) is not free: keys are remembered.
const maxCachedKeys = 50_000;
const keyCaches = new Map<string, Map<string, string>>(); // one per type, and one for names of any type

function computeNameKey(name: string, type?: ActorType): string {
  let key = name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (type === 'organization' || type === undefined) {
    const stripped = key.replace(corporateSuffixes, '');
    if (stripped.length >= 2) key = stripped;
  }
  const written = key;
  key = key.toLowerCase();
  const party = partyKey(key, type !== 'person');
  if (party) return party;
  const variant = variantKeys.get(key);
  if (variant && !(acronymVariants.has(key) && written !== written.toUpperCase())) return variant;
  return key.replace(/\.(?=\S)/g, '').replace(/\.$/, '').replace(/^the /, '');
}

const acronym = /^(?:\p{Lu}\.?){2,6}$/u;
const variantKeys = new Map<string, string>();
const acronymVariants = new Set<string>(); // "us" stands for the US only when written "US"
const canonicalNames = new Map<string, { name: string; type: ActorType }>();
for (const [type, [canonical, ...others]] of wellKnown) {
  const key = canonical.toLowerCase();
  canonicalNames.set(key, { name: canonical, type });
  for (const name of [canonical, ...others]) {
    variantKeys.set(name.toLowerCase(), key);
    if (isAcronym(name)) acronymVariants.add(name.toLowerCase());
  }
}

const acronymMention = new RegExp(
  `(?<![\\p{L}\\p{N}.&])(?:${[...acronymVariants].map((v) => v.toUpperCase().replace(/\./g, '\\.')).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}&]|\\.\\p{L})`,
  'gu',
);

const lowerCaseLetter = /\p{Ll}/u;

/** The canonical spelling of a well-known name, if it is one. */
export function wellKnownName(key: string): string | undefined {
  return canonicalNames.get(key)?.name;
}

/** Mentions of well-known acronyms ("US", "U.K.", "EU") outside headlines in capitals, which a recognizer may miss. */
export function wellKnownAcronyms(text: string): EntityMention[] {
  const found: EntityMention[] = [];
  for (const match of text.matchAll(acronymMention)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    if (!lowerCaseLetter.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    const type = canonicalNames.get(variantKeys.get(match[0].toLowerCase())!)!.type;
    found.push({ start: match.index, end: match.index + match[0].length, type, text: match[0] });
  }
  return found;
}

/** The type of a well-known name or a party, which no vote of the recognizer overrides. */
export function wellKnownType(key: string): ActorType | undefined {
  return canonicalNames.get(key)?.type ?? (isPartyKey(key) ? 'organization' : undefined);
}

/** Common nouns written in capitals, which a tagger may take for names: devices, media, roles, diseases. */
const commonNouns = new Set(
  (
    'PC PCs DVD DVDs CD CDs TV TVs HD HDTV CCTV PVR PVRs MP3 SMS MMS GPS PDA PDAs LCD USB URL PDF SSL RFID UMD GSM 3G VoIP WiFi Wi-Fi ' +
    'ATM ATMs SUV SUVs IT ICT AI ID IDs IPO GDP VAT CEO CEOs PM MP MPs MEP MEPs MSP MSPs DJ DJs DNA HIV Aids AIDS TB'
  ).split(' '),
);

/**
 * Whether a name is no actor: a common noun in capitals ("PC", "DVD", "MPs"), the kind of an organization
 * alone ("Committee", "Bank", "House"), or a law, document, event, prize or holiday ("Freedom of
 * Information Act", "White Paper", "General Election", "New Year"), which news capitalizes too.
 */
export function isCommonNoun(name: string): boolean {
  return commonNouns.has(name) || kindsAlone.has(name) || notActorEnding.test(name) || isTitleAlone(name);
}

/** A title written alone ("the Chancellor", "the Rt Hon"), but not one that is also a name (King, Prince, Judge). */
function isTitleAlone(name: string): boolean {
  const lower = name.toLowerCase();
  return titles.has(lower) && !titlesThatAreNames.has(lower);
}
const titlesThatAreNames = new Set('king queen prince princess pope judge'.split(' '));

const kindsAlone = new Set(
  'Committee Bank House Agency Ministry Department Government Company Group Party University College School Airlines Airways Act Park Right'.split(
    ' ',
  ),
);
const notActorEnding =
  /(?:^|\s)(?:Act|Acts|Bill|Protocol|Treaty|Paper|Accord|Agreement|Directive|Amendment|Award|Awards|Prize|Festival|Election|Elections|Budget|Day|Year|Eve)$/;

const organizationHead =
  /\s(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|AG|SA|SpA|NV|GmbH|LLC|Group|Holdings|Airlines|Airways|Bank|Motor|Motors|Records|Studios|Games|Labs|Software|Interactive|Digital|Media|Films|Pictures|Entertainment|Music|Holdings|Technologies|Systems|Networks|Communications|Electronics|Telecom|University|College|School|Council|Ministry|Party|Club|Foundation|Institute|Association|Federation|Commission|Committee|Agency|Company)\.?$/;

/** A name ending in a word that only organizations end in ("Delta Airlines", "Sony Corporation"): never a person. */
export function hasOrganizationHead(name: string): boolean {
  return organizationHead.test(name);
}

const webName = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|biz|io|ly|fm|tv|me|co|co\.uk|org\.uk)$/iu;

/** A name that is a web address ("Amazon.com", "Musical.ly"): a company or a site, whatever a recognizer guessed. */
export function isWebName(name: string): boolean {
  return webName.test(name);
}

/** Initials of a multi-word name: "Agence France-Presse" → "AFP"; small words are skipped. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => startsUpper.test(word))
    .map((word) => word[0])
    .join('');
}

const startsUpper = /^\p{Lu}/u;
export function isAcronym(name: string): boolean {
  return acronym.test(name);
}

export function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** How many words `words(name)` would give, without building them. */
export function countWords(name: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const space = isWhiteSpace(name.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The characters `\s` matches in JavaScript. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
