// The list of stories: headline, versions, sources, time; filtered by a
// diacritic-insensitive search (headlines and sources here, the text by the
// desk) and a language, sorted as the editor asks
// (as added, newest, most versions, source). Arrow keys move between stories.
import { element, plural, formatDate, parseDate, searchKey, languageName } from './dom.js';
import { siteOf } from './story-view.js';

// The text a story is found by: every member's title and source.
function storyKey(story, articles) {
  return searchKey(story.members.map((id) => {
    const article = articles.get(id);
    return `${article?.title ?? ''} ${article?.source ?? ''}`;
  }).join(' '));
}

// What the list shows and sorts a story by. The newest date that parses is
// compared as a time, never as a string.
function facts(story, articles) {
  const members = story.members.map((id) => articles.get(id) ?? {});
  const sources = [...new Set(members.map(siteOf).filter(Boolean))];
  const dated = members.map((a) => ({ raw: a.published, time: parseDate(a.published)?.getTime() }))
    .filter((d) => d.time !== undefined).sort((a, b) => a.time - b.time);
  return { story, sources, latest: dated.at(-1), langs: new Set(members.map((a) => a.lang).filter(Boolean)) };
}

const byName = (a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' });
// Each order puts what it can't place (no date, no source) last, and keeps
// the order of adding among equals (Array.prototype.sort is stable).
const kOrders = {
  added: () => 0,
  newest: (a, b) => (b.latest?.time ?? -Infinity) - (a.latest?.time ?? -Infinity) || 0,
  versions: (a, b) => b.story.members.length - a.story.members.length,
  source: (a, b) => (a.sources.length === 0) - (b.sources.length === 0) ||
    byName([...a.sources].sort(byName)[0] ?? '', [...b.sources].sort(byName)[0] ?? ''),
};

// The languages of the library's articles, most articles first: [{code, name, count}].
export function storyLanguages(articles) {
  const counts = new Map();
  for (const { lang } of articles.values()) if (lang && lang !== 'und') counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count, name: languageName(code) }))
    .sort((a, b) => b.count - a.count || byName(a.name, b.name));
}

function storyItem(entry, { articles, selected, onSelect, unreadOf }) {
  const { story, sources, latest } = entry;
  const canonical = articles.get(story.canonical) ?? {};
  const unread = unreadOf(story).size;
  const button = element('button', {
    type: 'button', class: 'story-item', 'aria-current': story.id === selected ? 'true' : null,
    dataset: { story: story.id }, onclick: () => onSelect(story.id),
  },
  element('span', { class: 'story-title' }, story.title || canonical.title || story.canonical),
  unread ? element('span', { class: 'new-mark' }, `${plural(unread, 'new version')} since you read it`) : null,
  element('span', { class: 'story-meta' },
    plural(story.members.length, 'version'),
    sources.length ? ` · ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? ` +${sources.length - 3}` : ''}` : '',
    latest ? ` · ${formatDate(latest.raw)}` : '',
    story.related?.length ? ` · ${plural(story.related.length, 'related story', 'related stories')}` : ''));
  return element('li', {}, button);
}

// `sort`: a key of kOrders; `lang`: a language code, or '' for all.
// `unreadOf(story)`: its versions that arrived since the reader last opened it.
// Returns how many stories are shown.
// `textMatches`: the ids of the stories the desk found by the words of their
// text (desk.search), shown beside those whose headlines or sources match.
export function renderStoryList(list, { stories, articles, query, textMatches = null, sort = 'added', lang = '', selected, onSelect, unreadOf = () => new Set() }) {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const shown = stories.filter((story) => {
    if (words.length === 0 || textMatches?.has(story.id)) return true;
    const key = storyKey(story, articles);
    return words.every((word) => key.includes(word));
  }).map((story) => facts(story, articles))
    .filter((entry) => !lang || entry.langs.has(lang))
    .sort(kOrders[sort] ?? kOrders.added);
  list.replaceChildren(...shown.map((entry) => storyItem(entry, { articles, selected, onSelect, unreadOf })));
  return shown.length;
}

// Up/Down/Home/End move the focus through the list's buttons.
export function enableListKeys(list) {
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined || !buttons[next]) return;
    event.preventDefault();
    buttons[next].focus();
  });
}
