// Clock times ("15:56", "10:30 صباحاً", "الساعة 5 مساء", "GMT 10:39:23", "(GMT+0400)").
import { collapse, DAY_PART, TIME_RE, TIME_TRIGGERS, ZONE_OFFSET } from './patterns.ts';
import { triggerPositions } from './triggers.ts';
import { formatOffset } from './reference.ts';
import type { TimeOfDay } from './types.ts';

export interface PlacedTime { start: number; end: number; time: TimeOfDay }

/**
 * Clock times in folded text, in order. positions: time triggers, when already computed;
 * wanted: optional filter so only positions near a date are tried.
 */
export function findTimes(ft: string, positions = triggerPositions(ft, [TIME_TRIGGERS])[0], wanted?: (p: number) => boolean): PlacedTime[] {
  const out: PlacedTime[] = [];
  let after = 0;
  for (const p of positions) {
    if (p < after || (wanted && !wanted(p))) continue;
    TIME_RE.lastIndex = p;
    const m = TIME_RE.exec(ft);
    if (!m) continue;
    after = m.index + m[0].length;
    const g = m.groups!;
    let h = Number(g.th ?? g.th2);
    const part = g.tp === undefined ? undefined : DAY_PART.get(collapse(g.tp));
    if (part === 'am' && h === 12) h = 0;
    else if (part === 'pm' && h < 12) h += 12;
    // A bare hour needs a day part: "الساعة 5" alone is too weak to be a clock time.
    if (g.th2 !== undefined && part === undefined) continue;
    let offset: string | null = null;
    if (g.tzb !== undefined) offset = g.tzb === 'ksa' ? ZONE_OFFSET.get('ksa')! : formatOffset(g.tzbo ?? 'z');
    if (g.tzp !== undefined) offset = formatOffset(g.tzpo ?? 'z');
    if (g.tza !== undefined) offset = formatOffset(g.tzao ?? 'z');
    if (g.tzn !== undefined) offset = formatOffset(g.tzn);
    if (g.tzz !== undefined) offset = ZONE_OFFSET.get(collapse(g.tzz))!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      time: { h, mi: g.tmi === undefined ? 0 : Number(g.tmi), s: g.ts === undefined ? null : Number(g.ts), offset: offset || null },
    });
  }
  return out;
}
