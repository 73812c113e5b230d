// The compare view of two versions of a story: titles on top, then the
// side-by-side rows of web/compare-view.js, ready for n / p at once.
import { element } from './dom.js';
import { route } from './routes.js';
import { versionName } from './story-view.js';
import { renderComparison } from '../compare-view.js';

// Short names for the two sides, told apart: the sources, else the file
// names, else the view's own 'First' and 'Second'.
function sideNames(left, right) {
  const candidates = [[versionName(left), versionName(right)], [left.name, right.name]];
  const [leftName, rightName] = candidates.find(([a, b]) => a && b && a !== b) ?? [];
  return { leftName, rightName };
}

export async function renderCompare(container, { left, right, desk, articles, storyId }) {
  const comparison = await desk.compareArticles(left, right);
  const view = element('div', { class: 'compare-host' });
  const leftInfo = articles.get(left) ?? {};
  const rightInfo = articles.get(right) ?? {};
  const names = sideNames(leftInfo, rightInfo);
  // The headlines stand once, in the view's head row; here, where each version is read.
  container.replaceChildren(element('section', { class: 'compare', 'aria-labelledby': 'compare-heading' },
    storyId ? element('p', { class: 'crumb' }, element('a', { href: route.story(storyId) }, '← Back to the story')) : null,
    element('h2', { id: 'compare-heading' }, 'Compare versions'),
    element('p', { class: 'meta' }, 'Read ',
      element('a', { href: route.article(left) }, names.leftName || 'the first version'), ' or ',
      element('a', { href: route.article(right) }, names.rightName || 'the second version'), ' on its own.'),
    view));
  const shown = renderComparison(view, comparison, {
    leftLabel: leftInfo.title || left, rightLabel: rightInfo.title || right, ...names,
  });
  // The view's keys (n, p) work where its focus is: give it the focus unless
  // the reader has put it somewhere else on the page.
  const active = document.activeElement;
  if (!active || active === document.body || container.contains(active)) shown.element.focus({ preventScroll: true });
}
