import stdlibDigamma from '@stdlib/math-base-special-digamma';

/** ψ(x) = d/dx log Γ(x) (stdlib). */
export const digamma: (x: number) => number = stdlibDigamma;
