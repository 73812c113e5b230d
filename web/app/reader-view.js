// One article, clean: its paragraphs, with a switch that shows what
// extraction removed, and why, in the place it stood.
import { element, formatDate, plural } from './dom.js';
import { route } from './routes.js';
import { webAddress, kExternalRel } from './links.js';

function paragraphNode(paragraph, index) {
  // dir="auto": each paragraph takes its direction from its own first letters,
  // so Arabic or Hebrew copy reads right to left.
  const attributes = { class: `kind-${paragraph.kind.replace(' ', '-')}`, dir: 'auto', dataset: { paragraph: index } };
  switch (paragraph.kind) {
    case 'heading': return element('h3', attributes, paragraph.text);
    case 'quote': return element('blockquote', attributes, paragraph.text);
    case 'list item': return element('p', { ...attributes, class: `${attributes.class} list-item` }, paragraph.text);
    default: return element('p', attributes, paragraph.text);
  }
}

function removedNode(block) {
  return element('div', { class: 'removed', role: 'note' },
    element('span', { class: 'reason' }, `Removed: ${block.reason}`),
    element('span', { class: 'removed-text' }, block.text));
}

// Marks sentence `sentence` of paragraph `node` using the core's own
// segmentation, so the highlight is the sentence the summary chose.
async function highlightSentence(node, sentence, engine) {
  if (sentence === undefined || Number.isNaN(sentence)) return;
  const text = node.textContent;
  const { sentences } = await engine.sentences(text).catch(() => ({ sentences: [] }));
  const chosen = sentences[sentence]?.text;
  const at = chosen ? text.indexOf(chosen) : -1;
  if (at < 0) return;
  node.replaceChildren(text.slice(0, at), element('mark', {}, chosen), text.slice(at + chosen.length));
}

export async function renderArticle(container, { id, paragraph, sentence, desk, engine, info, showRemoved, onToggleRemoved, storyId }) {
  const article = await desk.article(id);
  const body = element('div', { class: 'article-body' });
  const removedByPlace = new Map();
  for (const block of article.removed ?? []) {
    const at = Number.isInteger(block.at) ? block.at : article.paragraphs.length;
    if (!removedByPlace.has(at)) removedByPlace.set(at, []);
    removedByPlace.get(at).push(block);
  }
  const paragraphNodes = [];
  for (let i = 0; i <= article.paragraphs.length; i += 1) {
    for (const block of removedByPlace.get(i) ?? []) body.append(removedNode(block));
    if (i < article.paragraphs.length) {
      const node = paragraphNode(article.paragraphs[i], i);
      paragraphNodes.push(node);
      body.append(node);
    }
  }
  body.classList.toggle('show-removed', showRemoved);

  const toggle = element('input', { type: 'checkbox', id: 'show-removed', checked: showRemoved });
  toggle.addEventListener('change', () => {
    body.classList.toggle('show-removed', toggle.checked);
    onToggleRemoved(toggle.checked);
  });
  const removedCount = article.removed?.length ?? 0;
  const address = webAddress(article.url) || webAddress(info?.url);
  const facts = [
    article.byline && `By ${article.byline}`,
    article.dateline,
    formatDate(info?.published),  // the core's parsed date; a raw one may be no date
    info?.source,
  ].filter(Boolean);
  // "und": the language could not be told, which the page says by saying none.
  const lang = article.lang && article.lang !== 'und' ? article.lang : null;
  container.replaceChildren(element('article', { class: 'reader', lang },
    storyId ? element('p', { class: 'crumb' }, element('a', { href: route.story(storyId) }, '← Back to the story')) : null,
    element('h2', { class: 'headline', dir: 'auto' }, article.title || id),
    facts.length ? element('p', { class: 'meta' }, facts.join(' · ')) : null,
    address ? element('p', { class: 'meta' }, element('a', { href: address, rel: kExternalRel, target: '_blank' }, address)) : null,
    element('p', { class: 'switch' }, toggle,
      element('label', { for: 'show-removed' }, `Show what was removed (${plural(removedCount, 'block')})`)),
    (article.warnings ?? []).length ? element('ul', { class: 'warnings' }, article.warnings.map((w) => element('li', {}, w))) : null,
    article.paragraphs.length ? body : element('p', { class: 'empty' }, 'No article text was found in this document.')));

  const target = paragraphNodes[paragraph];
  if (target) {
    target.classList.add('highlight');
    await highlightSentence(target, sentence, engine);
    target.scrollIntoView({ block: 'center' });
  }
}
