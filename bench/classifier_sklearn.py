# Peer for bench/classifier-gbdt.ts: scikit-learn's HistGradientBoostingClassifier and
# LogisticRegression on the same matrices (raw float64 files written by the TypeScript bench),
# with the same settings. Prints one JSON object.
# Run by the bench as: OMP_NUM_THREADS=1 /usr/bin/python3 bench/classifier_sklearn.py DIR N_TRAIN N_TEST D ROUNDS
import json
import resource
import sys
import time

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

folder, n_train, n_test, d, rounds = sys.argv[1], *map(int, sys.argv[2:6])
x_train = np.fromfile(f"{folder}/x_train.f64").reshape(n_train, d)
y_train = np.fromfile(f"{folder}/y_train.f64")
x_test = np.fromfile(f"{folder}/x_test.f64").reshape(n_test, d)
y_test = np.fromfile(f"{folder}/y_test.f64")

gbdt = HistGradientBoostingClassifier(
    max_iter=rounds, learning_rate=0.1, max_leaf_nodes=31, max_depth=8, min_samples_leaf=20,
    l2_regularization=1.0, max_bins=255, early_stopping=False, random_state=0,
)
started, cpu = time.perf_counter(), time.process_time()
gbdt.fit(x_train, y_train)
gbdt_seconds, gbdt_cpu = time.perf_counter() - started, time.process_time() - cpu
gbdt_auc = roc_auc_score(y_test, gbdt.predict_proba(x_test)[:, 1])

x_lin = np.nan_to_num(x_train)
mean, sd = x_lin.mean(axis=0), x_lin.std(axis=0) + 1e-12
logreg = LogisticRegression(C=1.0, max_iter=1000)
started, cpu = time.perf_counter(), time.process_time()
logreg.fit((x_lin - mean) / sd, y_train)
logreg_seconds, logreg_cpu = time.perf_counter() - started, time.process_time() - cpu
logreg_auc = roc_auc_score(y_test, logreg.decision_function((np.nan_to_num(x_test) - mean) / sd))

print(json.dumps({
    "gbdt_seconds": gbdt_seconds, "gbdt_cpu": gbdt_cpu, "gbdt_auc": gbdt_auc, "gbdt_rounds": gbdt.n_iter_,
    "logreg_seconds": logreg_seconds, "logreg_cpu": logreg_cpu, "logreg_auc": logreg_auc,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
