// The app's first screen: paste an article, see its sentences and tokens.
// All article text reaches the page through textContent, never as HTML.
import { createWiredesk } from './wiredesk.js';

const $ = (id) => document.getElementById(id);
const article = $('article');
const split = $('split');
const status = $('status');
const samplePicker = $('sample');

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(message, kind = '') {
  status.textContent = message;
  status.dataset.kind = kind;
}

function showSentences(result) {
  const list = $('sentences');
  list.replaceChildren();
  let paragraph = -1;
  for (const sentence of result.sentences) {
    const item = element('li', sentence.paragraph !== paragraph ? 'new-paragraph' : '');
    item.append(element('span', 'paragraph', `¶${sentence.paragraph + 1}`),
                element('span', 'sentence-text', sentence.text));
    paragraph = sentence.paragraph;
    list.append(item);
  }
  $('sentence-count').textContent = `(${result.sentences.length})`;
}

function showTokens(result) {
  const box = $('tokens');
  const counts = { word: 0, number: 0, punctuation: 0 };
  const fragment = document.createDocumentFragment();
  for (const token of result.tokens) {
    counts[token.kind] += 1;
    const chip = element('span', `token ${token.kind}`, token.text);
    chip.title = `${token.kind}, bytes ${token.begin}–${token.end}`;
    fragment.append(chip);
  }
  box.replaceChildren(fragment);
  $('token-counts').textContent =
    `(${counts.word} words, ${counts.number} numbers, ${counts.punctuation} punctuation)`;
}

function showWarnings(warnings) {
  $('warnings').replaceChildren(...warnings.map((w) => element('li', '', w)));
}

// Fills the sample picker from the bundled samples; false when there are none.
async function listSamples() {
  try {
    const response = await fetch('samples/index.json');
    if (!response.ok) return false;
    for (const name of await response.json()) {
      samplePicker.append(new Option(name.replace(/\.txt$/, ''), name));
    }
    return samplePicker.options.length > 1;
  } catch {
    return false;  // Samples are a convenience; the app works without them.
  }
}

async function loadSample(desk) {
  if (!samplePicker.value) return;
  const response = await fetch(`samples/${encodeURIComponent(samplePicker.value)}`);
  if (!response.ok) {
    setStatus(`Could not load the sample (HTTP ${response.status}).`, 'error');
    return;
  }
  article.value = await response.text();
  await run(desk);
}

async function run(desk) {
  const text = article.value;
  if (!text.trim()) {
    setStatus('Paste an article first.', 'error');
    return;
  }
  split.disabled = true;
  setStatus('Splitting…', 'busy');
  try {
    const [sentences, tokens] = await Promise.all([desk.sentences(text), desk.tokens(text)]);
    showSentences(sentences);
    showTokens(tokens);
    showWarnings(sentences.warnings);
    setStatus(`${sentences.sentences.length} sentences, ${tokens.tokens.length} tokens.`, 'done');
  } catch (error) {
    setStatus(error.message, 'error');
  } finally {
    split.disabled = false;
  }
}

async function main() {
  let desk;
  try {
    desk = await createWiredesk();
  } catch (error) {
    setStatus(error.message, 'error');
    return;
  }
  split.addEventListener('click', () => run(desk));
  article.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run(desk);
    }
  });
  samplePicker.addEventListener('change', () => loadSample(desk));
  // Open on a bundled sample so a first visit shows what Wiredesk does.
  if (await listSamples() && !article.value) {
    samplePicker.selectedIndex = 1;
    await loadSample(desk);
  } else {
    setStatus(`Ready (Wiredesk ${desk.version()}).`);
  }
  split.disabled = false;
}

main();
