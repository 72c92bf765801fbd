import * as assert from 'node:assert/strict';
import { readArticle } from '../../src/core/text/article';
import type { CalendarDate } from '../../src/core/base/calendar';
import { findEvents } from '../../src/core/events/events';
import { seedArticle } from './support';

function eventsOf(sentence: string, published?: CalendarDate) {
  return findEvents(sentence, [{ start: 0, end: sentence.length }], published).map((e) => ({ date: e.date, precision: e.precision, text: e.dateText }));
}

const tuesday18Aug2020: CalendarDate = { year: 2020, month: 8, day: 18 };

describe('events', () => {
  it('resolves the seed article dates against its publication date', () => {
    const text = seedArticle('tiktok-ramps-up-defense.txt');
    const article = readArticle(text, 'tiktok-ramps-up-defense.txt');
    const events = findEvents(text, article.sentences, article.published);
    const dated = events.map((e) => `${e.date} ${e.precision} ${e.dateText} · ${e.summary}`);
    assert.ok(dated.includes('2020-08-17 day on Monday · The video-snippet sharing service launched an online information hub'), dated.join('\n'));
    assert.ok(dated.includes('2020-08-14 day On Friday · Trump signed a separate executive order for ByteDance to sell its interest in Musical.ly'));
    assert.ok(dated.includes('2020-08 month early this month · The US leader also ordered a ban on the messaging app WeChat'));
    assert.ok(dated.includes('2017 year in 2017 · The app it bought and merged with TikTok'));
    assert.ok(dated.some((d) => d.startsWith('2020-08-06 day 45 days after August 6 · A previous executive order will take effect')));
    assert.ok(dated.some((d) => d.startsWith('2020-08-18 day early Tuesday · Software giant Oracle is weighing a bid')));
  });

  it('reads weekdays as past unless the clause speaks of the future', () => {
    assert.deepEqual(eventsOf('The minister resigned on Friday.', tuesday18Aug2020), [{ date: '2020-08-14', precision: 'day', text: 'on Friday' }]);
    assert.deepEqual(eventsOf('The minister will resign on Friday.', tuesday18Aug2020), [{ date: '2020-08-21', precision: 'day', text: 'on Friday' }]);
    assert.deepEqual(eventsOf('Talks resumed on Tuesday.', tuesday18Aug2020), [{ date: '2020-08-18', precision: 'day', text: 'on Tuesday' }]);
    assert.equal(eventsOf('Talks stalled last Friday.', tuesday18Aug2020)[0].date, '2020-08-14');
  });

  it('crosses month and year boundaries', () => {
    const saturday2Jan2021: CalendarDate = { year: 2021, month: 1, day: 2 };
    assert.equal(eventsOf('The bank raised rates on Monday.', saturday2Jan2021)[0].date, '2020-12-28');
    assert.deepEqual(eventsOf('Sales fell in December.', saturday2Jan2021)[0], { date: '2020-12', precision: 'month', text: 'in December' });
    assert.deepEqual(eventsOf('Sales fell last month.', saturday2Jan2021)[0], { date: '2020-12', precision: 'month', text: 'last month' });
    assert.deepEqual(eventsOf('Sales fell last year.', saturday2Jan2021)[0], { date: '2020', precision: 'year', text: 'last year' });
    assert.equal(eventsOf('The plant opens in March.', saturday2Jan2021)[0].date, '2021-03');
  });

  it('keeps relative dates unresolved when the publication date is unknown', () => {
    assert.deepEqual(eventsOf('TikTok said in a statement Friday it had reached out.'), [{ date: undefined, precision: undefined, text: 'Friday' }]);
    assert.deepEqual(eventsOf('The firm was founded in 2012.'), [{ date: '2012', precision: 'year', text: 'in 2012' }]);
    assert.deepEqual(eventsOf('The treaty was signed on 6 August 1996 in Rome.'), [{ date: '1996-08-06', precision: 'day', text: 'on 6 August 1996' }]);
  });

  it('ignores times of day, names that look like dates and numbers that look like years', () => {
    assert.deepEqual(eventsOf('Theresa May said at 5pm that The Sun had it right.', tuesday18Aug2020), []);
    assert.deepEqual(eventsOf('The club paid 2020 pounds for 1999 shirts.', tuesday18Aug2020), []);
    assert.deepEqual(eventsOf('Shares had fallen 6.87% to $10.44 by 1830 GMT.', tuesday18Aug2020), []);
    assert.deepEqual(eventsOf('In 2002 S&N bought the brewer.'), [{ date: '2002', precision: 'year', text: 'In 2002' }]);
    assert.deepEqual(eventsOf('Shares fell $12.33 on Tuesday to close at $172.55.', tuesday18Aug2020), [{ date: '2020-08-18', precision: 'day', text: 'on Tuesday' }]);
    assert.deepEqual(eventsOf('The plans were unveiled on Friday night.', tuesday18Aug2020), [{ date: '2020-08-14', precision: 'day', text: 'on Friday night' }]);
  });

  it('takes "last" and "next" with a month, and leaves out names and spans of time', () => {
    assert.deepEqual(eventsOf('Mr Johnson apologised last October for the article.', tuesday18Aug2020), [{ date: '2019-10', precision: 'month', text: 'last October' }]);
    assert.deepEqual(eventsOf('Serialised in the Sunday Telegraph, the memoir sold well.', tuesday18Aug2020), []);
    assert.deepEqual(eventsOf('The Daily and Sunday Times newspapers cut jobs.', tuesday18Aug2020), []);
    assert.deepEqual(eventsOf('On Sunday Tony Blair spoke.', tuesday18Aug2020), [{ date: '2020-08-16', precision: 'day', text: 'On Sunday' }]);
    // Seconds, minutes and hours ("for a second" is one second to chrono) are no date, even beside one.
    assert.deepEqual(eventsOf('Chelsea won for a second time on Sunday.', tuesday18Aug2020), [{ date: '2020-08-16', precision: 'day', text: 'on Sunday' }]);
    assert.deepEqual(eventsOf('She won in 14 minutes 32.93 seconds in January.', tuesday18Aug2020), [{ date: '2020-01', precision: 'month', text: 'in January' }]);
    assert.deepEqual(eventsOf('Talks went on for four hours last week.', tuesday18Aug2020).map((e) => e.text), ['last week']);
    for (const sentence of ['Sales rose 5% on a year earlier.', 'Shops saw a last minute rush.', 'He stayed for three years.', 'A year later the firm closed.', 'It fell within a year.']) {
      assert.deepEqual(eventsOf(sentence, tuesday18Aug2020), [], sentence);
    }
  });

  it('takes figures as a date only with a year, and "in" before a day only as a date word', () => {
    assert.deepEqual(eventsOf('Bookmakers made him the 6/4 favourite on Monday.', tuesday18Aug2020), [{ date: '2020-08-17', precision: 'day', text: 'on Monday' }]);
    assert.deepEqual(eventsOf('Spending has risen since 9/11 and rose again by 1/2 point.', tuesday18Aug2020), []);
    assert.deepEqual(eventsOf('The plane landed on 08/26/96 in Lagos.', tuesday18Aug2020), [{ date: '1996-08-26', precision: 'day', text: 'on 08/26/96' }]);
    assert.deepEqual(eventsOf("He scored twice in Sunday's final.", tuesday18Aug2020), [{ date: '2020-08-16', precision: 'day', text: 'Sunday' }]);
    assert.deepEqual(eventsOf("In today's vote MPs backed the bill.", tuesday18Aug2020), [{ date: '2020-08-18', precision: 'day', text: 'today' }]);
    assert.deepEqual(eventsOf('Sales fell in June.', tuesday18Aug2020), [{ date: '2020-06', precision: 'month', text: 'in June' }]);
  });

  it('summarizes without leaving a phrase hanging or a subordinate clause alone', () => {
    const summaries = (sentence: string) => findEvents(sentence, [{ start: 0, end: sentence.length }], tuesday18Aug2020).map((e) => e.summary);
    assert.deepEqual(summaries('Mr Johnson apologised last October for the article.'), ['Mr Johnson apologised for the article.']);
    assert.deepEqual(summaries('Analysts expect next year\'s election to be close.'), ['Analysts expect next year\'s election to be close.']);
    assert.deepEqual(summaries('Last year\'s winner, Stephen King, accused the industry of snobbery.'), ['Last year\'s winner, Stephen King, accused the industry of snobbery.']);
    assert.deepEqual(summaries('Prices were higher than those in 1997 or 2001.'), ['Prices were higher than those in 1997 or 2001.']);
    // "a Sunday" is any Sunday: a habit or a kind of day, no date.
    assert.deepEqual(summaries('Christmas fell on a Sunday.'), []);
    assert.deepEqual(eventsOf('Inflation - reaching 0.7% in January - has stopped cuts.', tuesday18Aug2020)[0].text, 'in January');
    assert.deepEqual(summaries('Toshiba said the players would be on the market by the end of 2005.'), [
      'Toshiba said the players would be on the market by the end of 2005.',
    ]);
    assert.deepEqual(summaries('The number of hotspots is expected to reach 200,000 by 2008.'), ['The number of hotspots is expected to reach 200,000']);
    for (const summary of summaries('He overtook David Lloyd George, who served for seven years between 1908 and 1915.')) {
      assert.doesNotMatch(summary, /^Who\b|\band$/, summary);
    }
  });
});
