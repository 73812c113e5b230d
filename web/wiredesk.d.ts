// Types of Wiredesk's JavaScript API (web/wiredesk.js) and its element
// (web/element.js). Hand-written: the wasm core speaks JSON, and these are
// the shapes of that JSON contract.

/** A document as it enters Wiredesk. Only `content` is required. */
export interface WiredeskDocument {
  id?: string;
  source?: string;
  url?: string;
  /** ISO 8601 when known. */
  published?: string;
  /** Sniffed from the content when absent. */
  format?: 'html' | 'text';
  content: string;
  /** Where it came from (a file name): given back with a failure, to say which document it was. */
  name?: string;
}

export type ParagraphKind = 'paragraph' | 'heading' | 'list item' | 'quote';

/** What extraction makes of a document. */
export interface Article {
  id: string;
  title: string;
  byline: string;
  dateline: string;
  published: string;
  lang: string;
  url: string;
  /** The body paragraphs joined by blank lines. */
  text: string;
  paragraphs: { kind: ParagraphKind; text: string }[];
  /** Everything taken out, with why; `at` is the index of the paragraph it stood before. */
  removed: { text: string; reason: string; at?: number }[];
  warnings: string[];
}

export interface Sentence { text: string; begin: number; end: number; paragraph: number }
export interface Token { text: string; kind: 'word' | 'number' | 'punctuation'; begin: number; end: number }

export interface Story {
  id: string;
  /** The article id of the most complete, least damaged version. */
  canonical: string;
  members: string[];
  /** Ids of stories on the same topic or people, about another event. */
  related: string[];
  title: string;
}

export interface Summary {
  /**
   * In reading order. For a story: `article` names the version a sentence was
   * taken from, `support` how many versions carry it.
   */
  sentences: { text: string; score: number; article?: string; support?: number; paragraph: number; sentence: number }[];
  keywords: { term: string; score: number }[];
}

/** The one-off `summarize`: a summary with the id of what it summarised ("a+b" for a story). */
export interface SummaryResult extends Summary { id: string }

/** The side-by-side comparison of two versions (see web/compare-view.js). */
export interface Comparison {
  stats: Record<string, number>;
  rows: unknown[];
  [field: string]: unknown;
}

/** One line of a version's digest: what it changed against the version before it. */
export interface DigestLine {
  /** headline | number | name | wording | added | removed | moved | cosmetic | unrelated */
  class: string;
  /** The line as a reader sees it: "left 20 → 25 dead", "added “…”". */
  text: string;
  /** headline, number, name and wording lines: the earlier and the later text. */
  left?: string;
  right?: string;
}

/** A story's versions over time, what is new, and why they are one story. */
export interface StoryUpdates {
  /** In publication order (arrival order where a version has no date). */
  versions: { id: string; published: string; headline: string; changes: DigestLine[] }[];
  /** Key sentences among those later versions added or changed. */
  whats_new: string[];
  /** Per version: share of text in common with the canonical copy (0..1), passages only it has, a plain line. */
  why: { id: string; shared: number; only_here: string[]; reason: string }[];
  canonical: string;
  /**
   * From a desk's storyUpdates only: the story's related stories and what links each, the names
   * and word pairs they share that weigh most, as the story's canonical copy writes them.
   */
  related?: { id: string; title: string; terms: string[] }[];
}

export interface SummaryOptions {
  /** How many sentences; or a share of the text with `ratio`, or a budget with `chars`. */
  sentences?: number;
  ratio?: number;
  chars?: number;
  /** How many keywords. */
  keywords?: number;
}

export interface AddedArticle {
  id: string;
  title: string;
  /** The body's opening words: what to show when there is no title. */
  lead: string;
  /** BCP 47: declared by the document or page, else detected; "und" when not known. */
  lang: string;
  url: string;
  /** The date as the page or document gives it, parsed or not. */
  published: string;
  /** `published` read into ISO 8601; "" when it is no date ("858shares"). */
  date: string;
  words: number;
  warnings: string[];
}
export interface AddResult {
  added: AddedArticle[];
  failed: { id: string; name?: string; message: string }[];
  /** How many documents a cancel left unread. */
  cancelled: number;
}

export interface Progress { done: number; total: number }

export interface RestoreResult {
  restored: string[];
  /** Records the core refused (damaged, or made by another core version), by index: add their documents instead. */
  refused: { index: number; message: string }[];
}

/** A library of articles in the worker, merged into stories as documents come and go. */
export interface Desk {
  add(documents: WiredeskDocument[], options?: { onProgress?: (progress: Progress) => void; signal?: AbortSignal }): Promise<AddResult>;
  /** Refills the desk from article records, in the order the articles were added; reads no document. */
  restore(records: Uint8Array[], options?: { onProgress?: (progress: Progress) => void }): Promise<RestoreResult>;
  /**
   * As `restore`, from packs: Uint8Arrays of records, each after its size (u32, little-endian).
   * With `stories` (what `stories()` gave on the desk the records came from), a desk that took
   * every record takes them as its stories and clusters none again. With `transfer`, the packs'
   * buffers move to the worker (they are empty afterwards) instead of being copied.
   */
  restorePacks(packs: Uint8Array[], options?: { stories?: Story[]; onProgress?: (progress: Progress) => void; transfer?: boolean }): Promise<RestoreResult & { stories: boolean }>;
  /**
   * What the core computed for each article: its record, or an error for an unknown id. With
   * `texts: false`, index records (without the article's texts: a desk restored from them asks
   * openDesk's `texts` source for the full records when it reads an article); with 'both', each
   * as `{index, full}`.
   */
  records(ids: string[], options?: { texts?: true | false }): Promise<(Uint8Array | { error: { message: string } })[]>;
  records(ids: string[], options: { texts: 'both' }): Promise<({ index: Uint8Array; full: Uint8Array } | { error: { message: string } })[]>;
  remove(ids: string[]): Promise<unknown>;
  clear(): Promise<unknown>;
  stories(): Promise<{ stories: Story[] }>;
  article(id: string): Promise<Article>;
  storySummary(ids: string[], options?: SummaryOptions): Promise<Summary>;
  compareArticles(left: string, right: string): Promise<Comparison>;
  /** The updates of a story from its members' ids (arrival order). */
  storyUpdates(members: string[]): Promise<StoryUpdates>;
  /**
   * The ids of the stories with a version holding every word of `query` in its headline or text,
   * whatever the case and diacritics (whole words), in the order of `stories()`.
   */
  search(query: string): Promise<string[]>;
  /** Called after every add, remove and clear; returns the unsubscribe function. */
  onChange(listener: (result: unknown) => void): () => void;
  close(): Promise<unknown>;
}

export interface Wiredesk {
  extract(textOrDocument: string | WiredeskDocument): Promise<Article>;
  sentences(textOrDocument: string | WiredeskDocument): Promise<{ id: string; sentences: Sentence[]; warnings: string[] }>;
  tokens(textOrDocument: string | WiredeskDocument): Promise<{ id: string; tokens: Token[]; warnings: string[] }>;
  /** Key sentences and keywords of one text or document. */
  summarize(textOrDocument: string | WiredeskDocument, options?: SummaryOptions): Promise<SummaryResult>;
  /** The versions of one story, summarised together: each sentence names its `article`. */
  summarize(versions: (string | WiredeskDocument)[], options: SummaryOptions & { story: true }): Promise<SummaryResult>;
  /** What changed between two versions; with `extract: false` the texts are compared as they stand. */
  compare(left: string | WiredeskDocument, right: string | WiredeskDocument, options?: { extract?: boolean }): Promise<Comparison>;
  /** The updates of a story from its versions' documents (arrival order). */
  updates(versions: (string | WiredeskDocument)[]): Promise<StoryUpdates>;
  /**
   * A new, empty desk. `texts(ids)` gives the full records (`records(ids)`) of articles the desk
   * was restored without texts (index records), when a call reads them; they move to the worker.
   */
  openDesk(options?: { texts?: (ids: string[]) => Promise<Uint8Array[]> }): Promise<Desk>;
  version(): string;
  /**
   * Calls `listener` once if the worker dies after its start (a crash of the core);
   * its desks are gone. Pending calls reject with a WorkerStoppedError.
   */
  onStop(listener: (error: Error) => void): () => void;
  /** The core's build (a hash of its wasm): article records are kept per build. */
  build(): string;
  /** The worker's memory: the wasm heap's size in bytes. */
  memory(): Promise<{ wasm: number }>;
  terminate(): void;
}

/** How a call rejects when the worker died under it. */
export interface WorkerStoppedError extends Error {
  workerStopped: true;
  /** For an `add`: what it had finished, and how many documents it was reading when the worker died. */
  partial?: { done: number; added: AddedArticle[]; failed: { id: string; name?: string; message: string }[]; reading: number };
}

export interface WiredeskOptions {
  /** Where worker.js and gen/ are; defaults to the folder of wiredesk.js. */
  baseUrl?: string | URL;
}

/** Starts a worker with the wasm core. Rejects with a message when it can't start. */
export function createWiredesk(options?: WiredeskOptions): Promise<Wiredesk>;
/** What `startWiredesk` talks to: a Web Worker running worker.js, or anything that behaves as one. */
export interface WorkerLike {
  onmessage: ((event: { data: any }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}
/** The API over a worker you started yourself (wiredesk/node starts a worker thread this way). */
export function startWiredesk(worker: WorkerLike): Promise<Wiredesk>;
/** The page's one Wiredesk: every caller shares its worker and wasm instance. */
export function sharedWiredesk(options?: WiredeskOptions): Promise<Wiredesk>;

/**
 * The <wire-desk> element (web/element.js registers it; this module exports
 * no class: get one with document.querySelector or createElement).
 */
export interface WireDeskElement extends HTMLElement {
  documents: WiredeskDocument[];
  /** Shows `message` in place of the view, after any load under way. */
  showProblem(message: string): Promise<void>;
}

declare global {
  interface HTMLElementTagNameMap { 'wire-desk': WireDeskElement }
  interface HTMLElementEventMap {
    'story-select': CustomEvent<{ story: string; members: string[]; title: string }>;
    'sentence-select': CustomEvent<{ article: string; paragraph: number; sentence: number; text: string }>;
  }
}
