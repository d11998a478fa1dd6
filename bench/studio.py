#!/usr/bin/env python3
"""The studio's resident speed (issue 17's goal: a re-diff after a one-clause edit on a loaded
register of 1M parties under 100 ms): starts `redline studio` on a generated register, diffs
SECMP0044 once (the first draft: every rule it changes is evaluated), then times one-clause
edits of it, each a request as the page sends when the drafter types. For each, the server's
own breakdown (evaluate / compare / render) and the client's wall clock. As a point of
reference in the same run: the command line's `diff` of the same question, the whole process.

Usage: bench/studio.py [--parties 1000000] [--redline build/redline] [--gen build/bench/redline-gen]
                       [--edits 5] [--reasons all|shown]"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--parties", type=int, default=1000000)
ap.add_argument("--redline", default="build/redline")
ap.add_argument("--gen", default="build/bench/redline-gen")
ap.add_argument("--edits", type=int, default=5)
args = ap.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
policy = os.path.join(root, "policies/sec/section_g.policy")
amendment = os.path.join(root, "policies/sec/SECMP0044.policy")
with open(amendment, encoding="utf-8") as f:
    text = f.read()
if "then 1 else 0" not in text:
    sys.exit("studio.py: SECMP0044.policy no longer has the clause the edits change ('then 1 else 0')")

with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "parties.csv")
    subprocess.run([args.gen, "--parties", str(args.parties), "--seed", "1", "-o", data], check=True)
    t0 = time.time()
    cli = subprocess.run([args.redline, "diff", policy, "--amend", amendment, "--data", f"Party={data}",
                          "--format", "json", "-o", os.path.join(tmp, "diff.json")])
    cli_s = time.time() - t0
    start = time.time()
    proc = subprocess.Popen([args.redline, "studio", policy, "--data", f"Party={data}", "--workspace", tmp,
                             "--port", "0", "--eval-limit-ms", "600000"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = proc.stdout.readline().split(": ", 1)[1].strip()
        load_s = time.time() - start

        def diff(draft):
            body = json.dumps({"amendments": [{"name": "draft.policy", "text": draft}]}).encode()
            t = time.time()
            with urllib.request.urlopen(urllib.request.Request(url + "api/diff", data=body), timeout=600) as r:
                d = json.loads(r.read())
            d["client_ms"] = (time.time() - t) * 1000
            return d

        def stages(d):
            out = {"evaluate": 0.0, "compare": 0.0, "reasons and render": 0.0}
            for s in d["timings"]:
                key = "evaluate" if s["stage"].startswith(("evaluate", "compile", "load")) else s["stage"]
                out[key] = out.get(key, 0.0) + s["ms"]
            return out

        first = diff(text)
        print(f"parties: {args.parties:,}; studio load (compile, read, evaluate every rule): {load_s:.2f} s; "
              f"command-line diff --format json, whole process: {cli_s:.2f} s")
        print(f"first draft (SECMP0044): {first['changed_entities']:,} of {first['entities']:,} entities change, "
              f"{first['changes_total']:,} values; server {first['elapsed_ms']} ms, client {first['client_ms']:.0f} ms; "
              + ", ".join(f"{k} {v:.1f} ms" for k, v in stages(first).items()))
        rows = []
        for i in range(args.edits):
            d = diff(text.replace("then 1 else 0", f"then {i + 2} else 0"))
            rows.append(d)
            print(f"edit {i + 1}: {d['rules'] - d['rules_reused']} of {d['rules']} rules evaluated; server {d['elapsed_ms']} ms, "
                  f"client {d['client_ms']:.0f} ms; " + ", ".join(f"{k} {v:.1f} ms" for k, v in stages(d).items()))
        med = statistics.median(d["client_ms"] for d in rows)
        med_eval = statistics.median(stages(d)["evaluate"] for d in rows)
        print(f"median re-diff after a one-clause edit: {med:.0f} ms at the client (evaluation {med_eval:.1f} ms); "
              f"goal 100 ms: {'met' if med < 100 else 'NOT met'}; command-line diff / studio re-diff: {cli_s * 1000 / med:.1f}x")
    finally:
        proc.send_signal(2)
        proc.wait(timeout=60)
