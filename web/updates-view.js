// A developing story's updates (the JSON of `updates`, from the JS API's
// `desk.storyUpdates(members)` or `wiredesk updates FILE...`) as a reader
// scans them: what later versions added, then the timeline, one entry per
// version in publication order with its source, date, headline and one line
// per change against the version before it.
//
//   import { renderWhatsNew, renderTimeline } from './updates-view.js';
//   list.append(renderTimeline(updates, { nameOf, dateOf, hrefOf, unread }));
//
// `nameOf(id)` names a version's source, `dateOf(id, published)` gives its
// date as shown, `hrefOf(id)` a link to the version and `compareHref(before,
// id)` one to its side-by-side comparison with the version before (or null:
// no link), and `unread`
// (a Set of ids, optional) the versions that arrived after the reader last
// opened the story: each is marked "new since you read it" in words, not only
// colour. Shared by the app and <wire-desk>; styles are the host's (the
// `timeline` and `whats-new` classes).
//
// Article text reaches the page only through text nodes: never innerHTML.

const kClassNames = {
  headline: 'headline', number: 'number', name: 'name', wording: 'wording',
  added: 'added', removed: 'removed', moved: 'moved', cosmetic: 'no change', unrelated: 'unrelated',
};

function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// True when some version changed what the story says.
export function hasSubstantiveChanges(updates) {
  return (updates?.versions ?? []).some((v) => v.changes.some((c) => c.class !== 'cosmetic'));
}

// One digest line: its class in words, then the line itself, less the
// class word it may open with ("added “…”" under ADDED reads "“…”").
function changeItem(change) {
  const label = kClassNames[change.class] ?? change.class;
  const text = change.text.startsWith(`${change.class}: `) || change.text.startsWith(`${change.class} `)
    ? change.text.slice(change.class.length).replace(/^:? /, '') : change.text;
  return h('li', { class: `change change-${change.class}`, 'data-class': change.class },
    h('span', { class: 'change-class' }, label), ' ', text);
}

function changeList(version, index) {
  if (index === 0) return h('p', { class: 'muted' }, 'First version.');
  if (version.changes.length === 0) return h('p', { class: 'muted' }, 'No change from the version before.');
  return h('ul', { class: 'changes', 'aria-label': 'Changes from the version before' }, version.changes.map(changeItem));
}

// The versions in publication order, each with what it changed. `only`
// (a Set of ids, optional) keeps those versions alone, still diffed against
// the version before each.
export function renderTimeline(updates, {
  nameOf = () => '', dateOf = () => '', hrefOf = () => null, compareHref = () => null, unread, only,
} = {}) {
  const items = updates.versions.map((version, index) => {
    if (only && !only.has(version.id)) return null;
    const isNew = unread?.has(version.id);
    const name = nameOf(version.id);
    const date = dateOf(version.id, version.published);
    const href = hrefOf(version.id);
    const compare = index > 0 ? compareHref(updates.versions[index - 1].id, version.id) : null;
    const headline = version.headline || version.id;
    return h('li', { class: isNew ? 'version is-new' : 'version', 'data-version': version.id },
      h('p', { class: 'version-head' },
        isNew ? h('span', { class: 'new-mark' }, 'new since you read it') : null,
        href ? h('a', { href }, headline) : h('span', { class: 'version-headline' }, headline),
        h('span', { class: 'version-meta' }, [name, date || 'no date'].filter(Boolean).join(' · '))),
      changeList(version, index),
      compare ? h('p', { class: 'version-compare' }, h('a', { href: compare }, 'Compare with the version before')) : null);
  });
  return h('ol', { class: 'timeline' }, items);
}

// "What's new": the sentences later versions added, ranked; null when none.
export function renderWhatsNew(updates) {
  if (!updates?.whats_new?.length) return null;
  return h('ul', { class: 'whats-new' }, updates.whats_new.map((text) => h('li', {}, text)));
}
