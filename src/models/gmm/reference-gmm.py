#!/usr/bin/python3
"""Reference values for fit-gaussian-mixture.sklearn.test.ts: scikit-learn's diagonal Gaussian mixture
on a deterministic fixture built by the same formula as the test. Prints the mean log-likelihood
per point and the sorted component weights.
Run: /usr/bin/python3 src/models/gmm/reference-gmm.py"""
import json, math
import numpy as np
from sklearn.mixture import GaussianMixture

n, k = 600, 3
centres = [(0.0, 0.0), (6.0, 1.0), (2.0, 7.0)]
x = np.array([[centres[i % k][0] + 1.5 * math.sin(i * 1.3) + 0.5 * math.cos(i * 0.37),
               centres[i % k][1] + (1 + (i % k) * 0.5) * math.cos(i * 2.1)] for i in range(n)])
gm = GaussianMixture(n_components=k, covariance_type='diag', tol=1e-8, max_iter=1000, reg_covar=1e-6, random_state=0).fit(x)
print(json.dumps({'mean_log_likelihood': gm.score(x), 'weights': sorted(gm.weights_.tolist())}, indent=1))
