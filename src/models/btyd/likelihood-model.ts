/** A model fitted by maximum likelihood over log-parameters. */
export interface LikelihoodModel<Data> {
  /** Short id, e.g. 'bgnbd'. */
  id: string;
  parameterNames: readonly string[];
  /** Starting values on the natural scale (the peer scripts' starts). */
  start: readonly number[];
  /** Number of observations the likelihood sums over (for BIC and scaling). */
  count(data: Data): number;
  /** Summed log-likelihood at log-parameters; fills ∂LL/∂log θ into `gradient` when given. */
  logLikelihood(data: Data, logParams: Float64Array, gradient?: Float64Array): number;
}
