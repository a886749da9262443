// Original-word slots (src/search/slots.ts): every word must come back exactly, and the common Arabic
// differences from the normalised token must cost a short patch, not the whole word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { encodeSlot, decodeSlot, encodeSlots, decodeSlots } from '../../src/search/slots.ts';
import { normalizeToken, tokenize } from '../../src/search/normalize.ts';

const slotOf = (w: string) => encodeSlot(w, normalizeToken(w));
const roundTrip = (w: string) => decodeSlot(slotOf(w), normalizeToken(w));

test('should store a patch for clitics, folded letters and punctuation', () => {
  assert.equal(slotOf('الخرطوم'), 'ال');
  assert.equal(slotOf('أمس'), 'أ');
  assert.equal(slotOf('الإدارة'), 'الإ.ة', 'one mark per foldable letter, "." where it is unchanged');
  assert.equal(slotOf('مدرسة،'), 'ة،');
  assert.equal(slotOf('«القدس»'), 'ال»|«', 'leading punctuation after the bar');
  assert.equal(slotOf('وزير'), '', 'a word that is its own normalised form stores nothing');
  for (const w of ['الخرطوم', 'الإدارة', 'مدرسة،', '«القدس»', 'وبالأمس', 'مسؤولية.', 'على', 'إلى']) {
    assert.equal(roundTrip(w), w);
    assert.ok(slotOf(w).length < w.length, `${w}: the slot (${slotOf(w)}) is shorter than the word`);
  }
});

test('should store whole, after "=", a word no patch rebuilds', () => {
  for (const w of ['71.1', '٢٠٢٦،', 'ألمانيا', 'Reuters', 'كَتَبَ', 'a|b', '=x', 'و=', 'ﻻ']) {
    assert.equal(roundTrip(w), w, w);
    assert.ok(slotOf(w) === '' || slotOf(w).startsWith('=') || decodeSlot(slotOf(w), normalizeToken(w)) === w);
  }
  assert.equal(slotOf('—'), '—', 'a token without letters is stored as is: its normalised form is the placeholder');
  assert.equal(decodeSlot('', '-'), '-');
});

test('should bring back every word of the invented pages\' gold texts exactly', () => {
  const dir = path.join(import.meta.dirname, '../fixtures/layouts/gold');
  const text = fs.readdirSync(dir).map((f) => {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    return [g.headline, ...g.body, ...g.comments.map((c: { text: string }) => c.text)].join('\n');
  }).join('\n');
  const original = tokenize(text);
  const norm = original.map(normalizeToken);
  const slots = encodeSlots(original, norm);
  assert.deepEqual(decodeSlots(slots, norm), original);
  const whole = slots.split(' ').filter((s) => s.startsWith('=')).length;
  assert.ok(whole < original.length / 50, `few words stored whole (${whole} of ${original.length})`);
  assert.deepEqual(decodeSlots('x y', norm), norm, 'slots that do not align give the normalised words');
});
