#!/usr/bin/env python3
"""Issue 16's "Done when" on the shipped SEC policy, through `redline compare --format json`:

- SECMP0059 after SECMP0044 changes `assessment` exactly for Other Users in the second year of
  their cycle (Self -> Verification), and nothing else, all proved;
- DP133 changes only the Shared Resources obligation, exactly for Users whose roles are Export
  Supplier and/or Registered Supplier Agent only and who use a Shared Resource;
- SECMP0044's regions cover Users on a Shared Resource whose own count is on the other side of
  250,000 from the aggregate, and the providers. (Only one side can happen: the aggregate
  includes the User's own count, so a User large on its own is large on the aggregate.)

Usage: sec_acceptance.py REDLINE SOURCE_DIR"""
import json
import subprocess
import sys

redline, src = sys.argv[1], sys.argv[2]
sec = src + "/policies/sec/"
failures = []


def compare(*args):
    # A long solver budget: the answers must not depend on the machine (sanitizer builds are slow).
    cmd = [redline, "compare", sec + "section_g.policy", "--as-of", "2024-10-01", "--format", "json", *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=src).stdout
    return {o["output"]: o for o in json.loads(out)["outputs"]}


def expect(cond, what):
    if not cond:
        failures.append(what)


def only_changes(result, name, label):
    for out, o in result.items():
        if out == name:
            expect(o["verdict"] == "changes" and o.get("complete"), f"{label}: {out} should change, every change proved: {o}")
        else:
            expect(o["verdict"] == "unchanged", f"{label}: {out} should be proved unchanged, is {o['verdict']} {o.get('reason', '')}")
    for r in result[name]["regions"]:
        expect(r["proved"], f"{label}: region {r['condition']} is not proved")
        expect(r["witness"]["confirmed"] is True, f"{label}: the witness of {r['condition']} is not confirmed by diff")


# SECMP0059 after SECMP0044.
r = compare("--base-amend", sec + "SECMP0044.policy", "--amend", sec + "SECMP0059.policy")
only_changes(r, "assessment", "SECMP0059")
regions = r["assessment"]["regions"]
expect(len(regions) == 1, f"SECMP0059: one region expected, got {len(regions)}")
if regions:
    g = regions[0]
    expect((g["before"], g["after"]) == ("Self", "Verification"), f"SECMP0059: transition {g['before']} -> {g['after']}")
    expect(sorted(g["condition"]) == sorted(["pattern(p) == OtherUser", "p.assessment_year is some",
                                             "p.assessment_year mod 3 == 2"]),
           f"SECMP0059: condition {g['condition']}")

# DP133.
r = compare("--amend", sec + "DP133.policy")
only_changes(r, "g5_25_shared_resources", "DP133")
regions = r["g5_25_shared_resources"]["regions"]
expect(len(regions) == 1, f"DP133: one region expected, got {len(regions)}")
if regions:
    g = regions[0]
    expect((g["before"], g["after"]) == ("false", "true"), f"DP133: transition {g['before']} -> {g['after']}")
    expect(sorted(g["condition"]) == sorted(["limited_by_g1_7(p)", "p.shared_resource is some"]),
           f"DP133: condition {g['condition']}")

# SECMP0044.
r = compare("--amend", sec + "SECMP0044.policy", "--select", "assessment")
a = r["assessment"]
expect(a["verdict"] == "changes", f"SECMP0044: assessment should change: {a}")
conds = [set(g["condition"]) for g in a["regions"]]
own_large = "p.domestic_premises > large_threshold"
own_small = "p.domestic_premises <= large_threshold"
agg_large = "shared_resource_premises(p.shared_resource) > large_threshold"
agg_small = "shared_resource_premises(p.shared_resource) <= large_threshold"
users = [c for c in conds if "p.shared_resource is some" in c and "not is_shared_resource_provider(p)" in c]
expect(a.get("complete"), "SECMP0044: the regions of assessment should be every change (proved)")
expect(any(agg_large in c and own_small in c for c in users),
       f"SECMP0044: no region of users counted large on the aggregate and small on their own: {conds}")
# The other side (small on the aggregate, large on its own) cannot happen: the aggregate counts
# the User's own premises too. With every change proved to be in the regions, none says so.
expect(not any(agg_small in c and own_large in c for c in users),
       f"SECMP0044: a region of users small on the aggregate and large on their own: {conds}")
expect(any("is_shared_resource_provider(p)" in c for c in conds), f"SECMP0044: no region of providers: {conds}")
for g in a["regions"]:
    expect(g["witness"]["confirmed"] is True, f"SECMP0044: the witness of {g['condition']} is not confirmed by diff")

# What compare proves agrees with diff on the shipped register: an output proved unchanged has
# no change there, and, where the regions are every change, each changed value's transition is
# one a region of that output allows.
def diff_changes(*args):
    cmd = [redline, "diff", sec + "section_g.policy", "--as-of", "2024-10-01", "--data",
           "Party=" + src + "/examples/sec/parties.csv", "--format", "csv", *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=src).stdout
    return [line.split(",") for line in out.splitlines()[1:]]


for label, args in [("SECMP0044", ["--amend", sec + "SECMP0044.policy"]),
                    ("SECMP0059", ["--base-amend", sec + "SECMP0044.policy", "--amend", sec + "SECMP0059.policy"]),
                    ("DP133", ["--amend", sec + "DP133.policy"])]:
    proved = compare(*args)
    changes = diff_changes(*args)
    expect(changes, f"{label}: diff on the register shows no change")
    for key, output, before, after in changes:
        o = proved[output]
        expect(o["verdict"] == "changes", f"{label}: {key} changes {output} in diff, compare says {o['verdict']}")
        if o["verdict"] == "changes" and o.get("complete"):
            exact = [(r["before"], r["after"]) for r in o["regions"] if r["before"] != "changes"]
            if exact:
                expect((before, after) in exact, f"{label}: {key} {output} {before} -> {after} is in no region")

for f in failures:
    print("FAIL:", f)
print(f"sec_acceptance: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
