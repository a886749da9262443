// The site a page comes from, from generic evidence outside the article text: a printed domain,
// a site-name prefix repeated on empty fields ("الموقع -"), the comment disclaimer ("… عن رأي الموقع"),
// a page-title suffix, a byline prefix, a copyright owner. Evidence is resolved against the outlets table.
import { foldedText, type Block } from '../blocks.ts';
import type { Knowledge, Outlet } from '../../knowledge/index.ts';
import { foldText } from '../../lib/arabic.ts';
import { looksLikeDomain } from './features.ts';
import { isRepeatOf } from './headline.ts';

export interface SourcePick { name: string | null; domain: string | null; evidence: string[] }

interface Vote { name: string | null; domain: string | null; outlet: Outlet | null; weight: number; why: string }

/** Weights: a printed domain or the site naming itself in a disclaimer is near-certain; a copyright owner is often a group. */
const W = { domain: 8, disclaimer: 5, prefix: 4, titleSuffix: 3, bylinePrefix: 3, latinToken: 2, nameLine: 2, copyright: 1 };

// "عن رأي X" closing the line, X one to three words
const DISCLAIMER_OWNER = /عن\s+(?:رأي|راي|وجهة\s+نظر)\s+(\S+(?:\s\S+){0,2})\s*[.!]*$/;
const COPYRIGHT_OWNER = /(?:محفوظة|محفوظه)\s+(?:ل|لـ|لموقع|لصحيفة|لجريدة|لمجموعة|لشبكة)\s*(.{2,40}?)(?:\s*[©\d]|$)/;
const PREFIX = /^(.{2,30}?)\s+[-–—|]\s*(.*)$/;
const DASH_OR_BAR = /[-–—|]/;
const TITLE_SUFFIX = /\s[-–—|]\s([^-–—|]{2,30})$/;
const TITLE_PREFIX = /^([^-–—|]{2,30})\s[-–—|]\s/;

function resolveName(raw: string, k: Knowledge): Outlet | null {
  return resolveKey(foldText(raw), k);
}

/** resolveName of text already folded. */
function resolveKey(key: string, k: Knowledge): Outlet | null {
  return k.outletByName.get(key) ?? k.outletByName.get(key.replace(/^(موقع|صحيفه|جريده|مجله|شبكه|وكاله)\s+/, '')) ?? null;
}

function resolveDomain(host: string, k: Knowledge): Outlet | null {
  const h = host.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  if (k.outletByDomain.has(h)) return k.outletByDomain.get(h)!;
  for (const part of h.split('.')) if (part.length > 3 && k.outletByDomain.has(part)) return k.outletByDomain.get(part)!;
  return null;
}

export function pickSource(blocks: Block[], outside: (i: number) => boolean, headline: number, byline: number, k: Knowledge): SourcePick {
  const votes: Vote[] = [];
  const prefixes = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!outside(i)) continue;
    if (looksLikeDomain(b)) {
      const host = b.text.replace(/^https?:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
      const bare = host.replace(/^(www|m|ar|arabic)\./, '');
      if (k.platformDomains.some((p) => bare === p || (bare.endsWith(p) && bare[bare.length - p.length - 1] === '.'))) continue;
      const o = resolveDomain(host, k);
      const prev = blocks[i - 1];
      const printedName = prev && outside(i - 1) && prev.words <= 4 && prev.arabic > 0.8 ? prev.text : null;
      votes.push({ outlet: o, name: o?.name ?? printedName, domain: o?.domain ?? host.replace(/^www\./, ''), weight: W.domain, why: `domain line "${b.text}"` });
      continue;
    }
    if (/^[a-z][a-z0-9-]{4,}$/i.test(b.text)) {
      const o = resolveDomain(b.text, k);
      if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.latinToken, why: `site token "${b.text}"` });
    }
    const d = b.words <= 40 && /رأي|راي|نظر/.test(b.text) ? b.text.match(DISCLAIMER_OWNER) : null;
    if (d && !k.genericOwners.has(foldText(d[1]))) {
      const o = resolveName(d[1], k);
      votes.push({ outlet: o, name: o?.name ?? d[1], domain: o?.domain ?? null, weight: W.disclaimer, why: `disclaimer names "${d[1]}"` });
    }
    // cheap substring tests first: these regexes run on every chrome line of every page
    const c = b.text.includes('محفوظ') ? b.text.match(COPYRIGHT_OWNER) : null;
    if (c) {
      const o = resolveName(c[1], k);
      if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.copyright, why: `copyright owner "${c[1]}"` });
    }
    const p = i !== headline && i !== byline && DASH_OR_BAR.test(b.text) ? b.text.match(PREFIX) : null;
    // "الموقع -" with nothing after is a site-name prefix of an empty field: stronger than a teaser dateline
    if (p && p[1].split(/\s+/).length <= 4) prefixes.set(p[1], (prefixes.get(p[1]) ?? 0) + (p[2] ? 1 : 2));
    if (b.words <= 4 && b.arabic > 0.8) {
      const o = resolveKey(foldedText(b), k);
      if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.nameLine, why: `site name line "${b.text}"` });
    }
  }
  for (const [prefix, n] of prefixes) {
    const o = resolveName(prefix, k);
    // an unknown prefix needs more repeats: teaser datelines ("عمان - …") repeat too
    if (n < (o ? 2 : 3)) continue;
    votes.push({ outlet: o, name: o?.name ?? prefix, domain: o?.domain ?? null, weight: W.prefix, why: `"${prefix} -" repeated ${n}×` });
  }
  if (byline >= 0) {
    const p = blocks[byline].text.match(PREFIX);
    const o = p ? resolveName(p[1], k) : null;
    if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.bylinePrefix, why: `byline names "${p![1]}"` });
  }
  // a copy of the headline with the site's name around it: the page title
  const headKey = headline >= 0 ? blocks[headline].key : '';
  const titled = headKey ? blocks.find((b, i) => i !== headline && b.key !== headKey && isRepeatOf(b.key, headKey)) : undefined;
  const t = titled?.text.match(TITLE_SUFFIX) ?? titled?.text.match(TITLE_PREFIX);
  if (t) {
    const o = resolveName(t[1], k);
    votes.push({ outlet: o, name: o?.name ?? t[1].trim(), domain: o?.domain ?? null, weight: o ? W.titleSuffix : W.nameLine, why: `page title carries "${t[1].trim()}"` });
  }
  if (!votes.length) return { name: null, domain: null, evidence: [] };

  // Sum the votes per outlet (or per unresolved name), best total wins.
  const tally = new Map<string, { v: Vote; total: number; why: string[] }>();
  for (const v of votes) {
    const id = v.outlet?.domain ?? `?${foldText(v.name ?? v.domain ?? '')}`;
    const t = tally.get(id) ?? { v, total: 0, why: [] };
    t.total += v.weight;
    t.why.push(v.why);
    if (!t.v.domain && v.domain) t.v = { ...t.v, domain: v.domain };
    if (!t.v.name && v.name) t.v = { ...t.v, name: v.name };
    tally.set(id, t);
  }
  const best = [...tally.values()].sort((a, b) => b.total - a.total)[0];
  return { name: best.v.name, domain: best.v.domain, evidence: best.why };
}
