export { fitPca, type PcaResult } from './fit-pca.ts';
export { symmetricEigen } from './symmetric-eigen.ts';
