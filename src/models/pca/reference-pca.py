#!/usr/bin/python3
"""Reference values for fit-pca.sklearn.test.ts: scikit-learn's PCA explained variance ratios on a
deterministic fixture built by the same formula as the test.
Run: /usr/bin/python3 src/models/pca/reference-pca.py"""
import json, math
import numpy as np
from sklearn.decomposition import PCA

n, d = 150, 4
x = np.array([[math.sin(i * (t + 1) * 0.7) * (t + 1) + (i % 5) * (0.3 if t == 2 else 0.0) for t in range(d)] for i in range(n)])
p = PCA(n_components=2).fit(x)
print(json.dumps({'explained_variance_ratio': p.explained_variance_ratio_.tolist(),
                  'first_axis_abs': np.abs(p.components_[0]).tolist()}, indent=1))
