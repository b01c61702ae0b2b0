#!/usr/bin/env python3
# Usage: sizing_error.py PROJECT.isz ARCH OUT.json [sample options]  (INVERSIZE_CLI: the CLI)
# Where does the model's error come from? For each validation design: draw 10 sizings (model
# alone) and compare in log10 units per variable (all Miller/FCOA variables are log):
#  bias   = |mean of the samples - the design's own sizing|
#  spread = std of the 10 samples around their mean
#  nn     = |nearest training design (normalised performances) - the design's sizing|
import json, math, os, sqlite3, statistics as st, subprocess, sys
proj, arch, out = sys.argv[1], sys.argv[2], sys.argv[3]
extra = sys.argv[4:]
cli = os.environ.get('INVERSIZE_CLI', 'build/app/inversize-cli')
db = sqlite3.connect(proj)
space = json.loads(db.execute("select value from project where key='design_space'").fetchone()[0])
names = [v['name'] for v in space]
rows = db.execute("select id, variables, performances, split from designs where split in ('train','validation') and pareto=1").fetchall()
val = [(i, json.loads(v), json.loads(p)) for i, v, p, s in rows if s == 'validation']
tr = [(i, json.loads(v), json.loads(p)) for i, v, p, s in rows if s == 'train']
keys = [k for k in val[0][2] if all(d[2].get(k) is not None for d in tr + val) and st.pstdev([d[2][k] for d in tr]) > 0]
def pv(p):
    return [math.log10(p[k]) if all(d[2][k] > 0 for d in tr) and max(d[2][k] for d in tr) / min(d[2][k] for d in tr) >= 20 else p[k] for k in keys]
T = [pv(d[2]) for d in tr]
mu = [st.mean(c) for c in zip(*T)]; sd = [st.pstdev(c) or 1 for c in zip(*T)]
def z(v): return [(a - m) / s for a, m, s in zip(v, mu, sd)]
TZ = [z(v) for v in T]
L = lambda x: [math.log10(a) for a in x]
res = []
for i, x, p in val:
    spec = [f"{k}={p[k]!r}" for k in keys]
    r = subprocess.run([cli, 'sample', proj, '--arch', arch, '-n', '10', '--refine', '0', '--candidates', '0', '--no-aim', '--json', '--spec', *spec, *extra], capture_output=True, text=True)
    if r.returncode: print(r.stderr[:300], file=sys.stderr); continue
    js = json.loads(r.stdout)
    S = [[s['variables'][n] for n in names] for s in js['samples']]
    lx = L(x); LS = [L(s) for s in S]
    mean = [st.mean(c) for c in zip(*LS)]
    spread = [st.pstdev(c) for c in zip(*LS)]
    bias = [abs(a - b) for a, b in zip(mean, lx)]
    zq = z(pv(p))
    d = sorted(range(len(TZ)), key=lambda j: sum((a - b) ** 2 for a, b in zip(TZ[j], zq)))
    nn = [abs(a - b) for a, b in zip(L(tr[d[0]][1]), lx)]
    res.append(dict(id=i, bias=bias, spread=spread, nn=nn, pdist=math.sqrt(sum((a - b) ** 2 for a, b in zip(TZ[d[0]], zq)))))
json.dump(dict(names=names, res=res), open(out, 'w'))
print(f"{'variable':12s} {'bias':>7s} {'spread':>7s} {'nn':>7s}   (median over designs, log10 units; 0.01 = 2.3 %)")
for j, n in enumerate(names):
    print(f"{n:12s} {st.median(r['bias'][j] for r in res):7.3f} {st.median(r['spread'][j] for r in res):7.3f} {st.median(r['nn'][j] for r in res):7.3f}")
print('median normalised performance distance to the nearest training design', st.median(r['pdist'] for r in res))
