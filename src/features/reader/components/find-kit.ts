// Find's code in one chunk: the bar and the matching it drives.

export { FindBar } from './find-bar';
export { findMatches } from '../lib/find';
