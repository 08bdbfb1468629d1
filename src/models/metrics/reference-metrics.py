#!/usr/bin/python3
"""Reference values for metrics.sklearn.test.ts: scikit-learn's Davies–Bouldin, Calinski–Harabasz
and adjusted Rand index on small deterministic fixtures (the same formulas generate them in the test).
Run: /usr/bin/python3 src/models/metrics/reference-metrics.py"""
import json, math
import numpy as np
from sklearn.metrics import adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score

def fixture(n, d, k):
    x = np.array([[math.sin(i * 1.7 + t) * 3 + (i % k) * 2.5 + t for t in range(d)] for i in range(n)])
    labels = np.array([(i % k) if i % 7 else (i * 3) % k for i in range(n)])
    return x, labels

out = {}
for (n, d, k) in [(60, 2, 3), (200, 4, 5), (97, 3, 2)]:
    x, labels = fixture(n, d, k)
    other = np.array([(i // 3) % (k + 1) for i in range(n)])
    out[f'{n}x{d}k{k}'] = {
        'davies_bouldin': davies_bouldin_score(x, labels),
        'calinski_harabasz': calinski_harabasz_score(x, labels),
        'adjusted_rand': adjusted_rand_score(labels, other),
    }
print(json.dumps(out, indent=1))
