import * as assert from 'node:assert/strict';
import { findDateline } from '../../src/core/text/dateline';
import { createIndex } from '../../src/core/indexing/dossierIndex';
import { isShortFormOf } from '../../src/core/actors/articleActors';
import type { ActorType } from '../../src/core/base/types';
import { listRecognizer } from './support';

// The rules that turn names found into the actors a user sees, each on articles written for it.
function indexOf(names: Record<string, ActorType | 'misc'>, articles: string[], logged: string[] = []) {
  const index = createIndex({ recognizer: listRecognizer(names), logger: { info: () => undefined, warn: (m) => logged.push(m) } });
  articles.forEach((text, i) => index.update(`news/${i}.txt`, text));
  return index;
}

describe('datelines', () => {
  const cases: [string, string[], string | undefined][] = [
    ['LONDON 1996-12-06', ['LONDON'], '1996-12-06'],
    ['DIYARBAKIR, Turkey 1996-12-06', ['DIYARBAKIR', 'Turkey'], '1996-12-06'],
    ['VAIL, Colorado 1996-12-07', ['VAIL', 'Colorado'], '1996-12-07'],
    ['FARMINGTON HILLS, Mich. 1996-08-30', ['FARMINGTON HILLS', 'Mich.'], '1996-08-30'],
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday to end the long dispute over the budget.', ['WASHINGTON'], undefined],
    ['PARIS, Aug 6 (AFP) - The French government said on Friday that it would reply within days.', ['PARIS'], undefined],
    ['LONDON, Aug 6, 2019 (Reuters) - Shares fell.', ['LONDON'], '2019-08-06'],
  ];

  it('reads the place and the date of every form', () => {
    for (const [line, places, date] of cases) {
      const text = `Headline of the story\n${line}\n`;
      const dateline = findDateline(text)!;
      assert.deepEqual(dateline.places.map((span) => text.slice(span.start, span.end)), places, line);
      const iso = dateline.date && `${dateline.date.year}-${String(dateline.date.month).padStart(2, '0')}-${String(dateline.date.day).padStart(2, '0')}`;
      assert.equal(iso, date, line);
    }
  });

  it('takes no byline, headline or sentence for a dateline', () => {
    for (const text of ['Larry Fine\nThe talks went on.\n', 'SOCCER - ENGLISH LEAGUE RESULTS\nLONDON 1996-08-30\n', 'Talks resume\nThe talks resumed on Monday.\n']) {
      const dateline = findDateline(text);
      assert.ok(!dateline || text.slice(dateline.span.start, dateline.span.end) === 'LONDON 1996-08-30', text);
    }
  });

  it('makes the places of a dateline place mentions, and its date the publication date', () => {
    const index = indexOf({ DIYARBAKIR: 'organization' }, ['Clashes in the south-east\nDIYARBAKIR, Turkey 1996-12-06\nFighting went on.\n']);
    assert.equal(index.actorNamed('Diyarbakir')?.type, 'place');
    assert.equal(index.actorNamed('Turkey')?.type, 'place');
    assert.equal(index.article('news/0.txt')!.published, '1996-12-06');
  });

  it('keeps the story of a dateline that starts its first paragraph', () => {
    const index = indexOf({ Senate: 'organization' }, ['Budget deal\n\nWASHINGTON (Reuters) - The Senate voted on Tuesday to end the long dispute over the budget.\n']);
    const article = index.article('news/0.txt')!;
    const sentences = article.sentences.list();
    const texts = Array.from({ length: sentences.length / 2 }, (_, i) => article.text.slice(sentences[i * 2], sentences[i * 2 + 1]));
    assert.ok(texts.includes('The Senate voted on Tuesday to end the long dispute over the budget.'), texts.join(' | '));
    assert.equal(index.actorNamed('Reuters')?.type, 'organization');
    assert.equal(index.actorNamed('Washington')?.type, 'place');
  });
});

describe('short forms', () => {
  it('takes a parenthesis after a name for its short form only when its letters fit', () => {
    assert.ok(isShortFormOf('AFP', 'Agence France-Presse'));
    assert.ok(isShortFormOf('Ofcom', 'Office of Communications'));
    assert.ok(!isShortFormOf('Sweden', 'Jesper Ronnback'));
    assert.ok(!isShortFormOf('B', 'Rad'));
  });

  it('keeps "Name (Country)" in results lists two actors', () => {
    const index = indexOf({ 'Jesper Ronnback': 'person', Sweden: 'place', 'Alberto Tomba': 'person', Italy: 'place' }, [
      'Skiing results\n\n1. Jesper Ronnback (Sweden) 1:54.30\n2. Alberto Tomba (Italy) 1:54.90\n',
      'Travel\n\nSweden and Italy are cold in winter.',
    ]);
    assert.equal(index.actorNamed('Sweden')!.type, 'place');
    assert.equal(index.actorNamed('Jesper Ronnback')!.type, 'person');
    assert.notEqual(index.actorNamed('Sweden'), index.actorNamed('Jesper Ronnback'));
  });

  it('folds a short form only on evidence: not an organization written alone before a longer name that starts with it', () => {
    const index = indexOf({ Fiat: 'organization', 'Fiat Powertrain': 'organization', 'Sequoia Capital': 'organization', Sequoia: 'organization' }, [
      'Engines\n\nFiat is to close a plant. The Fiat Powertrain plant makes engines. Fiat has not commented.',
      'Funding\n\nSequoia Capital invested; Sequoia said so.',
    ]);
    assert.notEqual(index.actorNamed('Fiat'), index.actorNamed('Fiat Powertrain'));
    assert.equal(index.actorNamed('Sequoia'), index.actorNamed('Sequoia Capital'));
  });

  it('does not fold initials into a person, nor a company into a person of its name written less', () => {
    const index = indexOf({ GM: 'organization', 'Giuseppe Morchio': 'person', 'General Motors': 'organization', Disney: 'organization', 'Roy Disney': 'person' }, [
      'Cars\n\nGiuseppe Morchio resigned. GM paid Fiat.',
      'Deals\n\nGeneral Motors and GM again.',
      'Film\n\nRoy Disney left. Disney shares rose. Disney said so. Disney will report.',
    ]);
    assert.notEqual(index.actorNamed('GM'), index.actorNamed('Giuseppe Morchio'));
    assert.equal(index.actorNamed('GM'), index.actorNamed('General Motors'));
    assert.equal(index.actorNamed('Disney')!.type, 'organization');
    assert.notEqual(index.actorNamed('Disney'), index.actorNamed('Roy Disney'));
  });

  it('still folds a surname the recognizer once took for an organization into the person', () => {
    const index = indexOf({ 'Donald Trump': 'person', Trump: 'organization' }, ['Talks\n\nDonald Trump spoke. Later Trump left.']);
    assert.equal(index.actorNamed('Trump'), index.actorNamed('Donald Trump'));
  });
});

describe('party forms', () => {
  it('makes the forms of one party one organization', () => {
    const names: Record<string, ActorType | 'misc'> = {
      Labour: 'organization', 'Labour Party': 'organization', 'Labour party': 'person',
      Conservatives: 'misc', 'Conservative Party': 'organization', Tories: 'misc', 'Tory party': 'organization', Tory: 'misc',
      'Lib Dems': 'organization', 'Liberal Democrats': 'misc',
    };
    const index = indexOf(names, [
      'Poll\n\nThe Labour Party won. Labour said so. The Labour party agreed.',
      'Opposition\n\nThe Conservatives lost. The Conservative Party met. The Tories blamed the Tory party. A Tory MP spoke.',
      'Third party\n\nThe Lib Dems gained. The Liberal Democrats said so.',
    ]);
    const labour = index.actorNamed('Labour')!;
    assert.equal(labour.type, 'organization');
    for (const name of ['Labour Party', 'Labour party']) assert.equal(index.actorNamed(name), labour, name);
    const conservatives = index.actorNamed('Conservative Party')!;
    assert.equal(conservatives.type, 'organization');
    assert.equal(conservatives.mentionCount, 5);
    for (const name of ['Conservatives', 'Tories', 'Tory party', 'Tory']) assert.equal(index.actorNamed(name), conservatives, name);
    assert.equal(index.actorNamed('Lib Dems'), index.actorNamed('Liberal Democrats'));
    assert.notEqual(index.actorNamed('Lib Dems'), conservatives);
  });

  it('finds party nicknames the recognizer missed, but leaves a person named Green a person', () => {
    const index = indexOf({ 'Michael Green': 'person', Green: 'person' }, ['Politics\n\nThe Tories and the Lib Dems met. Michael Green spoke; Green left.']);
    assert.equal(index.actorNamed('Tories')?.type, 'organization');
    assert.equal(index.actorNamed('Lib Dems')?.type, 'organization');
    assert.equal(index.actorNamed('Green'), index.actorNamed('Michael Green'));
  });
});

describe('types', () => {
  it('keeps a city and its team apart when both are well attested, and folds a misreading', () => {
    // The recognizer reads "Chicago" as a team in match reports and as a place elsewhere.
    const team = listRecognizer({ Chicago: 'organization' });
    const city = listRecognizer({ Chicago: 'place' });
    const index = createIndex({ recognizer: { recognize: (text, other) => (text.startsWith('Basketball') ? team : city).recognize(text, other) } });
    const report = 'Basketball\n\nChicago beat Boston. Chicago lost to Miami. Chicago won again.';
    const news = `City news\n\n${'Chicago weather. Chicago traffic. Chicago schools. '.repeat(4)}`;
    [report, report + ' ', news, news + ' ', news + '  '].forEach((text, i) => index.update(`news/${i}.txt`, text));
    const types = () => index.actors().filter((actor) => actor.name === 'Chicago').map((actor) => actor.type).sort();
    assert.deepEqual(types(), ['organization', 'place']);
    index.remove('news/1.txt');
    index.update('news/0.txt', 'Basketball\n\nChicago beat Boston.');
    // One team mention in one article is no actor of its own beside the much-named city.
    assert.deepEqual(types(), ['place']);
  });

  it('leaves out words that are no actors: kinds of organization alone, laws, documents, elections, holidays', () => {
    const index = indexOf({ Committee: 'organization', 'Freedom of Information Act': 'organization', 'White Paper': 'organization', 'General Election': 'organization', 'New Year': 'organization', 'Home Office': 'organization' }, [
      'Reform\n\nThe Committee met before the General Election and the New Year. The Home Office published a White Paper under the Freedom of Information Act.',
    ]);
    assert.deepEqual(index.actors().map((actor) => actor.name), ['Home Office']);
  });

  it('takes no actor from a title alone or from a term an article defines in lower case', () => {
    const index = indexOf({ Chancellor: 'person', Rt: 'organization', King: 'person', LNG: 'organization', NHS: 'organization', 'Gas Board': 'organization' }, [
      'Energy\n\nThe Chancellor and the Rt Hon King said liquid natural gas (LNG) was cheap. LNG prices fell, said the NHS and the Gas Board (GB).',
    ]);
    assert.deepEqual(index.actors().map((actor) => actor.name).sort(), ['Gas Board', 'King', 'NHS']);
  });

  it('splits names written together with a slash or a comma, but not one written so', () => {
    const index = indexOf({ 'Swindon/Notts County': 'organization', 'White,Mackie': 'person', 'AC/DC': 'organization' }, [
      'Draw\n\nSwindon/Notts County will play AC/DC fans, and White,Mackie scored.',
    ]);
    assert.deepEqual(index.actors().map((actor) => actor.name).sort(), ['AC/DC', 'Mackie', 'Notts County', 'Swindon', 'White']);
  });

  it('trims words that start a sentence or end in lower case from a name', () => {
    const index = indexOf({ 'As Orient': 'organization', 'JPMorgan Chase bank': 'organization', 'Rt Rev Michael Scott-Joynt': 'person', 'The Commerce Department': 'organization', 'August National Association of Purchasing Management': 'organization', 'The Hague': 'place', 'June Carter Cash': 'person', 'Under New Labour': 'organization', 'Tory Dominic Grieve': 'person', 'Christian Bale': 'person' }, [
      'Sport\n\nAs Orient won, the JPMorgan Chase bank paid, and the Rt Rev Michael Scott-Joynt prayed.',
      'Data\n\nThe Commerce Department spoke. In a report for August National Association of Purchasing Management figures rose. The Hague heard June Carter Cash.',
      'Politics\n\nUnder New Labour, said Tory Dominic Grieve, Christian Bale would not act.',
    ]);
    assert.deepEqual(index.actors().map((actor) => actor.name).sort(), ['Christian Bale', 'Commerce Department', 'Dominic Grieve', 'JPMorgan Chase', 'June Carter Cash', 'Michael Scott-Joynt', 'National Association of Purchasing Management', 'New Labour', 'Orient', 'The Hague']);
  });

  it('ends a name before a parenthesis it does not close, and before an elected member\'s title', () => {
    const index = indexOf({ 'MPC (the Bank of England': 'organization', 'Labour MP': 'organization', 'Green MEPs': 'organization' }, [
      'Rates\n\nThe MPC (the Bank of England\'s panel) met, a Labour MP said, and Green MEPs agreed.',
    ]);
    assert.deepEqual(index.actors().map((actor) => actor.name).sort(), ['Green', 'Labour', 'MPC']);
  });
});

describe('one sense per article', () => {
  it('finds a name again where the recognizer missed it, a surname too, but not in a headline in capitals or as a month', () => {
    const index = indexOf({ 'Donald Trump': 'person', 'Theresa May': 'person' }, [
      'TRUMP MEETS MAY\n\nDonald Trump met Theresa May. The Trump administration will meet again in May.',
    ]);
    assert.equal(index.actorNamed('Donald Trump')!.mentionCount, 2);
    assert.equal(index.actorNamed('Theresa May')!.mentionCount, 1);
  });

  it('makes a name world knowledge knows as an organization one where the recognizer read a person', () => {
    const list = listRecognizer({ Bosch: 'person', 'West Bank': 'place' });
    const knowing = { recognize: list.recognize, knownType: (name: string) => (name === 'Bosch' || name === 'West Bank' ? 'organization' : undefined) };
    const index = createIndex({ recognizer: knowing });
    index.update('news/0.txt', 'Parts\n\nBosch said sales rose in the West Bank.');
    assert.equal(index.actorNamed('Bosch')!.type, 'organization');
    assert.equal(index.actorNamed('West Bank')!.type, 'place');
  });
});

describe('names in notes', () => {
  it('reads "Johnson & Johnson" as the company, not as two mentions of a Johnson', () => {
    const index = indexOf({ 'Johnson & Johnson': 'organization', 'Alan Johnson': 'person', Johnson: 'person' }, [
      'Drugs\n\nJohnson & Johnson bought Guidant.',
      'Politics\n\nAlan Johnson spoke. Johnson said so.',
    ]);
    const names = index.namesIn('Johnson & Johnson said; Johnson agreed.').map((name) => name.actor.name);
    assert.deepEqual(names, ['Johnson & Johnson', 'Alan Johnson']);
  });

  it('makes a name after an honorific a person, whatever the recognizer read', () => {
    const index = indexOf({ 'Lord Ashcroft': 'place', 'Sir Alex Ferguson': 'organization' }, ['Donors\n\nLord Ashcroft gave money. Sir Alex Ferguson did not.']);
    assert.equal(index.actorNamed('Ashcroft')?.type, 'person');
    assert.equal(index.actorNamed('Alex Ferguson')?.type, 'person');
  });
});

describe('copies', () => {
  it('counts an article saved under two paths once, says so, and keeps the copy when the first goes', () => {
    const logged: string[] = [];
    const text = 'Deal\n\nAcme bought Zenith.';
    const index = indexOf({ Acme: 'organization', Zenith: 'organization' }, [text, 'Other\n\nZenith grew.', text], logged);
    assert.equal(index.stats().articles, 2);
    assert.equal(index.actorNamed('Acme')!.mentionCount, 1);
    assert.deepEqual(logged, ['news/2.txt is a copy of news/0.txt: counted once']);
    index.remove('news/0.txt');
    assert.equal(index.actorNamed('Acme')!.mentions[0].path, 'news/2.txt');
    index.update('news/1.txt', text);
    assert.equal(index.stats().articles, 1);
    assert.equal(index.actorNamed('Acme')!.mentions[0].path, 'news/1.txt');
  });
});

describe('titles', () => {
  const titleOf = (text: string) => {
    const index = createIndex({ recognizer: listRecognizer({}) });
    index.update('news/0.txt', text);
    return index.article('news/0.txt')!.title;
  };

  it('takes the headline, not an editor\'s note added above it', () => {
    assert.equal(titleOf('Blair to stand down\n\nThe prime minister said so.'), 'Blair to stand down');
    assert.equal(titleOf("Editor's note: this story was corrected on 2 May.\n\nBlair to stand down\n\nThe prime minister said so."), 'Blair to stand down');
    assert.equal(titleOf('[Updated with a reaction]\nBlair to stand down\n\nThe prime minister said so.'), 'Blair to stand down');
  });

  it('takes a title the text states, in front matter or on a Title: line', () => {
    assert.equal(titleOf('---\ntitle: "Blair to stand down"\ndate: 2005-05-01\n---\nA note first.\n\nThe story.'), 'Blair to stand down');
    assert.equal(titleOf('Archived copy\nTitle: Blair to stand down\n\nThe story.'), 'Blair to stand down');
  });
});
