/** A fitted model: parameters with standard errors and 95 % intervals, and how the fit went. */
export interface ModelFit {
  model: string;
  params: Record<string, number>;
  logLikelihood: number;
  /** Delta-method standard errors on the natural scale: θ · se(log θ). Null when not identified. */
  standardErrors: Record<string, number | null>;
  /** 95 % intervals exp(log θ ± 1.96 se(log θ)): always positive, asymmetric. Null when not identified. */
  intervals: Record<string, [number, number] | null>;
  /** Covariance of the log-parameters (row-major), from the inverse observed information. */
  logCovariance: number[] | null;
  n: number;
  aic: number;
  bic: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  message: string;
}
