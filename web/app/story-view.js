// One story: its headline, what is new since the reader last opened it and
// what later versions added, key sentences (each linked to where it
// stands), keywords, related stories, the timeline of its versions (what
// each changed against the one before) and its versions, two of which can be
// compared.
import { element, plural, formatDate, languageName } from './dom.js';
import { route } from './routes.js';
import { renderTimeline, renderWhatsNew, hasSubstantiveChanges } from '../updates-view.js';

const kSummarySentences = 5;

// Where a version comes from, as a reader names it: the source it was
// given, else its address's site ("www." dropped), else its file's name.
export function siteOf(article) {
  if (article.source) return article.source;
  try {
    return article.url ? new URL(article.url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

export function versionName(article) {
  return siteOf(article) || article.name || 'this version';
}

// The key sentences and keywords, once the core has summarised the story.
async function fillSummary({ story, articles, desk }, summaryList, keywordList) {
  try {
    const summary = await desk.storySummary(story.members, { sentences: kSummarySentences });
    summaryList.removeAttribute('aria-busy');
    summaryList.replaceChildren(...summary.sentences.map((s) => {
      const from = s.article ?? story.canonical;
      return element('li', {},
        element('span', { class: 'sentence' }, s.text), ' ',
        element('a', { class: 'source-link', href: route.article(from, s.paragraph, s.sentence),
          title: 'Show this sentence in its article' },
        `${versionName(articles.get(from) ?? {})}, ¶${s.paragraph + 1}`));
    }));
    if (summary.sentences.length === 0) summaryList.replaceChildren(element('li', { class: 'muted' }, 'No sentence in this story can stand as a key sentence.'));
    keywordList.replaceChildren(...(summary.keywords ?? []).slice(0, 12).map((k) => element('li', {}, k.term)));
  } catch (error) {
    summaryList.removeAttribute('aria-busy');
    summaryList.replaceChildren(element('li', { class: 'error' }, `No summary: ${error.message}`));
  }
}

// Fills the story's update sections once the core has compared its versions.
// `unread`: the versions that arrived since the reader last opened it.
async function fillUpdates({ story, articles, desk, unread }, { since, whatsNew, timeline, whyCells, linkCells }) {
  let updates;
  try {
    updates = await desk.storyUpdates(story.members);
  } catch (error) {
    timeline.removeAttribute('aria-busy');
    timeline.replaceChildren(element('p', { class: 'error' }, `No timeline: ${error.message}`));
    return;
  }
  const options = {
    nameOf: (id) => versionName(articles.get(id) ?? {}),
    dateOf: (id, published) => formatDate(articles.get(id)?.published || published),
    hrefOf: (id) => route.article(id),
    compareHref: (before, id) => route.compare(before, id),
    unread,
  };
  if (unread.size > 0) {
    since.hidden = false;
    since.append(renderTimeline(updates, { ...options, only: unread }));
  }
  const fresh = hasSubstantiveChanges(updates) ? renderWhatsNew(updates) : null;
  if (fresh) {
    whatsNew.hidden = false;
    whatsNew.append(fresh);
  }
  timeline.removeAttribute('aria-busy');
  timeline.replaceChildren(renderTimeline(updates, options));
  if (!hasSubstantiveChanges(updates)) {
    timeline.prepend(element('p', { class: 'muted no-substantive' }, 'No version changes what the story says: the copies differ only in spacing, punctuation, case or diacritics.'));
  }
  for (const why of updates.why ?? []) {
    whyCells.get(why.id)?.replaceChildren(`${Math.round(why.shared * 100)}% shared · ${why.reason}`);
  }
  for (const link of updates.related ?? []) {
    if (link.terms.length) linkCells.get(link.id)?.replaceChildren(` · linked by ${link.terms.join(', ')}`);
  }
}

function updateSections(story, unread) {
  const since = element('section', { class: 'since-read', 'aria-labelledby': 'since-heading', hidden: true },
    element('h3', { id: 'since-heading' }, `New since you read it: ${plural(unread.size, 'version')}`));
  const whatsNew = element('section', { 'aria-labelledby': 'whats-new-heading', hidden: true },
    element('h3', { id: 'whats-new-heading' }, 'What\'s new'));
  const timeline = element('div', { 'aria-busy': 'true' }, element('p', { class: 'muted' }, 'Comparing the versions…'));
  const timelineSection = story.members.length > 1 ? element('section', { 'aria-labelledby': 'timeline-heading' },
    element('h3', { id: 'timeline-heading' }, 'Timeline'), timeline) : null;
  return { since, whatsNew, timeline, timelineSection, whyCells: new Map(), linkCells: new Map() };
}

export async function renderStory(container, { story, articles, stories, desk, unread = new Set() }) {
  const sections = updateSections(story, unread);
  const canonical = articles.get(story.canonical) ?? {};
  const sources = [...new Set(story.members.map((id) => siteOf(articles.get(id) ?? {})).filter(Boolean))];
  const summaryList = element('ol', { class: 'summary', 'aria-busy': 'true' }, element('li', { class: 'muted' }, 'Summarising…'));
  const keywordList = element('ul', { class: 'keywords', 'aria-label': 'Keywords' });

  const pick = new Set();
  const compareButton = element('button', { type: 'button', disabled: true, class: 'secondary' }, 'Compare the two selected');
  compareButton.addEventListener('click', () => {
    const [left, right] = [...pick];
    location.hash = route.compare(left, right);
  });
  const versionRows = story.members.map((id) => {
    const article = articles.get(id) ?? { id };
    const box = element('input', { type: 'checkbox', 'aria-label': `Select ${article.title || id} for comparison` });
    box.addEventListener('change', () => {
      if (box.checked) pick.add(id);
      else pick.delete(id);
      compareButton.disabled = pick.size !== 2;
    });
    return element('tr', { class: id === story.canonical ? 'canonical' : null },
      element('td', {}, box),
      element('td', {}, element('a', { href: route.article(id) }, article.title || id),
        id === story.canonical ? element('span', { class: 'badge', title: 'The most complete, least damaged copy' }, 'canonical') : null),
      // data-label: the column's name, shown beside the value where a phone stacks the row.
      element('td', { 'data-label': 'Source' }, siteOf(article) || '—'),
      element('td', { class: 'file-name', 'data-label': 'File' }, article.name || '—'),
      element('td', { 'data-label': 'Language' }, languageName(article.lang) || '—'),
      element('td', { 'data-label': 'Published' }, formatDate(article.published) || '—'),
      element('td', { class: 'number', 'data-label': 'Words' }, article.words ? article.words.toLocaleString() : '—'),
      sections.whyCells.set(id, element('td', { class: 'why', 'data-label': 'Why one story' }, '')).get(id),
      element('td', {}, id === story.canonical || story.members.length < 2 ? '' :
        element('a', { href: route.compare(story.canonical, id) }, 'Compare with canonical')));
  });

  const related = (story.related ?? []).map((relatedId) => stories.find((s) => s.id === relatedId)).filter(Boolean);
  container.replaceChildren(
    element('article', { class: 'story' },
      element('p', { class: 'crumb phone-only' }, element('a', { href: '#/' }, '← All stories')),
      element('h2', { class: 'headline' }, story.title || canonical.title || story.canonical),
      element('p', { class: 'meta' }, plural(story.members.length, 'version'),
        sources.length ? ` from ${sources.join(', ')}` : ''),
      sections.since, sections.whatsNew,
      element('section', { 'aria-labelledby': 'summary-heading' },
        element('h3', { id: 'summary-heading' }, 'Key sentences'), summaryList, keywordList),
      related.length ? element('section', { 'aria-labelledby': 'related-heading' },
        element('h3', { id: 'related-heading' }, 'Related stories'),
        element('ul', { class: 'related' }, related.map((r) => element('li', {},
          element('a', { href: route.story(r.id) }, articles.get(r.canonical)?.title || r.id),
          sections.linkCells.set(r.id, element('span', { class: 'linked-by muted' })).get(r.id))))) : null,
      sections.timelineSection,
      element('section', { 'aria-labelledby': 'versions-heading' },
        element('h3', { id: 'versions-heading' }, 'Versions'),
        element('div', { class: 'table-scroll' },
          element('table', { class: 'versions' },
            element('thead', {}, element('tr', {},
              element('th', { scope: 'col' }, element('span', { class: 'visually-hidden' }, 'Select')),
              element('th', { scope: 'col' }, 'Headline'), element('th', { scope: 'col' }, 'Source'),
              element('th', { scope: 'col' }, 'File'), element('th', { scope: 'col' }, 'Language'),
              element('th', { scope: 'col' }, 'Published'), element('th', { scope: 'col' }, 'Words'),
              element('th', { scope: 'col' }, 'Why one story'),
              element('th', { scope: 'col' }, element('span', { class: 'visually-hidden' }, 'Compare')))),
            element('tbody', {}, versionRows))),
        story.members.length > 1 ? compareButton : null)));

  const updating = story.members.length > 1 || related.length ? fillUpdates({ story, articles, desk, unread }, sections) : null;
  await fillSummary({ story, articles, desk }, summaryList, keywordList);
  await updating;
}
