"""The Python module against the command line and against known values.

Run by ctest (test "python") with PYTHONPATH=build/python, REDLINE_EXE (the CLI just built) and
REDLINE_SOURCE_DIR (the repository, for the SEC policy and its example register).
"""

import csv
import datetime
import decimal
import io
import os
import subprocess
import warnings
from pathlib import Path

import pandas as pd
import pytest

import redline

ROOT = Path(os.environ.get("REDLINE_SOURCE_DIR", Path(__file__).resolve().parents[2]))
REDLINE = os.environ.get("REDLINE_EXE", str(ROOT / "build" / "redline"))
SEC = ROOT / "policies" / "sec"
PARTIES = ROOT / "examples" / "sec" / "parties.csv"

# Two entities, decimals that divide inexactly, a date parameter and an enum: small enough to
# know every value by hand.
WINTER = """\
policy winter "Winter test" [W];

enum Band [W3] { None, Standard, Higher }

entity Household [W1] {
  key id: text;
  income: decimal check >= 0;
  occupants: int check >= 1;
}

entity Member [W2] {
  key id: text;
  household: Household;
  age: int check >= 0;
}

param income_limit: decimal [W2.1] = 16_190 until 2024-03-31, then 17_005;

output rule eligible(h: Household): bool [W2] = h.income < income_limit;
output rule band(h: Household): Band [W3]
  = if not eligible(h) then None else if h.occupants >= 4 then Higher else Standard;
output rule per_person(h: Household): decimal [W5] = h.income / h.occupants;
output rule adult(m: Member): bool [W6] = m.age >= 18;
rule home(m: Member): Household [W7] = m.household;
"""

HOUSEHOLDS = "id,income,occupants\nH1,100,3\nH2,16500,2\nH3,15999.99,7\n"
MEMBERS = "id,household,age\nM1,H1,40\nM2,H1,12\nM3,H3,18\n"


@pytest.fixture
def winter(tmp_path):
    (tmp_path / "winter.policy").write_text(WINTER)
    (tmp_path / "households.csv").write_text(HOUSEHOLDS)
    (tmp_path / "members.csv").write_text(MEMBERS)
    return tmp_path


def cli(*args):
    return subprocess.run([REDLINE, *map(str, args)], check=True, capture_output=True, text=True).stdout


def as_text(v):
    """A value as the CLI's csv writes it, to compare with it."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def test_diff_from_dataframe_equals_cli_csv():
    frame = pd.read_csv(PARTIES, dtype=str)
    got = redline.diff(SEC / "section_g.policy", amendments=[SEC / "SECMP0044.policy"], data={"Party": frame})
    want = list(csv.reader(io.StringIO(cli("diff", SEC / "section_g.policy", "--amend", SEC / "SECMP0044.policy",
                                           "--data", f"Party={PARTIES}", "--format", "csv", "--no-csv-safe"))))
    assert want[0] == ["id", "output", "before", "after"]
    assert len(want) > 10  # SECMP0044 changes many parties: the comparison below is not vacuous
    assert list(got.columns) == ["id", "output", "before", "after", "why"]
    rows = [[r.id, r.output, as_text(r.before), as_text(r.after)] for r in got.itertuples()]
    assert rows == want[1:]
    # Every change has its reason, naming the modification that made it.
    assert all("SECMP0044" in why for why in got["why"])


def test_diff_values_are_typed_and_why_is_the_cli_reason():
    got = redline.diff(SEC / "section_g.policy", amendments=[SEC / "SECMP0044.policy"], data={"Party": PARTIES})
    counted = got[got["output"] == "premises_counted"]
    assert len(counted) > 0
    assert all(type(v) is int for v in counted["before"]) and all(type(v) is int for v in counted["after"])
    # The json format says the same: a change's why.text is what moved, step by step, and its
    # reason's text the operations, which the sentence gives after "because" for each step.
    import json

    report = json.loads(cli("diff", SEC / "section_g.policy", "--amend", SEC / "SECMP0044.policy", "--data",
                            f"Party={PARTIES}", "--format", "json"))
    reasons = {r["id"]: r["text"] for r in report["reasons"]}
    whys = {(r.id, r.output): r.why for r in got.itertuples()}
    assert set(whys) == {(c["id"], c["output"]) for c in report["changes"]}
    several = 0
    for c in report["changes"]:
        why, text = whys[(c["id"], c["output"])], c["why"]["text"]
        steps = why.split("; then ")
        assert [step.split(" because ")[0] for step in steps] == text.split("; then ")
        if len(c["why"]["steps"]) == 1:
            assert why == text + " because " + reasons[c["why"]["reason"]]
        else:
            several += 1
            assert len(steps) == len(c["why"]["steps"])
    assert several > 0  # the example has changes moved at two steps: the comparison covers them


def test_run_values_are_exact(winter):
    frame = redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"},
                        as_of=datetime.date(2024, 6, 1), select=["per_person", "eligible", "band"])
    assert list(frame.columns) == ["id", "per_person", "eligible", "band"]
    assert list(frame["id"]) == ["H1", "H2", "H3"]
    per_person = list(frame["per_person"])
    assert per_person == [decimal.Decimal("33.333333"), decimal.Decimal("8250"), decimal.Decimal("2285.712857")]
    assert all(type(v) is decimal.Decimal for v in per_person)
    assert list(frame["eligible"]) == [True, True, True]  # 16500 < 17005 after 2024-03-31
    assert list(frame["band"]) == ["Standard", "Standard", "Higher"]
    # Before April 2024 the limit was 16190: H2 was not eligible. as_of as text works alike.
    early = redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"},
                        as_of="2024-01-15", select="eligible")
    assert list(early["eligible"]) == [True, False, True]


def test_run_from_dataframe_matches_run_from_file(winter):
    frame = pd.DataFrame({"id": ["H1", "H2", "H3"],
                          "income": [decimal.Decimal("100"), decimal.Decimal("16500"), decimal.Decimal("15999.99")],
                          "occupants": [3, 2, 7]})
    household = "eligible,band,per_person"
    from_frame = redline.run(winter / "winter.policy", data={"Household": frame}, as_of="2024-06-01", select=household)
    from_file = redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"},
                            as_of="2024-06-01", select=household)
    assert list(from_frame.columns) == ["id", "eligible", "band", "per_person"]
    pd.testing.assert_frame_equal(from_frame, from_file)
    # A parameter override, given as a Decimal.
    low = redline.run(winter / "winter.policy", data={"Household": frame}, as_of="2024-06-01",
                      params={"income_limit": decimal.Decimal("99.5")}, select="eligible")
    assert list(low["eligible"]) == [False, False, False]


def test_run_several_entities(winter):
    frames = redline.run(winter / "winter.policy",
                         data={"Household": winter / "households.csv", "Member": winter / "members.csv"},
                         as_of="2024-06-01", select="per_person,adult,home")
    assert set(frames) == {"Household", "Member"}
    assert list(frames["Household"].columns) == ["id", "per_person"]
    member = frames["Member"]
    assert list(member.columns) == ["id", "adult", "home"]
    assert list(member["adult"]) == [True, False, True]
    assert member["adult"].dtype == bool
    assert list(member["home"]) == ["H1", "H1", "H3"]  # references as the referenced keys


def test_data_error_has_file_line_field(winter):
    bad = winter / "bad.csv"
    bad.write_text("id,income,occupants\nH1,100,3\nH2,lots,2\n")
    with pytest.raises(redline.DataError) as caught:
        redline.run(winter / "winter.policy", data={"Household": bad}, select="per_person")
    e = caught.value
    assert (e.file, e.line, e.field) == (str(bad), 3, "income")
    assert isinstance(e, redline.Error)
    assert str(bad) in str(e) and "income" in str(e)


def test_data_error_in_a_dataframe_names_it(winter):
    frame = pd.DataFrame({"id": ["H1", "H2"], "income": ["100", "-5"], "occupants": [3, 2]})
    with pytest.raises(redline.DataError) as caught:
        redline.run(winter / "winter.policy", data={"Household": frame}, select="per_person")
    assert caught.value.file == "<DataFrame Household>"
    assert caught.value.line == 3  # the header is line 1
    assert caught.value.field == "income"


def test_eval_error_has_rule_and_key(winter):
    frame = pd.DataFrame({"id": ["H1", "H9"], "income": ["100", "5"], "occupants": [3, 1]})
    (winter / "div.policy").write_text(WINTER + "output rule broken(h: Household): decimal [W9] = h.income / (h.occupants - 1);\n")
    with pytest.raises(redline.EvalError) as caught:
        redline.run(winter / "div.policy", data={"Household": frame}, select="broken")
    e = caught.value
    assert (e.rule, e.citation, e.entity, e.key) == ("broken", "W9", "Household", "H9")


def test_compile_error_carries_diagnostics(winter, capfd):
    (winter / "bad.policy").write_text(WINTER.replace("h.income < income_limit", "h.income < incme_limit"))
    with pytest.raises(redline.CompileError) as caught:
        redline.run(winter / "bad.policy", data={"Household": winter / "households.csv"})
    errors = [d for d in caught.value.diagnostics if d.severity == "error"]
    assert len(errors) >= 1
    first = errors[0]
    assert first.file == str(winter / "bad.policy")
    assert first.line == WINTER.splitlines().index("output rule eligible(h: Household): bool [W2] = h.income < income_limit;") + 1
    assert "incme_limit" in first.message
    # Nothing printed: the diagnostics are the exception's.
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_check_returns_diagnostics(winter):
    assert [d for d in redline.check(winter / "winter.policy") if d.severity == "error"] == []
    (winter / "bad.policy").write_text(WINTER.replace("h.income < income_limit", "h.income < incme_limit"))
    found = redline.check([winter / "bad.policy"])
    want = cli_check_json(winter / "bad.policy")
    assert [(d.severity, d.code, d.message, d.file, d.line, d.column) for d in found] == want
    assert any(d.severity == "error" for d in found)


PARAM_POLICY = """policy given "Parameters given to check" [P];
entity Item [P] { key id: text; size: int; }
param limit: int [P0] = 10;
output rule band(i: Item): text [P1]
  = table unique (i.size) {
      small: < limit => "small";
      big: >= 10 => "big";
    };
"""


def test_check_params(tmp_path):
    policy = tmp_path / "given.policy"
    policy.write_text(PARAM_POLICY)
    assert redline.check(policy) == []
    # The table is checked with the value given, as `check --param limit=12` checks it.
    found = redline.check(policy, params={"limit": 12})
    assert [(d.severity, d.code, d.line) for d in found] == [("error", "table-overlap", 7)]
    assert found[0].message == "rows 'small' and 'big' of the 'unique' table in rule 'band' both match i.size = 10"
    proc = subprocess.run([REDLINE, "check", "--format", "json", "--param", "limit=12", str(policy)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and '"table-overlap"' in proc.stdout
    with pytest.raises(redline.UsageError) as caught:
        redline.check(policy, params={"limt": 8})
    assert caught.value.field == "params"
    assert "did you mean 'limit'?" in str(caught.value)


def cli_check_json(path):
    import json

    proc = subprocess.run([REDLINE, "check", "--format", "json", str(path)], capture_output=True, text=True)
    assert proc.returncode == 1
    return [(d["severity"], d["code"], d["message"], d.get("file"), d.get("line"), d.get("column"))
            for d in json.loads(proc.stdout)["diagnostics"]]


def test_usage_errors(winter):
    with pytest.raises(redline.UsageError, match="as_of"):
        redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"}, as_of="June")
    with pytest.raises(redline.UsageError) as caught:
        redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"}, select="nope")
    # The keyword argument at fault, named as Python calls it, never as a command-line flag.
    assert caught.value.field == "select"
    assert str(caught.value).startswith("select names an unknown rule 'nope'")
    with pytest.raises(redline.UsageError) as caught:
        redline.run(winter / "winter.policy", data={"Nobody": winter / "households.csv"})
    assert (caught.value.field, str(caught.value)) == ("data", "data names an unknown entity 'Nobody'")
    with pytest.raises(redline.UsageError) as caught:
        redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"}, params={"nope": 1})
    assert caught.value.field == "params" and "--" not in str(caught.value)


def test_dataframe_cells_are_written_exactly():
    frame = pd.DataFrame({"d": [decimal.Decimal("1E+3"), decimal.Decimal("0.10"), None],
                          "f": [0.1, 3.0, float("nan")],
                          "b": [True, False, True],
                          "t": [datetime.date(2024, 2, 29), pd.Timestamp("2024-03-01"), pd.NaT],
                          "s": ["a,b", "", "x"]})
    assert redline._frame_csv(frame).decode() == (
        "d,f,b,t,s\n"
        "1000,0.1,true,2024-02-29,\"a,b\"\n"
        "0.10,3,false,2024-03-01,\n"
        ",,true,,x\n")
    with pytest.raises(redline.UsageError):
        redline._frame_csv(pd.DataFrame({"t": [pd.Timestamp("2024-03-01 12:00")]}))


def test_a_modification_not_in_force_warns_and_changes_nothing():
    with pytest.warns(redline.RedlineWarning, match="SECMP0044"):
        got = redline.diff(SEC / "section_g.policy", amendments=[SEC / "SECMP0044.policy"], data={"Party": PARTIES},
                           as_of="2018-01-01")
    assert len(got) == 0 and list(got.columns) == ["id", "output", "before", "after", "why"]


def test_warnings_of_a_compile_that_succeeded_are_kept(winter, capfd):
    (winter / "warn.policy").write_text(
        WINTER + "output rule pay(h: Household): int [W8]\n"
                 "  = match band(h) { None => 0, Standard => 1, Higher => 2, _ => 3 };\n")
    frame = redline.run(winter / "warn.policy", data={"Household": winter / "households.csv"}, select="pay",
                        as_of="2024-06-01")
    assert list(frame["pay"]) == [1, 1, 2]
    found = frame.attrs["diagnostics"]
    assert [(d.severity, d.code, d.line) for d in found] == [("warning", "unreachable-arm", WINTER.count("\n") + 2)]
    assert capfd.readouterr().err == ""  # kept, not printed


def test_timeline_finds_the_g8_41_trap_as_the_cli_does():
    history = ROOT / "examples" / "sec" / "history"
    data = {"Party": PARTIES, "SecurityStatus": history / "security_status.csv",
            "PremisesCount": pd.read_csv(history / "premises_counts.csv", dtype=str)}
    got = redline.timeline(SEC / "section_g.policy", "P008", data=data, select="g8_41_schedule")
    assert list(got.columns) == ["date", "event", "name", "before", "after", "due", "unmeetable", "citation", "text"]
    assert got.attrs["entity"] == "Party"
    arises = got[got.event == "arises"]
    assert len(arises) == 1
    row = arises.iloc[0]
    assert row["date"] == datetime.date(2019, 3, 15) and row["due"] == datetime.date(2019, 2, 1)
    assert bool(row["unmeetable"]) and row["citation"] == "G8.41"
    facts = got[got.event == "fact"]
    assert "PremisesCount PC07" in list(facts.name) and "domestic_premises = 250001" in " ".join(facts.text)
    # The same days and events as the command line's json.
    import json
    cli_json = json.loads(cli("timeline", SEC / "section_g.policy", "--data", f"Party={PARTIES}",
                              "--data", f"SecurityStatus={history / 'security_status.csv'}",
                              "--data", f"PremisesCount={history / 'premises_counts.csv'}", "--id", "P008",
                              "--select", "g8_41_schedule", "--format", "json"))
    assert sorted({str(d) for d in got.date}) == [s["date"] for s in cli_json["steps"]]
    # Under the other reading of G8.49 it arises on the next status, with a year to meet it.
    other = redline.timeline(SEC / "section_g.policy", "P008", data=data, select=["g8_41_schedule"],
                             amendments=[SEC / "G8.49_ascertained.policy"])
    arises = other[other.event == "arises"]
    assert list(arises.date) == [datetime.date(2019, 7, 1)] and not arises.unmeetable.any()


def test_timeline_marks_a_requirement_a_prohibition_outlasts():
    golden = ROOT / "tests" / "golden" / "timeline"
    data = {"Tenancy": golden / "data" / "tenancies.csv", "Review": golden / "data" / "reviews.csv"}
    got = redline.timeline(golden / "conflict.policy", "T1", data=data)
    conflicts = got[got.event == "conflicts"]
    assert len(conflicts) == 1
    row = conflicts.iloc[0]
    assert row["date"] == datetime.date(2024, 6, 1) and row["due"] == datetime.date(2024, 7, 1)
    assert row["name"] == "serve_notice" and row["text"] == "no_early_notice" and bool(row["unmeetable"])
    # A prohibition's change carries its end in `due`, and the day it ends is a step.
    ends = got[(got.event == "change") & (got.name == "no_early_notice")]
    assert list(ends.date) == [datetime.date(2024, 1, 15), datetime.date(2025, 1, 15)]
    assert ends.iloc[0]["due"] == datetime.date(2025, 1, 15)
    # Under the modification that moves the deadline past the first year, no conflict.
    fixed = redline.timeline(golden / "conflict.policy", "T1", data=data,
                             amendments=[golden / "notice_after_first_year.mod"])
    assert not (fixed.event == "conflicts").any()


def test_timeline_unknown_key_is_a_usage_error():
    with pytest.raises(redline.UsageError, match="no Party with key 'P999'"):
        redline.timeline(SEC / "section_g.policy", "P999", data={"Party": PARTIES}, select="assessment")


def test_data_from_a_sqlite_table(winter):
    import sqlite3
    db = winter / "register.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE households (id TEXT, income REAL, occupants INTEGER)")
        rows = list(csv.reader(io.StringIO(HOUSEHOLDS)))[1:]
        con.executemany("INSERT INTO households VALUES (?, ?, ?)", [(r[0], float(r[1]), int(r[2])) for r in rows])
        con.execute("CREATE TABLE bad (id TEXT, income REAL, occupants INTEGER)")
        con.execute("INSERT INTO bad VALUES ('H1', 100, 3), ('H2', 0.1 + 0.2, 2)")
    from_file = redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"},
                            as_of="2024-06-01", select="per_person")
    from_db = redline.run(winter / "winter.policy", data={"Household": f"{db}#households"},
                          as_of="2024-06-01", select="per_person")
    assert from_db.equals(from_file)
    with pytest.raises(redline.DataError) as caught:
        redline.run(winter / "winter.policy", data={"Household": f"{db}#bad"}, select="per_person")
    e = caught.value
    assert (e.file, e.row, e.line, e.field) == (f"{db}#bad", 2, None, "income")
    with pytest.raises(redline.UsageError):
        redline.run(winter / "winter.policy", data={"Household": str(db)}, select="per_person")


@pytest.mark.skipif(not os.environ.get("PGHOST"), reason="needs a PostgreSQL server: ctest python/postgres runs this "
                    "under tests/sql/with_pg.sh")
def test_data_from_a_postgresql_table(winter):
    # Typed columns (numeric, integer) read as the CSV's text would be; the server is the one
    # PGHOST names (the URI names no host), as the command line's --data reads it.
    psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    subprocess.run(psql + ["-c", "DROP TABLE IF EXISTS households, bad; "
                           "CREATE TABLE households (id text, income numeric, occupants integer); "
                           "CREATE TABLE bad (id text, income numeric, occupants integer); "
                           "INSERT INTO bad VALUES ('H1', 100, 3), ('H2', -1, 2)"], check=True)
    subprocess.run(psql + ["-c", r"\copy households FROM STDIN WITH (FORMAT csv, HEADER true)"], input=HOUSEHOLDS.encode(),
                   check=True)
    from_file = redline.run(winter / "winter.policy", data={"Household": winter / "households.csv"},
                            as_of="2024-06-01", select="per_person")
    from_db = redline.run(winter / "winter.policy", data={"Household": "postgresql:///postgres#households"},
                          as_of="2024-06-01", select="per_person")
    assert len(from_db) > 1 and from_db.equals(from_file)
    with pytest.raises(redline.DataError) as caught:
        redline.run(winter / "winter.policy", data={"Household": "postgresql:///postgres#bad"}, select="per_person")
    e = caught.value
    assert (e.file, e.row, e.field) == ("postgresql:///postgres#bad", 2, "income")
    # A password given in the URI never appears in what is reported.
    with pytest.raises(redline.DataError) as caught:
        redline.run(winter / "winter.policy", data={"Household": "postgresql://redline:secret@/postgres#bad"},
                    select="per_person")
    assert "secret" not in str(caught.value) and "secret" not in caught.value.file
