// foldText: the comparison form of a line (table-driven; must fold exactly as documented).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arabicRatio, foldText, lineFacts, spanFacts, wordCount } from '../../src/lib/arabic.ts';

describe('foldText', () => {
  it('should drop diacritics and tatweel, unify alef/ya/ta marbuta, lower-case Latin and turn punctuation into single spaces', () => {
    assert.equal(foldText('  إِنَّ الـمدرسةَ «الأولى»، مستشفى ABC-123!  '), 'ان المدرسه الاولي مستشفي abc 123');
    assert.equal(foldText('آمال ٱلؤلؤ ئ'), 'امال الولو ي');
    assert.equal(foldText('...'), '');
    assert.equal(foldText(''), '');
  });
  it('should keep characters it does not know (other scripts, emoji, lone surrogates) as they are', () => {
    assert.equal(foldText('日本 😀 \ud800x'), '日本 😀 \ud800x');
    assert.equal(foldText('a\u2028b\u00a0c\u3000d'), 'a b c d');
    const long = 'كتاب '.repeat(30);
    assert.equal(foldText(long + '\ud800' + long + '😀'), `${long}\ud800${long}😀`.replace(/ +/g, ' '));
  });
  it('should fold long texts (over one conversion chunk) the same as their pieces', () => {
    const line = 'قالَ الوزيرُ، في بيانٍ: ';
    const long = line.repeat(2000);
    assert.equal(foldText(long), Array(2000).fill(foldText(line)).join(' '));
  });
});

describe('spanFacts', () => {
  it('should give each span of a text the key, words and Arabic share of that span alone', () => {
    const text = 'عنوان الخبر - الموقع\n  «الأولى»، مستشفى ABC-123!  \n\n日本 😀 \ud800x\nقالَ الوزيرُ، في بيانٍ: ';
    const spans: number[] = [];
    const pieces: string[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t) { const s = at + line.indexOf(t); spans.push(s, s + t.length); pieces.push(t); }
      at += line.length + 1;
    }
    for (const keyChars of [300, 5, 0]) {
      const facts = spanFacts(text, spans, keyChars);
      pieces.forEach((p, i) => {
        assert.deepEqual(facts[i], { key: keyChars ? foldText(p.slice(0, keyChars)) : '', words: wordCount(p), arabic: arabicRatio(p) });
        assert.deepEqual(facts[i], lineFacts(p, keyChars));
        assert.equal(facts[i].words, p.split(/[ \t\n\r\u00a0\u2000-\u200a\u3000]+/).filter(Boolean).length);
      });
    }
  });
});
