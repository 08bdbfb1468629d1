export { type Location, PatronError } from './patron-error.ts';
