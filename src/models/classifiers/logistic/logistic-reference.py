# Reference values for fit-logistic.test.ts: scikit-learn's L2 logistic regression (C = 1, so the
# penalty is ½‖β‖² on the summed log-loss, intercept unpenalised) on a fixed, formula-made table.
# Run: OMP_NUM_THREADS=1 /usr/bin/python3 src/models/classifiers/logistic/logistic-reference.py
import math
from sklearn.linear_model import LogisticRegression

X = [[math.sin(i), math.cos(3 * i), (i % 5) / 4] for i in range(40)]
y = [1 if math.sin(7 * i) + X[i][0] > 0.3 else 0 for i in range(40)]
w = [2.0 if v == 1 else 1.0 for v in y]
for weights in (None, w):
    m = LogisticRegression(C=1.0, tol=1e-12, max_iter=10000).fit(X, y, sample_weight=weights)
    print([round(c, 10) for c in m.coef_[0]], round(m.intercept_[0], 10))
