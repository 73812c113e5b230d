// What the app shows as a date: only ISO 8601 dates, the form the core's
// `date` gives; anything else a page put where a date goes is shown as none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, formatDate } from '../../web/app/dom.js';

test('strings that are no date are neither shown nor parsed', () => {
  for (const junk of ['858shares', 'logo_dfw_2x', '03-5829-8082', 'yesterday', '']) {
    assert.equal(parseDate(junk), null, junk);
    assert.equal(formatDate(junk), '', junk);
  }
});

test('ISO 8601 dates parse and compare as times, not as strings', () => {
  const earlier = parseDate('2019-11-18T23:00:00+05:00');
  const later = parseDate('2019-11-18T20:00:00Z');
  assert.ok(earlier && later);
  assert.ok(earlier < later);  // a string sort would say the opposite
  assert.notEqual(formatDate('2019-11-18'), '');
});
