// The search page's behaviour: URL state (?q=&source=&year=), debounced search as you type,
// result rendering (all text escaped), keyboard navigation, and helpful empty/no-result states.
import { search, manifest, type Filters, type Search } from './engine.ts';
import { escapeHtml } from './match.ts';
import { allYears } from './shards.ts';

const DEBOUNCE_MS = 200;
const dateFmt = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' });

function formatDate(iso: string): string {
  if (!iso) return 'بلا تاريخ';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
}

const count = (n: number) => (n === 1 ? 'نتيجة واحدة' : n === 2 ? 'نتيجتان' : n <= 10 ? `${n} نتائج` : `${n} نتيجة`);

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sourceSel = root.querySelector<HTMLSelectElement>('select[name="source"]')!;
  const yearSel = root.querySelector<HTMLSelectElement>('select[name="year"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const moreBtn = root.querySelector<HTMLButtonElement>('[data-more]')!;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Search | null = null;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  const filters = (): Filters => ({ source: sourceSel.value || undefined, year: yearSel.value || undefined });

  function syncUrl() {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    if (sourceSel.value) p.set('source', sourceSel.value);
    if (yearSel.value) p.set('year', yearSel.value);
    const qs = p.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
  }

  function setStatus(html: string) { status.innerHTML = html; }

  function renderHits(s: Search) {
    list.innerHTML = s.hits.map((h) => `
      <li data-result data-kind="${h.kind}">
        <a href="${escapeHtml(h.url)}"><span class="sr-title">${escapeHtml(h.title)}</span></a>
        <p class="sr-meta"><span>${escapeHtml(h.source)}</span> · <time${h.date ? ` datetime="${escapeHtml(h.date)}"` : ''}>${escapeHtml(formatDate(h.date))}</time>${
          h.kind === 'comments' ? ' · <span class="sr-where">في تعليقات القراء</span>' : ''}</p>
        <p class="sr-excerpt">${h.excerpt}</p>
      </li>`).join('');
    moreBtn.hidden = s.exhausted;
  }

  function filterHint(): string {
    const f = filters();
    if (!f.source && !f.year) return '<p>جرّب كلمات أقل أو صيغة أخرى للكلمة.</p>';
    return '<p>قد تكون النتائج خارج التصفية الحالية. <button type="button" data-clear-filters>ابحث في كل المصادر والسنوات</button></p>';
  }

  function renderStatus(s: Search) {
    const q = escapeHtml(input.value.trim());
    if (s.hits.length) {
      const n = s.total !== null ? count(s.total) : `أكثر من ${count(s.hits.length)}`;
      setStatus(`<p>${n} لـ «${q}».</p>`);
      return;
    }
    const missing = s.missing.length
      ? `<p>${s.missing.length === 1 ? 'لم ترد هذه الكلمة' : 'لم ترد هذه الكلمات'} في أي مقالة: ${s.missing.map((m) => `<strong data-missing>${escapeHtml(m)}</strong>`).join('، ')}.</p>`
      : s.query.phrases.length
        ? '<p>وردت الكلمات كلها، لكن ليست متجاورة كما في العبارة بين علامتي التنصيص. جرّب حذف علامتي التنصيص.</p>'
        : '<p>لم ترد الكلمات كلها معاً في مقالة واحدة.</p>';
    setStatus(`<p><strong>لا نتائج لـ «${q}».</strong></p>${missing}${filterHint()}`);
  }

  async function run() {
    const gen = ++generation;
    syncUrl();
    if (!input.value.trim()) {
      current = null;
      list.innerHTML = '';
      moreBtn.hidden = true;
      setStatus('<p>اكتب كلمة أو أكثر للبحث في الأرشيف. تُطابَق الكلمات بكل صيغها الشائعة (الجيش، والجيش، للجيش…)، ويجب أن ترد كل الكلمات. ضع العبارة بين علامتي تنصيص "…" لتطابق الكلمات متجاورة.</p>');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const s = await search(input.value, filters());
      if (gen !== generation) return; // a newer query is on its way
      current = s;
      if (!s) { list.innerHTML = ''; setStatus('<p>اكتب كلمة تحتوي على حروف أو أرقام.</p>'); return; }
      renderHits(s);
      renderStatus(s);
    } catch (err) {
      if (gen !== generation) return;
      console.error(err);
      setStatus('<p>تعذّر تحميل فهرس البحث. أعد تحميل الصفحة.</p>');
    } finally {
      if (gen === generation) root.removeAttribute('aria-busy');
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }

  input.addEventListener('input', schedule);
  sourceSel.addEventListener('change', run);
  yearSel.addEventListener('change', run);
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); run(); });
  status.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('[data-clear-filters]')) { sourceSel.value = ''; yearSel.value = ''; run(); input.focus(); }
  });
  moreBtn.addEventListener('click', async () => {
    if (!current) return;
    const gen = generation;
    await current.more();
    if (gen !== generation) return;
    renderHits(current);
    renderStatus(current);
  });

  // Arrow keys move between the search box and the result links; Enter follows the focused link.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li[data-result] > a')];
    if (!links.length) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && e.key === 'ArrowDown') { e.preventDefault(); links[0].focus(); return; }
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(i + 1, links.length - 1)].focus();
    else if (i === 0) input.focus();
    else links[i - 1].focus();
  });

  // Filters come from the manifest, so no search bundle is fetched before the first query.
  manifest().then((m) => {
    for (const [name] of Object.entries(m.sources).sort((a, b) => b[1] - a[1])) sourceSel.add(new Option(name, name));
    for (const y of allYears(m)) yearSel.add(new Option(y === 'undated' ? 'بلا تاريخ' : y, y));
    sourceSel.value = params.get('source') ?? '';
    yearSel.value = params.get('year') ?? '';
    root.dataset.ready = 'true';
    run();
  }).catch((err) => {
    console.error(err);
    setStatus('<p>تعذّر تحميل فهرس البحث.</p>');
  });
}
