import stdlibGammaln from '@stdlib/math-base-special-gammaln';

/** log Γ(x) for x > 0 (stdlib; gammaln(10.5) = 13.940625219403762). */
export const gammaln: (x: number) => number = stdlibGammaln;
