// Whether a date's clause speaks of the future or the past: the verb nearest the date decides, with its auxiliaries.
import type { Span } from '../base';

export type Tense = 'future' | 'past';

/** Words that put what follows in the future: modals, "due", "next", and "is to", "set to", "expected to"… */
const futureWord = /^(?:will|shall|would|'ll|’ll|due|next|coming|upcoming|scheduled|ahead)$/;
const futureBeforeTo = /^(?:is|are|am|set|expected|due|scheduled|planned|plans?|planning|going|intends?|aims?|hopes?|likely|poised|ready|wants?|agreed|promised|vowed)$/;
/** Present forms of verbs of schedules: in news, a dated present is a planned future ("the market starts on Saturday"). */
const scheduledPresent = /^(?:starts|begins|opens|ends|closes|meets|plays|faces|hosts|visits|resumes|returns|kicks|expires|runs|goes|takes|travels|arrives|leaves|comes|launches|holds|unveils|publishes|releases|announces|votes|debates|sits|gets)$/;
/** A word after "to" that is likely a verb: a lower-case word that is no article, pronoun, number or common noun ending. */
const bareVerb = /^(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|about|around|date|day|end|court|power|office|market|work|school|home|rise|close|record|level|be)$)(?![\p{L}'’]*(?:ing|ion|ment|ness|ity|ers?|s)$)\p{Ll}[\p{Ll}'’]+$/u;
const pastAuxiliary = /^(?:was|were|had|did|has|have|been|'d|’d)$/;
const passiveAuxiliary = /^(?:be|been|being|is|are|am|get|gets|got)$/;
const irregularPast = new Set(
  ('said told took made came went got gave saw won lost met began ran rose fell grew sold bought left hit cut set put paid spent held kept led brought thought ' +
    'found became beat chose drew drove flew knew meant rode rang shook shot showed sank sat slept spoke stood struck swore taught threw understood wrote fought ' +
    'caught sought sent built felt heard dealt quit bid let lay overtook undertook withdrew forecast broke spread stole hid bore tore wore woke arose').split(' '),
);
/** Present forms common in news, beside those of schedules: enough to tell a clause from a bare phrase. */
const commonPresent = new Set(
  ('says say think thinks believe believes want wants need needs plan plans expect expects hope hopes remain remains seem seems look looks make take give get see ' +
    'sees know knows show shows face include includes rise rises fall falls win wins lose loses lead leads hold keep keeps become becomes come go leave put sets ' +
    'cut cuts pay pays buy buys sell sells offer offers report reports warn warns claim claims deny denies agree agrees continue continues begin start end open close ' +
    'meet play join joins announce launch add adds tell tells ask asks call calls try tries help helps move moves mean means feel feels accept accepts dip dips hit ' +
    'hits top tops back backs boost boosts slump slumps soar soars jump jumps drop drops surge surges climb climbs slide slides urge urges vow vows unveil reject ' +
    'rejects seek seeks target targets fear fears hail hails quit quits sign signs beat beats is are am be being do does can could should might must').split(' '),
);

/** Words that tell the future without being verbs. */
const timeWord = /^(?:next|coming|upcoming|ahead|due)$/;
const commonVerb = /\b(?:is|are|was|were|has|have|had|will|would|said|says|could|can|did|does|[a-z]{3,}ed)\b/;

/** Whether a text holds a verb form (a finite verb, an auxiliary, a past participle; one in -ing only when `orIng`), by its word forms alone. */
export function hasVerb(text: string, orIng = false): boolean {
  if (commonVerb.test(text)) return true; // most clauses: found without splitting the words
  const words = wordsOf(text);
  return words.some((word, i) => commonPresent.has(word) || ((orIng || !word.endsWith('ing')) && !timeWord.test(word) && tenseOfWord(words, i) !== undefined));
}

/** Whether a lower-case word is a verb form that needs a subject before it: a past, a present of the lists, a participle in -ing. */
export function isVerbForm(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (commonPresent.has(word) || tenseOfWord([word], 0) !== undefined);
}

/** Words in -ing that are no verb. */
const ingNoun = /^(?:morning|evening|during|thing|nothing|something|anything|everything|king|ring|spring|string|building|ceiling|sibling|wedding|darling|pudding|shilling|sterling|viking|bring|sing|sling|swing|wing|thing|ping|earnings|meeting|hearing|ruling|funding|spending|trading|listing|finding|offering|saving|warning|opening|timing|setting|feeling|training|housing|banking|shipping|polling|rating|ranking|standing|marketing|boxing|sailing|cycling|shooting|racing|skating|skiing|clothing|lending|dumping|bombing|shelling|killing|fighting|uprising|landing|filing)$/;

/** How far past its clause the tense of a date is looked for, in characters (a dozen words). */
const reach = 80;

/** The tense of the clause around a date at [start, end) of `sentence` (within `clause`), or undefined when no verb tells it. */
export function tenseAt(sentence: string, date: Span, clause: Span): Tense | undefined {
  const before = wordsOf(sentence.slice(clause.start, date.start));
  // The date named in the possessive, for what comes ("for Friday's match", "ahead of Sunday's vote"), is ahead.
  // One named to compare with ("up from Thursday's close", "more than Wednesday's price") is behind.
  if (/^['’]s\b/.test(sentence.slice(date.end))) {
    const lead = before[before.length - 1] ?? '';
    if (/^(?:for|ahead|before|into|until)$/.test(lead)) return 'future';
    if (/^(?:than|from|since)$/.test(lead)) return 'past';
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const tense = tenseOfWord(before, i);
    if (tense) return tense;
  }
  // No verb before the date in its clause ("On Friday, …"): the first verb after it, else the last before its clause.
  const after = wordsOf(sentence.slice(date.end, date.end + reach));
  for (let i = 0; i < after.length; i++) {
    const tense = tenseOfWord(after, i);
    if (tense) return tense;
  }
  const earlier = wordsOf(sentence.slice(Math.max(0, clause.start - reach), clause.start));
  for (let i = earlier.length - 1; i >= 0; i--) {
    const tense = tenseOfWord(earlier, i);
    if (tense) return tense;
  }
  return undefined;
}

/** The words of a text in lower case, except those that start with a capital (names, which tell no tense), and numbers. */
function wordsOf(text: string): string[] {
  const words = text.match(wordPattern) ?? [];
  for (let i = 0; i < words.length; i++) {
    const code = words[i].charCodeAt(0);
    const capital = code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(words[i]);
    if (!capital || sentenceWord.test(words[i])) words[i] = words[i].toLowerCase();
  }
  return words;
}

const wordPattern = /[\p{L}\p{N}'’%$£€]+(?:[.,-][\p{L}\p{N}]+)*/gu;
/** Capitalized words that open a sentence and tell the tense. */
const sentenceWord = /^(?:Will|Is|Are|Was|Were|Has|Had)$/;

/** What the word at `i` says of the tense: undefined for a word that tells nothing (a noun, a bare verb after its modal, a participle after "be"). */
function tenseOfWord(words: readonly string[], i: number): Tense | undefined {
  const word = words[i];
  if (!/^\p{Ll}/u.test(word)) return undefined; // a name or a number
  const previous = words[i - 1] ?? '';
  if (futureWord.test(word) || word.endsWith("'ll") || word.endsWith('’ll')) return 'future';
  // "is to", "expected to", and "to" before a verb ("named the team to play … on Saturday").
  if (word === 'to' && (futureBeforeTo.test(previous) || bareVerb.test(words[i + 1] ?? ''))) return 'future';
  if (pastAuxiliary.test(word)) return 'past';
  if (scheduledPresent.test(word)) return 'future';
  if (word.length > 4 && word.endsWith('ing') && !ingNoun.test(word)) return /^(?:was|were|been)$/.test(previous) ? 'past' : 'future';
  if (irregularPast.has(word) || (word.length > 4 && word.endsWith('ed') && !/(?:eed|hundred)$/.test(word))) {
    return passiveAuxiliary.test(previous) ? undefined : 'past'; // "will be held": the auxiliary before decides
  }
  return undefined;
}
