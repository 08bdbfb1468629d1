/** Each cluster's mean (k × d, row-major) and size, from labels in 0..k-1. */
export function clusterCentroids(
  data: Float64Array,
  n: number,
  d: number,
  labels: Int32Array,
  k: number,
): { centroids: Float64Array; sizes: Int32Array } {
  const centroids = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i] as number;
    sizes[c] = (sizes[c] as number) + 1;
    for (let t = 0; t < d; t++)
      centroids[c * d + t] = (centroids[c * d + t] as number) + (data[i * d + t] as number);
  }
  for (let c = 0; c < k; c++)
    for (let t = 0; t < d; t++)
      if ((sizes[c] as number) > 0)
        centroids[c * d + t] = (centroids[c * d + t] as number) / (sizes[c] as number);
  return { centroids, sizes };
}
