import * as assert from 'node:assert/strict';
import { shortDate, shortSummary, storyTimeline } from '../../src/core/events/timeline';

const event = (date: string | undefined) => ({ date, dateText: 'on Friday' });

describe('timeline', () => {
  it('puts the years from the one before the first article on first, and folds the years before under "earlier"', () => {
    const events = ['1920', '2002-05', '2003-12-01', '2005-01-15', '2005-03', '2008', undefined].map(event);
    const timeline = storyTimeline(events, ['2005-01-20', undefined, '2004-11-30']);
    assert.deepEqual(timeline.years.map((year) => year.year), ['2003', '2005', '2008']);
    assert.deepEqual(timeline.earlier.map((year) => year.year), ['1920', '2002']);
    assert.deepEqual(timeline.earlier[1].months.map((month) => month.name), ['May']);
    assert.equal(timeline.undated.length, 1);
  });

  it('without any article date, takes the busiest years for the story', () => {
    const dates = ['1920', '1935', '2004-11', '2004-12-01', '2005', '2005-01', '2005-02-03', '2006', '2012'];
    const timeline = storyTimeline(dates.map(event), [undefined]);
    assert.deepEqual(timeline.years.map((year) => year.year), ['2004', '2005', '2006', '2012']);
    assert.deepEqual(timeline.earlier.map((year) => year.year), ['1920', '1935']);
    assert.deepEqual(storyTimeline([], []), { years: [], earlier: [], undated: [] });
  });

  it('writes dates short: day, month or year, else the words of the text', () => {
    assert.equal(shortDate(event('2020-08-07')), '7 Aug 2020');
    assert.equal(shortDate(event('2020-08')), 'Aug 2020');
    assert.equal(shortDate(event('2017')), '2017');
    assert.equal(shortDate(event(undefined)), 'on Friday');
    assert.equal(shortDate(event('2020-08-07'), '2020-08'), '7 Aug', 'in a group of August 2020');
    assert.equal(shortDate(event('2020-08'), '2020-08'), 'Aug');
    assert.equal(shortDate(event('2017'), '2017'), '2017');
    assert.equal(shortDate(event('2020-08'), '2020'), 'Aug');
  });

  it('cuts a long summary at a word, with an ellipsis', () => {
    assert.equal(shortSummary('Trump signed an order', 44), 'Trump signed an order');
    const cut = shortSummary('The video-snippet sharing service launched an online information hub', 44);
    assert.equal(cut, 'The video-snippet sharing service launched…');
    assert.ok(cut.length <= 44);
    assert.equal(shortSummary('Supercalifragilisticexpialidocious-and-more-of-it', 20).length, 20);
  });
});
