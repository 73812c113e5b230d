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
// Sentences that moved together (a paragraph) are one moved block. Below
// 40rem the columns stack, each side named by a short name (the headlines
// stand once, on top). Styles: compare-view.css beside this file, linked
// once into the document unless `{ stylesheet: false }`.
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

// The end of the run of moved rows that starts at `start` and went together:
// each row's partner (where it came from or went to) follows the one before.
function movedRunEnd(rows, start, hideCosmetic) {
  const link = rows[start].from !== undefined ? 'from' : 'to';
  let end = start + 1;
  while (end < rows.length && effectiveOp(rows[end], hideCosmetic) === 'moved' &&
    rows[end][link] !== undefined && rows[end][link] === rows[end - 1][link] + 1) end++;
  return end;
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

function button(className, text, shortcuts) {
  const node = el('button', className, text);
  node.type = 'button';
  if (shortcuts) node.setAttribute('aria-keyshortcuts', shortcuts);
  return node;
}

// The header's count of changes by kind.
function statsList(comparison) {
  const stats = el('ul', 'wd-compare__stats');
  stats.setAttribute('aria-label', 'Changes by kind');
  for (const key of STAT_ORDER) {
    const count = comparison.stats?.[key] ?? 0;
    if (count === 0) continue;
    const item = el('li', `wd-compare__stat wd-c-${key}`);
    item.append(el('span', 'wd-compare__stat-name', key), document.createTextNode(' '), el('strong', '', String(count)));
    stats.append(item);
  }
  return stats;
}

// Keys typed into a field are the field's, not the view's.
function typingIn(target) {
  return Boolean(target && (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
    (target.tagName === 'INPUT' && target.type !== 'checkbox')));
}

// One rendered comparison: its DOM, which folds are open, and which change
// has the focus. renderComparison below is its public face.
class ComparisonView {
  constructor(container, comparison, options) {
    this.comparison = comparison;
    this.leftLabel = options.leftLabel || comparison.left?.title || comparison.left?.id || 'Before';
    this.rightLabel = options.rightLabel || comparison.right?.title || comparison.right?.id || 'After';
    // What a stacked row calls each side: short, as the full labels head the view.
    this.leftName = options.leftName || 'First';
    this.rightName = options.rightName || 'Second';
    this.hideCosmetic = Boolean(options.hideCosmetic);
    this.current = -1;           // index into stops
    this.stops = [];             // row elements that hold a change
    this.openFolds = new Set();  // first row index of each expanded run
    this.root = el('section', 'wd-compare');
    this.root.tabIndex = -1;
    this.root.setAttribute('aria-label', 'Comparison of two versions');
    this.table = el('div', 'wd-compare__rows');
    this.root.append(this.header(), this.table);
    container.replaceChildren(this.root);
    this.onKey = (event) => this.key(event);
    this.root.addEventListener('keydown', this.onKey);
    this.render();
  }

  header() {
    const toggleLabel = el('label', 'wd-compare__toggle');
    this.toggle = el('input');
    this.toggle.type = 'checkbox';
    this.toggle.checked = this.hideCosmetic;
    this.toggle.addEventListener('change', () => this.setHideCosmetic(this.toggle.checked));
    toggleLabel.append(this.toggle, document.createTextNode(' Hide spacing and punctuation changes'));
    this.previousButton = button('wd-compare__nav', 'Previous change', 'p k');
    this.previousButton.addEventListener('click', () => this.previous());
    this.nextButton = button('wd-compare__nav', 'Next change', 'n j');
    this.nextButton.addEventListener('click', () => this.next());
    this.position = el('span', 'wd-compare__position');
    this.position.setAttribute('aria-live', 'polite');
    const toolbar = el('div', 'wd-compare__toolbar');
    toolbar.append(toggleLabel, this.previousButton, this.nextButton, this.position);
    const header = el('header', 'wd-compare__header');
    header.append(el('p', 'wd-compare__summary', this.comparison.summary || ''), statsList(this.comparison), toolbar);
    return header;
  }

  // One row, or with `group` (rows index.. of one move) one block for them all.
  renderRow(row, index, op, group = [row]) {
    const line = el('div', `wd-compare__row wd-compare__row--${op}`);
    line.dataset.row = String(index);
    if (group.length > 1) line.dataset.rows = String(group.length);
    line.dataset.op = op;
    if (row.part === 'title') line.classList.add('wd-compare__row--title');
    const classes = op === 'changed' || op === 'moved' ? [...new Set(group.flatMap(rowClasses))] : [];
    if (classes.length > 0) line.dataset.class = classes[0];
    const label = group.length > 1 ? `${rowLabel(row, op)} · ${group.length} sentences` : rowLabel(row, op);
    if (label) line.append(el('span', 'wd-compare__label', label));
    const left = el('div', 'wd-compare__cell wd-compare__cell--left');
    const right = el('div', 'wd-compare__cell wd-compare__cell--right');
    left.dataset.side = this.leftName;
    right.dataset.side = this.rightName;
    group.forEach((member, at) => {
      if (at > 0 && !left.classList.contains('wd-compare__cell--empty')) left.append(document.createTextNode(' '));
      if (at > 0 && !right.classList.contains('wd-compare__cell--empty')) right.append(document.createTextNode(' '));
      // A move's departure shows its text where it was; the diff sits at its arrival.
      const arrival = op === 'moved' && member.to !== undefined ? this.comparison.rows[member.to] : null;
      fillSide(left, member, 'left', this.hideCosmetic, arrival);
      fillSide(right, member, 'right', this.hideCosmetic);
    });
    line.append(left, right);
    if (op === 'moved') {
      const target = row.to ?? row.from;
      const jump = button('wd-compare__jump', row.to !== undefined ? 'Go to where it moved' : 'Go to where it was');
      jump.addEventListener('click', () => this.focusRow(target));
      line.append(jump);
    }
    if (op !== 'same') {
      line.tabIndex = -1;
      const place = group.length > 1 ? `rows ${index + 1} to ${index + group.length}` : `row ${index + 1}`;
      line.setAttribute('aria-label', `${label}${row.part === 'title' ? '' : `, ${place}`}`);
    }
    return line;
  }

  // The button standing for unchanged rows start..end-1 until it is pressed.
  fold(start, end) {
    const fold = el('div', 'wd-compare__fold');
    const unfold = button('wd-compare__unfold', `Show ${end - start} unchanged sentences`);
    unfold.setAttribute('aria-expanded', 'false');
    unfold.addEventListener('click', () => {
      this.openFolds.add(start);
      this.render();
      this.table.querySelector(`[data-row="${start}"]`)?.focus?.();
    });
    fold.append(unfold);
    return fold;
  }

  render() {
    const rows = this.comparison.rows;
    const head = el('div', 'wd-compare__row wd-compare__row--head');
    const headLeft = el('div', 'wd-compare__cell wd-compare__cell--left', this.leftLabel);
    const headRight = el('div', 'wd-compare__cell wd-compare__cell--right', this.rightLabel);
    headLeft.dataset.side = this.leftName;
    headRight.dataset.side = this.rightName;
    head.append(headLeft, headRight);
    this.table.replaceChildren(head);
    if (rows.length === 0) {
      this.table.append(el('p', 'wd-compare__empty', this.comparison.verdict === 'no common text'
        ? 'These versions share no sentence: they look like different stories.'
        : 'Nothing to compare.'));
    }
    for (let r = 0; r < rows.length;) {
      let end = r;
      while (end < rows.length && effectiveOp(rows[end], this.hideCosmetic) === 'same') end++;
      if (end - r >= FOLD_AT && !this.openFolds.has(r)) {
        this.table.append(this.fold(r, end));
        r = end;
        continue;
      }
      for (; r < end; r++) this.table.append(this.renderRow(rows[r], r, 'same'));
      if (r >= rows.length) continue;
      const op = effectiveOp(rows[r], this.hideCosmetic);
      const blockEnd = op === 'moved' ? movedRunEnd(rows, r, this.hideCosmetic) : r + 1;
      this.table.append(this.renderRow(rows[r], r, op, rows.slice(r, blockEnd)));
      r = blockEnd;
    }
    this.stops = [...this.table.querySelectorAll('.wd-compare__row[data-op]:not([data-op="same"])')];
    this.current = Math.min(this.current, this.stops.length - 1);
    this.updatePosition();
  }

  updatePosition() {
    const { stops, current } = this;
    this.previousButton.disabled = stops.length === 0;
    this.nextButton.disabled = stops.length === 0;
    this.position.textContent = stops.length === 0 ? 'No changes'
      : current < 0 ? `${stops.length} changes` : `Change ${current + 1} of ${stops.length}`;
  }

  focusStop(index) {
    const { stops } = this;
    if (stops.length === 0) return;
    this.current = (index + stops.length) % stops.length;
    for (const stop of stops) stop.classList.remove('wd-compare__row--current');
    const target = stops[this.current];
    target.classList.add('wd-compare__row--current');
    target.focus({ preventScroll: true });
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView?.({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    this.updatePosition();
  }

  // Focuses the stop that holds row `rowIndex` (a block holds several).
  focusRow(rowIndex) {
    const at = this.stops.findIndex((stop) => {
      const first = Number(stop.dataset.row);
      return rowIndex >= first && rowIndex < first + Number(stop.dataset.rows ?? 1);
    });
    if (at >= 0) this.focusStop(at);
  }

  next() { this.focusStop(this.current + 1); }
  previous() { this.focusStop(this.current < 0 ? this.stops.length - 1 : this.current - 1); }

  setHideCosmetic(value) {
    this.toggle.checked = Boolean(value);
    this.hideCosmetic = Boolean(value);
    this.current = -1;
    this.render();
  }

  key(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
    if (event.key === 'n' || event.key === 'j') this.next();
    else if (event.key === 'p' || event.key === 'k') this.previous();
    else return;
    event.preventDefault();
  }
}

/**
 * Renders `comparison` into `container` (its content is replaced).
 * options: {leftLabel, rightLabel (the versions' titles), leftName, rightName
 * (short names for stacked rows; 'First', 'Second'), hideCosmetic = false, stylesheet = true}.
 * Returns {next(), previous(), setHideCosmetic(bool), element, destroy()}.
 */
export function renderComparison(container, comparison, options = {}) {
  if (!container || typeof container.append !== 'function') throw new TypeError('renderComparison needs a container element');
  if (!comparison || !Array.isArray(comparison.rows)) throw new TypeError('renderComparison needs the JSON of compare');
  if (options.stylesheet !== false) linkStylesheet();
  const view = new ComparisonView(container, comparison, options);
  return {
    next: () => view.next(),
    previous: () => view.previous(),
    setHideCosmetic: (value) => view.setHideCosmetic(value),
    /** The element the view lives in (for focus or sizing). */
    element: view.root,
    destroy() {
      view.root.removeEventListener('keydown', view.onKey);
      view.root.remove();
    },
  };
}
