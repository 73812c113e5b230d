// The side-by-side view of a comparison (the JSON of `compare`, from
// wiredesk.js `compare(docA, docB)` or `wiredesk compare A B`).
//
//   import { renderComparison } from './compare-view.js';
//   const view = renderComparison(document.querySelector('#diff'), comparison);
//   view.next(); view.previous(); view.setHideCosmetic(true); view.destroy();
//
// Two columns of aligned rows; runs of unchanged sentences folded behind a
// button; every change marked with its class in colour *and* in words (a
// label on the row, a title on each mark); spacing and punctuation changes
// can be hidden; n / j and p / k (or the buttons) go from change to change.
// Below 40rem the columns stack. Styles: compare-view.css beside this file,
// linked once into the document unless `{ stylesheet: false }`.
//
// Article text only ever reaches the page through text nodes (textContent):
// never innerHTML, so a story holding "<script>" shows it as text.

const COSMETIC = new Set(['spacing', 'punctuation']);
const CLASS_LABELS = {
  number: 'number', name: 'name', wording: 'wording', spacing: 'spacing',
  punctuation: 'punctuation', case: 'case', diacritics: 'diacritics',
};
const STAT_ORDER = ['number', 'name', 'wording', 'added', 'removed', 'moved', 'diacritics', 'case', 'punctuation', 'spacing'];
const FOLD_AT = 3;  // runs of this many unchanged rows or more are folded

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function linkStylesheet() {
  const href = new URL('./compare-view.css', import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.href === href)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

// The classes of a row's edits, most substantive first.
function rowClasses(row) {
  const found = new Set(row.words.filter((w) => w.op !== 'equal').map((w) => w.class));
  return ['number', 'name', 'wording', 'diacritics', 'case', 'punctuation', 'spacing'].filter((c) => found.has(c));
}

// A row as the reader sees it with cosmetic changes hidden or shown.
function effectiveOp(row, hideCosmetic) {
  if (!hideCosmetic || row.op !== 'changed') return row.op;
  return rowClasses(row).every((c) => COSMETIC.has(c)) ? 'same' : 'changed';
}

// One side of a row: equal text plus that side's marks.
function fillSide(cell, row, side, hideCosmetic, rightRow) {
  const text = row[side];
  if (text === null || text === undefined) {
    cell.classList.add('wd-compare__cell--empty');
    return;
  }
  const diff = rightRow || row;
  if (!diff.words || diff.words.length === 0) {
    cell.append(document.createTextNode(text));
    return;
  }
  const mine = side === 'left' ? 'delete' : 'insert';
  for (const piece of diff.words) {
    if (piece.op === 'equal') {
      cell.append(document.createTextNode(piece.text));
    } else if (piece.op === mine) {
      if (hideCosmetic && COSMETIC.has(piece.class)) {
        cell.append(document.createTextNode(piece.text));
        continue;
      }
      const mark = el(piece.op === 'delete' ? 'del' : 'ins', `wd-compare__mark wd-c-${piece.class}`, piece.text);
      mark.title = `${CLASS_LABELS[piece.class] || piece.class}: ${piece.op === 'delete' ? 'deleted' : 'inserted'}`;
      cell.append(mark);
    }
  }
}

function rowLabel(row, op) {
  const parts = [];
  if (row.part === 'title') parts.push('headline');
  if (op === 'moved') parts.push(row.from !== undefined ? 'moved here' : 'moved away');
  else if (op !== 'same') parts.push(op);
  if (op === 'changed' || (op === 'moved' && row.from !== undefined && row.class)) {
    const classes = rowClasses(row);
    if (classes.length > 0) parts.push(classes.join(', '));
  }
  return parts.join(' · ');
}

/**
 * Renders `comparison` into `container` (its content is replaced).
 * options: {leftLabel, rightLabel, hideCosmetic = false, stylesheet = true}.
 * Returns {next(), previous(), setHideCosmetic(bool), destroy()}.
 */
export function renderComparison(container, comparison, options = {}) {
  if (!container || typeof container.append !== 'function') throw new TypeError('renderComparison needs a container element');
  if (!comparison || !Array.isArray(comparison.rows)) throw new TypeError('renderComparison needs the JSON of compare');
  if (options.stylesheet !== false) linkStylesheet();
  const leftLabel = options.leftLabel || comparison.left?.title || comparison.left?.id || 'Before';
  const rightLabel = options.rightLabel || comparison.right?.title || comparison.right?.id || 'After';
  let hideCosmetic = Boolean(options.hideCosmetic);
  let current = -1;          // index into stops
  let stops = [];            // row elements that hold a change
  const openFolds = new Set();  // first row index of each expanded run

  const root = el('section', 'wd-compare');
  root.tabIndex = -1;
  root.setAttribute('aria-label', 'Comparison of two versions');
  const header = el('header', 'wd-compare__header');
  const summary = el('p', 'wd-compare__summary', comparison.summary || '');
  const stats = el('ul', 'wd-compare__stats');
  stats.setAttribute('aria-label', 'Changes by kind');
  for (const key of STAT_ORDER) {
    const count = comparison.stats?.[key] ?? 0;
    if (count === 0) continue;
    const item = el('li', `wd-compare__stat wd-c-${key}`);
    item.append(el('span', 'wd-compare__stat-name', key), document.createTextNode(' '), el('strong', '', String(count)));
    stats.append(item);
  }
  const toolbar = el('div', 'wd-compare__toolbar');
  const toggleLabel = el('label', 'wd-compare__toggle');
  const toggle = el('input');
  toggle.type = 'checkbox';
  toggle.checked = hideCosmetic;
  toggleLabel.append(toggle, document.createTextNode(' Hide spacing and punctuation changes'));
  const previousButton = el('button', 'wd-compare__nav', 'Previous change');
  previousButton.type = 'button';
  previousButton.setAttribute('aria-keyshortcuts', 'p k');
  const nextButton = el('button', 'wd-compare__nav', 'Next change');
  nextButton.type = 'button';
  nextButton.setAttribute('aria-keyshortcuts', 'n j');
  const position = el('span', 'wd-compare__position');
  position.setAttribute('aria-live', 'polite');
  toolbar.append(toggleLabel, previousButton, nextButton, position);
  header.append(summary, stats, toolbar);

  const table = el('div', 'wd-compare__rows');
  root.append(header, table);
  container.replaceChildren(root);

  function renderRow(row, index, op) {
    const line = el('div', `wd-compare__row wd-compare__row--${op}`);
    line.dataset.row = String(index);
    line.dataset.op = op;
    if (row.part === 'title') line.classList.add('wd-compare__row--title');
    const classes = op === 'changed' || op === 'moved' ? rowClasses(row) : [];
    if (classes.length > 0) line.dataset.class = classes[0];
    const label = rowLabel(row, op);
    if (label) line.append(el('span', 'wd-compare__label', label));
    const left = el('div', 'wd-compare__cell wd-compare__cell--left');
    const right = el('div', 'wd-compare__cell wd-compare__cell--right');
    left.dataset.side = leftLabel;
    right.dataset.side = rightLabel;
    // A move's departure shows its text where it was; the diff sits at its arrival.
    const arrival = op === 'moved' && row.to !== undefined ? comparison.rows[row.to] : null;
    fillSide(left, row, 'left', hideCosmetic, arrival);
    fillSide(right, row, 'right', hideCosmetic);
    line.append(left, right);
    if (op === 'moved') {
      const target = row.to ?? row.from;
      const jump = el('button', 'wd-compare__jump', row.to !== undefined ? 'Go to where it moved' : 'Go to where it was');
      jump.type = 'button';
      jump.addEventListener('click', () => focusRow(target));
      line.append(jump);
    }
    if (op !== 'same') {
      line.tabIndex = -1;
      line.setAttribute('aria-label', `${label}${row.part === 'title' ? '' : `, row ${index + 1}`}`);
    }
    return line;
  }

  function render() {
    const rows = comparison.rows;
    table.replaceChildren();
    const head = el('div', 'wd-compare__row wd-compare__row--head');
    head.append(el('div', 'wd-compare__cell wd-compare__cell--left', leftLabel), el('div', 'wd-compare__cell wd-compare__cell--right', rightLabel));
    table.append(head);
    if (rows.length === 0) {
      table.append(el('p', 'wd-compare__empty', comparison.verdict === 'no common text'
        ? 'These versions share no sentence: they look like different stories.'
        : 'Nothing to compare.'));
    }
    for (let r = 0; r < rows.length;) {
      let end = r;
      while (end < rows.length && effectiveOp(rows[end], hideCosmetic) === 'same') end++;
      if (end - r >= FOLD_AT && !openFolds.has(r)) {
        const fold = el('div', 'wd-compare__fold');
        const button = el('button', 'wd-compare__unfold', `Show ${end - r} unchanged sentences`);
        button.type = 'button';
        button.setAttribute('aria-expanded', 'false');
        const start = r;
        button.addEventListener('click', () => {
          openFolds.add(start);
          render();
          table.querySelector(`[data-row="${start}"]`)?.focus?.();
        });
        fold.append(button);
        table.append(fold);
        r = end;
        continue;
      }
      for (; r < end; r++) table.append(renderRow(rows[r], r, 'same'));
      if (r < rows.length) {
        table.append(renderRow(rows[r], r, effectiveOp(rows[r], hideCosmetic)));
        r++;
      }
    }
    stops = [...table.querySelectorAll('.wd-compare__row[data-op]:not([data-op="same"])')];
    current = Math.min(current, stops.length - 1);
    updatePosition();
  }

  function updatePosition() {
    previousButton.disabled = stops.length === 0;
    nextButton.disabled = stops.length === 0;
    position.textContent = stops.length === 0 ? 'No changes'
      : current < 0 ? `${stops.length} changes` : `Change ${current + 1} of ${stops.length}`;
  }

  function focusStop(index) {
    if (stops.length === 0) return;
    current = (index + stops.length) % stops.length;
    for (const stop of stops) stop.classList.remove('wd-compare__row--current');
    const target = stops[current];
    target.classList.add('wd-compare__row--current');
    target.focus({ preventScroll: true });
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView?.({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    updatePosition();
  }

  function focusRow(rowIndex) {
    const at = stops.findIndex((stop) => stop.dataset.row === String(rowIndex));
    if (at >= 0) focusStop(at);
  }

  const next = () => focusStop(current + 1);
  const previous = () => focusStop(current < 0 ? stops.length - 1 : current - 1);
  nextButton.addEventListener('click', next);
  previousButton.addEventListener('click', previous);
  toggle.addEventListener('change', () => {
    hideCosmetic = toggle.checked;
    current = -1;
    render();
  });
  const onKey = (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
        (target.tagName === 'INPUT' && target.type !== 'checkbox'))) return;
    if (event.key === 'n' || event.key === 'j') next();
    else if (event.key === 'p' || event.key === 'k') previous();
    else return;
    event.preventDefault();
  };
  root.addEventListener('keydown', onKey);
  render();

  return {
    next,
    previous,
    setHideCosmetic(value) {
      toggle.checked = Boolean(value);
      hideCosmetic = Boolean(value);
      current = -1;
      render();
    },
    /** The element the view lives in (for focus or sizing). */
    element: root,
    destroy() {
      root.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}
