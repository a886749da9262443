// Unit tests for exact verification and excerpt building.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search/normalize.ts';
import { matchText, excerptHtml } from '../../src/search/match.ts';

test('should require every query word as a whole normalised token', () => {
  assert.equal(matchText('عاد إلى البيت مساءً', parseQuery('البيت الأحمر')).ok, false);
  assert.deepEqual(matchText('عاد إلى البيت مساءً', parseQuery('البيت الأحمر')).missing, ['الأحمر']);
  assert.equal(matchText('البيوت الحمراء', parseQuery('البيت')).ok, false, 'no prefix or fallback matching');
  assert.equal(matchText('يقع البيت الأحمر هنا', parseQuery('الأحمر البيت')).ok, true);
});

test('should match a quoted phrase only on adjacent tokens', () => {
  assert.equal(matchText('يقع البيت الأحمر هنا', parseQuery('"البيت الأحمر"')).ok, true);
  assert.equal(matchText('الأحمر لون البيت', parseQuery('"البيت الأحمر"')).ok, false);
  assert.equal(matchText('وصل والجيش، الأحمر', parseQuery('"الجيش الأحمر"')).ok, true, 'clitics and punctuation fold inside phrases');
});

test('should build an escaped excerpt with the original matched words marked', () => {
  const m = matchText('<b>قال</b> إن والجيش & الشرطة', parseQuery('الجيش'));
  const html = excerptHtml(m.tokens, m.positions);
  assert.equal(html, '&lt;b&gt;قال&lt;/b&gt; إن <mark>والجيش</mark> &amp; الشرطة');
});

test('should cut long texts around the matches with ellipses', () => {
  const words = Array.from({ length: 100 }, (_, i) => `كلمة${i}`);
  words[60] = 'موسكو';
  const m = matchText(words.join(' '), parseQuery('موسكو'));
  const html = excerptHtml(m.tokens, m.positions, 20);
  assert.match(html, /^… .*<mark>موسكو<\/mark>.* …$/);
  assert.equal(html.replace(/… /, '').replace(/ …/, '').split(' ').length, 20);
});
