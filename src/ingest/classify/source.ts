// The site a page comes from, from generic evidence outside the article text: a printed domain,
// a site-name prefix repeated on empty fields ("الموقع -"), the comment disclaimer ("… عن رأي الموقع"),
// a page-title suffix, a byline prefix, a copyright owner. Evidence is resolved against the outlets table.
import { foldedText, type Block } from '../blocks.ts';
import { GENERIC_DOMAIN_LABELS, type Knowledge, type Outlet } from '../../knowledge/index.ts';
import { foldText, wordCount } from '../../lib/arabic.ts';
import { BREAKING_LABEL, isBreadcrumb, isChromePhrase, looksLikeDomain, mentionsCopyright } from './features.ts';
import { isRepeatOf } from './headline.ts';

export interface SourcePick { name: string | null; domain: string | null; evidence: string[] }

/** `weak` votes (a menu item that is also an outlet's name: "الخليج", "القدس") count only beside other evidence. */
interface Vote { name: string | null; domain: string | null; outlet: Outlet | null; weight: number; why: string; weak?: boolean }

/**
 * Weights: a printed domain or the site naming itself in a disclaimer is near-certain; a byline's first
 * part is as often a city that shares an outlet's name ("الرياض -", "عمّان -") as the outlet.
 */
const W = { domain: 8, footerDomain: 6, disclaimer: 5, prefix: 4, titleSuffix: 3, bylinePrefix: 2, bylineOutlet: 1, latinToken: 2, nameLine: 2, copyright: 2, latinOwner: 1, parentCopyright: 1, masthead: 1, followPrompt: 2, toldTo: 2, mailbox: 2 };
/** "شعار موقع ركلة حرة", "logo الفجر": a logo's alt text naming the site. */
const LOGO_ALT = /^(?:شعار|لوغو|لوجو|logo)\s+(?:(?:موقع|صحيفة|جريدة|مجلة)\s+)?([^\d|:]{2,30})$/i;
/** An e-mail address's domain. */
const MAILBOX = /[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i;
const WEBMAIL = /^(?:gmail|yahoo|hotmail|outlook|live|aol|icloud|mail|ymail|msn|protonmail)\./i;
/** "📲 تابعوا سمائل نيوز على واتساب": the site asking readers to follow it by name. */
const FOLLOW_PROMPT = /^\P{L}*(?:تابعوا|تابعونا|تابع)\s+(?:(?:أخبار|اخبار|آخر\s+أخبار|صفحة|حساب|قناة)\s+)?(\S+(?:\s\S+){0,2}?)\s+(?:على|عبر|في)\s/u;
/** What a follow prompt names that is not the site: "على صفحتنا", "آخر الأخبار", "قناتنا". */
const NOT_A_NAME = /(?:^|\s)(?:على|عبر|في|آخر|اخر|الأخبار|الاخبار|المستجدات|جديد|كل|التفاصيل|المزيد|الخبر|البث)(?:\s|$)|نا(?:\s|$)/;
/** 'وقال مسؤول لـ"سمائل نيوز"', 'أكد لـ«الدانة»': a paper's own reporters are told things by name. */
const QUOTED_NAME = /(لـ\s?)?["«“]([^"»”«“]{2,30})["»”]/g;

// "عن رأي X" closing the line, X one to three words
const DISCLAIMER_OWNER = /عن\s+(?:رأي|راي|وجهة\s+نظر)\s+(\S+(?:\s\S+){0,2})\s*[.!]*$/;
// "محفوظة للنيل": the preposition ل before "ال" drops the alef (ل + النيل), restored below; a name that
// itself starts with ل ("للبنان") reads wrong this way, but outlets' names open with "ال" far more often
const COPYRIGHT_OWNER = /(?:محفوظة|محفوظه)\s+(?:لموقع|لصحيفة|لجريدة|لمجموعة|لشبكة|لمؤسسة|لشركة|لقناة|لـ|(ل)(?=ل)|ل)\s*(.{2,40}?)(?:\s*[©\d]|$)/;
const PARENT_OWNER = /(?:محفوظة|محفوظه)\s+ل(?:مجموعة|شركة|مؤسسة)/;
/** What a copyright line holds besides its owner: the phrases, ©, years and the site's domain. */
const COPYRIGHT_NOISE = /(?:جميع|كل)\s+الحقوق\s+محفوظة|حقوق\s+النشر(?:\s+محفوظة)?|الحقوق\s+محفوظة|all rights reserved|(?:tous\s+)?droits\s+réservés|copyright|©|\(c\)|(?<![\d\u0660-\u0669])(?:19\d\d|20\d\d|[\u0661][\u0669][\u0660-\u0669]{2}|[\u0662][\u0660][\u0660-\u0669]{2}|1[34]\d\d\s*هـ?)(?![\d\u0660-\u0669])(?:\s*م(?![\u0621-\u064a]))?|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
/** A domain inside a footer line ("© 2023 الموقع - example.com"). */
const INLINE_DOMAIN = /(?<![@\w.-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w.-]*@)/i;
/** A labelled link to the page itself: "رابط المقال: http://…", "الرابط المختصر: …", "Permalink: …". */
const MAX_SHARE_LINK_WORDS = 20;
const OWN_URL_LINE = /^(?:(?:ال)?رابط[^:：]{0,20}|url|permalink|short\s?link|lien(?:\s+court)?)\s*[:：]\s*(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/?#]\S*)?$/i;
/** The label of a link to where a reprinted story came from. */
const ORIGINAL_LINK = /^[^:：]*(?:الأصلي|الاصلي|الأصلية|المصدر|original|source|d'origine)/i;
/** A share button's link carries the page's own address: "facebook.com/sharer/sharer.php?u=https://site/…". */
const SHARED_URL = /[?&](?:u|url|text)=(?:https?(?::|%3A)(?:\/\/|%2F%2F))(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/i;
/** "جريدة الطليعة", "مؤسسة الرائد": the kind of owner is not part of its name. */
const OWNER_KIND = /^(?:موقع|صحيفة|جريدة|مجلة|مؤسسة|شركة|مجموعة)\s+(?=\S)/;
/**
 * "الرائد للصحافة والنشر": the owner's name without the company's line of business
 * (not an agency's own name: "وكالة تونس إفريقيا للأنباء").
 */
const LINE_OF_BUSINESS = /\s+لل(?!أنباء|انباء)\S+.*$/;
const PREFIX = /^(.{2,30}?)\s+[-–—|]\s*(.*)$/;
const DASH_OR_BAR = /[-–—|]/;
/** "أصحابها فقط": the disclaimer's "only" is no part of whom it names. */
const ONLY_AFTER = /\s+فقط$/;
/** "شارك:" over a link: a label, not the site's name. */
const LABEL_END = /[:：]\s*$/;
// (WordPress themes separate with "«" or "»", old portals with "::")
const TITLE_SUFFIX = /\s(?:[-–—|«»]|::)\s([^-–—|«»:]{2,30})$/;
const TITLE_PREFIX = /^([^-–—|«»:]{2,30})\s(?:[-–—|«»]|::)\s/;
const LANGUAGE_EDITION = /\s[-–—|]\s(?:Arabic|Arabe|عربي|العربية|بالعربية)$/i;

function resolveName(raw: string, k: Knowledge): Outlet | null {
  return resolveKey(foldText(raw), k);
}

/** resolveName of text already folded. */
function resolveKey(key: string, k: Knowledge): Outlet | null {
  return k.outletByName.get(key) ?? k.outletByName.get(key.replace(/^(موقع|صحيفه|جريده|مجله|شبكه|وكاله|قناه|بوابه|دار)\s+/, '')) ?? null;
}

function resolveDomain(host: string, k: Knowledge): Outlet | null {
  const h = host.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  if (k.outletByDomain.has(h)) return k.outletByDomain.get(h)!;
  for (const part of h.split('.')) if (part.length > 3 && !GENERIC_DOMAIN_LABELS.has(part) && k.outletByDomain.has(part)) return k.outletByDomain.get(part)!;
  return null;
}

export function pickSource(blocks: Block[], outside: (i: number) => boolean, headline: number, byline: number, k: Knowledge): SourcePick {
  const votes: Vote[] = [];
  const prefixes = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!outside(i)) continue;
    // "شعار موقع ركلة حرة": the logo's alt text
    const logo = b.words <= 6 ? b.text.match(LOGO_ALT) : null;
    if (logo) {
      const o = resolveName(logo[1], k);
      votes.push({ outlet: o, name: o?.name ?? logo[1].trim(), domain: o?.domain ?? null, weight: W.nameLine, why: `logo "${b.text}"` });
    }
    // "للتواصل مع التحرير: info@example.ly": the site's own mailbox (not a webmail's)
    const mail = b.words <= 10 && b.text.includes('@') ? b.text.match(MAILBOX) : null;
    if (mail && !isPlatform(mail[1].toLowerCase(), k) && !WEBMAIL.test(mail[1])) {
      const o = resolveDomain(mail[1], k);
      votes.push({ outlet: o, name: o?.name ?? null, domain: o?.domain ?? mail[1].toLowerCase(), weight: W.mailbox, why: `mailbox "${b.text}"` });
    }
    const f = b.words <= 12 && b.text.includes('تابع') ? b.text.match(FOLLOW_PROMPT) : null;
    if (f && !NOT_A_NAME.test(f[1])) {
      const o = resolveName(f[1], k);
      votes.push({ outlet: o, name: o?.name ?? f[1], domain: o?.domain ?? null, weight: W.followPrompt, why: `follow prompt names "${f[1]}"` });
    }
    const shared = b.words <= MAX_SHARE_LINK_WORDS && b.text.includes('=http') ? b.text.match(SHARED_URL) : null;
    if (shared && !isPlatform(shared[1].toLowerCase(), k)) {
      const o = resolveDomain(shared[1], k);
      votes.push({ outlet: o, name: o?.name ?? null, domain: o?.domain ?? shared[1].toLowerCase(), weight: W.footerDomain, why: `share link to "${shared[1]}"` });
      continue;
    }
    if (looksLikeDomain(b)) {
      const host = b.text.replace(/^https?:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
      if (isPlatform(host, k)) continue;
      const o = resolveDomain(host, k);
      const prev = blocks[i - 1];
      // the name printed above the domain, as a copyright line ("© الموقع 2023") or alone
      const above = prev && outside(i - 1) && prev.arabic > 0.8 ? prev : null;
      const printedName = !above ? null : mentionsCopyright(above.text) ? copyrightOwner(above.text) : above.words <= 4 && !LABEL_END.test(above.text) && !isChromePhrase(above, k) ? above.text : null;
      votes.push({ outlet: o, name: o?.name ?? printedName, domain: o?.domain ?? host.replace(/^www\./, ''), weight: W.domain, why: `domain line "${b.text}"` });
      continue;
    }
    // "رابط المقال: http://…", "الرابط المختصر: site.iq/48213": the page's own address, printed for sharing
    const own = b.words <= 6 && b.text.includes('.') && (b.text.includes('://') || b.text.includes(':')) ? b.text.match(OWN_URL_LINE) : null;
    // ("رابط الخبر الأصلي: …", "رابط المصدر: …": an aggregator's link to the story's own site, another outlet's)
    if (own && !isPlatform(own[1].toLowerCase(), k) && !ORIGINAL_LINK.test(b.text)) {
      const host = own[1].toLowerCase();
      const o = resolveDomain(host, k);
      votes.push({ outlet: o, name: o?.name ?? null, domain: o?.domain ?? host.replace(/^www\./, ''), weight: W.footerDomain, why: `the page's link "${b.text}"` });
      continue;
    }
    if (/^[a-z][a-z0-9-]{4,}$/i.test(b.text)) {
      const o = resolveDomain(b.text, k);
      if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.latinToken, why: `site token "${b.text}"` });
    }
    const d = b.words <= 40 && /رأي|راي|نظر/.test(b.text) ? b.text.match(DISCLAIMER_OWNER) : null;
    if (d && !k.genericOwners.has(foldText(d[1].replace(ONLY_AFTER, '')))) {
      const o = resolveName(d[1], k);
      votes.push({ outlet: o, name: o?.name ?? d[1], domain: o?.domain ?? null, weight: W.disclaimer, why: `disclaimer names "${d[1]}"` });
    }
    // cheap substring tests first: these regexes run on every chrome line of every page
    if (b.words <= MAX_FOOTER_WORDS && mentionsCopyright(b.text)) {
      const owner = copyrightOwner(b.text);
      const found = b.text.match(INLINE_DOMAIN)?.[1].toLowerCase();
      const host = found && !isPlatform(found, k) ? found.replace(/^www\./, '') : null;
      const byOwner = owner ? resolveName(owner, k) : null;
      // (a group or company owning the site is its parent: "محفوظة لمجموعة المدن اليوم الإعلامية")
      const parent = PARENT_OWNER.test(b.text);
      // (an unknown owner and the domain beside it, "© صدى الونشريس 2021 - www.…", are one site: one tally)
      const siteOwner = owner && !parent && !byOwner ? owner : null;
      if (owner) {
        votes.push({ outlet: byOwner, name: byOwner?.name ?? owner, domain: byOwner?.domain ?? (parent ? null : host), weight: parent ? W.parentCopyright : W.copyright, why: `copyright owner "${owner}"` });
      }
      // "© 2024 Mosaïque FM. Tous droits réservés.": a Latin owner, when the table knows it or the masthead prints it
      const latin = owner ? null : latinCopyrightOwner(b.text);
      const byLatin = latin ? resolveName(latin, k) : null;
      if (latin && (byLatin || printedAlone(blocks, i, foldText(latin)))) {
        // (an Arabic name elsewhere weighs more: the archive prints the site's name in Arabic when it can)
        votes.push({ outlet: byLatin, name: byLatin?.name ?? latin, domain: byLatin?.domain ?? host, weight: byLatin ? W.copyright : W.latinOwner, why: `copyright owner "${latin}"` });
      }
      if (host) {
        const o = resolveDomain(host, k);
        // (beside its owner's name, the domain is as sure as a line of its own)
        votes.push({ outlet: o, name: o?.name ?? siteOwner, domain: o?.domain ?? host, weight: owner ? W.domain : W.footerDomain, why: `domain in the footer "${b.text}"` });
      }
    }
    if (i === 0 && b.arabic > 0.8) {
      // the masthead: "الموقع", "الموقع | شعار"
      const name = (b.text.match(/^(.{2,30}?)\s+[-–—|]\s/)?.[1] ?? b.text).trim();
      if (name.split(/\s+/).length <= 4) {
        const o = resolveName(name, k);
        votes.push({ outlet: o, name: o?.name ?? name, domain: o?.domain ?? null, weight: W.masthead, why: `masthead "${name}"`, weak: true });
      }
    }
    // "تونس الحدث | Tunisie Al Hadath" over a footer "Tunisie Al Hadath © 2012": the site's two names
    const both = i === 0 && b.text.includes('|') ? bilingualMasthead(b.text) : null;
    const footer = both && blocks.find((f, j) => j > 0 && f.words <= MAX_FOOTER_WORDS && mentionsCopyright(f.text) && f.text.toLowerCase().includes(both.latin));
    if (both && footer) {
      const o = resolveName(both.name, k);
      votes.push({ outlet: o, name: o?.name ?? both.name, domain: o?.domain ?? null, weight: W.copyright, why: `masthead "${b.text}" and copyright "${footer.text}"` });
    }
    // ("عاجل | …" ticker lines repeat a label, not the site's name)
    const p = i !== headline && i !== byline && DASH_OR_BAR.test(b.text) && !BREAKING_LABEL.test(b.text) ? b.text.match(PREFIX) : null;
    // "الموقع -" with nothing after is a site-name prefix of an empty field: stronger than a teaser dateline
    // ("رد | إعجاب" under each comment: a row of buttons, not a site's name before a field)
    if (p && p[1].split(/\s+/).length <= 4 && !k.chromeLine.has(foldText(p[1]))) prefixes.set(p[1], (prefixes.get(p[1]) ?? 0) + (p[2] ? 1 : 2));
    if (b.words <= 4 && b.arabic > 0.8) {
      const o = resolveKey(foldedText(b), k);
      if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.nameLine, why: `site name line "${b.text}"`, weak: true });
    }
  }
  for (const [prefix, n] of prefixes) {
    const o = resolveName(prefix, k);
    // an unknown prefix needs more repeats: teaser datelines ("عمان - …") repeat too
    if (n < (o ? 2 : 3)) continue;
    votes.push({ outlet: o, name: o?.name ?? prefix, domain: o?.domain ?? null, weight: W.prefix, why: `"${prefix} -" repeated ${n}×` });
  }
  // Names the text quotes ('ورصدت "الدانة"'), and those it says sources spoke to ('قال لـ"الدانة"'): read
  // only when the page names itself nowhere surer (a domain, a disclaimer, repeated prefixes).
  const quoted = new Set<string>();
  const told = new Set<string>();
  if (!votes.some((v) => v.weight >= W.prefix)) {
    for (let i = 0; i < blocks.length; i++) {
      const t = blocks[i].text;
      if (outside(i) || !(t.includes('"') || t.includes('«') || t.includes('“'))) continue;
      for (const m of t.matchAll(QUOTED_NAME)) {
        if (wordCount(m[2]) > MAX_OUTLET_WORDS) continue;
        quoted.add(m[2].trim());
        if (m[1]) told.add(m[2].trim());
      }
    }
  }
  if (byline >= 0) {
    const p = blocks[byline].text.match(PREFIX);
    const o = p ? resolveName(p[1], k) : null;
    if (o) votes.push({ outlet: o, name: o.name, domain: o.domain, weight: W.bylinePrefix, why: `byline names "${p![1]}"`, weak: o.nameIsPlace });
    // "عمّان - المدار برس": a part of the byline named like an outlet, or as the text's sources speak to it
    // ("الدوحة – الدانة" over 'ورصدت "الدانة"'; the last resort: it weighs least)
    const named = (!o || o.nameIsPlace) && p ? [p[1], p[2].split('|')[0]].map((x) => x.trim()).find((x) => x.split(/\s+/).length <= MAX_OUTLET_WORDS && (k.outletWordRe.test(foldText(x)) || quoted.has(x))) : undefined;
    if (named) votes.push({ outlet: null, name: named, domain: null, weight: W.bylineOutlet, why: `byline names the outlet "${named}"` });
  }
  for (const name of told) {
    const o = resolveName(name, k);
    votes.push({ outlet: o, name: o?.name ?? name, domain: o?.domain ?? null, weight: W.toldTo, why: `the text quotes sources speaking to "${name}"`, weak: true });
  }
  // a copy of the headline with the site's name around it: the page title
  const headKey = headline >= 0 ? blocks[headline].key : '';
  const titled = headKey ? blocks.find((b, i) => i !== headline && b.key !== headKey && isRepeatOf(b.key, headKey)) : undefined;
  // (the side the headline is not on: "الصفاة - الأمطار تربك الطرق" is the site, then a short headline)
  // (an international outlet's edition after its name is not the name: "… | Sakura World Radio - Arabic")
  const title = titled?.text.replace(LANGUAGE_EDITION, '');
  // (a breadcrumb ending in the headline, "Accueil » وطنية » …", carries no site name)
  const t = !titled || !title || isBreadcrumb(title) ? null : titled.key.endsWith(headKey) ? title.match(TITLE_PREFIX)
    : titled.key.startsWith(headKey) ? title.match(TITLE_SUFFIX) : title.match(TITLE_SUFFIX) ?? title.match(TITLE_PREFIX);
  // ("… – DW – 14.05.2024": a date after the site's name is no name)
  if (t && HAS_LETTER.test(t[1])) {
    const o = resolveName(t[1], k);
    votes.push({ outlet: o, name: o?.name ?? t[1].trim(), domain: o?.domain ?? null, weight: W.titleSuffix, why: `page title carries "${t[1].trim()}"` });
  }
  if (!votes.length) return { name: null, domain: null, evidence: [] };

  // Two outlets spelled alike ("الرأي" of Amman, "الراي" of Kuwait): a name is the one the page's domain names.
  const byDomain = votes.filter((v) => v.outlet && v.weight >= W.footerDomain).map((v) => v.outlet!);
  for (const v of byDomain.length ? votes : []) {
    const twin = v.outlet && byDomain.find((o) => o !== v.outlet && foldedName(o) === foldedName(v.outlet!));
    if (twin) Object.assign(v, { outlet: twin, name: twin.name, domain: twin.domain });
  }
  // Sum the votes per outlet (or per unresolved name), best total wins.
  const tally = new Map<string, { v: Vote; total: number; why: string[]; strong: boolean }>();
  for (const v of votes) {
    const id = v.outlet?.domain ?? `?${foldText(v.name ?? v.domain ?? '')}`;
    const t = tally.get(id) ?? { v, total: 0, why: [], strong: false };
    t.total += v.weight;
    t.why.push(v.why);
    t.strong ||= !v.weak;
    if (!t.v.domain && v.domain) t.v = { ...t.v, domain: v.domain };
    if (!t.v.name && v.name) t.v = { ...t.v, name: v.name };
    tally.set(id, t);
  }
  const ranked = [...tally.values()].filter((t) => t.strong).sort((a, b) => b.total - a.total);
  const best = ranked[0];
  if (!best) return { name: null, domain: null, evidence: [] };
  // an outlet missing from the table shows its name and its domain apart (footer "© الموقع", a domain line)
  let { name, domain } = best.v;
  const evidence = [...best.why];
  if (!best.v.outlet) {
    const other = ranked.find((t) => !t.v.outlet && t !== best && (name ? !t.v.name && t.v.domain : t.v.name));
    if (other && !name) name = other.v.name;
    if (other && !domain) domain = other.v.domain;
    if (other) evidence.push(...other.why);
    // "محفوظة لبوابة الواحة الإخبارية" under a masthead "بوابة الواحة": the name as the site prints it alone,
    // unless the long name is printed elsewhere too (a page title "بوابة توتي الإخبارية - …")
    const short = name?.replace(DESCRIPTIVE_END, '');
    if (short && short !== name) {
      const shortKey = foldText(short), longKey = foldText(name!);
      if (blocks.some((b) => b.words <= MAX_OUTLET_WORDS && b.key === shortKey) && blocks.filter((b) => b.key.includes(longKey)).length === 1) name = short;
    }
  }
  return { name: name && unwrapName(name), domain, evidence };
}

/** '«الشمال السوري».': a name as a sentence quotes it, without its quote marks or the sentence's stop. */
const unwrapName = (name: string) => name.replace(/[.،,:!؛]+$/, '').replace(/^["«“](.+)["»”]$/, '$1').trim();

const foldedNames = new WeakMap<Outlet, string>();
/** An outlet's name folded, once per outlet. */
function foldedName(o: Outlet): string {
  let f = foldedNames.get(o);
  if (f === undefined) foldedNames.set(o, (f = foldText(o.name)));
  return f;
}

const HAS_LETTER = /\p{L}/u;
/** What a site may add to its name in a footer: "الإخبارية", "الإلكترونية". */
const DESCRIPTIVE_END = /\s+(?:الإخبارية|الاخبارية|الإلكترونية|الالكترونية)$/;

/** An outlet's name in a byline: "المدار برس", "وكالة الأنباء الوطنية". */
export const MAX_OUTLET_WORDS = 4;

/** "الاسم | Latin Name": an Arabic name of up to four words and a Latin one, in either order. */
const BILINGUAL = /^(?:([\u0621-\u064a][\u0621-\u064a\s]{1,30}?)\s*\|\s*([A-Za-z][A-Za-z.'\s-]{2,30}?)|([A-Za-z][A-Za-z.'\s-]{2,30}?)\s*\|\s*([\u0621-\u064a][\u0621-\u064a\s]{1,30}?))$/;
function bilingualMasthead(text: string): { name: string; latin: string } | null {
  const m = text.match(BILINGUAL);
  if (!m) return null;
  const name = (m[1] ?? m[4]).trim();
  return wordCount(name) <= MAX_OUTLET_WORDS ? { name, latin: (m[2] ?? m[3]).trim().toLowerCase() } : null;
}

/** A footer line is short; a longer line with "©" is a sentence. */
const MAX_FOOTER_WORDS = 15;

// A site prints the same footer on every page: its owner is read once (a bounded memo).
const owners = new Map<string, string | null>();
const MAX_MEMO_FOOTERS = 1024;

/** The owner a copyright line names: "محفوظة لـX", or the short phrase left beside "©" and the year. */
function copyrightOwner(text: string): string | null {
  // the year changes from page to page, the owner does not: years are not part of the memo's key
  const key = text.replace(YEARS, '');
  let owner = owners.get(key);
  if (owner === undefined) {
    if (owners.size >= MAX_MEMO_FOOTERS) owners.clear();
    owners.set(key, (owner = readCopyrightOwner(text)));
  }
  return owner;
}
const YEARS = /[\d\u0660-\u0669]{4}/g;
const YEAR_OR_MARK = /©|(?<![\d\u0660-\u0669])[\d\u0660-\u0669]{4}(?![\d\u0660-\u0669])/g;

/** Arabic words, perhaps with a number in the name ("الحدث 24", "عربي 21", "فرانس24"). */
const OWNER_NAME = /^[\p{Script=Arabic}\s]+(?:\s?[\d\u0660-\u0669]{1,3})?$/u;

const MADE_BY = /بواسطة|تصميم|تطوير|برمجة|استضافة/;
const QUOTE_MARKS = /["«»“”]/g;

function readCopyrightOwner(text: string): string | null {
  const m = text.match(COPYRIGHT_OWNER);
  // (without the year or © printed after the owner: "محفوظة لجريدة البرج ٢٠١٧ ©")
  const named = m && (m[1] ? 'ا' + m[2] : m[2]).replace(YEAR_OR_MARK, ' ').trim();
  // ("محفوظة لجريدة اللبان - سلطنة عمان": the owner, then where it is)
  const parts = named ? named.split(/\s+[-–—|]\s+/) : text.replace(COPYRIGHT_NOISE, '|').split(/[|\-–—.،,]+/);
  for (const part of parts) {
    // ("يعمل بواسطة ووردبريس", "تصميم: …": who made the site, not whose it is)
    if (MADE_BY.test(part)) continue;
    const name = part.replace(QUOTE_MARKS, '').replace(LINE_OF_BUSINESS, '').trim().replace(OWNER_KIND, '');
    const words = name ? name.split(/\s+/).length : 0;
    // "حقوق النشر والتأليف": what the noise leaves of a longer phrase is no name
    if (words >= 1 && words <= 4 && OWNER_NAME.test(name) && !name.startsWith('وال')) return name;
  }
  return null;
}

/** A Latin name of one to three words ("Hespress", "Mosaïque FM", "Alayam24"). */
// (a hyphen joins a name's parts, "Al-Haqiqa"; a spaced dash parts the owner from the rest)
const LATIN_OWNER = /^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'&-]*(?:\s[A-Za-zÀ-ÿ0-9'&-]+){0,2}$/;
function latinCopyrightOwner(text: string): string | null {
  if (!/[A-Za-z]/.test(text)) return null;
  for (const part of text.replace(COPYRIGHT_NOISE, '|').split(/[|–—.،,]+|\s-\s/)) {
    const name = part.trim();
    if (LATIN_OWNER.test(name) && !MADE_BY_LATIN.test(name)) return name;
  }
  return null;
}
const MADE_BY_LATIN = /^(?:powered|designed|developed|made|hosted|by|design|privacy|terms)\b/i;
/** The name on a short line of its own elsewhere on the page, or opening one ("Alyaoum24 | Actualités du Maroc"). */
function printedAlone(blocks: Block[], except: number, key: string): boolean {
  return blocks.some((b, j) => j !== except && b.words <= 6 && b.key.startsWith(key) && (b.key.length === key.length || b.key[key.length] === ' '));
}

/** Social networks, app stores and the like: never the page's own site. */
function isPlatform(host: string, k: Knowledge): boolean {
  const bare = host.replace(/^(www|m|ar|arabic)\./, '');
  return k.platformDomains.some((p) => bare === p || (bare.endsWith(p) && bare[bare.length - p.length - 1] === '.'));
}
