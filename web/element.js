// <wire-desk>: Wiredesk as an element a newsroom dashboard can drop in.
//
//   <script type="module" src="web/element.js"></script>
//   <wire-desk src="feeds/today.jsonl" view="stories" theme="auto"></wire-desk>
//   <wire-desk view="story" article="afp-123"></wire-desk>
//   <wire-desk view="compare" left="afp-123" right="vna-77"></wire-desk>
//   element.documents = [{id, source, url, published, format, content}, ...];
//
// Attributes: view (stories | story | compare), article (view=story: the story
// holding this article; default: the largest story), left/right (compare),
// theme (auto | light | dark), src (a JSON array or JSON Lines file of
// documents), sentences (key sentences a story shows, default 4).
// Events (bubbling, composed): "story-select" {detail: {story, members, title}}
// when the user picks a story; "sentence-select" {detail: {article, paragraph,
// sentence, text}} when they pick a key sentence.
//
// Shadow DOM keeps the page's styles out and the element's in. Every element
// on a page opens its own desk in one shared worker and wasm instance.
// Failures (a src that 404s, malformed JSON, a document the core refuses) are
// shown inside the element as a message, never as a blank box.
import { sharedWiredesk } from './wiredesk.js';
import { renderComparison } from './compare-view.js';

const kStyles = [new URL('element.css', import.meta.url).href, new URL('compare-view.css', import.meta.url).href];

function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// Documents from the text of a src file: a JSON array or object, or JSON Lines.
export function parseDocuments(text, where) {
  const trimmed = text.trim();
  if (!trimmed) throw new Error(`${where} is empty`);
  let values;
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n{'))) {
    try {
      values = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${where} is not valid JSON: ${error.message}`, { cause: error });
    }
    if (!Array.isArray(values)) values = [values];
  } else {
    values = trimmed.split('\n').filter((line) => line.trim()).map((line, index) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}, line ${index + 1}: not valid JSON: ${error.message}`, { cause: error });
      }
    });
  }
  values.forEach((value, index) => {
    if (!value || typeof value !== 'object' || typeof value.content !== 'string') {
      throw new Error(`${where}: document ${index + 1} has no "content" string`);
    }
  });
  return values;
}

export class WireDeskElement extends HTMLElement {
  static get observedAttributes() { return ['view', 'article', 'left', 'right', 'theme', 'src', 'sentences']; }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.body = h('div', { class: 'body', part: 'body' }, h('p', { class: 'muted' }, 'Loading Wiredesk…'));
    this.shadowRoot.append(...kStyles.map((href) => h('link', { rel: 'stylesheet', href })), this.body);
    this.deskPromise = null;
    this.documentsValue = [];
    this.generation = 0;
    this.selected = null;
  }

  connectedCallback() {
    this.dataset.state = 'loading';
    if (this.hasAttribute('src')) this.loadSource();
    else this.refresh();
  }

  disconnectedCallback() {
    this.deskPromise?.then((desk) => desk.close()).catch(() => {});
    this.deskPromise = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'src') this.loadSource();
    else this.render();
  }

  /** The documents shown; setting it replaces them. */
  get documents() { return this.documentsValue; }
  set documents(list) {
    this.documentsValue = Array.isArray(list) ? list : [];
    this.refresh();
  }

  desk() {
    this.deskPromise ??= sharedWiredesk().then((wiredesk) => wiredesk.openDesk());
    return this.deskPromise;
  }

  showError(message) {
    this.dataset.state = 'error';
    this.body.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
  }

  /** Shows `message` in place of the view, after any load under way (which would cover it). */
  showProblem(message) {
    this.loading = (this.loading ?? Promise.resolve()).then(() => this.showError(message));
    return this.loading;
  }

  async loadSource() {
    const src = this.getAttribute('src');
    const generation = ++this.generation;
    let documents;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`Could not load ${src}: HTTP ${response.status}`);
      documents = parseDocuments(await response.text(), src);
    } catch (error) {
      if (generation === this.generation) this.showError(error.message.startsWith('Could not') ? error.message : `Could not load ${src}: ${error.message}`);
      return;
    }
    if (generation !== this.generation) return;
    this.documentsValue = documents;
    await this.refresh(generation);
  }

  // Puts the documents into this element's desk and renders. Loads run one
  // after another (they share the desk); one overtaken by a newer is skipped.
  refresh(generation = ++this.generation) {
    const documents = this.documentsValue;
    this.loading = (this.loading ?? Promise.resolve()).then(async () => {
      if (generation !== this.generation) return;
      try {
        const desk = await this.desk();
        await desk.clear();
        const result = documents.length ? await desk.add(documents) : { added: [], failed: [] };
        if (generation !== this.generation) return;
        this.titles = new Map(result.added.map((a) => [a.id, a]));
        this.failed = result.failed;
        await this.render();
      } catch (error) {
        // A failed start words its own message (web/wiredesk.js).
        this.showError(error.message.startsWith('Wiredesk') ? error.message
          : `Wiredesk could not show these articles: ${error.message}`);
      }
    });
    return this.loading;
  }

  async render() {
    const desk = await this.desk().catch((error) => this.showError(error.message));
    if (!desk || !this.titles) return;
    const theme = this.getAttribute('theme');
    this.body.dataset.theme = theme === 'light' || theme === 'dark' ? theme : 'auto';
    const notes = (this.failed ?? []).map((f) => h('li', {}, `${f.id || 'a document'}: ${f.message}`));
    try {
      const { stories } = await desk.stories();
      const view = this.getAttribute('view') || 'stories';
      let content;
      if (this.documentsValue.length === 0) content = h('p', { class: 'muted' }, 'No articles to show.');
      else if (view === 'compare') content = await this.renderCompare(desk);
      else if (view === 'story') content = await this.renderStory(desk, stories);
      else content = this.renderStories(stories);
      this.body.replaceChildren(content, notes.length ? h('ul', { class: 'notes' }, notes) : '');
      this.dataset.state = 'ready';
    } catch (error) {
      this.showError(error.message);
    }
  }

  titleOf(id) {
    const article = this.titles.get(id);
    return article?.title || article?.lead || id;
  }

  // An article's language for its text's `lang` ("und" says nothing), and
  // dir="auto" so that Arabic or Hebrew copy reads right to left.
  textOf(id) {
    const lang = this.titles.get(id)?.lang;
    return { lang: lang && lang !== 'und' ? lang : null, dir: 'auto' };
  }

  renderStories(stories) {
    return h('ul', { class: 'stories', role: 'list' }, stories.map((story) => h('li', {},
      h('button', { type: 'button', class: 'story', 'aria-pressed': String(this.selected === story.id), onclick: () => {
        this.selected = story.id;
        this.dispatchEvent(new CustomEvent('story-select', { bubbles: true, composed: true,
          detail: { story: story.id, members: [...story.members], title: this.titleOf(story.canonical) } }));
        this.render();
      } },
      h('span', { class: 'title', ...this.textOf(story.canonical) }, this.titleOf(story.canonical)),
      h('span', { class: 'meta' }, `${story.members.length} version${story.members.length === 1 ? '' : 's'}`)))));
  }

  async renderStory(desk, stories) {
    const article = this.getAttribute('article');
    const story = article ? stories.find((s) => s.members.includes(article))
      : [...stories].sort((a, b) => b.members.length - a.members.length)[0];
    if (!story) throw new Error(article ? `No story holds the article "${article}".` : 'No story to show.');
    const count = Math.max(1, Math.min(20, Number(this.getAttribute('sentences')) || 4));
    const summary = await desk.storySummary(story.members, { sentences: count });
    return h('article', { class: 'story-view' },
      h('h2', this.textOf(story.canonical), this.titleOf(story.canonical)),
      h('ol', { class: 'summary' }, summary.sentences.map((s) => h('li', this.textOf(s.article ?? story.canonical),
        h('button', { type: 'button', class: 'sentence', onclick: () => this.dispatchEvent(new CustomEvent('sentence-select', {
          bubbles: true, composed: true,
          detail: { article: s.article ?? story.canonical, paragraph: s.paragraph, sentence: s.sentence, text: s.text } })) },
        s.text)))),
      h('ul', { class: 'keywords', 'aria-label': 'Keywords' }, (summary.keywords ?? []).slice(0, 8).map((k) => h('li', {}, k.term))),
      h('p', { class: 'meta' }, `${story.members.length} version${story.members.length === 1 ? '' : 's'}: `,
        story.members.map((id) => this.titleOf(id)).join(' · ')));
  }

  async renderCompare(desk) {
    const left = this.getAttribute('left');
    const right = this.getAttribute('right');
    if (!left || !right) throw new Error('view="compare" needs the left and right attributes (two article ids).');
    const holder = h('div', { class: 'compare' });
    renderComparison(holder, await desk.compareArticles(left, right), { stylesheet: false });
    return holder;
  }
}

if (!customElements.get('wire-desk')) customElements.define('wire-desk', WireDeskElement);
