// The compare view of two versions of a story: titles on top, then the
// side-by-side rows of web/compare-view.js.
import { element } from './dom.js';
import { route } from './routes.js';
import { renderComparison } from '../compare-view.js';

export async function renderCompare(container, { left, right, desk, articles, storyId }) {
  const comparison = await desk.compareArticles(left, right);
  const view = element('div', { class: 'compare-host' });
  container.replaceChildren(element('section', { class: 'compare', 'aria-labelledby': 'compare-heading' },
    storyId ? element('p', { class: 'crumb' }, element('a', { href: route.story(storyId) }, '← Back to the story')) : null,
    element('h2', { id: 'compare-heading' }, 'Compare versions'),
    element('p', { class: 'meta' },
      element('a', { href: route.article(left) }, articles.get(left)?.title || left),
      ' ↔ ',
      element('a', { href: route.article(right) }, articles.get(right)?.title || right)),
    view));
  renderComparison(view, comparison);
}
