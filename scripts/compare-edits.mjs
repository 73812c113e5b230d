// Edited copies of real article texts with known edits: the generator behind
// scripts/eval-compare and the compare benchmark (bench/compare.mjs).
//
// A version is paragraphs of sentences of words (words are the text's
// white-space separated runs). `makeEditedPair` copies one, applies edits
// drawn with a seeded RNG, and records on both sides exactly which words
// changed and how (the class compare should report), and which sentences
// were added, removed or moved:
//   word edits (one per sentence, a second one before it in half the
//   sentences of 20 words or more; never in a sentence that is added,
//   removed or moved): number (a digit changed), name (a capitalised word
//   replaced by another name), wording (a word replaced, inserted or
//   deleted; a three-word phrase reworded), spacing (two words run
//   together), punctuation (a comma dropped), case (a word capitalised),
//   diacritics (an accent added to a vowel);
//   sentence edits: a sentence from another story added, a sentence removed,
//   a short paragraph moved past longer ones;
//   layout edits that must report nothing: two paragraphs merged, one split.
//
//   const pair = makeEditedPair(paragraphs, { seed, foreign, scale });
//   pair.leftText, pair.rightText     the two versions (blank line between paragraphs)
//   pair.leftWords, pair.rightWords   every word in reading order: {text, change (its class
//                                     or null), op (its sentence's: added|removed|moved|null)}
//   pair.changes                      [{class, left: [word index], right: [word index]}]
//   pair.leftSentences, pair.rightSentences   [{op, id, first, count}] sentences with an op

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const STOP = new Set(('the a an in on at he she it they we this that but and for as of to by with from his her ' +
  'its their our your after before when while if so or nor yet also there these those what which who whom ' +
  'however meanwhile mr mrs ms dr').split(' '));
const NAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Kowalski', 'Ferreira', 'Nakamura', 'Osei',
  'Petrova', 'Delacroix', 'Mbeki', 'Castellano', 'Ivanova', 'Sorensen', 'Quispe'];
const WORDS = ['notable', 'several', 'recently', 'officials', 'proposal', 'strongly', 'regional', 'further',
  'pressure', 'evidence', 'critics', 'decision', 'growing', 'current', 'measures', 'support', 'visitors'];
const ADVERBS = ['reportedly', 'notably', 'already', 'currently', 'largely', 'initially'];
const PHRASES = [['in', 'the', 'end'], ['by', 'all', 'accounts'], ['for', 'good'], ['at', 'long', 'last'],
  ['without', 'delay'], ['as', 'expected'], ['under', 'pressure']];
const ACCENTS = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

// Sentences that end like one: only these are added, removed or moved next to
// others, and paragraphs are merged only after one, so that the edit can't
// change where the segmenter cuts (an unpunctuated heading run into the
// sentence after it is a different sentence).
const ends = (s) => /[.!?]["'”’)\]]*$/.test(s?.words.at(-1)?.text ?? '');
// The segmenter starts a new sentence after a full stop only before a capital
// (or an opening quote and a capital).
const starts = (s) => !s || /^["'“‘(]?[A-Z]/.test(s.words[0]?.text ?? '');
const core = (word) => word.replace(/[,.;:]$/, '');
const tail = (word) => word.slice(core(word).length);
const isLower = (word, min = 1) => new RegExp(`^[a-z]{${min},}$`).test(word) && !STOP.has(word);

// The word edits: each changes sentence `r` of the right version (a copy of
// `l`, the left one) at a position `e` allows, and says which words changed
// on each side; null when the sentence has no room for it.
const kWordEdits = {
  number(e, l, r) {
    const at = e.positions(l).filter((i) => /\d/.test(l.words[i].text));
    if (at.length === 0) return null;
    const i = e.pick(at);
    const digits = [...l.words[i].text].map((c, k) => (/\d/.test(c) ? k : -1)).filter((k) => k >= 0);
    const k = e.pick(digits);
    const chars = [...l.words[i].text];
    chars[k] = String((Number(chars[k]) + 1 + Math.floor(e.rng() * 8)) % 10);
    r.words[i].text = chars.join('');
    return { class: 'number', left: [i], right: [i] };
  },
  name(e, l, r) {
    const at = e.positions(l).filter((i) => i > 0 && /^[A-Z][a-z]{2,}$/.test(core(l.words[i].text)) &&
      !STOP.has(core(l.words[i].text).toLowerCase()) && !/[.!?:"“”]$/.test(l.words[i - 1].text));
    if (at.length === 0) return null;
    const i = e.pick(at);
    const name = e.pick(NAMES.filter((n) => n !== core(l.words[i].text) && !l.words.some((w) => core(w.text) === n)));
    r.words[i].text = name + tail(l.words[i].text);
    return { class: 'name', left: [i], right: [i] };
  },
  word(e, l, r) {
    const at = e.positions(l).filter((i) => isLower(core(l.words[i].text), 4));
    if (at.length === 0) return null;
    const i = e.pick(at);
    const word = e.pick(WORDS.filter((w) => w !== core(l.words[i].text) && !l.words.some((x) => core(x.text) === w)));
    r.words[i].text = word + tail(l.words[i].text);
    return { class: 'wording', left: [i], right: [i] };
  },
  insert(e, l, r) {
    const at = e.positions(l).filter((i) => i > 0 && isLower(l.words[i].text, 3) && !/[,.;:]$/.test(l.words[i - 1].text));
    if (at.length === 0) return null;
    const i = e.pick(at);
    const adverb = e.pick(ADVERBS.filter((a) => !l.words.some((w) => core(w.text) === a)));
    r.words.splice(i, 0, { text: adverb, change: null });
    return { class: 'wording', left: [], right: [i] };
  },
  delete(e, l, r) {
    const at = e.positions(l).filter((i) => i > 0 && i + 1 < l.words.length && isLower(l.words[i].text, 4) &&
      !/[,.;:]$/.test(l.words[i - 1].text) && l.words[i - 1].text !== l.words[i + 1].text);
    if (at.length === 0) return null;
    const i = e.pick(at);
    r.words.splice(i, 1);
    return { class: 'wording', left: [i], right: [] };
  },
  phrase(e, l, r) {
    if (l.words.length < 12) return null;  // three words of a short sentence make another sentence
    const at = e.positions(l).filter((i) => i > 0 && i + 3 < l.words.length &&
      [0, 1, 2].every((k) => /^[a-z]+$/.test(l.words[i + k].text)) && isLower(l.words[i + 1].text, 3));
    if (at.length === 0) return null;
    const i = e.pick(at);
    // No word of the phrase may stand in or next to the words it replaces.
    const near = new Set(l.words.slice(i - 1, i + 4).map((w) => w.text));
    const phrase = e.pick(PHRASES.filter((ph) => ph.every((w) => !near.has(w))));
    r.words.splice(i, 3, ...phrase.map((text) => ({ text, change: null })));
    return { class: 'wording', left: [i, i + 1, i + 2], right: phrase.map((_, k) => i + k) };
  },
  spacing(e, l, r) {
    const at = e.positions(l).filter((i) => i + 1 < l.words.length && /^[a-z]+$/.test(l.words[i].text) &&
      /^[a-z]+[,.;:]?$/.test(l.words[i + 1].text));
    if (at.length === 0) return null;
    const i = e.pick(at);
    r.words.splice(i, 2, { text: l.words[i].text + l.words[i + 1].text, change: null });
    return { class: 'spacing', left: [i, i + 1], right: [i] };
  },
  punctuation(e, l, r) {
    const at = e.positions(l).filter((i) => i + 1 < l.words.length && /^[A-Za-z]+,$/.test(l.words[i].text));
    if (at.length === 0) return null;
    const i = e.pick(at);
    r.words[i].text = l.words[i].text.slice(0, -1);
    return { class: 'punctuation', left: [i], right: [] };  // the right word itself is unchanged
  },
  case(e, l, r) {
    const at = e.positions(l).filter((i) => i > 0 && isLower(core(l.words[i].text), 5));
    if (at.length === 0) return null;
    const i = e.pick(at);
    r.words[i].text = l.words[i].text.toUpperCase();
    return { class: 'case', left: [i], right: [i] };
  },
  diacritics(e, l, r) {
    const at = e.positions(l).filter((i) => isLower(core(l.words[i].text), 5) && /[aeiou]/.test(l.words[i].text));
    if (at.length === 0) return null;
    const i = e.pick(at);
    const vowels = [...l.words[i].text].map((c, k) => (ACCENTS[c] ? k : -1)).filter((k) => k >= 0);
    const k = e.pick(vowels);
    const chars = [...l.words[i].text];
    chars[k] = ACCENTS[chars[k]];
    r.words[i].text = chars.join('');
    return { class: 'diacritics', left: [i], right: [i] };
  },
};
const kKinds = ['number', 'name', 'word', 'insert', 'delete', 'phrase', 'spacing', 'punctuation', 'case', 'diacritics'];

// One pair being made: the left version, its edited copy, and what was done.
class PairEditor {
  constructor(paragraphs, { seed, foreign, scale }) {
    this.rng = mulberry32(seed);
    this.nextId = 0;
    this.foreign = foreign;
    this.left = paragraphs.map((p) => p.map((text) => this.toSentence(text))).filter((p) => p.length > 0);
    const wordCount = this.left.flat().reduce((n, s) => n + s.words.length, 0);
    this.times = scale ?? Math.max(1, Math.round(wordCount / 600));
    this.right = this.left.map((p) => p.map((s) => ({ ...s, words: s.words.map((w) => ({ ...w })) })));
    this.leftById = new Map(this.left.flat().map((s) => [s.id, s]));
    this.used = new Set();
    this.pinned = new Set();
    this.changes = [];
    // Word edits stay in [0, limit) of a sentence: the second edit of a
    // sentence goes in front of the first.
    this.limit = Infinity;
  }

  pick(items) {
    return items[Math.floor(this.rng() * items.length)];
  }

  toSentence(text) {
    return { id: this.nextId++, op: null, words: text.split(/\s+/).filter(Boolean).map((w) => ({ text: w, change: null })) };
  }

  // A sentence the story repeats can't carry a known edit: which copy
  // changed, moved or went is anyone's guess. Keep every copy out.
  keepRepeatsOut() {
    const seen = new Map();
    for (const s of this.left.flat()) {
      const key = s.words.map((w) => w.text).join(' ');
      seen.set(key, (seen.get(key) || 0) + 1);
    }
    for (const s of this.left.flat()) if (seen.get(s.words.map((w) => w.text).join(' ')) > 1) this.used.add(s.id);
  }

  // Move: a paragraph of at most two sentences past paragraphs holding more.
  moveParagraphs() {
    const { right, used, pinned } = this;
    for (let t = 0; t < this.times; t++) {
      const options = [];
      for (let p = 0; p < right.length; p++) {
        if (right[p].length > 2 || right[p].some((s) => used.has(s.id) || pinned.has(s.id)) || !ends(right[p].at(-1))) continue;
        for (let q = p + 3; q <= right.length; q++) {
          if (right.slice(p + 1, q).flat().some((s) => used.has(s.id) || pinned.has(s.id))) continue;
          if (right.slice(p + 1, q).flat().length >= right[p].length + 2) options.push([p, q]);
        }
      }
      if (options.length === 0) break;
      const [p, q] = this.pick(options);
      const moved = right.splice(p, 1)[0];
      right.splice(q - 1, 0, moved);
      for (const s of moved) {
        used.add(s.id);
        s.op = 'moved';
        this.leftById.get(s.id).op = 'moved';
      }
      // Keep the paragraphs it jumped over out of later moves (word edits may
      // still go there).
      for (const s of right.slice(p, q - 1).flat()) pinned.add(s.id);
    }
  }

  free(minWords) {
    return this.right.flat().filter((s) => !this.used.has(s.id) && s.words.length >= minWords);
  }

  neighbour(s, step) {
    for (const p of this.right) {
      const at = p.indexOf(s);
      if (at >= 0) return p[at + step] ?? null;
    }
    return null;
  }

  removeSentences() {
    const before = (s) => this.neighbour(s, -1);
    for (let t = 0; t < this.times; t++) {
      const candidates = this.free(6).filter((s) => !this.pinned.has(s.id) && ends(s) && (before(s) === null || ends(before(s))) &&
        (before(s) === null || starts(this.neighbour(s, 1))));
      if (candidates.length < 3) break;
      const s = this.pick(candidates);
      this.used.add(s.id);
      this.leftById.get(s.id).op = 'removed';
      for (const p of this.right) {
        const at = p.indexOf(s);
        if (at >= 0) p.splice(at, 1);
      }
    }
  }

  // Sentences of another story, at the start of a paragraph or after a
  // sentence that ends like one.
  addSentences() {
    const endings = this.foreign.filter((text) => /[.!?]["'”’)\]]*$/.test(text) && /^["'“‘(]?[A-Z]/.test(text));
    for (let t = 0; t < this.times && endings.length > 0; t++) {
      const slots = [];
      this.right.forEach((p, i) => p.forEach((s, k) => { if ((k === 0 || ends(p[k - 1])) && starts(s)) slots.push([i, k]); }));
      if (slots.length === 0) break;
      const [p, k] = this.pick(slots);
      const added = this.toSentence(this.pick(endings));
      added.op = 'added';
      this.used.add(added.id);
      this.right[p].splice(k, 0, added);
    }
  }

  positions(l) {
    return l.words.map((w, i) => i).filter((i) => i + 4 <= Math.min(this.limit, l.words.length + 4));
  }

  record(change, l, r) {
    for (const i of change.left) l.words[i].change = change.class;
    for (const i of change.right) r.words[i].change = change.class;
    this.changes.push({ class: change.class, sentence: r.id, leftWords: change.left, rightWords: change.right });
  }

  // One word edit of each kind per round, each in a sentence of its own.
  editWords() {
    for (let t = 0; t < this.times; t++) {
      for (const kind of kKinds) {
        const candidates = this.free(5).filter((s) => s.op === null);
        // A sentence with no room for this kind is tried no more than a few times.
        for (let attempt = 0; attempt < 6 && candidates.length > 0; attempt++) {
          const r = this.pick(candidates);
          const l = this.leftById.get(r.id);
          const change = kWordEdits[kind](this, l, r);
          if (!change) continue;
          this.used.add(r.id);
          this.record(change, l, r);
          break;
        }
      }
    }
  }

  // A second edit in front of the first in half the long sentences.
  editWordsAgain() {
    for (const first of this.changes.slice()) {
      const l = this.leftById.get(first.sentence);
      const r = sentenceOn(this.right, first.sentence);
      const start = Math.min(...first.leftWords, ...first.rightWords);
      if (l.words.length < 20 || start < 10 || this.rng() < 0.5) continue;
      this.limit = start - 3;  // at least two unchanged words between the edits
      const kind = this.pick(kKinds);
      const before = r.words.length;
      const change = kWordEdits[kind](this, l, r);
      this.limit = Infinity;
      if (!change) continue;
      const shift = r.words.length - before;
      first.rightWords = first.rightWords.map((i) => i + shift);
      this.record(change, l, r);
    }
  }

  // Layout edits, which must report nothing: a merge and a split.
  editLayout() {
    const { right } = this;
    for (let p = right.length - 1; p >= 0; p--) if (right[p].length === 0) right.splice(p, 1);
    const mergeable = right.map((p, i) => (i + 1 < right.length && ends(p.at(-1)) && starts(right[i + 1][0]) ? i : -1))
      .filter((i) => i >= 0);
    if (right.length >= 3 && mergeable.length > 0) {
      const p = this.pick(mergeable);
      right.splice(p, 2, [...right[p], ...right[p + 1]]);
    }
    const splittable = right.map((p, i) => (p.length >= 2 ? i : -1)).filter((i) => i >= 0);
    if (splittable.length > 0) {
      const p = this.pick(splittable);
      const at = 1 + Math.floor(this.rng() * (right[p].length - 1));
      right.splice(p, 1, right[p].slice(0, at), right[p].slice(at));
    }
  }

  // The pair as makeEditedPair returns it.
  result() {
    const { left, right, leftById } = this;
    const render = (version) => version.map((p) => p.map((s) => s.words.map((w) => w.text).join(' ')).join(' ')).join('\n\n') + '\n';
    // Word indices over the whole text, in reading order.
    const flatten = (version) => {
      const words = [];
      for (const s of version.flat()) {
        s.first = words.length;
        for (const w of s.words) words.push({ text: w.text, change: w.change, op: s.op, sentence: s.id });
      }
      return words;
    };
    const leftWords = flatten(left);
    const rightWords = flatten(right);
    const truth = this.changes.map((c) => ({
      class: c.class,
      left: c.leftWords.map((i) => leftById.get(c.sentence).first + i),
      right: c.rightWords.map((i) => sentenceOn(right, c.sentence).first + i),
    }));
    const sentences = (version) => version.flat().filter((s) => s.op).map((s) => ({
      op: s.op, id: s.id, first: s.first, count: s.words.length,
    }));
    return {
      leftText: render(left),
      rightText: render(right),
      leftWords,
      rightWords,
      changes: truth,
      leftSentences: sentences(left),
      rightSentences: sentences(right),
    };
  }
}

/**
 * paragraphs: [[sentence text, ...], ...]; options: {seed, foreign: [sentence text], scale}.
 * scale: how many edits of each kind (default: one per 600 words, at least one).
 */
export function makeEditedPair(paragraphs, { seed = 1, foreign = [], scale } = {}) {
  const editor = new PairEditor(paragraphs, { seed, foreign, scale });
  editor.keepRepeatsOut();
  // Sentence edits first, so word edits keep out of them.
  editor.moveParagraphs();
  editor.removeSentences();
  editor.addSentences();
  editor.editWords();
  editor.editWordsAgain();
  editor.editLayout();
  return editor.result();
}

function sentenceOn(version, id) {
  for (const s of version.flat()) if (s.id === id) return s;
  throw new Error(`sentence ${id} is not in this version`);
}
