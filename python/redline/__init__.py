"""redline from Python: check policies, run them over data, and see what an amendment changes.

    import redline
    redline.check("policies/sec")                         # -> [Diagnostic, ...]
    redline.run("winter.policy", data={"Household": "households.csv"})      # -> DataFrame
    redline.diff("winter.policy", amendments=["WFS-M1.policy"],
                 data={"Household": households_frame})    # -> DataFrame: id, output, before, after, why

Each call is one call of redline's service (the engine behind the command line), so results
are the command line's: the same values, the same reasons, the same diagnostics. Values are
exact: decimals are decimal.Decimal, dates datetime.date, ints int, booleans bool, enum members
their name (str), sets frozensets of member names, entity references the referenced key, and a
missing value None.

`data` maps an entity name to a path (str or os.PathLike; CSV, JSON or JSON Lines by its
extension) or to a pandas DataFrame, which is handed to redline as CSV in memory (see
`_frame_csv` for how each value is written).

Problems raise subclasses of redline.Error: CompileError (with .diagnostics), DataError (.file,
.line, .field, .entity, .key), EvalError (.rule, .citation, .entity, .key) and UsageError.
Diagnostics are never printed: check() returns them, CompileError carries them, and a result
keeps the warnings of its compile in `frame.attrs["diagnostics"]`.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import decimal
import io
import json
import math
import os
import warnings
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

from . import _redline

__all__ = [
    "check", "run", "diff", "timeline", "Diagnostic", "Error", "CompileError", "DataError", "EvalError",
    "UsageError", "RedlineWarning",
]

PathLike = Union[str, "os.PathLike[str]"]


# --- Diagnostics and errors -------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Diagnostic:
    """One problem the compiler reported, as `redline check --format json` writes it.

    severity is "error", "warning", "remark" or "note"; code the diagnostic's short name (as
    docs/language.md lists them); line and column are 1-based, the column counted in Unicode
    code points, end_column exclusive. A diagnostic without a place has file, line and columns
    None. notes are (message, file, line, column) tuples.
    """

    severity: str
    code: str
    message: str
    file: Optional[str] = None
    line: Optional[int] = None
    column: Optional[int] = None
    end_column: Optional[int] = None
    notes: tuple = ()

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}:{self.column}: " if self.file else ""
        return f"{place}{self.severity}: {self.message} [{self.code}]"


def _diagnostics(documents: Iterable[str]) -> list:
    """The Diagnostics of the JSON documents the module returns (one per compile)."""
    out = []
    for document in documents:
        for d in json.loads(document)["diagnostics"]:
            notes = tuple((n["message"], n.get("file"), n.get("line"), n.get("column")) for n in d["notes"])
            out.append(Diagnostic(d["severity"], d["code"], d["message"], d.get("file"), d.get("line"),
                                  d.get("column"), d.get("end_column"), notes))
    return out


class Error(Exception):
    """Every error redline raises. str(error) is the command line's message."""


class CompileError(Error):
    """A policy or modification did not compile. .diagnostics lists every problem found
    (errors and warnings), as check() would return them."""

    def __init__(self, diagnostics: list):
        self.diagnostics = diagnostics
        errors = [d for d in diagnostics if d.severity == "error"]
        first = str(errors[0]) if errors else "compilation failed"
        more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
        super().__init__(first + more)


class DataError(Error):
    """Data that cannot be read as the policy declares it. .file is the path as given (or
    "<DataFrame ENTITY>", or "FILE.sqlite#TABLE"), .line the 1-based line of the file (None when
    not about a line), .row the 1-based row of a database table (None otherwise), .column the
    byte within the line for JSON syntax, .field the field's name (None when not about one),
    .entity and .key the row's entity and key where known ("" otherwise), .reason what went
    wrong without the place."""

    def __init__(self, message: str, file: str, line: Optional[int], column: Optional[int],
                 field: Optional[str], entity: str, key: str, reason: str, row: Optional[int] = None):
        super().__init__(message)
        self.file, self.line, self.row, self.column, self.field = file, line, row, column, field
        self.entity, self.key, self.reason = entity, key, reason


class EvalError(Error):
    """A failure while evaluating (a division by zero, an overflow, exceptions that disagree):
    .rule and .citation name the rule and its clause, .entity and .key the row ("" when no row
    is at fault), .reason what went wrong."""

    def __init__(self, message: str, rule: str, citation: str, entity: str, key: str, reason: str):
        super().__init__(message)
        self.rule, self.citation, self.entity, self.key, self.reason = rule, citation, entity, key, reason


class UsageError(Error):
    """A request that cannot be carried out as given: an unknown entity, rule or parameter, a
    malformed date, a data value Python cannot write as CSV. .field is the keyword argument at
    fault ("data", "params", "select", "as_of"), or None."""

    def __init__(self, message: str, field: Optional[str] = None):
        super().__init__(message)
        self.field = field


class RedlineWarning(UserWarning):
    """A note the command line prints on stderr, such as a modification not yet in force on
    the as-of date (and so not applied)."""


def _call(function, *args):
    """Calls the module, raising its failures as the classes above and its notices as warnings."""
    try:
        out = function(*args)
    except _redline.Failure as failure:
        kind, fields = failure.args
        if kind == "compile":
            raise CompileError(_diagnostics(fields["diagnostics"])) from None
        if kind == "data":
            raise DataError(**fields) from None
        if kind == "eval":
            raise EvalError(**fields) from None
        if kind == "usage":
            raise UsageError(fields["message"], fields.get("field")) from None
        raise Error(fields["message"]) from None
    for notice in out.get("notices", ()):
        warnings.warn(notice, RedlineWarning, stacklevel=3)
    return out


# --- Values -------------------------------------------------------------------------------------

def _value(kind: str, text: Optional[str]) -> Any:
    """A value as Python, from the runtime formatter's text and its type's kind."""
    if text is None:
        return None
    if kind in ("decimal", "money"):
        return decimal.Decimal(text)
    if kind == "int":
        return int(text)
    if kind == "bool":
        return text == "true"
    if kind == "date":
        return datetime.date.fromisoformat(text)
    if kind == "set":
        return frozenset(text.split(";")) if text else frozenset()
    return text  # text, enum members, entity references (the referenced key)


def _series(kind: str, texts: list):
    """A pandas Series of exact values: object dtype (Decimal, date, ...), except whole int and
    bool columns, which have their own dtype when no value is missing (pandas would otherwise
    turn a missing int into a float NaN)."""
    import pandas as pd

    values = [_value(kind, t) for t in texts]
    series = pd.Series(values, dtype=object)
    if kind in ("int", "bool") and all(v is not None for v in values):
        series = series.astype("int64" if kind == "int" else bool)
    return series


def _is_missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    if isinstance(v, decimal.Decimal) and v.is_nan():
        return True
    try:
        import pandas as pd

        return v is pd.NA or v is pd.NaT
    except ImportError:  # pragma: no cover - pandas is needed for DataFrames anyway
        return False


def _cell(v: Any) -> str:
    """One value of a DataFrame as the CSV reader reads it, exactly."""
    import numpy as np

    if _is_missing(v):
        return ""
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, decimal.Decimal):
        return format(v, "f")  # never an exponent: Decimal("1E+3") is written 1000
    if isinstance(v, (float, np.floating)):
        # A float is written as its shortest round-trip text (0.1, not 0.1000000000000000055),
        # which is what it was read from; a whole float as an int, since pandas turns an int
        # column with a missing value into floats. Give decimals as str or Decimal to be sure.
        f = float(v)
        if f.is_integer():
            return str(int(f))
        return format(decimal.Decimal(repr(f)), "f")
    if isinstance(v, datetime.datetime):  # pandas.Timestamp too
        if v.time() != datetime.time(0) or v.tzinfo is not None:
            raise UsageError(f"the value {v!r} has a time of day or zone; redline's dates are days")
        return v.date().isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, (set, frozenset, list, tuple)):
        return ";".join(str(m) for m in v)
    if isinstance(v, str):
        return v
    return str(v)


def _frame_csv(frame) -> bytes:
    """A DataFrame as CSV bytes: a header of its column names, then one line per row, each value
    as _cell writes it. A named index (frame.set_index("id")) is written as a column too."""
    if any(name is not None for name in frame.index.names):
        frame = frame.reset_index()
    for name in frame.columns:
        if not isinstance(name, str):
            raise UsageError(f"a DataFrame column name must be a str, not {name!r}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(frame.columns))
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode("utf-8")


def _data(data: Optional[Mapping[str, Any]]) -> list:
    if not data:
        raise UsageError("no data: give data={'ENTITY': path or DataFrame}")
    out = []
    for entity, source in data.items():
        if isinstance(source, (str, os.PathLike)):
            out.append((entity, os.fspath(source), None))
        elif hasattr(source, "itertuples") and hasattr(source, "columns"):
            out.append((entity, f"<DataFrame {entity}>", _frame_csv(source)))
        else:
            raise UsageError(f"data for {entity!r} must be a path or a pandas DataFrame, not {type(source).__name__}")
    return out


def _paths(paths: Union[PathLike, Sequence[PathLike], None]) -> list:
    if paths is None:
        return []
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def _as_of(as_of: Union[datetime.date, str, None]) -> Optional[str]:
    if as_of is None or isinstance(as_of, str):
        return as_of
    if isinstance(as_of, datetime.datetime):
        as_of = as_of.date()
    if isinstance(as_of, datetime.date):
        return as_of.isoformat()
    raise UsageError(f"as_of must be a datetime.date or 'YYYY-MM-DD', not {type(as_of).__name__}")


def _select(select: Union[str, Sequence[str], None]) -> str:
    if select is None:
        return ""
    if isinstance(select, str):
        return select
    return ",".join(select)


def _params(params: Union[Mapping[str, Any], Sequence[str], None]) -> list:
    """{"name": value} (values written as in data) or ["name=value", ...]."""
    if params is None:
        return []
    if isinstance(params, Mapping):
        return [f"{name}={_cell(value)}" for name, value in params.items()]
    return list(params)


def _attach(frame, reported: dict):
    frame.attrs["diagnostics"] = _diagnostics(reported["diagnostics"])
    return frame


# --- The calls ----------------------------------------------------------------------------------

def check(paths: Union[PathLike, Sequence[PathLike]], strict: bool = False,
          params: Union[Mapping[str, Any], Sequence[str], None] = None) -> list:
    """Compiles policies, modifications and .tests files, runs
    the static analysis, and returns every problem found as a list of Diagnostic, in the order
    `redline check` prints them. Raises nothing for a diagnostic, errors included: see
    `any(d.severity == "error" for d in ...)`. strict: warnings are errors. params: values that
    replace parameters at every date for the analysis, {"name": value}, as `check --param`
    (an unknown name or a bad value raises UsageError)."""
    out = _call(_redline.check, _paths(paths), strict, _params(params))
    return _diagnostics(out["diagnostics"])


def run(policy: PathLike, amendments: Sequence[PathLike] = (), data: Optional[Mapping[str, Any]] = None,
        as_of: Union[datetime.date, str, None] = None, select: Union[str, Sequence[str], None] = None,
        params: Union[Mapping[str, Any], Sequence[str], None] = None):
    """Evaluates a policy's outputs (or the rules in `select`) over `data`, as `redline run`.

    Returns a DataFrame with one row per entity, in the data's order: the key column, then one
    column per rule. Rules over several entities give a dict of DataFrames by entity name.
    amendments: modifications applied in order. as_of: the date parameters are read on (default
    today). params: overrides, {"name": value}.
    """
    import pandas as pd

    out = _call(_redline.run, os.fspath(policy), _paths(amendments), _data(data), _as_of(as_of),
                _select(select), _params(params))
    frames = {}
    for entity, columns in out["sections"]:
        frame = pd.DataFrame({name: _series(kind, texts) for name, kind, texts in columns})
        frames[entity] = _attach(frame, out)
    if len(frames) == 1:
        return next(iter(frames.values()))
    return frames


def timeline(policy: PathLike, key: str, data: Optional[Mapping[str, Any]] = None,
             amendments: Sequence[PathLike] = (), select: Union[str, Sequence[str], None] = None,
             start: Union[datetime.date, str, None] = None, end: Union[datetime.date, str, None] = None,
             params: Union[Mapping[str, Any], Sequence[str], None] = None):
    """One entity's outcomes and obligations over time, as `redline timeline`.

    Returns a DataFrame with one row per thing that happened, in order of date: date, event
    ("amendment" coming into force, "parameter" taking a new value, "fact": a dated row of data
    about the entity, "change" of a rule's value, and for an obligation with a due date "arises",
    "ends", "passes" or "moved"), name (the rule, modification, parameter or "Entity key" of a fact), before
    and after (a change's values as text; before is None on the first day), due (an obligation's
    due date), unmeetable (True when it arose with its due date already passed, or when the day's
    facts moved its due date into the past), citation (the
    clause in force that day) and text (a fact's date field and other fields). start and end:
    the first and last day (default: the entity's first and last dated fact). amendments apply
    from their effective dates. frame.attrs["entity"] names the entity.
    """
    import pandas as pd

    out = _call(_redline.timeline, os.fspath(policy), _paths(amendments), _data(data), str(key), _select(select),
                _as_of(start), _as_of(end), _params(params))
    columns = ["date", "event", "name", "before", "after", "due", "unmeetable", "citation", "text"]
    frame = pd.DataFrame([list(r) for r in out["rows"]], columns=columns)
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    frame["due"] = [datetime.date.fromisoformat(d) if d else None for d in frame["due"]]
    frame = _attach(frame, out)
    frame.attrs["entity"] = out["entity"]
    return frame


def diff(policy: PathLike, amendments: Sequence[PathLike] = (), data: Optional[Mapping[str, Any]] = None,
         base_amendments: Sequence[PathLike] = (), as_of: Union[datetime.date, str, None] = None,
         select: Union[str, Sequence[str], None] = None,
         params: Union[Mapping[str, Any], Sequence[str], None] = None):
    """Compares a policy with its amended version on the same data, as `redline diff`.

    Returns a DataFrame with one row per changed value, in the order of `redline diff --format
    csv`: id (the entity's key, as text), output, before, after (exact values by the output's
    type, None where missing or where the output does not exist on that side) and why (the
    reason sentence of `redline diff --format json`'s why.text: which clause as amended by which
    modification moved the value, through which rules). base_amendments: modifications already
    in force, applied to both sides. frame.attrs["entity"] names the entity compared.
    """
    import pandas as pd

    out = _call(_redline.diff, os.fspath(policy), _paths(amendments), _paths(base_amendments), _data(data),
                _as_of(as_of), _select(select), _params(params))
    rows = out["changes"]
    frame = pd.DataFrame({
        "id": pd.Series([r[0] for r in rows], dtype=object),
        "output": pd.Series([r[1] for r in rows], dtype=object),
        "before": pd.Series([_value(r[3], r[2]) for r in rows], dtype=object),
        "after": pd.Series([_value(r[5], r[4]) for r in rows], dtype=object),
        "why": pd.Series([r[6] for r in rows], dtype=object),
    })
    frame.attrs["entity"] = out["entity"]
    frame.attrs["key_name"] = out["key_name"]
    return _attach(frame, out)
