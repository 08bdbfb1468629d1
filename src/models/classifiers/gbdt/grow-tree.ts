import { type Binned, MISSING_BIN } from './bin-features.ts';
import { findBestSplit, HIST_STRIDE, type SplitCandidate, type SplitLimits } from './find-best-split.ts';
import type { Tree } from './tree.ts';

export interface GrowOptions extends SplitLimits {
  maxLeaves: number;
  maxDepth: number;
  learningRate: number;
}

interface OpenNode {
  id: number;
  start: number;
  end: number;
  depth: number;
  hist: Float64Array;
  g: number;
  h: number;
  split: SplitCandidate | undefined;
}

/**
 * Grows one regression tree on gradients and hessians, best leaf first (as LightGBM and
 * scikit-learn's HistGradientBoosting do), up to `maxLeaves` leaves and `maxDepth` levels.
 * `rows` holds the training row indices and is reordered so each leaf's rows are contiguous;
 * `onLeaf` is told each leaf's value and row range, so callers can update margins without
 * traversing the tree. The smaller child's histogram is built and the larger one's is the
 * parent's minus it (histogram subtraction).
 */
export function growTree(
  binned: Binned,
  binCounts: Int32Array,
  grad: Float64Array,
  hess: Float64Array,
  rows: Uint32Array,
  options: GrowOptions,
  onLeaf: (value: number, start: number, end: number) => void,
): Tree {
  const nodes = {
    feature: [] as number[],
    thresholdBin: [] as number[],
    threshold: [] as number[],
    missingLeft: [] as number[],
    left: [] as number[],
    right: [] as number[],
    value: [] as number[],
    cover: [] as number[],
  };
  const addNode = (cover: number): number => {
    nodes.feature.push(-1);
    nodes.thresholdBin.push(-1);
    nodes.threshold.push(0);
    nodes.missingLeft.push(0);
    nodes.left.push(-1);
    nodes.right.push(-1);
    nodes.value.push(0);
    nodes.cover.push(cover);
    return nodes.feature.length - 1;
  };
  const scratch = new Uint32Array(rows.length);
  const open: OpenNode[] = [];
  const rootHist = buildHistogram(binned, grad, hess, rows, 0, rows.length);
  const root = makeNode(addNode(rows.length), 0, rows.length, 0, rootHist, binCounts, options);
  open.push(root);
  const leaves: OpenNode[] = [];
  let leafCount = 1;
  let maxDepth = 0;
  while (open.length) {
    // Best-first: split the open node with the largest gain.
    let pick = -1;
    for (let k = 0; k < open.length; k++) {
      const s = open[k]!.split;
      if (s && (pick < 0 || s.gain > open[pick]!.split!.gain)) pick = k;
    }
    if (pick < 0 || leafCount >= options.maxLeaves) break;
    const node = open.splice(pick, 1)[0]!;
    const split = node.split!;
    const mid = partition(binned, rows, scratch, node.start, node.end, split);
    const leftCount = mid - node.start;
    const rightCount = node.end - mid;
    const leftId = addNode(leftCount);
    const rightId = addNode(rightCount);
    nodes.feature[node.id] = split.feature;
    nodes.thresholdBin[node.id] = split.bin;
    nodes.threshold[node.id] = binned.edges[split.feature]![split.bin]!;
    nodes.missingLeft[node.id] = split.missingLeft ? 1 : 0;
    nodes.left[node.id] = leftId;
    nodes.right[node.id] = rightId;
    const smallIsLeft = leftCount <= rightCount;
    const smallHist = smallIsLeft
      ? buildHistogram(binned, grad, hess, rows, node.start, mid)
      : buildHistogram(binned, grad, hess, rows, mid, node.end);
    const largeHist = node.hist; // reused in place: parent − small
    for (let k = 0; k < largeHist.length; k++) largeHist[k]! -= smallHist[k]!;
    const depth = node.depth + 1;
    maxDepth = Math.max(maxDepth, depth);
    const leftHist = smallIsLeft ? smallHist : largeHist;
    const rightHist = smallIsLeft ? largeHist : smallHist;
    open.push(makeNode(leftId, node.start, mid, depth, leftHist, binCounts, options));
    open.push(makeNode(rightId, mid, node.end, depth, rightHist, binCounts, options));
    leafCount++;
  }
  leaves.push(...open);
  for (const leaf of leaves) {
    const value = (-leaf.g / (leaf.h + options.l2)) * options.learningRate;
    nodes.value[leaf.id] = value;
    onLeaf(value, leaf.start, leaf.end);
  }
  return {
    feature: Int32Array.from(nodes.feature),
    threshold: Float64Array.from(nodes.threshold),
    thresholdBin: Int32Array.from(nodes.thresholdBin),
    missingLeft: Uint8Array.from(nodes.missingLeft),
    left: Int32Array.from(nodes.left),
    right: Int32Array.from(nodes.right),
    value: Float64Array.from(nodes.value),
    cover: Float64Array.from(nodes.cover),
    maxDepth,
  };
}

function makeNode(
  id: number,
  start: number,
  end: number,
  depth: number,
  hist: Float64Array,
  binCounts: Int32Array,
  options: GrowOptions,
): OpenNode {
  // Every feature's bins hold every row of the node, so feature 0's sums are the node's.
  let g = 0;
  let h = 0;
  for (let k = 0; k < HIST_STRIDE; k += 3) {
    g += hist[k]!;
    h += hist[k + 1]!;
  }
  const total = { g, h, count: end - start };
  const split =
    depth < options.maxDepth && end - start >= 2 * options.minSamplesLeaf
      ? findBestSplit(hist, binCounts, options, total)
      : undefined;
  return { id, start, end, depth, hist, g, h, split };
}

function buildHistogram(
  binned: Binned,
  grad: Float64Array,
  hess: Float64Array,
  rows: Uint32Array,
  start: number,
  end: number,
): Float64Array {
  const { codes, d } = binned;
  const hist = new Float64Array(d * HIST_STRIDE);
  // Row by row: each row's gradient pair is loaded once and its d codes are adjacent in memory.
  for (let k = start; k < end; k++) {
    const i = rows[k]!;
    const g = grad[i]!;
    const h = hess[i]!;
    const row = i * d;
    for (let f = 0, base = 0; f < d; f++, base += HIST_STRIDE) {
      const at = base + codes[row + f]! * 3;
      hist[at]! += g;
      hist[at + 1]! += h;
      hist[at + 2]!++;
    }
  }
  return hist;
}

/** Stable partition of rows[start, end) by the split; returns where the right child starts. */
function partition(
  binned: Binned,
  rows: Uint32Array,
  scratch: Uint32Array,
  start: number,
  end: number,
  split: SplitCandidate,
): number {
  const { d } = binned;
  const f = split.feature;
  let left = start;
  let right = 0;
  for (let k = start; k < end; k++) {
    const i = rows[k]!;
    const code = binned.codes[i * d + f]!;
    const goLeft = code === MISSING_BIN ? split.missingLeft : code <= split.bin;
    if (goLeft) rows[left++] = i;
    else scratch[right++] = i;
  }
  rows.set(scratch.subarray(0, right), left);
  return left;
}
