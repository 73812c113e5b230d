// Types of web/compare-view.js (the package's `wiredesk/compare-view`): the
// side-by-side view of a comparison from `compare()` or `compareArticles()`.
import type { Comparison } from './wiredesk.js';

export interface ComparisonViewOptions {
  /** The versions' titles, over each column (default: the comparison's own). */
  leftLabel?: string;
  rightLabel?: string;
  /** Short names for each side where a narrow screen stacks them (default 'First', 'Second'). */
  leftName?: string;
  rightName?: string;
  /** Show spacing and punctuation changes as unchanged text. */
  hideCosmetic?: boolean;
  /** Link compare-view.css into the document (default true). */
  stylesheet?: boolean;
}

export interface ComparisonView {
  /** Focus the next or previous change (as n / p do). */
  next(): void;
  previous(): void;
  setHideCosmetic(value: boolean): void;
  /** The element the view lives in (for focus or sizing). */
  element: HTMLElement;
  destroy(): void;
}

/** Renders `comparison` into `container`, replacing its content. Throws a TypeError on a bad argument. */
export function renderComparison(container: Element, comparison: Comparison, options?: ComparisonViewOptions): ComparisonView;
