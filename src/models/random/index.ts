export { mix32 } from './mix32.ts';
export { SeededRandom } from './seeded-random.ts';
