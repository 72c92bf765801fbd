import * as assert from 'node:assert/strict';
import type { CalendarDate } from '../../src/core/base/calendar';
import type { ActorType } from '../../src/core/base/types';
import { findEvents } from '../../src/core/events/events';
import type { ActorMention } from '../../src/core/events/subjects';
import { createIndex } from '../../src/core/indexing/dossierIndex';
import { analyzeArticle } from '../../src/core/indexing/analysis';
import { readArticle } from '../../src/core/text/article';
import { listRecognizer, seedArticle } from './support';

// Friday 30 August 1996 (a CoNLL date line's day) and Tuesday 15 February 2005 (a BBC article's).
const friday: CalendarDate = { year: 1996, month: 8, day: 30 };
const tuesday: CalendarDate = { year: 2005, month: 2, day: 15 };

/** The events of a text of one line per sentence, with the actors named as listed (longer names first). */
function eventsOf(text: string, published?: CalendarDate, names: Record<string, ActorType> = {}) {
  const sentences: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    sentences.push({ start, end });
    start = end + 1;
  }
  const actors: ActorMention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (actors.some((a) => a.start <= at && at + name.length <= a.end)) continue; // inside a longer name listed first
      actors.push({ start: at, end: at + name.length, type, name, sentence: sentences.findIndex((s) => s.start <= at && at < s.end) });
    }
  }
  return findEvents(text, sentences, published, actors.sort((a, b) => a.start - b.start));
}

const dateOf = (sentence: string, published = friday) => eventsOf(sentence, published).map((e) => e.date);
const summaryOf = (text: string, names: Record<string, ActorType> = {}) => eventsOf(text, tuesday, names).map((e) => e.summary);

describe('event rules', () => {
  describe('dates', () => {
    it('takes the publication date from every form of date line', () => {
      for (const line of ['LONDON 1996-08-30', 'DIYARBAKIR, Turkey 1996-08-30', 'VAIL, Colorado 1996-08-30']) {
        const text = `Quake hits town\n${line}\nThe mayor resigned on Thursday.`;
        const article = readArticle(text, 'story.txt');
        assert.deepEqual(article.published && { ...article.published, source: undefined, line: undefined }, { ...friday, source: undefined, line: undefined }, line);
        assert.deepEqual(findEvents(text, article.sentences, article.published).map((e) => e.date), ['1996-08-29'], line);
      }
      const text = 'Quake hits town\nWASHINGTON (Reuters) - The mayor resigned on Thursday.';
      const agency = readArticle(text, 'story.txt');
      assert.equal(agency.dateline && text.slice(agency.dateline.agency!.start, agency.dateline.agency!.end), 'Reuters');
      assert.equal(text.slice(agency.sentences[1].start, agency.sentences[1].end), 'The mayor resigned on Thursday.');
    });

    it('reads a weekday forward in future and progressive forms, back in past ones', () => {
      for (const sentence of [
        'The talks will resume on Monday.',
        'The minister is to visit Paris on Monday.',
        'The fair, which starts on Monday, is sold out.',
        'Delegates flew in for the summit beginning on Monday.',
        'A ruling is due on Monday.',
        'The coach named three new players for Monday\'s match.',
        'The coach picked the team to face Wales on Monday.',
        'On Monday, the council will vote on the plan.',
      ]) {
        assert.deepEqual(dateOf(sentence), ['1996-09-02'], sentence);
      }
      for (const sentence of ['The talks resumed on Monday.', 'The minister was in Paris on Monday.', 'He said on Monday that the plant will close.', 'Prices fell from Monday\'s high.']) {
        assert.deepEqual(dateOf(sentence), ['1996-08-26'], sentence);
      }
      assert.deepEqual(dateOf('Shares were sold out on Friday.'), ['1996-08-30']);
    });

    it('puts a day without its year on the side of publication that the tense says', () => {
      assert.deepEqual(dateOf('The tour, starting on May 13, will visit six cities.'), ['1997-05-13']);
      assert.deepEqual(dateOf('The tour opened on May 13.'), ['1996-05-13']);
      assert.deepEqual(dateOf('The vote was held on December 2.'), ['1995-12-02']);
    });

    it('makes a span one event with a range', () => {
      const spans = (sentence: string) => eventsOf(sentence, tuesday).map((e) => [e.date, e.endDate, e.dateText]);
      assert.deepEqual(spans('The planes are due for delivery between 2008 and 2012.'), [['2008', '2012', 'between 2008 and 2012']]);
      assert.deepEqual(spans('Sales will rise from March to May.'), [['2005-03', '2005-05', 'from March to May']]);
      assert.deepEqual(spans('The shops were shut from October to December.'), [['2004-10', '2004-12', 'from October to December']]);
      assert.deepEqual(spans('Work will stop between March and June.'), [['2005-03', '2005-06', 'between March and June']]);
      assert.deepEqual(spans('Voters were polled on 10-12 January.'), [['2005-01-10', '2005-01-12', 'on 10-12 January']]);
    });

    it('leaves names that look like dates out', () => {
      for (const sentence of [
        'The minister told BBC Radio 4\'s Today programme he was sorry.',
        'She appeared on The Day Today as a guest.',
        'The Sunday Times said the deal was off.',
        'Profits doubled, the Mail on Sunday reported.',
        'Air travel has not recovered since 9/11.',
        'The show airs on a Saturday evening.',
      ]) {
        assert.deepEqual(dateOf(sentence, tuesday), [], sentence);
      }
      assert.deepEqual(dateOf('Today, the firm cut prices.', tuesday), ['2005-02-15']);
      assert.deepEqual(dateOf('Sales fell on Sunday, the minister said.', tuesday), ['2005-02-13']);
    });
  });

  describe('summaries', () => {
    it('names the actor a pronoun subject stands for', () => {
      const names = { 'Acme Wines': 'organization', 'Bolt Brewing': 'organization', 'Jane Reed': 'person', Reed: 'person' } as const;
      assert.deepEqual(summaryOf('Acme Wines makes sparkling wine.\nIt bought Bolt Brewing for just over $1bn in 2003.', names), ['Acme Wines bought Bolt Brewing for just over $1bn.']);
      assert.deepEqual(summaryOf('Jane Reed runs the firm.\nShe resigned from the board of the bank in 2004.', names), ['Jane Reed resigned from the board of the bank.']);
      assert.deepEqual(summaryOf('Acme Wines had a bad year.\nIts shares fell sharply on the stock market in 2004.', names), ["Acme Wines' shares fell sharply on the stock market."]);
    });

    it('leaves a pronoun that fits no name, names itself after it, or stands for nothing', () => {
      const names = { 'Acme Wines': 'organization', 'Jane Reed': 'person', Reed: 'person', 'Tom Hill': 'person' } as const;
      // A name the clause gives after the pronoun is not what the pronoun stands for.
      assert.deepEqual(summaryOf('Jane Reed met Tom Hill.\nHe later beat Jane Reed in the final in 2004.', names), ['Tom Hill later beat Jane Reed in the final.']);
      assert.deepEqual(summaryOf('Acme Wines had a bad year.\nHe resigned from the board of the firm in 2004.', names), ['He resigned from the board of the firm.']);
      assert.deepEqual(summaryOf('Acme Wines had a bad year.\nIt is likely that prices will rise again in 2006.', names), ['It is likely that prices will rise again.']);
      // "They" after people is the people, not the last organization.
      assert.deepEqual(summaryOf('Acme Wines hired Jane Reed and Tom Hill.\nThey will tour the vineyards of France in 2006.', names), ['They will tour the vineyards of France.']);
    });

    it('keeps quotations whole: never starts inside one or cuts one, and keeps a date inside one', () => {
      const [summary] = summaryOf('The chief said: "We will decide today whether the plant stays open," adding that talks went well.');
      assert.match(summary, /"We will decide today whether the plant stays open,?"/);
      for (const text of [
        '"Sales in 2004 were the best we have ever had, and I am proud of the staff who worked so hard for it over many long months," he said.',
        'The chief said the firm had "made more money in 2004 than in any year before, thanks to the staff who worked very hard".',
      ]) {
        const [cut] = summaryOf(text);
        assert.equal((cut.match(/"/g) ?? []).length % 2, 0, cut);
        assert.ok(cut.startsWith('"') || !text.startsWith('"'), cut);
      }
    });

    it('names the speaker of a quotation, from its sentence or the one before', () => {
      const names = { 'Tom Hill': 'person', 'Acme Wines': 'organization' } as const;
      assert.match(summaryOf('Tom Hill spoke to the press.\n"We will win the cup in 2006," he said.', names)[0], /^Tom Hill: "We will win the cup/);
      assert.match(summaryOf('"It was a hard season," Tom Hill said.\n"We will win the cup in 2006 and the league too."', names)[0], /^Tom Hill: "We will win the cup/);
      // A quotation whose speaker the summary names already keeps its words as they are.
      assert.match(summaryOf('"We will win the cup in 2006," Tom Hill said of the new season ahead of the club.', names)[0], /^"We will win the cup.*Tom Hill said/);
    });

    it('keeps the date where cutting it out loses the sense, and no date where there is none', () => {
      assert.deepEqual(summaryOf('The order takes effect 45 days after August 6.'), ['The order takes effect 45 days after August 6.']);
      assert.deepEqual(summaryOf('A week after my birthday, the threat had become real.'), []);
      // A date that bounds the event, or that a word leans on, stays.
      assert.deepEqual(summaryOf('The banks have given the firm until Wednesday to sign the rescue deal.'), ['The banks have given the firm until Wednesday to sign the rescue deal.']);
      assert.match(summaryOf('He scrapped the relief, a measure brought in just over three years ago.')[0] ?? '', /just over three years ago/);
      const long = 'The group said it would sell its paper mills, its printing plants and its stake in the largest of its three joint ventures in Asia to a rival in 2006, after talks.';
      assert.match(summaryOf(long)[0], /in 2006/);
    });

    it('borrows the main clause when the dated clause says too little', () => {
      assert.deepEqual(summaryOf('Acme Wines, which lost two big clients, said on Monday it had won a new contract.'), [
        'Acme Wines, which lost two big clients, said on Monday it had won a new contract.',
      ]);
      assert.match(summaryOf('Police said in a statement that on Thursday, two girls had gone shopping in town.')[0], /two girls had gone shopping/);
      assert.deepEqual(summaryOf('Tom Hill, who will coach the side, has been out of work since he was sacked in 2003.'), [
        'Tom Hill, who will coach the side, has been out of work since he was sacked in 2003.',
      ]);
      // Borrowed clauses keep the date unless it opens them.
      assert.deepEqual(summaryOf('Exports grew by a fifth in 2004, figures show.'), ['Exports grew by a fifth in 2004, figures show.']);
      assert.deepEqual(summaryOf('Tom Hill backed the plan on Monday, saying: "It is fair."'), ['Tom Hill backed the plan on Monday, saying: "It is fair."']);
      // The dated clause alone is a phrase: the clauses before it are borrowed, from a capital.
      assert.deepEqual(summaryOf('Jane Reed, head of the bank, spoke in London on Monday.'), ['Jane Reed, head of the bank, spoke in London on Monday.']);
    });

    it('drops lines without a verb, which say nothing happened', () => {
      assert.deepEqual(summaryOf('Results of the matches on Saturday (home team first):'), []);
      assert.deepEqual(summaryOf('May 20 v Durham'), []);
      assert.deepEqual(summaryOf('Results from the World Cup in 2006 (home team first)'), []);
    });
  });

  describe('actors', () => {
    const recognizer = listRecognizer({ 'Donald Trump': 'person', Trump: 'person', TikTok: 'organization', ByteDance: 'organization', 'Acme Wines': 'organization', 'Bolt Brewing': 'organization', 'Jane Reed': 'person' });

    it('are those of the dated clause, not every name of the sentence', () => {
      const index = createIndex({ recognizer });
      index.update('tiktok-ramps-up-defense.txt', seedArticle('tiktok-ramps-up-defense.txt'));
      const names = (id: string) => index.actor(id)!.name;
      const merged = index.events().find((e) => e.dateText === 'in 2017')!;
      assert.deepEqual(merged.about!.map(names), ['TikTok']);
      assert.ok(merged.actors.map(names).includes('Donald Trump'), 'the sentence still names Trump');
      const signed = index.events().find((e) => e.dateText === 'On Friday')!;
      assert.deepEqual(signed.about!.map(names), ['Donald Trump', 'ByteDance']);
      assert.deepEqual(signed.actors.slice(0, 2), signed.about);
    });

    it('take the actor a pronoun stands for, first', () => {
      const text = 'Wine deal\nAcme Wines makes sparkling wine in Kent.\nIt bought Bolt Brewing for just over $1bn in 2003.';
      const analysis = analyzeArticle('deal.txt', text, recognizer);
      assert.deepEqual(analysis.events.map((e) => e.summary), ['Acme Wines bought Bolt Brewing for just over $1bn.']);
      const index = createIndex({ recognizer });
      index.update('deal.txt', text);
      const event = index.events()[0];
      assert.deepEqual(event.about!.map((id) => index.actor(id)!.name), ['Acme Wines', 'Bolt Brewing']);
      assert.deepEqual(index.eventsOf(index.actorNamed('Acme Wines')!.id).map((e) => e.dateText), ['in 2003']);
    });
  });
});
