// The list of stories: headline, versions, sources, time; filtered by a
// diacritic-insensitive search. Arrow keys move between stories.
import { element, plural, formatDate, parseDate, searchKey } from './dom.js';

// The text a story is found by: every member's title and source.
function storyKey(story, articles) {
  return searchKey(story.members.map((id) => {
    const article = articles.get(id);
    return `${article?.title ?? ''} ${article?.source ?? ''}`;
  }).join(' '));
}

// `unreadOf(story)`: its versions that arrived since the reader last opened it.
export function renderStoryList(list, { stories, articles, query, selected, onSelect, unreadOf = () => new Set() }) {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const shown = stories.filter((story) => {
    if (words.length === 0) return true;
    const key = storyKey(story, articles);
    return words.every((word) => key.includes(word));
  });
  const items = shown.map((story) => {
    const canonical = articles.get(story.canonical) ?? {};
    const sources = [...new Set(story.members.map((id) => articles.get(id)?.source).filter(Boolean))];
    // The newest date that parses, compared as a time, not as a string.
    const latest = story.members.map((id) => articles.get(id)?.published).filter((p) => parseDate(p))
      .sort((a, b) => parseDate(a) - parseDate(b)).at(-1);
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
      latest ? ` · ${formatDate(latest)}` : '',
      story.related?.length ? ` · ${plural(story.related.length, 'related story', 'related stories')}` : ''));
    return element('li', {}, button);
  });
  list.replaceChildren(...items);
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
