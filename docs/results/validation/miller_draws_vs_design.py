#!/usr/bin/env python3
"""Where the Miller's gbw and slew-rate overshoot of the model alone comes from: each validation design's whole
performance vector asked back (`sample --refine 0 --candidates 0 --no-aim -n 10 --verify`, sampling seed = the design's
id), and each draw's compensation capacitor, tail current (Ibias W5/W8) and input pair's gm (proxy sqrt(W1/L1 I5))
compared with the design's own, as log ratios in percent: median [q1, q3] over every draw.

Usage: miller_draws_vs_design.py CLI PROJECT.isz WORKDIR"""
import csv
import math
import os
import statistics
import subprocess
import sys

cli, project, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
data = os.path.join(work, "dataset.csv")
subprocess.run([cli, "dataset", project, "--csv", data], check=True, capture_output=True)
designs = [r for r in csv.DictReader(open(data)) if r["split"] == "validation"]
perfs = ["gain_db", "gbw_hz", "pm_deg", "cmrr_db", "psrr_db", "sr_v_per_us", "icmr_min_v", "icmr_max_v",
         "vout_min_v", "vout_max_v", "power_w", "area_um2", "offset_v"]


def tail(r):
    return float(r["Ibias"]) * float(r["W_M5"]) / float(r["W_M8"])


def gm(r):
    return math.sqrt(float(r["W_M1_M2"]) / float(r["L_M1_M2"]) * tail(r))


def lr(a, b):
    return 100 * math.log(a / b)


rows = {k: [] for k in ("Cc", "tail current", "gm of the input pair", "gbw", "slew rate")}
large = {k: [] for k in rows}  # designs whose Cc is above 1 pF (Cc dominates the area)
for d in designs:
    out = os.path.join(work, f"draws-{d['id']}.csv")
    subprocess.run([cli, "sample", project, "--refine", "0", "--candidates", "0", "--no-aim", "-n", "10", "--verify",
                    "--seed", d["id"], "--csv", out, "--spec"] + [f"{p}={d[p]}" for p in perfs],
                   check=True, capture_output=True)
    for s in csv.DictReader(open(out)):
        v = {"Cc": lr(float(s["C_Cc"]), float(d["C_Cc"])), "tail current": lr(tail(s), tail(d)),
             "gm of the input pair": lr(gm(s), gm(d)), "gbw": lr(float(s["gbw_hz"]), float(d["gbw_hz"])),
             "slew rate": lr(float(s["sr_v_per_us"]), float(d["sr_v_per_us"]))}
        for k in rows:
            rows[k].append(v[k])
            if float(d["C_Cc"]) > 1e-12:
                large[k].append(v[k])


def box(x):
    x = sorted(x)
    n = len(x)
    return f"{statistics.median(x):+.1f} [{x[n // 4]:+.1f}, {x[(3 * n) // 4]:+.1f}]"


print(f"{len(designs)} validation designs, 10 draws each; {len(large['Cc']) // 10} with Cc above 1 pF\n")
print("| drawn against the design's own, log ratio % | every design | designs with Cc > 1 pF |")
print("|---|---|---|")
for k in rows:
    print(f"| {k} | {box(rows[k])} | {box(large[k])} |")
