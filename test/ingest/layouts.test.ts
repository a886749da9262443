// Invented pages (1,790, twenty of them saved HTML) in layouts the seeds do not show (a TV channel, numbered
// comments, a Hijri issue dateline, Levantine months, a live blog, a columnist's page, Arabic-Indic digits, an
// interview, a photo gallery, Disqus comments, an aggregator, embedded posts, ads, short briefs, …), each with a
// hand-made gold record in the seeds' format. No real site's strings: they check that the generic rules carry
// over to new sites.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { readDump } from '../../src/ingest/read/index.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { norm, scoreRecord, type GoldRecord } from '../../src/eval/score.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/layouts');
type Gold = GoldRecord & { date: { published: string | null; updated: string | null; hijri: string | null } };
const golds = fs.readdirSync(path.join(DIR, 'gold')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(DIR, 'gold', f), 'utf8')) as Gold);
const k = loadKnowledge();

/** What the extractor still gets wrong on these pages ("page field"), listed so the rest is held to the gold. */
const KNOWN_GAPS = new Set([
  // a video transcript inside the text reads like prose (q12)
  'q12 body',
  // a byline's Hijri date under a masthead date far above the headline
  'r11 published', 'r11 hijri',
  // a forum thread's replies: no comments header opens them (u03)
  'u03 comments',
  // round 7: a video's duration and teaser (w03); a print date above the online date (x03: which is the
  // publication is a judgement)
  'x03 published',
  // round 8: comments whose lines come in other orders: title / name /
  // city / time (y09), a lone emoji (z05), a quoted reply (z06), a name under the time
  // in only some comments (z09)
  'y09 comments', 'z05 comments', 'z06 comments', 'z09 comments',
  // round 9: the text under a question headline (a05); header fields only in the
  // second copy of a twice-printed page (b05); a masthead repeated top and bottom on a mobile page (b06); a
  // player's and counters' emoji rows (b07); a comment that is one emoji (b10)
  'a05 body', 'b05 updated',
  'b06 headline', 'b06 source', 'b07 body', 'b10 comments',
  // round 10: a domain only in <base href> (e02)
  'e02 source',
  // rounds j, k, m, l: comment layouts: an empty name slot
  // (j09), forum posts (m02), comments above related links (m11), table rows (m12),
  // Solar Hijri dates in Persian digits (l04), a comment holding "&" in an "&"-joined page (l08); look-alike
  // text: a related card's excerpt (k03), a dossier's timeline (k08), a poll (k10); the date only in a box under the related links (l12)
  'j09 comments',
  'k03 body', 'k08 body', 'k10 body',
  'm02 comments', 'm11 comments', 'm12 comments',
  'l04 comments', 'l12 published',
  // round d: a "speaker:" line over its quotation, the headline's two halves (d03); a written weekday a day
  // off its date, the text siding with the weekday (d07)
  'd03 headline', 'd07 published',
  // rounds n, o: comments as numbered cards (n01), name / text pairs run together (n04), a plugin block (n09)
  'n01 comments', 'n09 comments',
  // tenth session, rounds pa–pd: comment layouts: numbered titles over names (pa11), a highlighted comment
  // repeated (pd05)
  'pa11 comments',
  'pd05 comments',
  // rounds pe–ph: comment layouts: name / text with no time (pe07), condolences (pf04); look-alike text: a
  // schedule's lines under a subheading (pe02), a notice's verses (pf04); hard-wrapped pages: the deck's first
  // line taken for the headline (pg01); the date only in a hidden print copy (pg02); sources: the page title's
  // "صحيفة" kept (pc06), a site named longer in the page title than in the outlets table (y11)
  'pe02 body', 'pe07 comments', 'pf04 body', 'pf04 comments', 'pg01 headline', 'pg01 body',
  'pg02 published', 'pc06 source', 'y11 source',
  // rounds pi–pl: headlines: a page-title copy without quotes (pi04), a print-edition link over a correction
  // (pk08); dates: a widget's update stamp (pk12), a
  // page's "last updated" (pk07); comments: condolences (pk03), a count in words
  // (pk10), the next article appended (pj09); the body among boxes with full-sentence excerpts (pj02, pj03,
  // pj05, pj07, pj11), and long articles' tables, fact boxes, bios and notes (pl01, pl07, pl11)
  'pi04 headline',
  'pj02 body', 'pj03 body', 'pj07 body',
  'pj11 body',
  'pk03 comments', 'pk07 updated', 'pk12 updated', 'pk12 body',
  'pl01 body', 'pl07 body', 'pl11 body',
  // eleventh session, rounds qa–ql: comments: a teaser taken for a comment (qa11), a commenter's name in a like
  // row (qb01), a comment's text with a link split off (qi02), replies' headers (qi08), signatures under the
  // text (qd06), a commenter's handle (qh09); dates: a wire dateline with no year (qb07), "منذ ساعتين" under a
  // crawl-day banner (qb08), a photo caption's date (qk09), a rates table's update stamp (qk10); headlines: a
  // two-word title over its deck (qe09), an SEO page title (qh10), an info card's field (qk03), title and deck
  // swapped (qc02, qc07, qi02); sources: an aggregator's original outlet (qc03), the page's own address as
  // "المصدر:" (qc10), names printed only once (qk01, qk03, qk06, qk08); body: a match widget (qb09), a league
  // table (qc12), a web story's slides (qk01), interview
  // teasers (ql01), a quote box's label (ql04), gallery captions (ql09), a profile box's title (ql11); a wire
  // digest with one brief expanded and its date in the digest's header (qj07)
  'qa11 comments', 'qb07 published', 'qb08 published', 'qb09 body',
  'qc02 headline', 'qc07 headline', 'qc10 source', 'qc12 body', 'qd06 comments',
  'qe09 headline',
  'qh09 comments', 'qh10 headline', 'qk01 source', 'qk01 body', 'qk03 headline', 'qk03 source',
  'qk06 source', 'qk08 source', 'qk09 published', 'qk10 updated',
  'ql04 body', 'ql09 body', 'ql11 body', 'qj07 body',
  // eleventh session, rounds qm–qr: comments: number / name / title / text under "عدد الردود 4" (qm01), a reply
  // marker's comments (qn09), an emoji comment among replies (qo09), a plugin's rows with full dates (qo12), the Facebook plugin's "12 تعليقًا" and "عرض ردّين" (qq08), a
  // page saved twice with paginated comments (qr06), a French widget's rows (qr07);
  // sources: a network's long name (qm04), a French-only page's site (qp07); dates: a numeric Hijri date a day
  // off (qp12), a teaser's date under the byline (qr11); headlines: an
  // over-title taken as the headline (qn03); body: a gallery's
  // last caption (qn11), the headline glued to a caption (qn12), a "ملف خاص" box (qq05), a lead above the byline
  // and a medal table (qq12), a most-read box after the keywords (qr12)
  'qm01 comments', 'qm04 source', 'qn03 headline', 'qn09 comments', 'qn11 body',
  'qn12 body', 'qo09 comments', 'qp07 source',
  'qp12 published', 'qq05 body', 'qq08 comments',
  'qq12 body', 'qr06 comments', 'qr07 comments', 'qr11 published',
  // twelfth session, rounds ra–re: a site named only in its masthead and text (rb05), a numeric date
  // month-first that only the text disproves (rb09), a print issue's Hijri date on the same day (rb10), a long
  // deck without a full stop under an over-title (rd07)
  'rb05 source', 'rb10 hijri', 'rd07 body',
  // an interview's caption glued to the next question (re03), a
  // teaser card inside a numbered list (re05), an untitled teaser card and a caption with no credit (re07)
  're03 body', 're05 body', 're07 body',
  // rounds rf–ri: a site named "… الاخباري" in its footer, a ticker's items joined by bars and numbered
  // "تعليق بواسطة" headers (rf03); a "كتب -" line above the headline (rf08); a poll's options (rf11); phpBB
  // replies (rg01); a vote score after a comment's title and a quoted reply (rg02); a site-wide "آخر تحديث"
  // above the section (rg03); Drupal's auto-subjects (rg05); a blog's name (rg07); bios under the text (rh08, rh09); a quotation headline over a tools row (rh07); a slogan page
  // title and a masthead date (rh10); video comments (ri07)
  'rf03 source', 'rf03 body', 'rf03 comments',
  'rf11 body', 'rg01 comments', 'rg02 comments', 'rg03 updated', 'rg05 comments',
  'rg07 source', 'rh07 headline', 'rh08 body',
  'rh10 headline', 'rh10 published', 'ri07 comments',
  // rounds rk, rl: a masthead's Hijri date on the article's own day, which the reader leaves to the crawl's day
  // (rk03, rk05, rk06, rk07, rk09, rk10); a governorate line between name and date (rk03); an emoji-only reply
  // over the form (rk04); the Facebook plugin's "name · badge · profile" rows (rk11); an image's alt text worded
  // unlike the H1 (rl02)
  'rk03 hijri', 'rk03 comments', 'rk05 hijri', 'rk06 hijri', 'rk07 hijri', 'rk09 hijri',
  'rk10 hijri', 'rk11 comments', 'rl02 headline',
  // round rj: an all-Latin comment among Arabic
  // ones (rj04), a caption under the byline and comments "بواسطة:" / name / title (rj06), a masthead's Hijri
  // date on the article's day (rj06, rj11), comments with no times in French and Arabic (rj12)
  'rj04 comments', 'rj06 hijri', 'rj06 body', 'rj06 comments', 'rj11 hijri', 'rj12 comments',
  // rounds rn–rp: a numeric date month-first that only the text disproves (rn02); a reply opening "رد على فلان :"
  // (rn02); number / name / title / text / stamp (rn06); name(place) / text / date (rn12); an emoji-only comment
  // over the form (ro02); date / name / text (ro03); texts signed "— name، town" with no dates and a pull quote
  // (ro04); French "a écrit :" (ro09); numbered quoted titles over "name (city)" (ro11); a masthead's Hijri date
  // (ro02, ro08, ro12); a list under a line ending with a colon (rp09)
  'rn06 comments', 'rn12 comments', 'ro02 hijri',
  'ro04 body', 'ro04 comments', 'ro08 hijri', 'ro09 comments', 'ro11 comments',
  'ro12 hijri',
  // rounds sa–sg: JComments' "#N TITLE — NAME date" (se06), vBulletin replies (se07), "[NAME]" with the date
  // under the text (se12), a Disqus deleted placeholder (se03),
  // title / name / text and name / text without times (sf10, sf12)
  'se03 comments', 'se06 comments',
  'se07 comments', 'se12 comments', 'sf10 comments', 'sf12 comments',
  // a comma-separated tag line (sb05), related "- title (stamp)" rows (sd08), an uncredited caption in a photo story
  // (sf10), an embedded Facebook post (sg04)
  'sb05 body', 'sf10 body', 'sg04 body',
  // a columnist's name and role over a very short H1 (sc03); a deck over a "site - reporter" byline with no date
  // line (sd05); a "city - outlet" byline and only an age under it (sd07); "فيديو | " kept in the H1 (sf06); a
  // standfirst longer than the H1, ending in ".." (sg11)
  'sc03 headline', 'sd05 headline', 'sd07 headline', 'sf06 headline', 'sg11 headline',
  // vBulletin's "08-11-2008, 09:14 AM" post stamp (se07)
  'se07 published',
  // a footer disclaimer's "إدارة الشبكة" (se07), a blogspot blog (sg06)
  'sg06 source',
  // rounds sh–sj: an H1 over a longer deck with no page title to tell them apart (si04, sj03, sj12), a
  // match card between the date and the text (sh06), an H1 quoting a title over a "X: …" deck (sh08); the Facebook
  // plugin's comments (sh06), "رد على تعليق رقم 2:" opening a reader's text (sj08), "NAME ردًا على PARENT • AGE"
  // (sj12); a columnist's bio under the text (sh09)
  'si04 headline', 'sj03 headline', 'sj12 headline', 'sh06 headline', 'sh08 headline',
  'sh06 comments', 'sj12 comments', 'sh09 body',
  // rounds sk–sl: an H1 and deck of like length (sk07), a caption
  // credited "- صدى الشمال" over the text (sk03), a menu's section name inside the H1 (sl11); a scores strip's label
  // (sl11); a "فتاوى ذات صلة" box inside the text, before a subheading, now ends it (sg10); Facebook rows after
  // "عرض ردين آخرين" (sl06), «title» / name / text / date (sl08); the gold's
  // Hijri without its "هـ" (sk01), a masthead's Hijri (sk04)
  'sk07 headline', 'sk03 headline', 'sl11 headline', 'sl11 body', 'sg10 body',
  'sl06 comments', 'sl08 comments', 'sk01 hijri', 'sk04 hijri',
  // rounds td–th: an editor's note, an uncredited caption and an Instagram post's text (te04), a Facebook post
  // embedded in the text (te10); "آخر تحديث: منذ يومين" counted back from the masthead's day (th11)
  'te04 body', 'te10 body', 'th11 updated',
  // round tg, comment systems: JComments'
  // titles glued to the text and a quote box (tg05), vBulletin
  // posts (tg07), "رد على رقم 2:" opening a second comment by the same reader (tg09), a Disqus "Also on" card (tg10)
  'tg05 comments', 'tg07 comments', 'tg10 comments',
  // fifteenth session, rounds ua–uh: an age inside a one-line meta row ("بواسطة: NAME منذ 3 ساعات …", ua06); a
  // network's long name only in masthead and footer (ua12); a Hijri date on its own line under the Gregorian one (uf07)
  'ua06 published', 'ua12 source', 'uf07 hijri',
  // sixteenth session, rounds va–vf (Gulf and Egyptian portals, Levant sites, noisy crawls, short items, section
  // pages with tables and widgets): what they found open on arrival
  'va07 headline', 'va07 comments', 'va09 body', 'vb02 body', 'vb06 body',
  'vb09 comments',
  'vc08 headline', 'vc12 body', 'vd03 body', 'vd03 comments',
  've02 body', 'vf02 headline',
  'vf02 source', 'vf02 comments', 'vf06 body', 'vf07 body', 'vf09 body',
  'vf12 headline', 'vf12 published', 'vf12 hijri',
  // round wd (robustness: paywalls, split pages, two languages, a headline only in the page title)
  'wd07 hijri', 'wd08 comments', 'wd12 headline', 'wd12 published',
  // rounds wa–wc (Sudan, Libya, Yemen, Mauritania, Somalia and Djibouti; Arabic editions of international outlets;
  // blogs and forums, whose posts and replies no comment rule reads yet)
  'wa03 headline', 'wa06 comments', 'wa07 published', 'wa07 comments',
  'wb01 body', 'wb02 body', 'wb03 body', 'wb06 body',
  'wb07 headline', 'wb07 body', 'wc01 source',
  'wc01 comments', 'wc02 published', 'wc02 comments', 'wc03 headline', 'wc03 source', 'wc03 body', 'wc03 comments',
  'wc04 updated', 'wc04 comments', 'wc05 headline', 'wc05 published', 'wc05 body', 'wc05 comments',
  'wc07 source', 'wc09 comments', 'wc10 comments', 'wc11 source', 'wc12 comments',
  // rounds xa–xd (Maghreb sites with French chrome; opinion columns and interviews; pages of the 2000s as archived;
  // news agencies' own sites)
  'xa03 comments', 'xa12 body',
  'xb04 body', 'xb07 headline', 'xb10 headline', 'xb10 hijri',
  'xc02 comments', 'xc08 comments', 'xc11 comments',
  'xd11 published', 'xd11 hijri', 'xd11 body',
  // rounds xe, xf, xh (feature sections: reviews, recipes, galleries, sources lists; Iraqi, Kurdish, Iranian and
  // Turkish outlets with Solar Hijri dates; sports and entertainment with embedded posts)
  'xe03 body', 'xe06 body', 'xe07 comments', 'xe08 body', 'xe09 body', 'xe10 body',
  'xf01 comments', 'xf07 published', 'xf08 body', 'xf09 comments', 'xf11 comments',
  'xh02 comments', 'xh03 body', 'xh06 body', 'xh10 body', 'xh11 body', 'xh11 comments', 'xh12 headline',
  // round xg (comment systems as dumped: Disqus, the Facebook plugin in three languages, WordPress threads, widgets
  // with avatars and flags)
  'xg01 comments', 'xg04 comments', 'xg05 comments', 'xg06 comments', 'xg09 comments',
  // rounds xk, xl, xn, xo (mobile and AMP pages; syndicated and aggregated articles with provenance notes; religious
  // and community sites, obituaries and condolence books; badly formatted dumps: hard-wrapped lines, entities, one-
  // line comments)
  'xk02 hijri', 'xk09 body', 'xk10 hijri',
  'xl10 published',
  'xn01 body', 'xn04 body', 'xn04 comments', 'xn06 body', 'xn07 body', 'xn09 comments',
  'xo01 headline', 'xo03 comments', 'xo04 comments', 'xo06 comments', 'xo07 hijri', 'xo08 headline',
  'xo08 published', 'xo08 body', 'xo08 comments', 'xo09 headline', 'xo09 body', 'xo10 body', 'xo11 body',
  'xo11 comments', 'xo12 comments',
  // The eighteenth session's rounds ya–yd (everyday pages of mainstream portals, header fields in many forms,
  // comment layouts, body boundaries): a follow-us promo after the text (ya08); a footer copyright's 'ل' prefix on
  // the outlet (yb06); a relative update stamp beside a header clock (yb12); Facebook profile lines, Disqus reply-to
  // lines, French labels and labelled one-field-per-line comments (yc02, yc09, yc10); headlines under a deck-first
  // title, a listen button or French template labels (yc05, yc08, yc09); a sentence-like caption, an author box and
  // teasers after an editor's note, a closing initial-signature, list items after an inline 'Lire aussi' (yd03,
  // yd06, yd07, yd09).

  'yb06 source', 'yb12 updated',
  'yc05 headline', 'yc09 comments', 'yc10 comments',

  // The eighteenth session's rounds ye–yh (everyday pages from eleven more countries, opinion columns and analysis
  // pages, header clutter, comment sections of news portals): a standfirst taken as the text and a meta row's
  // undated date (yf04); an opinion disclaimer after a starred bio (yf05); a print issue's Hijri date (yf07,
  // contestable); comments-closed notices, like/dislike rows with the reply button, flag-and-country lines, '[N]
  // NAME — PLACE' and 'AGE · NAME' headers (yh03, yh04, yh06, yh08, yh11, yh12).
  'yf04 published', 'yf04 body', 'yf05 body', 'yf07 hijri',
  'yh11 comments', 'yh12 comments',
  // Rounds za–zh (nineteenth session: noisy whole-page crawls, prose-like chrome around the text, lists as text,
  // noisy headers, the source's name, dates among many dates, comment sections, HTML-to-text artefacts): what is
  // left after the session's rules.
  'za02 body', 'za04 body', 'za06 headline',
  'zb03 body', 'zb04 updated', 'zb05 body', 'zb05 comments', 'zb07 body', 'zb09 updated', 'zb09 hijri',
  'zc02 body', 'zc03 body', 'zc05 body', 'zc07 body', 'zc09 body', 'zc11 body',
  'zd12 headline', 'zd12 comments',
  'ze12 body',
  'zf04 published', 'zf05 headline',
  'zg08 comments',
  'zh01 headline', 'zh04 headline', 'zh11 headline',
  // twentieth session, rounds aa–ad: big outlets' Arabic sites (aa): an update stamp glued to its time (aa01), a
  // gallery's repeated prompt and a one-line pair of stamps (aa05), a quoted-phrase headline under its deck (aa08),
  // a place–outlet credit repeated (aa11), a date only under the text (aa12), printed names unlike the table's
  // (aa04, aa05, aa07, aa12); Egyptian portals (ab): a video embed inside the text (ab04), Latin 'Related:' links,
  // read-also titles and a video's title among the paragraphs (ab08, ab11, ab12); a column's writer in the page
  // title (ac02)
  'aa04 source', 'aa05 source', 'aa07 source', 'aa08 headline', 'aa12 published', 'aa12 source', 'aa12 body',
  'ab11 body', 'ac02 headline', 'ac02 source',
  // rounds ae–ah: more big outlets (ae): video embeds and a site's own video box inside the text (ae03, ae06, ae11),
  // a teaser list's labelled items (ae05, ae08), a sponsored agency notice (ae12); agencies and TV channels (af):
  // hashtags, language toggles, photo counters and a lone dateline over the headline (af01–af03, af08, af09), a
  // video's caption under its player (af10, af12), a credit repeating the site (af11), a gallery's captions and a
  // poll inside the text (af02, af12); comments: a title line under the header, the date closing each comment, a
  // Facebook plugin's rows (ag02, ag05, af10); op-eds and captions over the headline (ag04, ag08); a deck as long
  // as its headline (ah03, ah07, ah11), a tatweel-dashed byline taken as the deck (ah09), CNN's edition named only
  // in Latin and Arabic together (ah02)
  'ae04 body', 'ae05 headline', 'ae05 body', 'ae06 updated', 'ae08 body', 'ae11 body',
  'ae12 source', 'af02 body', 'af09 headline', 'af10 comments',
  'af12 body', 'ag04 headline', 'ag05 comments', 'ag07 body',
  'ag08 headline', 'ag08 published', 'ah02 source', 'ah02 body', 'ah03 headline', 'ah07 headline',
  'ah11 headline',
  // rounds ai–ak: agencies and TV channels (ai): a site's dated banner over the menus taken for the header's date
  // (ai03), Persian digits and Solar Hijri months (ai11), an agency's name cut at 'للأنباء' (ai05); opinion columns
  // (aj): a two-word title (aj01), a three-part page title naming the writer (aj04), WordPress's 'يقول فلان:'
  // comments (aj02), an author's archive read as comments (aj08); mobile, AMP, print and aggregator versions (ak):
  // a caption repeated as a tag (ak04), an aggregator's template sentences around the text (ak05), a date only in
  // the source credit or the footer notice (ak06, ak12), a print view's page breaks (ak10), a photo credit's domain
  // (ak09)
  'ai03 headline', 'ai07 hijri', 'ai09 source', 'ai11 headline', 'ai11 published', 'ai11 source',
  'aj04 headline', 'ak04 headline',
  'ak10 body', 'ak12 published',
  // rounds al–ao: Maghreb sites with French around them (al): a headline under its deck (al02), a player's English
  // line (al07); CMS themes (am): a Blogger page title 'site: headline' (am05), Disqus reply targets and K2 'أرسلت
  // من قبل' headers (am04, am10); Gulf dailies (an): the Kuwaiti الوطن missing from the outlets table (an05), the
  // masthead's Hijri 'today' on the article's day (an01, an02, an04: older golds leave a masthead's date alone),
  // comment titles over names (an07); sports and economy (ao): a results table under a subheading (ao05), a
  // read-also card's summary (ao07), a live blog's stamps and breaking entries (ao11), a widget's footer link
  // (ao03)
  'al02 headline', 'al07 body', 'am05 source',
  'an01 hijri', 'an02 hijri', 'an04 hijri', 'an05 source', 'an07 comments', 'ao03 body',
  'ao05 body', 'ao07 body', 'ao11 body',
  // rounds ap–aq: Egyptian portals (ap): a gallery's caption under each counter (ap11), a Facebook plugin's action
  // row split by '·' lines (ap04); Levant outlets (aq): a time-only update stamp (aq09)
  'ap04 comments', 'ap11 body', 'aq09 updated',
  // rounds ar–as: Iraqi and Sudanese outlets (ar): quote boxes and one-line texts in comment threads (ar01, ar08,
  // ar11); Arabic editions of international outlets (as): a CMS's field note, a translation note and a Telegram
  // post's footer (as04, as05, as06), a podcast player's title (as07), an app pitch under the closing credit
  // (as12), 'النقاش' comments (as07), Sputnik's and Euronews' printed names and DW's shortlink (as07, as09, as10)
  'ar01 comments', 'ar08 comments', 'ar11 comments',
  'as04 body', 'as05 body', 'as06 body', 'as07 source', 'as07 body',
  'as07 comments', 'as09 source', 'as10 source', 'as12 body',
  // rounds at–au: digital-first features (at): pull quotes without quote marks (at06, at12), a read-also card
  // ending in '؟' (at06), an author box and bio after the footnotes (at07), donation boxes and a series' navigation
  // (at10, at12), a site's reply named 'رد: …' (at11), 'صحيفة سبق الإلكترونية' for سبق (at01); oddly flattened
  // crawls (au): paragraphs and the headline hard-wrapped (au01), emoji before labels and names (au05), a picture's
  // placeholder over the headline and a page's number after it (au08), an AMP page's one-line meta row and menu
  // (au12)
  'at01 source', 'at06 body', 'at07 body', 'at10 body', 'at11 body', 'at12 body',
  'au01 headline', 'au01 hijri', 'au01 body', 'au01 comments', 'au05 headline',
  'au05 body', 'au05 comments', 'au08 headline', 'au12 headline', 'au12 published',
  'au12 body',
  // rounds av–ay: comment layouts (av), magazines and non-news sections (aw), unusual article types (ax), dates and
  // bylines in unusual places (ay)
  'av01 comments', 'av03 comments', 'av07 body', 'av08 comments', 'av09 comments', 'av10 comments', 'av12 comments',
  'aw03 body', 'aw05 body', 'aw07 body', 'aw08 body', 'aw09 body', 'aw10 body', 'aw12 headline',
  'aw12 body', 'ax03 body', 'ax06 body', 'ax07 body', 'ax07 comments',
  'ay06 published', 'ay06 source', 'ay06 comments', 'ay07 comments',
  'ay12 published', 'ay12 updated',
  // round az: long explainers, guides and service pieces, with boxes between their sections
  'az02 body', 'az03 body', 'az04 body', 'az04 comments', 'az08 comments', 'az09 body',
  'az10 body', 'az11 body', 'az12 body',
]);

for (const gold of golds) {
  const page = gold.file.replace(/\.[a-z]+$/, '');
  // A known gap is still run: it must keep failing, so that a fix shows up as a list to shorten.
  const check = (field: string, fn: () => void) =>
    KNOWN_GAPS.has(`${page} ${field}`)
      ? it(`${field} (known gap)`, () => assert.throws(fn, assert.AssertionError, `${page} ${field} now passes: remove it from KNOWN_GAPS`))
      : it(field, fn);
  describe(`layout ${page}`, () => {
    const read = readDump(fs.readFileSync(path.join(DIR, 'raw', gold.file)), gold.file);
    assert.ok(read.ok);
    const r = extractArticle(read.text, gold.file, k).record;
    const s = scoreRecord(r, gold);

    check('headline', () => assert.equal(norm(r.headline), norm(gold.headline)));
    check('published', () => assert.equal(r.date.published?.slice(0, 10) ?? null, gold.date.published));
    check('updated', () => assert.equal(r.date.updated?.slice(0, 10) ?? null, gold.date.updated));
    check('hijri', () => assert.equal(r.date.hijri, gold.date.hijri));
    check('source', () => assert.equal(s.source, true, `got ${JSON.stringify(r.source)}`));
    check('body', () => {
      assert.deepEqual(s.leaked, []);
      assert.ok(s.F1 >= 0.95, `F1 ${s.F1}`);
    });
    check('comments', () => {
      assert.equal(r.comments.length, gold.comments.length);
      gold.comments.forEach((g, i) => assert.equal(norm(r.comments[i].text), norm(g.text)));
    });
  });
}
