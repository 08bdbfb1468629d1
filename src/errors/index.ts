export { closestName } from './closest-name.ts';
export { type Location, PatronError } from './patron-error.ts';
