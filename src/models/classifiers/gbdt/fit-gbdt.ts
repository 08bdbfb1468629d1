import { SeededRandom } from '../../random/index.ts';
import { sigmoid } from '../logistic/sigmoid.ts';
import type { DesignMatrix } from '../table/design-matrix.ts';
import { applyBins, type Binned, fitBinEdges, MISSING_BIN } from './bin-features.ts';
import { growTree } from './grow-tree.ts';
import type { Tree } from './tree.ts';

export interface GbdtOptions {
  seed: number;
  learningRate?: number;
  maxRounds?: number;
  maxLeaves?: number;
  maxDepth?: number;
  minSamplesLeaf?: number;
  l2?: number;
  maxBins?: number;
  /** Per-row weights (e.g. class weights); default 1. */
  weights?: Float64Array;
  /** Share of rows held out (stratified) to stop early; 0 turns early stopping off. */
  validationFraction?: number;
  /** Rounds without a better validation log-loss before stopping. */
  patience?: number;
}

export interface GbdtModel {
  /** The log-odds before any tree. */
  base: number;
  trees: Tree[];
  /** Rounds kept (the best validation round when stopping early). */
  rounds: number;
  stoppedEarly: boolean;
  /** Validation log-loss per round, when early stopping ran. */
  validationLoss: number[];
}

/**
 * Gradient-boosted trees for binary log-loss on histograms of binned features: per round the
 * gradients g = w(p − y) and hessians h = w p(1 − p) are summed per bin, each tree is grown
 * best leaf first with Newton leaf values −G/(H + λ), shrunk by the learning rate. Missing values
 * go to the side each split learned. With early stopping, a stratified seeded share of rows is
 * held out and the trees after the best validation round are dropped.
 *
 * @example
 * const model = fitGbdt(x, y, { seed: 1, maxRounds: 200 });
 */
export function fitGbdt(x: DesignMatrix, y: ArrayLike<number>, options: GbdtOptions): GbdtModel {
  const learningRate = options.learningRate ?? 0.1;
  const maxRounds = options.maxRounds ?? 200;
  const patience = options.patience ?? 15;
  const grow = {
    maxLeaves: options.maxLeaves ?? 31,
    maxDepth: options.maxDepth ?? 8,
    minSamplesLeaf: options.minSamplesLeaf ?? 20,
    l2: options.l2 ?? 1,
    minHessian: 1e-3,
    learningRate,
  };
  const { train, validation } = splitValidation(y, x.n, options.validationFraction ?? 0.1, options.seed);
  const edges = fitBinEdges(x, options.maxBins ?? 255, train);
  const binned = applyBins(x, edges);
  const binCounts = Int32Array.from(edges, (e) => e.length);
  const w = options.weights;
  let wSum = 0;
  let wPos = 0;
  for (const i of train) {
    const wi = w ? w[i]! : 1;
    wSum += wi;
    wPos += wi * (y[i] as number);
  }
  const prior = Math.min(Math.max(wPos / Math.max(wSum, 1e-300), 1e-6), 1 - 1e-6);
  const base = Math.log(prior / (1 - prior));
  const margin = new Float64Array(x.n).fill(base);
  const grad = new Float64Array(x.n);
  const hess = new Float64Array(x.n);
  const rows = Uint32Array.from(train);
  const trees: Tree[] = [];
  const validationLoss: number[] = [];
  let bestLoss = Number.POSITIVE_INFINITY;
  let bestRounds = 0;
  let stoppedEarly = false;
  for (let round = 0; round < maxRounds; round++) {
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const p = sigmoid(margin[i]!);
      const wi = w ? w[i]! : 1;
      grad[i] = wi * (p - (y[i] as number));
      hess[i] = Math.max(wi * p * (1 - p), 1e-16);
    }
    const tree = growTree(binned, binCounts, grad, hess, rows, grow, (value, start, end) => {
      for (let k = start; k < end; k++) margin[rows[k]!]! += value;
    });
    trees.push(tree);
    if (validation.length === 0) {
      bestRounds = trees.length;
      if (tree.feature[0]! < 0) break; // nothing left to learn
      continue;
    }
    let loss = 0;
    for (const i of validation) {
      margin[i]! += binnedTreeValue(tree, binned, i);
      const z = margin[i]!;
      const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      loss += softplus - (y[i] as number) * z;
    }
    loss /= validation.length;
    validationLoss.push(loss);
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      bestRounds = trees.length;
    } else if (trees.length - bestRounds >= patience) {
      stoppedEarly = true;
      break;
    }
    if (tree.feature[0]! < 0) break;
  }
  return { base, trees: trees.slice(0, bestRounds), rounds: bestRounds, stoppedEarly, validationLoss };
}

function binnedTreeValue(tree: Tree, binned: Binned, i: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    const code = binned.codes[i * binned.d + tree.feature[node]!]!;
    const goLeft = code === MISSING_BIN ? tree.missingLeft[node] === 1 : code <= tree.thresholdBin[node]!;
    node = goLeft ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
}

/** A stratified, seeded hold-out; none when it would leave a class out of either side. */
function splitValidation(
  y: ArrayLike<number>,
  n: number,
  fraction: number,
  seed: number,
): { train: number[]; validation: number[] } {
  const all = Array.from({ length: n }, (_, i) => i);
  if (fraction <= 0) return { train: all, validation: [] };
  const random = new SeededRandom(seed, 202);
  const validation: number[] = [];
  const inValidation = new Uint8Array(n);
  for (const cls of [0, 1]) {
    const members = all.filter((i) => y[i] === cls);
    const take = Math.round(members.length * fraction);
    if (take < 5 || members.length - take < 5) return { train: all, validation: [] };
    for (let k = members.length - 1; k > 0; k--) {
      const j = Math.floor(random.next() * (k + 1));
      [members[k], members[j]] = [members[j]!, members[k]!];
    }
    for (const i of members.slice(0, take)) inValidation[i] = 1;
  }
  for (let i = 0; i < n; i++) if (inValidation[i]) validation.push(i);
  return { train: all.filter((i) => !inValidation[i]), validation };
}
