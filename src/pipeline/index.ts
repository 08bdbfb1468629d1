export { type DerivedOptions, type DerivedRefresh, refreshDerived } from './refresh-derived.ts';
