export { type DerivedRefresh, refreshDerived } from './refresh-derived.ts';
