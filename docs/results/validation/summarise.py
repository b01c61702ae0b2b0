#!/usr/bin/env python3
"""The table of docs/diffusion.md's model-alone study, from the runs' summary.json (never by hand).

Usage, from docs/: results/validation/summarise.py [--bounds] results/validation/miller-* (each DIR a report directory of
`inversize-cli evaluate`, whose first model is the one studied; DIR/what.txt says in one line what was changed); the links
are DIR/report.md as given. --baselines: per run, the share of specifications the best of 10 satisfies by the run's
own headline metric ("meets" for a designer's bounds, `evaluate --bounds`; "within 2 %" for the paper's protocol),
for the model and for the baselines of the same run; --baselines --metric meets|within|matches: by that metric instead.
--every-model: a row per model of each run (the lookup and the
training designs' own share as well), not only the first. --over-seeds: one row per setting (runs with the same what.txt,
e.g. the same sampling options on models of several training seeds), the first model's share per run in the order given
and their mean by the run's headline metric; the share of all its samples that satisfy their specification
(from DIR/samples.csv.gz where kept); the means of its gbw and slew-rate medians, and of the run's baselines (the
model as drawn, the lookup at budget, the lookup, a training design already). "--as=SETTING" before DIRs names
their setting in place of their what.txt (runs made at different times with the same setting); "--as=" ends it."""
import csv
import gzip
import json
import os
import sys


def pct(v):
    return f"{v * 100:+.1f}"


def bounds_table(dirs, metric=None):
    out = ["| run | what changed | metric | the model | as drawn | archive lookup at budget | archive lookup | a training design already |",
           "|---|---|---|---|---|---|---|---|"]
    for d in dirs:
        s = json.load(open(os.path.join(d, "summary.json")))
        what = open(os.path.join(d, "what.txt")).read().strip() if os.path.exists(os.path.join(d, "what.txt")) else ""
        h = metric or s.get("headline", "within")
        met = {m["label"]: f"{m['best_of_n'][h] * 100:.1f} %" for m in s["models"]}
        first = s["models"][0]["label"]
        out.append(f"| [{os.path.basename(d.rstrip('/'))}]({d.rstrip('/')}/report.md) | {what} | {h} | {met[first]} | "
                   f"{met.get(first + '-as-drawn', '')} | {met.get('archive-lookup-at-budget', '')} | "
                   f"{met.get('archive-lookup', '')} | {s['training_satisfies'][h] * 100:.1f} % |")
    return out


def sample_share(d, arch, metric):
    """The share of all the first model's samples that satisfy their specification by `metric`, from
    DIR/samples.csv[.gz] (None without one)."""
    for name, opener in (("samples.csv.gz", gzip.open), ("samples.csv", open)):
        path = os.path.join(d, name)
        if os.path.exists(path):
            ok = {}
            for r in csv.DictReader(opener(path, "rt")):
                if r["arch"] == arch:
                    key = (r["design"], r["sample"])
                    ok[key] = ok.get(key, True) and r[metric] == "1"
            return sum(ok.values()) / len(ok)
    return None


def seeds_table(args):
    groups = {}
    label = None
    for d in args:
        if d.startswith("--as="):  # the setting of the runs that follow, in place of their what.txt
            label = d[len("--as="):] or None
            continue
        s = json.load(open(os.path.join(d, "summary.json")))
        what = label or open(os.path.join(d, "what.txt")).read().strip()
        m = s["models"][0]
        h = s.get("headline", "within")
        # Medians only of runs that ask whole performance vectors (with bounds they are margins).
        med = lambda k: (m["performances"][k]["median"] if m.get("performances", {}).get(k) and not s.get("bounds")
                         else float("nan"))
        met = {x["label"]: x["best_of_n"][h] for x in s["models"]}
        # The baselines of the same run (NaN where the run has none): the model as drawn, the
        # lookup at the model's budget, the lookup, a training design already.
        base = [met.get(m["label"] + "-as-drawn", float("nan")), met.get("archive-lookup-at-budget", float("nan")),
                met.get("archive-lookup", float("nan")), s["training_satisfies"][h]]
        groups.setdefault((what, h), []).append((d.rstrip("/"), m["best_of_n"][h], med("gbw_hz"), med("sr_v_per_us"),
                                                 sample_share(d, m["arch"], h), *base))
    out = ["| setting | metric | best of 10, per run | mean | of all samples, mean | gbw median, mean | "
           "slew rate median, mean | as drawn, mean | lookup at budget, mean | lookup, mean | a training design already, mean |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    mean = lambda runs, i: sum(r[i] for r in runs) / len(runs)
    cell = lambda v, f: f(v) if v == v else ""  # NaN: not asked, or no such baseline in the run
    for (what, h), runs in groups.items():
        each = " / ".join(f"[{r[1] * 100:.1f}]({r[0]}/report.md)" for r in runs)
        shares = f"{mean(runs, 4) * 100:.1f} %" if all(r[4] is not None for r in runs) else ""
        gbw, sr = (cell(mean(runs, i), lambda v: f"{pct(v)} %") for i in (2, 3))
        base = " | ".join(cell(mean(runs, i), lambda v: f"{v * 100:.1f} %") for i in (5, 6, 7, 8))
        out.append(f"| {what} | {h} | {each} | {mean(runs, 1) * 100:.1f} % | {shares} | {gbw} | {sr} | {base} |")
    return out


if len(sys.argv) > 1 and sys.argv[1] == "--over-seeds":
    print("\n".join(seeds_table(sys.argv[2:])))
    sys.exit(0)

if len(sys.argv) > 1 and sys.argv[1] == "--baselines":
    args = sys.argv[2:]
    metric = None
    if args[:1] == ["--metric"]:
        metric, args = args[1], args[2:]
    print("\n".join(bounds_table(args, metric)))
    sys.exit(0)

every = len(sys.argv) > 1 and sys.argv[1] == "--every-model"
if every:
    sys.argv.pop(1)
rows = ["| run | what changed | best of 10 within 2 % | worst \\|median\\| | worst quartile | gbw median [q1, q3] % "
        "| slew rate median [q1, q3] % | power median [q1, q3] % |",
        "|---|---|---|---|---|---|---|---|"]
for d in sys.argv[1:]:
    s = json.load(open(os.path.join(d, "summary.json")))
    what = open(os.path.join(d, "what.txt")).read().strip() if os.path.exists(os.path.join(d, "what.txt")) else ""
    link = f"[{os.path.basename(d.rstrip('/'))}]({d.rstrip('/')}/report.md)"
    for m in s["models"] if every else s["models"][:1]:
        label = f"{what}: {m['label']}" if every else what
        perf = {k: p for k, p in m.get("performances", {}).items() if p and not p.get("absolute")}
        if not perf:  # a lookup: its share only
            rows.append(f"| {link} | {label} | {m['best_of_n']['within'] * 100:.1f} % | | | | | |")
            continue
        worst_med = max(abs(p["median"]) for p in perf.values())
        worst_q = max(max(abs(p["q1"]), abs(p["q3"])) for p in perf.values())
        box = lambda k: f"{pct(perf[k]['median'])} [{pct(perf[k]['q1'])}, {pct(perf[k]['q3'])}]" if k in perf else ""
        rows.append(f"| {link} | {label} | "
                    f"{m['best_of_n']['within'] * 100:.1f} % | {worst_med * 100:.1f} % | {worst_q * 100:.1f} % | "
                    f"{box('gbw_hz')} | {box('sr_v_per_us')} | {box('power_w')} |")
    if every:
        rows.append(f"| {link} | {what}: a training design already | {s['training_satisfies']['within'] * 100:.1f} % | | | | | |")
print("\n".join(rows))
