export {
  fitGaussianMixture,
  type GaussianMixtureOptions,
  type GaussianMixtureResult,
} from './fit-gaussian-mixture.ts';
