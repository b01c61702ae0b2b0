#!/usr/bin/env python3
"""One table over yield studies: reads DIR/yield.json of each `evaluate --yield-only` report
directory given (e.g. docs/results/test/yield-*) and prints a Markdown row per study: mean
yields of the nominal best, the most robust sampled sizing and the nearest training design, and
how often the most robust beats the other two. Usage: scripts/yield_summary.py DIR..."""
import json
import os
import sys


def mean(values):
    return "–" if not values else f"{100 * sum(values) / len(values):.1f} %"


def row(directory):
    with open(os.path.join(directory, "yield.json")) as f:
        s = json.load(f)
    best, robust, nearest = [], [], []
    beats_best = beats_nearest = both = 0
    for r in s["rows"]:
        b, m, n = r["best"], r["robust"], r["nearest"]
        if b and b["runs"]:
            best.append(b["yield"])
        if m and m["runs"]:
            robust.append(m["yield"])
        if n and n["runs"]:
            nearest.append(n["yield"])
        if b and m and m["yield"] > b["yield"]:
            beats_best += 1
        if m and n:
            both += 1
            beats_nearest += m["yield"] > n["yield"]
    return (f"| {os.path.basename(os.path.normpath(directory))} | {100 * s['slack']:g} % | {len(s['rows'])} | "
            f"{s['mc_runs']} | {mean(best)} | {mean(robust)} | {mean(nearest)} | {beats_best} of {len(s['rows'])} | "
            f"{beats_nearest} of {both} | {s['seconds'] / 60:.0f} min |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    print("| study | slack | specifications | runs per sizing | nominal best | most robust | nearest training design "
          "| robust > best | robust > nearest | time |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for d in sys.argv[1:]:
        print(row(d))
