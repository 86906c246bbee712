#!/usr/bin/env python3
"""Merge the anchors' bench.py JSON with `hamc plan --json` into one Markdown table.

Usage: anchors_table.py ANCHORS_JSON CHEAPNET_JSON
Prints, per polynomial: the anchor tools' M (sympy cse, sympy horner+cse, FORM O1-O4), the best
of them, the analytic column, CheapNet's M, squarings, neurons, construction, lower bound,
whether proved minimal, and the times. Plain Python 3, no dependencies.
"""
import json
import sys

TOOLS = [("cse", "sympy cse"), ("hcse", "sympy horner+cse"), ("O1", "FORM O1"), ("O2", "FORM O2"),
         ("O3", "FORM O3"), ("O4", "FORM O4")]


def mul(row, method):
    r = row.get(method)
    return r.get("mul") if isinstance(r, dict) and r.get("ok", True) is not False else None


def cell(v):
    return "-" if v is None else str(v)


def main(anchors_path, cheapnet_path):
    anchors = {r["name"]: r for r in json.load(open(anchors_path))["rows"]}
    cheapnet = {p["name"]: p for p in json.load(open(cheapnet_path))["polynomials"]}
    header = ["polynomial", "vars", "terms", "deg"] + [t[1] for t in TOOLS] + [
        "best tool", "analytic", "**CheapNet M**", "S", "neurons", "construction", "lower bound",
        "proved", "vs best tool", "CheapNet plan [s]", "compile [s]", "FORM O3 [s]", "FORM O4 [s]"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    worse = []
    for name in sorted(set(anchors) | set(cheapnet)):
        a, c = anchors.get(name, {}), cheapnet.get(name)
        tools = [mul(a, m) for m, _ in TOOLS]
        best = min((t for t in tools if t is not None), default=None)
        analytic = (a.get("analytic") or {}).get("construction")
        m = c["multiplications"] if c else None
        verdict = "-"
        if m is not None and best is not None:
            verdict = "below" if m < best else "equal" if m == best else "ABOVE"
            if m > best:
                worse.append(name)
        row = [name, cell(a.get("nvars", c and c["variables"])), cell(a.get("nterms", c and c["terms"])),
               cell(a.get("deg", c and c["degree"]))] + [cell(t) for t in tools] + [
            cell(best), cell(analytic), "**" + cell(m) + "**", cell(c and c["squarings"]), cell(c and c["neurons"]),
            cell(c and c["construction"]), cell(c and c["lowerBound"]),
            "yes" if c and c["provedMinimal"] else "no", verdict,
            cell(c and round(c["planSeconds"], 3)), cell(c and round(c["compileSeconds"], 3)),
            cell((a.get("O3") or {}).get("time_s")), cell((a.get("O4") or {}).get("time_s"))]
        print("| " + " | ".join(row) + " |")
    print()
    print("Above the best anchor tool: " + (", ".join(worse) if worse else "none") + ".")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
