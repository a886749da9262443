// The near-duplicate index finds every fingerprint within MAX_DIFFERING_BITS, wherever the bits differ.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DIFFERING_BITS, NearDuplicateIndex, simhash } from '../../src/ingest/near-duplicates.ts';

const flip = (hex: string, bits: number[]) => {
  let hi = parseInt(hex.slice(0, 8), 16);
  let lo = parseInt(hex.slice(8), 16);
  for (const b of bits) if (b >= 32) hi ^= 1 << (b - 32); else lo ^= 1 << b;
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
};

it('should find a fingerprint within the bit budget however the differing bits are spread, and no further', () => {
  const idx = new NearDuplicateIndex();
  const h = 'f19841f9312149cc';
  idx.add(h, 'a');
  for (let start = 0; start < 64; start += 7) {
    const near = Array.from({ length: MAX_DIFFERING_BITS }, (_, i) => (start + i * 13) % 64);
    assert.equal(idx.find(flip(h, near)), 'a', `bits ${near}`);
    assert.equal(idx.find(flip(h, [...near, (start + 63) % 64].filter((b, i, a) => a.indexOf(b) === i))), null);
  }
});

it('should give nothing for bodies too short to compare', () => {
  assert.equal(simhash('كلمة قصيرة'), null);
});

it('should keep the fingerprint of a fixed body stable (manifests from earlier runs stay comparable)', () => {
  const words = Array.from({ length: 120 }, (_, i) => ['قال', 'الوزير', 'ان', 'المحادثات', 'مستمره', 'مع', 'الجانب', 'الاخر', 'abc', String(i)][(i * 7) % 10] + (i % 3 ? '' : 'ه'));
  assert.equal(simhash(words.join(' ')), 'e2c8238eda7f73ab');
});
