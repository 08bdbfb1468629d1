export { bootstrapStability, type StabilityOptions, type StabilityResult } from './bootstrap-stability.ts';
