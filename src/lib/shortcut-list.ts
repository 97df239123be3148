// The keyboard shortcuts, in one list: the views bind them and the "?" dialog shows them.

export interface Shortcut {
  /** What to press, as shown: `j`, `Shift J`, `/`. */
  readonly keys: readonly string[];
  readonly description: string;
  /** Where it works. */
  readonly scope: 'everywhere' | 'article' | 'search results';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['/'], description: 'Search the library', scope: 'everywhere' },
  { keys: ['?'], description: 'Show these shortcuts', scope: 'everywhere' },
  { keys: ['j'], description: 'Next quotation', scope: 'article' },
  { keys: ['k'], description: 'Previous quotation', scope: 'article' },
  { keys: ['Shift', 'J'], description: 'Next quotation by the same speaker', scope: 'article' },
  { keys: ['Shift', 'K'], description: 'Previous quotation by the same speaker', scope: 'article' },
  { keys: ['f'], description: 'Find in the article', scope: 'article' },
  { keys: ['Esc'], description: 'Clear the speaker focus, close a card or the find bar', scope: 'article' },
  { keys: ['↓', '↑'], description: 'Move through the results', scope: 'search results' },
  { keys: ['Enter'], description: 'Open the selected result', scope: 'search results' },
];
