#!/usr/bin/env python3
"""Differential test of `redline sql`: random policies and data within the translated subset,
evaluated by the interpreter (`redline run --format csv --no-csv-safe`) and by each dialect's
database over the script `redline sql --dialect D` writes (tests/sql/run_script.sh: sqlite3, or
psql on the server PGHOST names, e.g. under tests/sql/with_pg.sh, or DuckDB by
tests/sql/duckdb/run.mjs); the outputs must be the same
bytes, or both must stop with an error (an overflow, a division by zero, a table no row of which
matches), and the database's error must be the script's own or an overflow, not a script it
could not run. Each case also has a random modification replacing one rule: `redline diff
--format csv --no-csv-safe` against `redline sql --diff`.

Usage: random_diff.py REDLINE [--dialect sqlite|postgres|duckdb]... [--cases N] [--seed S] [--verbose]
Each case is reproducible from its seed (printed on a failure, with the policy and the data)."""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

KINDS = ["small", "medium", "large"]
RUN_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_script.sh")
# An error the script stops with on purpose, or an overflow the database reports itself.
MEANT = re.compile(rb"redline: |out of range|integer overflow|Overflow in [a-z]+ of INT64")


def run_sql(dialect, script, data):
    return subprocess.run([RUN_SCRIPT, dialect, script, f"Row={data}"], capture_output=True)


def judge(expected, db, dialect):
    """The interpreter's run (or diff) against the database's: "same" (the same bytes), "both fail"
    (the database stopping with an error it meant), "parser stack" (docs/sql.md: SQLite's parser
    has a fixed stack, and a rule nested deeply enough stops the script: an error, never a wrong
    value; counted, not failed), or "fail"."""
    if expected.returncode != 0 and db.returncode != 0 and MEANT.search(db.stderr):
        return "both fail"
    if expected.returncode == 0 and db.returncode == 0 and expected.stdout == db.stdout:
        return "same"
    if dialect == "sqlite" and b"parser stack overflow" in db.stderr:
        return "parser stack"
    return "fail"


def report(case, command, expected, dialect, db, inputs):
    """A failed case: both exit statuses, its inputs, and both outputs."""
    print(f"{case}: {command} exit {expected.returncode}, {dialect} exit {db.returncode}")
    for text in inputs:
        print(text)
    print(f"--- {command}\n" + expected.stdout.decode() + expected.stderr.decode())
    print(f"--- {dialect}\n" + db.stdout.decode() + db.stderr.decode())


MODES = ["half_even", "half_away_from_zero", "toward_zero", "floor", "ceiling"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.rules = []  # (name, type)
        self.aggs = 0

    def pick(self, xs):
        return self.r.choice(xs)

    def earlier(self, t):
        return [n for n, ty in self.rules if ty == t]

    def int_(self, d):
        r = self.r
        leaves = ["p.a", "p.b", str(r.randint(-20, 20)), "size(p.s)", "(p.o ?? 0)", "year(p.d)"]
        leaves += [f"{n}(p)" for n in self.earlier("int")]
        if d <= 0:
            return self.pick(leaves)
        c = r.randint(0, 17)
        if c < 4:
            return self.pick(leaves)
        if c == 4:
            return f"({self.int_(d - 1)} {self.pick(['+', '-', '*'])} {self.int_(d - 1)})"
        if c == 5:
            # Mostly a divisor that is never zero: most cases should compare values, not errors.
            return f"div({self.int_(d - 1)}, {self.divisor(d)})"
        if c == 6:
            return f"({self.int_(d - 1)} mod {self.divisor(d)})"
        if c == 7:
            return f"(if {self.bool_(d - 1)} then {self.int_(d - 1)} else {self.int_(d - 1)})"
        if c == 8:
            return f"{self.pick(['min', 'max'])}({self.int_(d - 1)}, {self.int_(d - 1)})"
        if c == 9:
            return f"to_int({self.dec(d - 1)}, {self.pick(MODES)})"
        if c == 10:
            return f"match p.k {{ small => {self.int_(d - 1)}, medium => {self.int_(d - 1)}, large => {self.int_(d - 1)} }}"
        if c == 11:
            return f"count(q in Row where {self.pick(['q.k == p.k', 'q.r == p', 'q.a > p.a'])})"
        if c == 12:
            return f"sum(q.{self.pick(['a', 'b'])} for q in Row where {self.pick(['q.k == p.k', 'q.r == p', 'q.b < p.b'])})"
        if c == 13:
            return f"{self.pick(['months_between', 'years_between'])}(p.d, {self.date_(d - 1)})"
        if c == 14:
            self.aggs += 1  # a fresh name per binding: a name may not shadow another
            v = f"v{self.aggs}"
            return f"(if p.o is some {v} then {v} + {self.int_(d - 1)} else {self.int_(d - 1)})"
        if c == 15:
            return f"abs({self.int_(d - 1)})"
        if c == 16:
            return f"{self.pick(['month', 'day'])}({self.date_(d - 1)})"
        return f"(- {self.int_(d - 1)})"

    def divisor(self, d):
        if self.r.random() < 0.1:
            return self.int_(d - 1)
        return f"(abs({self.int_(d - 1)}) + 1)"

    def dec(self, d):
        r = self.r
        lit = f"{r.randint(-30, 30)}.{r.randint(0, 999999):06d}".rstrip("0").rstrip(".")
        leaves = ["p.x", "p.y", lit] + [f"{n}(p)" for n in self.earlier("decimal")]
        if d <= 0:
            return self.pick(leaves)
        c = r.randint(0, 9)
        if c < 3:
            return self.pick(leaves)
        if c == 3:
            return f"({self.dec(d - 1)} {self.pick(['+', '-'])} {self.dec(d - 1)})"
        if c == 4:
            return f"({self.dec(d - 1)} * {self.dec(d - 1)})"
        if c == 5:
            den = self.dec(d - 1) if self.r.random() < 0.1 else f"(abs({self.dec(d - 1)}) + 0.5)"
            return f"({self.dec(d - 1)} / {den})"
        if c == 6:
            return f"round({self.dec(d - 1)}, {r.randint(0, 6)}, {self.pick(MODES)})"
        if c == 7:
            return f"({self.dec(d - 1)} + {self.int_(d - 1)})"
        if c == 8:
            return f"sum(q.x for q in Row where {self.pick(['q.k == p.k', 'q.r == p'])})"
        if c == 9 and r.random() < 0.5:
            # The policy's two scales (policy_and_data): of decimals on the run's date, of ints
            # on each row's date (none before 2000-01-01: an error for the rows before).
            how = self.pick(["marginal", "flat", "rate"])
            if r.random() < 0.5:
                return f"{how}(sc_dec, {self.dec(d - 1)})"
            return f"{how}(sc_int at p.d, {self.int_(d - 1)})"
        return f"(if {self.bool_(d - 1)} then {self.dec(d - 1)} else {self.dec(d - 1)})"

    def date_(self, d):
        r = self.r
        leaves = ["p.d", f"{r.randint(1990, 2030)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "as_of()"]
        leaves += [f"{n}(p)" for n in self.earlier("date")]
        if d <= 0:
            return self.pick(leaves)
        c = r.randint(0, 6)
        if c < 2:
            return self.pick(leaves)
        if c == 2:
            return f"{self.pick(['add_months', 'add_years'])}({self.date_(d - 1)}, {r.randint(-30, 30)})"
        if c == 3:
            return f"({self.date_(d - 1)} + {r.randint(-400, 400)})"
        if c == 4:
            return f"{self.pick(['first_day_of_month', 'last_day_of_month', 'first_day_of_year', 'last_day_of_year'])}({self.date_(d - 1)})"
        if c == 5:
            return f"min({self.date_(d - 1)}, {self.date_(d - 1)})"
        return f"(if {self.bool_(d - 1)} then {self.date_(d - 1)} else {self.date_(d - 1)})"

    def bool_(self, d):
        r = self.r
        leaves = ["p.flag", f"{self.pick(KINDS)} in p.s", "p.o is some", "p.r is none"]
        leaves += [f"{n}(p)" for n in self.earlier("bool")]
        if d <= 0:
            return self.pick(leaves)
        c = r.randint(0, 9)
        if c < 2:
            return self.pick(leaves)
        if c == 2:
            return f"({self.int_(d - 1)} {self.pick(['<', '<=', '>', '>=', '==', '!='])} {self.int_(d - 1)})"
        if c == 3:
            return f"({self.dec(d - 1)} {self.pick(['<', '>=', '=='])} {self.dec(d - 1)})"
        if c == 4:
            return f"({self.date_(d - 1)} {self.pick(['<', '>='])} {self.date_(d - 1)})"
        if c == 5:
            return f"({self.bool_(d - 1)} {self.pick(['and', 'or'])} {self.bool_(d - 1)})"
        if c == 6:
            return f"(not {self.bool_(d - 1)})"
        if c == 7:
            return f"(p.s within {{{', '.join(r.sample(KINDS, r.randint(0, 3)))}}})"
        if c == 8:
            return f"any(q.{self.pick(['flag', 'a > 3'])} for q in Row where q.k == p.k)".replace("q.a > 3", "q.a > 3")
        return f"(p.o == {self.pick(['none', str(r.randint(-3, 3))])})"

    def text(self, d):
        c = self.r.randint(0, 3)
        if c == 0:
            return f"(p.id + \"-\" + to_text({self.int_(d)}))"
        if c == 1:
            return f"to_text({self.dec(d)})"
        if c == 2:
            return f"(to_text({self.date_(d)}) + \" \" + to_text(p.k) + \" \" + to_text({self.bool_(d)}))"
        return f"(if {self.bool_(d)} then \"yes, \" + p.note else p.note)"

    def expr(self, t, d):
        return {"int": self.int_, "decimal": self.dec, "date": self.date_, "bool": self.bool_, "text": self.text}[t](d)

    def rule(self, i):
        r = self.r
        t = self.pick(["int", "decimal", "date", "bool", "text", "int"])
        name = f"r{i}"
        body = self.expr(t, r.randint(1, 3))
        shape = r.randint(0, 6)
        if shape == 0 and t in ("int", "decimal", "text"):
            policy = self.pick(["first", "unique"])
            if policy == "first":
                rows = [f"  one: small, > {r.randint(-5, 5)} => {self.expr(t, 1)};",
                        f"  two: medium, _ => {self.expr(t, 1)};",
                        f"  three: _, <= {r.randint(-5, 5)} => {self.expr(t, 1)};"]
                rows.append(f"  otherwise => {self.expr(t, 1)};")  # the compiler refuses a gap
            else:  # exclusive and complete, as the compiler checks a unique table
                c = r.randint(-5, 5)
                rows = [f"  one: small, _ => {self.expr(t, 1)};",
                        f"  two: medium, _ => {self.expr(t, 1)};",
                        f"  three: large, > {c} => {self.expr(t, 1)};",
                        f"  four: large, <= {c} => {self.expr(t, 1)};"]
            body = f"table {policy} (p.k, p.a) {{\n" + "\n".join(rows) + "\n}"
        if shape == 2 and t == "int":
            agg = self.pick(["sum", "min", "max", "count"])
            t = "int" if agg == "count" else "int?"
            body = (f"table collect {agg} (p.a, p.k) {{\n  one: > {r.randint(-5, 5)}, _ => {self.int_(1)};\n"
                    f"  two: _, {self.pick(KINDS)} => {self.int_(1)};\n  three: < {r.randint(-5, 5)}, _ => {self.int_(1)};\n}}")
        elif shape == 3:
            t = self.pick(["Kind", "Kind?"])
            outcomes = KINDS + (["none"] if t == "Kind?" else [])
            policy = self.pick(["priority", "rule order", "output order"])  # any: the compiler proves overlaps agree
            if policy in ("rule order", "output order"):
                t = "text"
                outcomes = KINDS
            rows = [f"  one: > {r.randint(-5, 5)}, _ => {self.pick(outcomes)};",
                    f"  two: _, {self.pick(KINDS)} => {self.pick(outcomes)};",
                    f"  three: < {r.randint(-5, 5)}, _ => {self.pick(outcomes)};"]
            if policy == "priority":
                rows.append(f"  otherwise => {self.pick(outcomes)};")
            body = f"table {policy} (p.a, p.k) {{\n" + "\n".join(rows) + "\n}"
        text = f"output rule {name}(p: Row): {t} [C{i}] = {body}"
        if shape == 1:
            c1, c2 = self.bool_(1), self.bool_(1)
            text += f"\n  exception e1 [X{i}] when {c1} then {self.expr(t, 1)}"
            text += f"\n  exception e2 to e1 [Y{i}] when {c2} then {self.expr(t, 1)}"
            # A sibling of e1 that mostly stays out of its way (siblings that apply together and
            # disagree are an error: some cases still test that).
            guard = f"not ({c1}) and not ({c2}) and " if r.random() < 0.8 else ""
            if r.random() < 0.5:
                text += f"\n  exception e3 [Z{i}] when {guard}{self.bool_(1)} then {self.expr(t, 1)}"
        self.rules.append((name, t))
        return text + ";\n"


def policy_and_data(seed):
    r = random.Random(seed)
    g = Gen(r)
    out = [f"policy random_{seed} \"random policy {seed}\" [T];\n",
           "enum Kind [T] { small, medium, large }\n",
           "entity Row [T] {\n  key id: text;\n  a: int;\n  b: int;\n  x: decimal;\n  y: decimal;\n  d: date;\n"
           "  k: Kind;\n  s: set of Kind;\n  o: int?;\n  r: Row?;\n  flag: bool;\n  note: text;\n}\n"]
    def brackets(scale_int):
        n = r.randint(1, 4)
        lows = sorted(r.sample(range(-40, 60), n))
        items = []
        for t in lows:
            threshold = str(t) if scale_int else f"{t}.{r.randint(0, 99):02d}"
            rate = f"{r.randint(-2, 2)}.{r.randint(0, 999999):06d}".rstrip("0").rstrip(".")
            items.append(f"{threshold}: {rate}")
        return "{ " + ", ".join(items) + " }"
    out.append(f"param sc_dec: scale of decimal [T] = {brackets(False)};\n")
    out.append(f"param sc_int: scale of int [T] = {{ from 2015-06-01: {brackets(True)}, from 2000-01-01: {brackets(True)} }};\n")
    for i in range(r.randint(2, 6)):
        out.append(g.rule(i))
    n = r.randint(3, 12)
    ids = [f"R{i}" for i in range(n)]
    rows = ["id,a,b,x,y,d,k,s,o,r,flag,note"]
    for i in ids:
        x = f"{r.randint(-50, 50)}.{r.randint(0, 999999):06d}".rstrip("0").rstrip(".")
        y = r.choice(["0", "0.5", "-0.5", "2.5", "1.000005", "3", f"{r.randint(-9, 9)}.{r.randint(0, 99):02d}"])
        d = f"{r.randint(1995, 2030)}-{r.randint(1, 12):02d}-{r.choice([1, 15, 28, 29, 30, 31]):02d}"
        try:
            import datetime
            datetime.date.fromisoformat(d)
        except ValueError:
            d = d[:8] + "28"
        s = ";".join(r.sample(KINDS, r.randint(0, 3)))
        o = r.choice(["", str(r.randint(-5, 5))])
        ref = r.choice(["", r.choice(ids)])
        note = r.choice(["plain", "with, comma", "a \"quote\"", "", "=sum"])
        note_csv = '"' + note.replace('"', '""') + '"' if any(c in note for c in ',"') else note
        rows.append(",".join([i, str(r.randint(-10, 10)), str(r.randint(-3, 3)), x, y, d, r.choice(KINDS), s, o, ref,
                              r.choice(["true", "false"]), note_csv]))
    # A modification replacing one rule of a plain type with another random body of that type
    # (the rules it reads are the ones before it), for the diff.
    plain = [(k, n, t) for k, (n, t) in enumerate(g.rules) if t in ("int", "decimal", "date", "bool", "text")]
    mod = None
    if plain:
        k, n, t = r.choice(plain)
        saved = g.rules
        g.rules = saved[:k]
        mod = (f"modification change_{seed} \"a random change\" [M] amends random_{seed} effective 2000-01-01;\n"
               f"replace rule {n}(p: Row): {t} [M1] = {g.expr(t, r.randint(1, 3))};\n")
        g.rules = saved
    return "".join(out), "\n".join(rows) + "\n", mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("redline")
    ap.add_argument("--cases", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dialect", action="append", choices=["sqlite", "postgres", "duckdb"], help="the dialects to test (default: sqlite)")
    ap.add_argument("--verbose", action="store_true", help="say why each case that fails on both fails")
    args = ap.parse_args()
    dialects = args.dialect or ["sqlite"]
    counts = {"same": 0, "diffs same": 0, "changes": 0, "both fail": 0, "invalid": 0, "parser stack": 0}
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.seed, args.seed + args.cases):
            policy, data, mod = policy_and_data(seed)
            pp, dp, sp = (os.path.join(tmp, n) for n in ("p.policy", "rows.csv", "s.sql"))
            open(pp, "w").write(policy)
            open(dp, "w").write(data)
            common = ["--as-of", "2024-02-29"]
            run = subprocess.run([args.redline, "run", pp, "--data", f"Row={dp}", "--format", "csv", "--no-csv-safe"] + common,
                                 capture_output=True)
            if run.returncode == 1 and b"error:" in run.stderr and b"p.policy:" in run.stderr:
                counts["invalid"] += 1
                print(f"seed {seed}: the generator wrote a policy that does not compile:\n{run.stderr.decode()}\n{policy}")
                failures += 1
                continue
            mp = os.path.join(tmp, "m.mod")
            diff = None
            if mod is not None:
                open(mp, "w").write(mod)
                diff = subprocess.run([args.redline, "diff", pp, "--amend", mp, "--data", f"Row={dp}", "--format", "csv", "--no-csv-safe"] +
                                      common, capture_output=True)
                if diff.returncode == 1 and b"m.mod:" in diff.stderr:
                    diff = None  # the replacement does not compile (e.g. a cycle through an earlier rule)
            for dialect in dialects:
                sql = subprocess.run([args.redline, "sql", pp, "--dialect", dialect, "-o", sp] + common, capture_output=True)
                if sql.returncode != 0:
                    print(f"seed {seed}: redline sql --dialect {dialect} failed:\n{sql.stderr.decode()}\n{policy}")
                    failures += 1
                    continue
                db = run_sql(dialect, sp, dp)
                verdict = judge(run, db, dialect)
                if verdict == "fail":
                    failures += 1
                    report(f"seed {seed}", "redline run", run, dialect, db, [policy, data])
                else:
                    counts[verdict] += 1
                if verdict == "both fail" and args.verbose:
                    print(f"seed {seed} ({dialect}): both fail: {run.stderr.decode().strip()} | {db.stderr.decode().strip()[:300]}")
                # The diff: redline diff's csv against redline sql --diff.
                if diff is None or verdict != "same":
                    continue
                sql = subprocess.run([args.redline, "sql", pp, "--amend", mp, "--diff", "--dialect", dialect, "-o", sp] + common,
                                     capture_output=True)
                if sql.returncode != 0:
                    print(f"seed {seed}: redline sql --diff --dialect {dialect} failed:\n{sql.stderr.decode()}\n{policy}\n{mod}")
                    failures += 1
                    continue
                db = run_sql(dialect, sp, dp)
                verdict = judge(diff, db, dialect)
                if verdict == "fail":
                    failures += 1
                    report(f"seed {seed} (diff)", "redline diff", diff, dialect, db, [policy, mod, data])
                elif verdict == "same":
                    counts["diffs same"] += 1
                    counts["changes"] += diff.stdout.count(b"\n") - 1
                else:
                    counts[verdict] += 1
    print(f"random_diff: {args.cases} cases from seed {args.seed}, dialects {', '.join(dialects)}: {counts['same']} same, "
          f"{counts['diffs same']} diffs same ({counts['changes']} changed values), "
          f"{counts['both fail']} failing on both, {counts['parser stack']} beyond SQLite's parser stack, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
