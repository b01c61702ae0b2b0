#!/usr/bin/env python3
# Usage: mean_fit_residual.py PROJECT.isz   (needs numpy)
# How much of the sizing a least-squares fit on the performances carries (docs/diffusion.md,
# "A quadratic mean"): the median |residual| over every variable (log10 sizes, in per cent) of
# a linear fit and of one quadratic in the performances, fitted on the training designs (or
# their first half) and asked on other designs. The performances are normalised as the models'
# condition is (log10 where the training designs span 20x or more, then z-scored); ridge
# 1e-3 * rows, as ModelConfig::mean_fit's.
import json, math, sqlite3, sys
import numpy as np

db = sqlite3.connect(sys.argv[1])
space = json.loads(db.execute("select value from project where key='design_space'").fetchone()[0])
names = [v['name'] for v in space]
split = {'train': [], 'validation': [], 'test': []}
for i, v, p, s in db.execute("select id, variables, performances, split from designs where pareto=1 order by id"):
    x, p = json.loads(v), json.loads(p)
    if isinstance(x, list): x = dict(zip(names, x))
    if s in split: split[s].append((x, p))
train = split['train']
keys = [k for k in split['validation'][0][1]
        if k != 'offset_v' and all(d[1].get(k) is not None for d in train)]
logs = {k for k in keys if all(d[1][k] > 0 for d in train)
        and max(d[1][k] for d in train) / min(d[1][k] for d in train) >= 20}

def matrices(designs):
    P = np.array([[math.log10(p[k]) if k in logs else p[k] for k in keys] for _, p in designs])
    return P, np.log10(np.array([[x[n] for n in names] for x, _ in designs]))

def linear(Z): return np.hstack([Z, np.ones((len(Z), 1))])
def quadratic(Z):
    products = [Z[:, i] * Z[:, j] for i in range(Z.shape[1]) for j in range(i, Z.shape[1])]
    return np.hstack([Z, np.array(products).T, np.ones((len(Z), 1))])

def residuals(fitted_on, asked):
    P, X = matrices(fitted_on)
    mu, sd = P.mean(0), P.std(0) + 1e-12
    out = []
    for features in (linear, quadratic):
        A = features((P - mu) / sd)
        W = np.linalg.solve(A.T @ A + 1e-3 * len(A) * np.eye(A.shape[1]), A.T @ X)
        for label, designs in asked:
            Q, Y = matrices(designs)
            r = (Y - features((Q - mu) / sd) @ W) / math.log10(math.e) * 100
            out.append(f"{features.__name__} on {label}: {np.median(np.abs(r)):.1f} %")
    return out

print(f"{sys.argv[1]}: {len(keys)} performances, {len(names)} variables, {len(train)} training designs")
print("fitted on every training design:", "; ".join(residuals(train, [
    ('the training designs', train), ('validation', split['validation']), ('test', split['test'])])))
half = len(train) // 2
print("fitted on the first half (id order):", "; ".join(residuals(train[:half], [('the later half', train[half:])])))
