// Geometry of the home page's month-by-month chart, computed at build time into plain SVG numbers.
import type { TimelineBar } from './archive.ts';

export interface ChartBar extends TimelineBar { x: number; y: number; width: number; height: number }
export interface ChartTick { x: number; label: number }
export interface Chart { width: number; height: number; plotHeight: number; bars: ChartBar[]; years: ChartTick[]; max: number }

/**
 * Bars run right-to-left (oldest at the right) to follow the Arabic reading direction.
 * Bars get narrower as the range grows so a long archive still fits ~1200 units; the SVG is never drawn
 * smaller than 1 unit = 1 px (phones scroll it sideways) so the 11-unit year labels stay readable.
 */
export function layoutTimeline(bars: readonly TimelineBar[], { plotHeight = 120, target = 1200 } = {}): Chart {
  const step = Math.max(4, Math.min(24, Math.floor(target / Math.max(1, bars.length))));
  const gap = Math.max(1, Math.round(step / 6));
  const barWidth = step - gap;
  const width = Math.max(bars.length * step, 120);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const laid = bars.map((b, i) => {
    const height = b.count ? Math.max(2, Math.round((b.count / max) * plotHeight)) : 0;
    return { ...b, x: width - (i + 1) * step + gap / 2, y: plotHeight - height, width: barWidth, height };
  });
  // A year label needs ~40 units; a short first year would collide with the next one.
  const years = laid.filter((b, i) => b.month === 1 || (i === 0 && !laid.slice(1, Math.ceil(40 / step) + 1).some((n) => n.month === 1)))
    .map((b) => ({ x: b.x + b.width + gap / 2, label: b.year }));
  return { width, height: plotHeight + 22, plotHeight, bars: laid, years, max };
}
