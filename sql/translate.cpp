// The translation of a rule graph to SQL (SQLite's and PostgreSQL's dialects). Every value keeps the interpreter's
// physical encoding (ir.h, type.h): decimals and money as integers scaled by 10^6, dates as days
// since 1970-01-01, enums as ordinals, sets as bit masks, booleans as 0/1, none as NULL. So the
// arithmetic is integer arithmetic written out with the interpreter's rounding, and the values
// print through one formatter per type that writes what runtime/writers.cpp writes.
//
// Errors at run time (a bad field, an unknown reference, a division by zero, an overflow, two
// exceptions that disagree) must stop the script, not yield a wrong or missing row. SQLite has no
// RAISE outside triggers; json_extract with an invalid path fails with the path in its message,
// so `fail(message)` is json_extract('{}', 'redline: ' || message), and the script runs under
// `.bail on`. PostgreSQL has RAISE only in PL/pgSQL, so the script creates a temporary function
// that raises its argument, and psql runs it with ON_ERROR_STOP.
//
// The two dialects differ in the places class Sql names (dates, overflow, errors, booleans, text
// functions); everything else is the standard SQL both accept.
#include "sql/translate.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <string_view>

#include "types/values.h"

namespace redline::sql {

using ir::Op;

bool parse_dialect(const std::string& name, Dialect& out) {
  if (name == "sqlite") {
    out = Dialect::Sqlite;
    return true;
  }
  if (name == "postgres") {
    out = Dialect::Postgres;
    return true;
  }
  if (name == "duckdb") {
    out = Dialect::Duckdb;
    return true;
  }
  return false;
}

namespace {

std::string quote_ident(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string quote_text(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

// The SQL type a value of the language has in the script: integers (every number, date, enum,
// set), text, or a truth value (SQLite's 0 and 1; PostgreSQL's boolean).
enum class Ty : uint8_t { Int, Text, Bool };

// What the dialects write differently.
class Sql {
 public:
  explicit Sql(Dialect d) : d_(d) {}
  bool pg() const { return d_ == Dialect::Postgres; }
  bool duck() const { return d_ == Dialect::Duckdb; }
  // PostgreSQL and DuckDB: typed tables by CREATE TABLE AS with casts, a typed NULL, a 64-bit
  // overflow that stops by itself.
  bool typed() const { return d_ != Dialect::Sqlite; }

  // A 64-bit integer literal. -9223372036854775808 would parse as the negation of a number too
  // large for an integer (a REAL in SQLite); PostgreSQL and DuckDB type a small literal as a
  // 32-bit integer, whose products with other literals would overflow where 64 bits do not.
  std::string lit(int64_t v) const {
    std::string t = v == INT64_MIN ? "(-9223372036854775807-1)" : v < 0 ? "(" + std::to_string(v) + ")" : std::to_string(v);
    return typed() ? t + "::int8" : t;
  }
  std::string truth(bool b) const { return b ? "TRUE" : "FALSE"; }

  // Stops the script with the message (an SQL text expression) where it is evaluated, as a
  // value of type `ty`.
  std::string fail(const std::string& message_sql, Ty ty) const {
    static const char* pg_names[] = {"int8", "text", "boolean"};
    static const char* duck_names[] = {"BIGINT", "VARCHAR", "BOOLEAN"};
    switch (d_) {
      case Dialect::Sqlite: break;
      case Dialect::Postgres:
        return "pg_temp.redline_fail('redline: ' || " + message_sql + ", NULL::" + pg_names[static_cast<int>(ty)] + ")";
      case Dialect::Duckdb: return "CAST(error('redline: ' || " + message_sql + ") AS " + duck_names[static_cast<int>(ty)] + ")";
    }
    return "json_extract('{}', 'redline: ' || " + message_sql + ")";
  }
  // Equality where none equals none.
  std::string same(const std::string& a, const std::string& b) const {
    return "(" + a + (typed() ? " IS NOT DISTINCT FROM " : " IS ") + b + ")";
  }
  std::string differs(const std::string& a, const std::string& b) const {
    return "(" + a + (typed() ? " IS DISTINCT FROM " : " IS NOT ") + b + ")";
  }
  std::string least(const std::string& a, const std::string& b) const { return (typed() ? "LEAST(" : "min(") + a + ", " + b + ")"; }
  std::string greatest(const std::string& a, const std::string& b) const { return (typed() ? "GREATEST(" : "max(") + a + ", " + b + ")"; }
  std::string position(const std::string& hay, const std::string& needle) const {
    return (typed() ? "strpos(" : "instr(") + hay + ", " + needle + ")";
  }
  std::string chr(int c) const { return (typed() ? "chr(" : "char(") + std::to_string(c) + ")"; }
  // Whether text `x` has a character outside the bracket expression `chars` (e.g. "0-9").
  std::string has_other_than(const std::string& x, const std::string& chars) const {
    if (duck()) return "regexp_matches(" + x + ", '[^" + chars + "]')";
    return pg() ? "(" + x + " ~ '[^" + chars + "]')" : "(" + x + " GLOB '*[^" + chars + "]*')";
  }
  // Whether text `x` is matched whole by the regular expression `re` (PostgreSQL, DuckDB).
  std::string full_match(const std::string& x, const std::string& re) const {
    return duck() ? "regexp_full_match(" + x + ", '" + re + "')" : "(" + x + " ~ '^" + re + "$')";
  }
  // A value as an SQL literal in a message: 'text' with its quotes doubled, NULL for none
  // (DuckDB has no quote()).
  std::string quote(const std::string& x) const {
    if (duck()) return "COALESCE('''' || replace(CAST(" + x + " AS VARCHAR), '''', '''''') || '''', 'NULL')";
    return (pg() ? "quote_nullable(" : "quote(") + x + ")";
  }
  std::string trim(const std::string& x, const std::string& chars) const { return (pg() ? "btrim(" : "trim(") + x + ", " + chars + ")"; }
  // A non-negative integer as text, zero-padded to `width` digits.
  std::string pad(const std::string& x, int width) const {
    if (typed()) return "lpad(CAST(" + x + " AS TEXT), " + std::to_string(width) + ", '0')";
    return "printf('%0" + std::to_string(width) + "d', " + x + ")";
  }
  // Text compared byte by byte, as the interpreter compares it (PostgreSQL's default collation
  // is the database's locale; DuckDB's is bytes unless `default_collation` is set).
  std::string bytewise() const { return pg() ? " COLLATE \"C\"" : duck() ? " COLLATE \"binary\"" : ""; }
  // An integer result that left 64 bits: SQLite turns it into a REAL; PostgreSQL stops with
  // "bigint out of range" already, DuckDB with "Overflow in ... of INT64".
  std::string overflowed(const std::string& x) const { return typed() ? "FALSE" : "typeof(" + x + ") <> 'integer'"; }
  // sum() of integers: PostgreSQL's is a numeric, DuckDB's a HUGEINT, which the cast checks.
  std::string sum(const std::string& x) const { return typed() ? "CAST(sum(" + x + ") AS BIGINT)" : "sum(" + x + ")"; }
  std::string min_max(bool min, const std::string& x, Ty ty) const {
    if (typed() && ty == Ty::Bool) return (min ? "bool_and(" : "bool_or(") + x + ")";
    return (min ? "min(" : "max(") + x + (ty == Ty::Text ? bytewise() + ")" : ")");
  }
  // x >> n, n an integer expression.
  std::string shift(const std::string& x, const std::string& n) const {
    return "(" + x + " >> " + (typed() ? "CAST(" + n + " AS INT)" : n) + ")";
  }
  // a / b of integers, truncated toward zero (as C): DuckDB's `/` is a floating-point division.
  // DuckDB's `//` is parsed as an operator of its own, so it is bracketed; the others are left as
  // they were written (every bracket counts against SQLite's parser stack).
  std::string div(const std::string& a, const std::string& b) const { return duck() ? "(" + a + " // " + b + ")" : a + " / " + b; }

  // --- dates: days since 1970-01-01 -------------------------------------------------------------
  std::string date_text(const std::string& days) const {
    if (duck()) return "strftime(DATE '1970-01-01' + CAST(" + days + " AS INTEGER), '%Y-%m-%d')";
    if (pg()) return "to_char(DATE '1970-01-01' + CAST(" + days + " AS INT), 'YYYY-MM-DD')";
    return "date(" + days + " * 86400, 'unixepoch')";
  }
  // part 0: year, 1: month, 2: day.
  std::string date_part(int part, const std::string& days) const {
    static const char* pg_parts[] = {"year", "month", "day"};
    static const char* sqlite_parts[] = {"%Y", "%m", "%d"};
    if (typed()) return "CAST(extract(" + std::string(pg_parts[part]) + " from DATE '1970-01-01' + CAST(" + days + " AS INT)) AS BIGINT)";
    return "CAST(strftime('" + std::string(sqlite_parts[part]) + "', " + days + " * 86400, 'unixepoch') AS INTEGER)";
  }
  // The days of the real date y-m-d (integer expressions).
  std::string days_of(const std::string& y, const std::string& m, const std::string& d) const {
    if (typed()) return "CAST(make_date(CAST(" + y + " AS INT), CAST(" + m + " AS INT), CAST(" + d + " AS INT)) - DATE '1970-01-01' AS BIGINT)";
    return "CAST(julianday(printf('%04d-%02d-%02d', " + y + ", " + m + ", " + d + ")) - 2440587.5 AS INTEGER)";
  }

 private:
  Dialect d_;
};

std::string pow10(int k) {
  int64_t p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return std::to_string(p);
}

// The scope of an expression: what each local slot holds (an SQL expression), and for slots that
// iterate an entity's rows, the alias of the row so that fields are read in place.
struct Slot {
  std::string value;      // for an entity: the key of the row
  std::string row_alias;  // empty: not a row in scope
};

class Translator {
 public:
  Translator(const ir::Program& p, const Options& o, std::string prefix)
      : p_(p), o_(o), d_(o.dialect), prefix_(std::move(prefix)) {}

  const Sql& dialect() const { return d_; }

  std::string entity_table(int32_t e) const { return quote_ident(prefix_ + "e_" + p_.entities[static_cast<size_t>(e)].name); }
  std::string rule_table(int32_t r) const { return quote_ident(prefix_ + "r_" + p_.rules[static_cast<size_t>(r)].name); }
  std::string key_column(int32_t e) const {
    const ir::Entity& en = p_.entities[static_cast<size_t>(e)];
    return quote_ident(en.fields[static_cast<size_t>(en.key_field)].name);
  }

  // --- loading: the text columns cast and validated into a typed table per entity -------------

  std::string load_entity(int32_t ei, const std::string& source) {
    const ir::Entity& e = p_.entities[static_cast<size_t>(ei)];
    std::string out;
    const std::string src = quote_ident(source);
    const std::string key = quote_ident(e.fields[static_cast<size_t>(e.key_field)].name);
    // DuckDB's rowid counts from 0; the others' row numbers from 1.
    const std::string rowno = d_.duck() ? "(s.rowid + 1)" : "s.rowid";
    const std::string where = "'" + e.name + " row ' || " + rowno + " || ' (' || " + quote_text(e.fields[static_cast<size_t>(e.key_field)].name) +
                              " || ' ' || " + d_.quote("COALESCE(s." + key + ", '')") + " || '), field ";
    // A duplicate key is named before the primary key would refuse the row without naming it.
    out += "SELECT " + d_.fail("'" + e.name + " key ' || " + d_.quote(key) + " || ' is not unique'", Ty::Int) + " FROM " + src +
           " GROUP BY " + key + " HAVING count(*) > 1 LIMIT 1;\n";
    std::string columns = rowno + " AS _ord";
    for (const ir::Field& f : e.fields) {
      const bool is_key = static_cast<int32_t>(&f - e.fields.data()) == e.key_field;
      columns += ",\n  " + decode_field(f, "s." + quote_ident(f.name), where + f.name + ": ' || ", is_key) + " AS " + quote_ident(f.name);
    }
    if (d_.pg()) {
      // No rowid: the table's physical order, which is the order COPY wrote the rows in (a
      // table loaded once and never updated).
      out += "CREATE TEMP TABLE " + entity_table(ei) + " AS SELECT " + columns + "\nFROM (SELECT row_number() OVER (ORDER BY ctid) AS rowid, * FROM " +
             src + ") AS s ORDER BY s.rowid;\n";
      out += "ALTER TABLE " + entity_table(ei) + " ADD PRIMARY KEY (" + key + ");\nANALYZE " + entity_table(ei) + ";\n";
      return out;
    }
    if (d_.duck()) {
      // rowid: the insertion order, file order for a table read_csv filled. No key or index:
      // DuckDB joins by hashing (the keys are unique, checked above).
      out += "CREATE TEMP TABLE " + entity_table(ei) + " AS SELECT " + columns + "\nFROM " + src + " AS s ORDER BY s.rowid;\n";
      return out;
    }
    out += "CREATE TEMP TABLE " + entity_table(ei) + " (_ord INTEGER NOT NULL";
    for (const ir::Field& f : e.fields) out += ", " + quote_ident(f.name) + (static_cast<int32_t>(&f - e.fields.data()) == e.key_field ? " PRIMARY KEY" : "");
    out += ");\n";
    out += "INSERT INTO " + entity_table(ei) + " SELECT " + columns + "\nFROM " + src + " AS s ORDER BY s.rowid;\n";
    return out;
  }

  // A reference names a row that exists.
  std::string check_references(int32_t ei) {
    const ir::Entity& e = p_.entities[static_cast<size_t>(ei)];
    std::string out;
    for (const ir::Field& f : e.fields) {
      if (f.type.kind != TypeKind::Entity) continue;
      const int32_t target = f.type.index;
      out += "SELECT " +
             d_.fail("'" + e.name + " row ' || s._ord || ', field " + f.name + ": no " + p_.entities[static_cast<size_t>(target)].name +
                         " has the key ' || " + d_.quote("s." + quote_ident(f.name)),
                     Ty::Int) +
             " FROM " + entity_table(ei) + " AS s WHERE s." + quote_ident(f.name) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " +
             entity_table(target) + " AS u WHERE u." + key_column(target) + " = s." + quote_ident(f.name) + ") LIMIT 1;\n";
    }
    return out;
  }

  // --- rules -------------------------------------------------------------------------------

  std::string rule_statement(int32_t ri) {
    const ir::Rule& r = p_.rules[static_cast<size_t>(ri)];
    rule_ = &r;
    slots_.assign(static_cast<size_t>(std::max(1, r.slot_count)) + 64, Slot{});
    slots_[0] = Slot{"t." + key_column(r.entity), "t"};
    key_sql_ = d_.quote("t." + key_column(r.entity));
    pending_.clear();
    joins_.clear();
    joined_.clear();
    scopes_.assign(1, {"t"});
    std::string value = rule_value(r);
    std::string out = pending_;  // the grouped aggregates the value reads
    if (d_.typed()) {
      // Typed by the cast: a rule whose value is none everywhere would otherwise be of no type.
      out += "CREATE TEMP TABLE " + rule_table(ri) + " AS SELECT t." + key_column(r.entity) + " AS k, CAST(" + value + " AS " +
             sql_type_name(r.type) + ") AS v\nFROM " + entity_table(r.entity) + " AS t" + joins_ + " ORDER BY t._ord;\n";
      if (d_.pg()) out += "ALTER TABLE " + rule_table(ri) + " ADD PRIMARY KEY (k);\nANALYZE " + rule_table(ri) + ";\n";
      return out;
    }
    out += "CREATE TEMP TABLE " + rule_table(ri) + " (k PRIMARY KEY, v);\n";
    out += "INSERT INTO " + rule_table(ri) + " SELECT t." + key_column(r.entity) + ", " + value + "\nFROM " + entity_table(r.entity) +
           " AS t ORDER BY t._ord;\n";
    return out;
  }

  // The SQL type of the language's type `t`: a reference is its target's key.
  Ty ty(Type t) const {
    if (t.kind == TypeKind::Entity) {
      const ir::Entity& en = p_.entities[static_cast<size_t>(t.index)];
      return ty(en.fields[static_cast<size_t>(en.key_field)].type);
    }
    if (t.kind == TypeKind::Text) return Ty::Text;
    if (t.kind == TypeKind::Bool) return Ty::Bool;
    return Ty::Int;
  }
  std::string sql_type_name(Type t) const {
    switch (ty(t)) {
      case Ty::Text: return "TEXT";
      case Ty::Bool: return "BOOLEAN";
      case Ty::Int: break;
    }
    return "BIGINT";
  }
  // none of type `t`: PostgreSQL types a bare NULL as text where nothing else decides (a CASE
  // whose only value is none, a UNION).
  std::string typed_null(Type t) const {
    if (!d_.typed() || t.kind == TypeKind::Error || t.kind == TypeKind::EmptySet || (t.kind == TypeKind::Entity && t.index < 0)) return "NULL";
    return "CAST(NULL AS " + sql_type_name(t) + ")";
  }
  // A literal of type `t` held as the interpreter holds it (a bool is 0 or 1).
  std::string literal(Type t, int64_t v) const { return t.kind == TypeKind::Bool ? d_.truth(v != 0) : d_.lit(v); }

  std::string format(Type t, const std::string& v) {
    return let({v}, [&](const std::vector<std::string>& x) {
      std::string shown = format_present(t, x[0]);
      return "CASE WHEN " + x[0] + " IS NULL THEN '' ELSE " + shown + " END";
    });
  }

  const ir::Program& program() const { return p_; }

 private:
  // --- decoding fields -------------------------------------------------------------------------

  std::string decode_field(const ir::Field& f, const std::string& raw, const std::string& where, bool is_key) {
    const Type t = f.type;
    const Ty sql_ty = ty(t);
    const std::string bad = d_.fail(where + "'bad value ' || " + d_.quote(raw), sql_ty);
    const std::string trimmed = d_.trim(raw, "' ' || " + d_.chr(9));
    const std::string missing = t.optional ? "NULL" : d_.fail(where + "'missing value'", sql_ty);
    switch (t.kind) {
      case TypeKind::Text:
        if (is_key)
          return "CASE WHEN " + raw + " IS NULL OR " + raw + " = '' THEN " + d_.fail(where + "'the key must not be empty'", Ty::Text) + " ELSE " +
                 raw + " END";
        // COPY reads an unquoted empty field as NULL: the empty text, as the data readers see it.
        return t.optional ? "NULLIF(" + raw + ", '')" : "COALESCE(" + raw + ", '')";
      case TypeKind::Entity: {
        const ir::Entity& target = p_.entities[static_cast<size_t>(t.index)];
        const Type key_type = target.fields[static_cast<size_t>(target.key_field)].type;
        if (key_type.kind == TypeKind::Int)
          return let({trimmed}, [&](const std::vector<std::string>& x) {
            return "CASE WHEN " + x[0] + " IS NULL OR " + x[0] + " = '' THEN " + missing + " ELSE " + decode_int(x[0], bad) + " END";
          });
        return "CASE WHEN " + raw + " IS NULL OR " + raw + " = '' THEN " + missing + " ELSE " + raw + " END";
      }
      case TypeKind::Set: {
        const ir::Enum& en = p_.enums[static_cast<size_t>(t.index)];
        // Members separated by ';', spaces around them ignored, empty members naming nothing.
        // A NULL (an empty field COPY read) is the empty set, as an empty text.
        return let({"';' || replace(replace(COALESCE(" + raw + ", ''), ' ', ''), " + d_.chr(9) + ", '') || ';'"}, [&](const std::vector<std::string>& x) {
          std::string mask = d_.lit(0), rest = x[0];
          for (size_t i = 0; i < en.members.size(); ++i) {
            const std::string m = quote_text(";" + en.members[i] + ";");
            mask += " | (CASE WHEN " + d_.position(x[0], m) + " > 0 THEN " + d_.lit(static_cast<int64_t>(uint64_t{1} << i)) + " ELSE 0 END)";
            rest = "replace(replace(" + rest + ", " + m + ", ';'), " + m + ", ';')";
          }
          std::string checked = "CASE WHEN replace(" + rest + ", ';', '') <> '' THEN " +
                                d_.fail(where + "'unknown " + en.name + " member in ' || " + d_.quote(raw), Ty::Int) + " ELSE " + mask + " END";
          if (t.optional) return "CASE WHEN " + d_.has_other_than(x[0], ";") + " THEN " + checked + " ELSE NULL END";
          return checked;
        });
      }
      default: break;
    }
    return let({trimmed}, [&](const std::vector<std::string>& x) {
      const std::string& s = x[0];
      std::string value;
      switch (t.kind) {
        case TypeKind::Int: value = decode_int(s, bad); break;
        case TypeKind::Decimal: value = decode_decimal(s, bad, kDecimalDigits); break;
        case TypeKind::Money: value = decode_decimal(s, bad, kMoneyDigits); break;
        case TypeKind::Bool:
          value = "CASE WHEN lower(" + s + ") IN ('true', 'yes', '1') THEN TRUE WHEN lower(" + s + ") IN ('false', 'no', '0') THEN FALSE ELSE " +
                  bad + " END";
          break;
        case TypeKind::Date:
          if (d_.typed()) {
            // The shape first, then a real calendar day (CASE tests its arms in order, so the
            // casts only see digits).
            const std::string y = "CAST(substr(" + s + ", 1, 4) AS INT)", m = "CAST(substr(" + s + ", 6, 2) AS INT)",
                              dd = "CAST(substr(" + s + ", 9, 2) AS INT)";
            value = "CASE WHEN NOT " + d_.full_match(s, "[0-9]{4}-[0-9]{2}-[0-9]{2}") + " THEN " + bad + " WHEN " + y + " < 1 OR " + m + " NOT BETWEEN 1 AND 12 OR " +
                    dd + " < 1 OR " + dd + " > " + days_in_month(y, m) + " THEN " + bad + " ELSE " + d_.days_of(y, m, dd) + " END";
          } else {
            value = "CASE WHEN " + s + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND " + s + " >= '0001-01-01' AND date(" + s +
                    ") IS " + s + " THEN CAST(julianday(" + s + ") - 2440587.5 AS INTEGER) ELSE " + bad + " END";
          }
          break;
        case TypeKind::Enum: {
          const ir::Enum& en = p_.enums[static_cast<size_t>(t.index)];
          value = "CASE " + s;
          for (size_t i = 0; i < en.members.size(); ++i) value += " WHEN " + quote_text(en.members[i]) + " THEN " + d_.lit(static_cast<int64_t>(i));
          value += " ELSE " + d_.fail(where + "'unknown " + en.name + " ' || " + d_.quote(s), Ty::Int) + " END";
          break;
        }
        default: throw Untranslatable(f.loc, "a field of type " + p_.type_name(t) + " is not translated to SQL");
      }
      // The field's checks, on the decoded value.
      if (!f.checks.empty()) {
        auto holds = [&](const std::string& v) {
          std::string out;
          for (const ir::FieldCheck& c : f.checks) {
            static const char* ops[] = {"<", "<=", ">", ">=", "=", "<>"};
            out += (out.empty() ? "" : " AND ") + v + " " + ops[static_cast<int>(c.op)] + " " + d_.lit(c.value);
          }
          return out;
        };
        const std::string broken = d_.fail(where + "'the value ' || " + d_.quote(s) + " || ' breaks the check " + checks_text(f) + "'", sql_ty);
        if (d_.duck())
          // Bound by let(): a subquery would be computed for the empty fields too (see let()).
          value = let({value}, [&](const std::vector<std::string>& c) { return "CASE WHEN " + holds(c[0]) + " THEN " + c[0] + " ELSE " + broken + " END"; });
        else
          value = "(SELECT CASE WHEN " + holds("v") + " THEN v ELSE " + broken + " END FROM (SELECT " + value + " AS v) AS _c)";
      }
      return "CASE WHEN " + s + " IS NULL OR " + s + " = '' THEN " + missing + " ELSE " + value + " END";
    });
  }

  static std::string checks_text(const ir::Field& f) {
    std::string out;
    for (const ir::FieldCheck& c : f.checks) out += (out.empty() ? "" : ", ") + c.literal;  // as written: ">= 0"
    return out;
  }

  // [+-]digits that fit 64 bits.
  std::string decode_int(const std::string& s, const std::string& bad) {
    return let({"CASE WHEN substr(" + s + ", 1, 1) IN ('+', '-') THEN substr(" + s + ", 2) ELSE " + s + " END"},
               [&](const std::vector<std::string>& x) {
                 const std::string digits = "ltrim(" + x[0] + ", '0')";
                 const std::string limit = "(CASE WHEN substr(" + s + ", 1, 1) = '-' THEN '9223372036854775808' ELSE '9223372036854775807' END)";
                 return "CASE WHEN " + x[0] + " = '' OR " + d_.has_other_than(x[0], "0-9") + " OR length(" + digits + ") > 19 OR (length(" +
                        digits + ") = 19 AND " + digits + d_.bytewise() + " > " + limit + ") THEN " + bad + " ELSE CAST(" + s + " AS BIGINT) END";
               });
  }

  // [+-]digits[.digits] with at most `places` fractional digits, scaled by 10^6.
  std::string decode_decimal(const std::string& s, const std::string& bad, int places) {
    return let({"CASE WHEN substr(" + s + ", 1, 1) IN ('+', '-') THEN substr(" + s + ", 2) ELSE " + s + " END",
                "CASE WHEN substr(" + s + ", 1, 1) = '-' THEN -1 ELSE 1 END"},
               [&](const std::vector<std::string>& x) {
                 const std::string& u = x[0];
                 const std::string dot = d_.position(u, "'.'");
                 const std::string whole = "CASE WHEN " + dot + " = 0 THEN " + u + " ELSE substr(" + u + ", 1, " + dot + " - 1) END";
                 const std::string frac = "CASE WHEN " + dot + " = 0 THEN '' ELSE substr(" + u + ", " + dot + " + 1) END";
                 return let({whole, frac}, [&](const std::vector<std::string>& y) {
                   const std::string& w = y[0];
                   const std::string& fr = y[1];
                   // Signed before scaling, so that the most negative decimal fits; an overflow is a REAL.
                   const std::string scaled = "(" + x[1] + " * CAST(" + w + " AS BIGINT) * 1000000 + " + x[1] + " * CAST(substr(" + fr +
                                              " || '000000', 1, 6) AS BIGINT))";
                   // CASE tests its arms in order: the casts only see digits.
                   return "CASE WHEN " + w + " = '' OR " + d_.has_other_than(w, "0-9") + " OR " + d_.has_other_than(fr, "0-9") + " OR (" + dot +
                          " > 0 AND " + fr + " = '') OR length(" + fr + ") > " + std::to_string(places) + " OR length(ltrim(" + w +
                          ", '0')) > 13 THEN " + bad + " WHEN " + d_.overflowed(scaled) + " THEN " + bad + " ELSE " + scaled + " END";
                 });
               });
  }

  // --- formatting: the text runtime/writers.cpp writes ------------------------------------------

  std::string format_present(Type t, const std::string& v) {
    switch (t.kind) {
      case TypeKind::Bool: return "CASE WHEN " + v + " THEN 'true' ELSE 'false' END";
      case TypeKind::Int: return "CAST(" + v + " AS TEXT)";
      case TypeKind::Text: return v;
      case TypeKind::Entity: return "CAST(" + v + " AS TEXT)";
      case TypeKind::Decimal:
        // abs of the most negative value would overflow: its digits come from the negated quotient
        // and remainder instead.
        return "(CASE WHEN " + v + " < 0 THEN '-' ELSE '' END || CAST(abs(" + d_.div(v, "1000000") + ") AS TEXT) || CASE WHEN " + v +
               " % 1000000 = 0 THEN '' ELSE '.' || rtrim(" + d_.pad("abs(" + v + " % 1000000)", 6) + ", '0') END)";
      case TypeKind::Money:
        return "(CASE WHEN " + v + " < 0 THEN '-' ELSE '' END || CAST(abs(" + d_.div(v, "1000000") + ") AS TEXT) || '.' || " +
               d_.pad(d_.div("abs(" + v + " % 1000000)", "10000"), 2) + ")";
      case TypeKind::Date: return d_.date_text(v);
      case TypeKind::Enum: {
        const ir::Enum& en = p_.enums[static_cast<size_t>(t.index)];
        std::string out = "CASE " + v;
        for (size_t i = 0; i < en.members.size(); ++i) out += " WHEN " + std::to_string(i) + " THEN " + quote_text(en.members[i]);
        return out + " ELSE CAST(" + v + " AS TEXT) END";
      }
      case TypeKind::Set: {
        const ir::Enum& en = p_.enums[static_cast<size_t>(t.index)];
        std::string out = "substr(''";
        for (size_t i = 0; i < en.members.size(); ++i)
          out += " || CASE WHEN (" + v + " >> " + std::to_string(i) + ") & 1 = 1 THEN " + quote_text(";" + en.members[i]) + " ELSE '' END";
        return out + ", 2)";
      }
      default: break;
    }
    throw Untranslatable(rule_ ? rule_->origin.loc : support::Location{}, "a value of type " + p_.type_name(t) + " cannot be printed in SQL");
  }

  // --- expressions -----------------------------------------------------------------------------

  // Binds SQL expressions to fresh names for `body` (so that each is computed once and may be
  // repeated): a scalar subquery over a one-row derived table.
  std::string let(const std::vector<std::string>& exprs, const std::function<std::string(const std::vector<std::string>&)>& body) {
    // A column or a literal is repeated as it is: every level of subquery counts against SQLite's
    // parser stack (a fixed 100 entries in 3.40), which deeply nested rules would overflow.
    std::vector<std::string> names;
    std::string select, fields;
    // DuckDB's names are read through the alias, so it is chosen first there; after the names
    // elsewhere, as it always was (the scripts' text stays as the goldens record it).
    std::string alias = d_.duck() ? "_l" + std::to_string(++counter_) : "";
    for (const std::string& e : exprs) {
      if (is_simple(e)) {
        names.push_back(e);
        continue;
      }
      const std::string name = "_x" + std::to_string(++counter_);
      // DuckDB: named by the derived table's alias, so that the body reads the same either way
      // it is bound (below).
      names.push_back(d_.duck() ? alias + "." + name : name);
      select += (select.empty() ? "" : ", ") + e + " AS " + name;
      if (d_.duck()) fields += (fields.empty() ? "" : ", ") + quote_text(name) + ": " + e;
    }
    if (select.empty()) return "(" + body(names) + ")";
    if (alias.empty()) alias = "_l" + std::to_string(++counter_);
    const std::string b = body(names);
    // DuckDB computes a correlated subquery for every row of the outer query (it turns it into
    // a join), also the rows a CASE around it does not take, so an error in it would stop the
    // script where the interpreter does not go. A lambda over a one-element list is evaluated
    // only for the rows that reach it; the list's elements may be subqueries, its body may not.
    if (d_.duck() && b.find("SELECT") == std::string::npos && !reads_outer_scope(b))
      return "list_transform([{" + fields + "}], lambda " + alias + ": " + b + ")[1]";
    return "(SELECT " + b + " FROM (SELECT " + select + ") AS " + alias + ")";
  }

  // DuckDB: whether `sql` names a table of a query around the current subquery (a lambda there
  // cannot: "Referenced table not found").
  bool reads_outer_scope(const std::string& sql) const {
    for (size_t level = 0; level + 1 < scopes_.size(); ++level)
      for (const std::string& alias : scopes_[level])
        for (size_t at = sql.find(alias + "."); at != std::string::npos; at = sql.find(alias + ".", at + 1))
          if (at == 0 || !(std::isalnum(static_cast<unsigned char>(sql[at - 1])) || sql[at - 1] == '_')) return true;
    return false;
  }
  // While it lives, expressions are translated inside a correlated subquery whose own tables
  // are `aliases` (DuckDB: see let()).
  struct Subquery {
    std::vector<std::vector<std::string>>& scopes;
    explicit Subquery(std::vector<std::vector<std::string>>& s) : scopes(s) {}
    Subquery(const Subquery&) = delete;
    Subquery& operator=(const Subquery&) = delete;
    ~Subquery() { scopes.pop_back(); }
  };
  Subquery subquery(std::vector<std::string> aliases) {
    scopes_.push_back(std::move(aliases));
    return Subquery(scopes_);
  }
  // PostgreSQL and DuckDB: the value of `column` in the row of `table` whose `key_col` is `key`,
  // a column of the rule's row, as a LEFT JOIN of the rule's statement (read by the same alias
  // however often it is named); empty when `key` is not such a column, and on SQLite (the caller
  // then writes a subquery). DuckDB needs it so that the expressions around it hold no subquery
  // (see let()); PostgreSQL hashes the join where it ran a lookup per row and per read (the SEC
  // diff at 100,000 parties: 9.1-10.4 s before, 5.5-7.4 s after). SQLite looked each row up by
  // its key either way (3.49 s and 3.36 s), and its scripts stay as they were.
  std::string joined(const std::string& table, const std::string& key_col, const std::string& key, const std::string& column,
                     bool none_matches_none = false) {
    static const std::regex row_column(R"(^t\.("[^"]*"|[A-Za-z_][A-Za-z0-9_]*)$)");
    if (!d_.typed() || scopes_.empty() || !std::regex_match(key, row_column)) return "";
    std::string& alias = joined_[table + "\n" + key + (none_matches_none ? "\n=" : "")];
    if (alias.empty()) {
      alias = "_j" + std::to_string(++counter_);
      joins_ += "\n  LEFT JOIN " + table + " AS " + alias + " ON " +
                (none_matches_none ? d_.same(alias + "." + key_col, key) : alias + "." + key_col + " = " + key);
      scopes_.front().push_back(alias);
    }
    return alias + "." + column;
  }

  static bool is_simple(const std::string& e) {
    static const std::regex simple(
        R"(^(NULL|TRUE|FALSE|\(?-?[0-9]+\)?(::int8)?|[A-Za-z_][A-Za-z0-9_]*(\.("[^"]*"|[A-Za-z_][A-Za-z0-9_]*))?|'[^']*')$)");
    return e.size() < 80 && std::regex_match(e, simple);
  }

  // The error `message` about the current row, as a value of type `t`.
  std::string error_here(const std::string& message, Ty t) {
    return d_.fail(quote_text("rule " + rule_->name + ", row ") + " || " + key_sql_ + " || " + quote_text(": " + message), t);
  }

  // An integer result that must fit 64 bits: SQLite turns an overflowing integer into a REAL;
  // PostgreSQL stops with "bigint out of range" (without the rule and row).
  std::string checked(const std::string& e, const std::string& what) {
    if (d_.typed()) return e;
    return let({e}, [&](const std::vector<std::string>& x) {
      return "CASE WHEN typeof(" + x[0] + ") = 'integer' OR " + x[0] + " IS NULL THEN " + x[0] + " ELSE " +
             error_here(what + " overflows 64 bits", Ty::Int) + " END";
    });
  }

  std::string rule_value(const ir::Rule& r) {
    std::string def;
    if (r.table) def = table(*r.table);
    else def = expr(*r.body);
    if (r.exceptions.empty()) return def;
    return exceptions_under(-1, def);
  }

  // The value of the exceptions to `parent` (-1: the default) when one applies, else `otherwise`.
  // As the interpreter: an exception's own exceptions apply whether or not its condition holds;
  // siblings that apply must agree.
  std::string applies(int32_t k) {
    const ir::Exception& x = rule_->exceptions[static_cast<size_t>(k)];
    std::string out = "(" + expr(*x.condition) + ")";
    for (size_t c = 0; c < rule_->exceptions.size(); ++c)
      if (rule_->exceptions[c].parent == k) out = "(" + applies(static_cast<int32_t>(c)) + " OR " + out + ")";
    return out;
  }
  std::string exception_value(int32_t k) {
    return exceptions_under(k, expr(*rule_->exceptions[static_cast<size_t>(k)].value));
  }
  // The exception whose value `k`'s subtree gives, as the interpreter names it: the first of its
  // own exceptions that applies, else `k` itself ('label' [citation]).
  std::string who(int32_t k) {
    const ir::Exception& x = rule_->exceptions[static_cast<size_t>(k)];
    std::string out = "CASE";
    for (size_t c = 0; c < rule_->exceptions.size(); ++c)
      if (rule_->exceptions[c].parent == k)
        out += " WHEN COALESCE(" + applies(static_cast<int32_t>(c)) + ", FALSE) THEN " + who(static_cast<int32_t>(c));
    const std::string self = quote_text("'" + x.label + "' [" + x.origin.citation + "]");
    return out == "CASE" ? self : out + " ELSE " + self + " END";
  }

  std::string exceptions_under(int32_t parent, const std::string& otherwise) {
    std::vector<int32_t> kids;
    for (size_t c = 0; c < rule_->exceptions.size(); ++c)
      if (rule_->exceptions[c].parent == parent) kids.push_back(static_cast<int32_t>(c));
    if (kids.empty()) return otherwise;
    // Whether each applies is bound once; a value is computed only where its exception applies,
    // as the interpreter computes it only for those rows (a value may divide by zero elsewhere).
    std::vector<std::string> bound;
    for (int32_t k : kids) bound.push_back("COALESCE(" + applies(k) + ", FALSE)");
    // In a function, which may be called deep inside an expression: one exception's condition is
    // read once, so it needs no binding (every level of subquery counts against SQLite's parser
    // stack).
    if (in_call_ > 0 && kids.size() == 1)
      return "CASE WHEN " + bound[0] + " THEN " + exception_value(kids[0]) + " ELSE " + otherwise + " END";
    return let(bound, [&](const std::vector<std::string>& x) {
      std::string out = "CASE";
      for (size_t i = 0; i < kids.size(); ++i)
        for (size_t j = i + 1; j < kids.size(); ++j) {
          out += " WHEN " + x[i] + " AND " + x[j] + " AND (CASE WHEN " + x[i] + " AND " + x[j] + " THEN " +
                 d_.differs(exception_value(kids[i]), exception_value(kids[j])) + " ELSE FALSE END) THEN " +
                 d_.fail(quote_text("rule " + rule_->name + ", row ") + " || " + key_sql_ + " || ': exceptions ' || " + who(kids[i]) +
                             " || ' and ' || " + who(kids[j]) + " || ' both apply and disagree'",
                         ty(rule_->type));
        }
      for (size_t i = 0; i < kids.size(); ++i) out += " WHEN " + x[i] + " THEN " + exception_value(kids[i]);
      return out + " ELSE " + otherwise + " END";
    });
  }

  std::string table(const ir::Table& t) {
    std::vector<std::string> inputs;
    for (const auto& in : t.inputs) inputs.push_back(expr(*in));
    return let(inputs, [&](const std::vector<std::string>& x) {
      for (size_t i = 0; i < t.input_slots.size(); ++i) slots_[static_cast<size_t>(t.input_slots[i])] = Slot{x[i], ""};
      // The rows' conditions, in order; 'otherwise' matches where no row before it does (rows
      // after it are never reached, as in the interpreter).
      std::vector<std::string> conds;
      std::vector<size_t> row_of;
      std::string any_before = "FALSE";
      for (size_t r = 0; r < t.rows.size(); ++r) {
        if (t.otherwise_row >= 0 && static_cast<int32_t>(r) > t.otherwise_row) break;
        if (static_cast<int32_t>(r) == t.otherwise_row) {
          conds.push_back("(NOT (" + any_before + "))");
        } else {
          std::string c;
          for (const auto& cell : t.rows[r].cells)
            if (cell) c += (c.empty() ? "" : " AND ") + ("(" + expr(*cell) + ")");
          conds.push_back(c.empty() ? "TRUE" : "COALESCE(" + c + ", FALSE)");
          any_before = "(" + any_before + " OR " + conds.back() + ")";
        }
        row_of.push_back(r);
      }
      auto outcome = [&](size_t i) { return expr(*t.rows[row_of[i]].outcome); };
      auto label = [&](size_t i) { return t.rows[row_of[i]].label; };
      // The matching rows' outcomes as a one-column table, for the aggregating policies.
      auto matched = [&]() {
        std::string u;
        for (size_t i = 0; i < conds.size(); ++i)
          u += std::string(u.empty() ? "" : " UNION ALL ") + "SELECT CASE WHEN " + conds[i] + " THEN " + outcome(i) + " ELSE " +
               typed_null(t.rows[row_of[i]].outcome->type) + " END AS v";
        return "(" + u + ") AS _m" + std::to_string(++counter_);
      };
      // DuckDB: the same outcomes as a list, read by list functions rather than a subquery (which
      // DuckDB would compute for rows the table is not reached for, and where no lambda could
      // read the rule's row: see let()).
      auto matched_list = [&]() {
        std::string l;
        for (size_t i = 0; i < conds.size(); ++i)
          l += std::string(l.empty() ? "[" : ", ") + "CASE WHEN " + conds[i] + " THEN " + outcome(i) + " ELSE " +
               typed_null(t.rows[row_of[i]].outcome->type) + " END";
        return l.empty() ? "[]" : l + "]";
      };
      const Ty rty = ty(rule_->type);
      const std::string none = rule_->type.optional ? "NULL" : error_here("no row of its table matches", rty);
      switch (t.policy) {
        case ir::HitPolicy::Unique:
        case ir::HitPolicy::First:
        case ir::HitPolicy::Any: {
          std::string first = "CASE";
          for (size_t i = 0; i < conds.size(); ++i) first += " WHEN " + conds[i] + " THEN " + outcome(i);
          first += " ELSE " + error_here("no row of its table matches", rty) + " END";
          if (t.policy == ir::HitPolicy::First || conds.size() < 2) return first;
          // unique: two rows that match are an error; any: two that match and disagree. The
          // pairs are looked at only where more than one row matches: a count is linear in the
          // rows, the pairs quadratic (15 for the SEC policy's 6-row 'pattern' table, whose pair
          // checks were a quarter of PostgreSQL's time on the SEC diff).
          std::string pairs = "CASE", count = "(0";
          for (size_t i = 0; i < conds.size(); ++i) {
            count += " + (CASE WHEN " + conds[i] + " THEN 1 ELSE 0 END)";
            for (size_t j = i + 1; j < conds.size(); ++j) {
              if (t.policy == ir::HitPolicy::Unique)
                pairs += " WHEN " + conds[i] + " AND " + conds[j] + " THEN " +
                         error_here("rows '" + label(i) + "' and '" + label(j) + "' of its 'unique' table both match", rty);
              else
                pairs += " WHEN " + conds[i] + " AND " + conds[j] + " AND (CASE WHEN " + conds[i] + " AND " + conds[j] + " THEN " +
                         d_.differs(outcome(i), outcome(j)) + " ELSE FALSE END) THEN " +
                         error_here("rows '" + label(i) + "' and '" + label(j) + "' of its 'any' table both match and give different outcomes", rty);
            }
          }
          return "CASE WHEN " + count + ") > 1 THEN (" + pairs + " ELSE " + first + " END) ELSE " + first + " END";
        }
        case ir::HitPolicy::Priority: {
          // The outcome declared first in its enum wins: the smallest ordinal among the matches.
          // As the interpreter, a none outcome of the first matching row stands (a value never
          // replaces none, none never replaces a value).
          std::string first_none = "CASE";
          for (size_t i = 0; i < conds.size(); ++i) first_none += " WHEN " + conds[i] + " THEN " + outcome(i) + " IS NULL";
          first_none += " ELSE FALSE END";
          std::string any = "FALSE";
          for (const std::string& c : conds) any += " OR " + c;
          return "(CASE WHEN NOT (" + any + ") THEN " + error_here("no row of its table matches", rty) + " WHEN " + first_none +
                 " THEN NULL ELSE " + (d_.duck() ? "list_min(" + matched_list() + ")" : "(SELECT min(v) FROM " + matched() + ")") + " END)";
        }
        case ir::HitPolicy::Collect: {
          if (t.collect == ir::AggKind::Count) {
            std::string n = "(0";
            for (const std::string& c : conds) n += " + (CASE WHEN " + c + " THEN 1 ELSE 0 END)";
            return n + ")";
          }
          // SQLite's sum() of integers stops with "integer overflow" where the interpreter stops.
          if (d_.duck())
            return let({matched_list()}, [&](const std::vector<std::string>& l) {
              std::string f;
              if (t.collect == ir::AggKind::Sum) f = "CAST(list_sum(" + l[0] + ") AS BIGINT)";
              else if (rty == Ty::Bool) f = std::string(t.collect == ir::AggKind::Min ? "list_bool_and(" : "list_bool_or(") + l[0] + ")";
              else f = std::string(t.collect == ir::AggKind::Min ? "list_min(" : "list_max(") + l[0] + ")";
              return "CASE WHEN list_count(" + l[0] + ") = 0 THEN " + none + " ELSE " + f + " END";
            });
          const std::string f = t.collect == ir::AggKind::Sum ? d_.sum("v") : d_.min_max(t.collect == ir::AggKind::Min, "v", rty);
          return "(SELECT CASE WHEN count(v) = 0 THEN " + none + " ELSE " + f + " END FROM " + matched() + ")";
        }
        case ir::HitPolicy::RuleOrder:
        case ir::HitPolicy::OutputOrder: {
          // The outcomes as text joined by ", ": in row order, or in the order of the outcomes'
          // enum (rows in order among equals).
          const Type ot = t.rows.empty() ? Type::text() : t.rows[0].outcome->type;
          std::string joined = "substr(''";
          if (t.policy == ir::HitPolicy::OutputOrder && ot.kind == TypeKind::Enum) {
            const ir::Enum& en = p_.enums[static_cast<size_t>(ot.index)];
            for (size_t m = 0; m < en.members.size(); ++m)
              for (size_t i = 0; i < conds.size(); ++i)
                joined += " || CASE WHEN " + conds[i] + " AND " + outcome(i) + " = " + d_.lit(static_cast<int64_t>(m)) + " THEN " +
                          quote_text(", " + en.members[m]) + " ELSE '' END";
          } else {
            for (size_t i = 0; i < conds.size(); ++i)
              joined += " || CASE WHEN " + conds[i] + " THEN ', ' || " + format_present(t.rows[row_of[i]].outcome->type, outcome(i)) + " ELSE '' END";
          }
          return joined + ", 3)";
        }
      }
      throw Untranslatable(rule_->origin.loc, "rule '" + rule_->name + "': a decision table with this hit policy is not translated to SQL");
    });
  }

  std::string expr(const ir::Expr& e) {
    auto a = [&](size_t i) { return expr(*e.args[i]); };
    switch (e.op) {
      case Op::Literal:
        if (e.is_none) return typed_null(e.type);
        if (e.type.kind == TypeKind::Text) return quote_text(e.text);
        return literal(e.type, e.literal);
      case Op::Var: {
        const Slot& s = slots_.at(static_cast<size_t>(e.slot));
        if (s.value.empty()) throw Untranslatable(e.loc, "internal: a local slot with no value in SQL");
        return s.value;
      }
      case Op::Param: return param_value(e, o_.as_of);
      case Op::ParamAt: {
        const ir::Param& par = p_.params[static_cast<size_t>(e.index)];
        if (const ParamOverride* o = override_of(par)) return override_value(par, *o);  // on every date
        return let({a(0)}, [&](const std::vector<std::string>& x) {
          return dated_choice(par, x[0], ty(par.type), [&](const ir::ParamValue& v) {
            return par.type.kind == TypeKind::Text ? quote_text(v.text) : literal(par.type, v.value);
          });
        });
      }
      case Op::Field: {
        const ir::Entity& en = p_.entities[static_cast<size_t>(e.entity)];
        const std::string field = quote_ident(en.fields[static_cast<size_t>(e.index)].name);
        const ir::Expr& row = *e.args[0];
        if (row.op == Op::Var && !slots_.at(static_cast<size_t>(row.slot)).row_alias.empty())
          return slots_[static_cast<size_t>(row.slot)].row_alias + "." + field;
        const std::string key = a(0);
        if (std::string j = joined(entity_table(e.entity), key_column(e.entity), key, field); !j.empty()) return j;
        const std::string alias = "_f" + std::to_string(++counter_);
        return "(SELECT " + alias + "." + field + " FROM " + entity_table(e.entity) + " AS " + alias + " WHERE " + alias + "." +
               key_column(e.entity) + " = " + key + ")";
      }
      case Op::Call: {
        // A function: its arguments bound once, then its body (exceptions, table) translated
        // in place with its parameters' slots holding them.
        const ir::Rule& fn = p_.functions[static_cast<size_t>(e.index)];
        std::vector<std::string> args;
        for (const auto& x : e.args) args.push_back(expr(*x));
        return let(args, [&](const std::vector<std::string>& x) {
          const ir::Rule* outer = rule_;
          std::vector<Slot> saved = slots_;
          slots_.assign(static_cast<size_t>(std::max(1, fn.slot_count)) + 64, Slot{});
          size_t k = 0;
          if (fn.entity >= 0) slots_[0] = Slot{x[k++], ""};
          for (size_t i = 0; i < fn.param_types.size() && k < x.size(); ++i) slots_[i + 1] = Slot{x[k++], ""};
          rule_ = &fn;
          ++in_call_;
          std::string v;
          try {
            v = rule_value(fn);
          } catch (...) {
            --in_call_;
            rule_ = outer;
            slots_ = std::move(saved);
            throw;
          }
          --in_call_;
          rule_ = outer;
          slots_ = std::move(saved);
          return v;
        });
      }
      case Op::RuleRef: {
        const std::string key = a(0);
        if (std::string j = joined(rule_table(e.index), "k", key, "v"); !j.empty()) return j;
        const std::string alias = "_r" + std::to_string(++counter_);
        return "(SELECT " + alias + ".v FROM " + rule_table(e.index) + " AS " + alias + " WHERE " + alias + ".k = " + key + ")";
      }
      case Op::CycleAt: {
        const ir::Cycle& c = p_.cycles[static_cast<size_t>(e.index)];
        const std::string n = std::to_string(c.values.size());
        return let({a(0)}, [&](const std::vector<std::string>& x) {
          std::string out = "CASE WHEN " + x[0] + " < 1 THEN " +
                            d_.fail(quote_text("rule " + rule_->name + ", row ") + " || " + key_sql_ + " || " +
                                        quote_text(": cycle '" + c.name + "' is indexed by year ") + " || " + x[0] + " || '; years count from 1'",
                                    Ty::Int) +
                            " ELSE (" + x[0] + " - 1) % " + n + " END";
          out = "CASE (" + out + ")";
          for (size_t i = 0; i < c.values.size(); ++i) out += " WHEN " + std::to_string(i) + " THEN " + literal(c.element, c.values[i]);
          return out + " END";
        });
      }
      case Op::Add:
      case Op::Sub: {
        const std::string sum = "(" + a(0) + (e.op == Op::Add ? " + " : " - ") + a(1) + ")";
        if (e.type.kind == TypeKind::Date)
          return let({sum}, [&](const std::vector<std::string>& x) {
            return "CASE WHEN " + x[0] + " BETWEEN " + std::to_string(first_date()) + " AND " + std::to_string(last_date()) + " THEN " + x[0] +
                   " ELSE " + error_here("the date is not between 0001-01-01 and 9999-12-31", Ty::Int) + " END";
          });
        return checked(sum, e.op == Op::Add ? "addition" : "subtraction");
      }
      case Op::Mul:
        if (e.type.kind == TypeKind::Money) return scaled_product(a(0), a(1), true);
        if (e.type.kind == TypeKind::Decimal) return scaled_product(a(0), a(1), false);
        return checked("(" + a(0) + " * " + a(1) + ")", "multiplication");
      case Op::Div: return scaled_quotient(a(0), a(1), e.type.kind == TypeKind::Money);
      case Op::Mod:
        return let({a(0), a(1)}, [&](const std::vector<std::string>& x) {
          return "CASE WHEN " + x[1] + " = 0 THEN " + error_here("'mod' by zero", Ty::Int) + " WHEN " + x[1] + " = -1 THEN 0 WHEN " + x[0] + " % " +
                 x[1] + " <> 0 AND (" + x[0] + " % " + x[1] + " < 0) <> (" + x[1] + " < 0) THEN " + x[0] + " % " + x[1] + " + " + x[1] +
                 " ELSE " + x[0] + " % " + x[1] + " END";
        });
      case Op::Neg: return checked("(- " + a(0) + ")", "negation");
      case Op::IntToDecimal: return checked("(" + a(0) + " * 1000000)", "the decimal");
      case Op::Eq:
      case Op::Ne: {
        const bool opt = e.args[0]->type.optional || e.args[1]->type.optional;
        if (opt) return e.op == Op::Eq ? d_.same(a(0), a(1)) : d_.differs(a(0), a(1));
        return "(" + a(0) + (e.op == Op::Eq ? " = " : " <> ") + a(1) + ")";
      }
      case Op::Lt:
      case Op::Le:
      case Op::Gt:
      case Op::Ge: {
        static const char* ops[] = {" < ", " <= ", " > ", " >= "};
        const std::string collate = e.args[0]->type.kind == TypeKind::Text ? d_.bytewise() : "";
        return "(" + a(0) + collate + ops[static_cast<int>(e.op) - static_cast<int>(Op::Lt)] + a(1) + collate + ")";
      }
      // As the interpreter: the right side only where the left does not decide (x != 0 and 1 / x > 1).
      case Op::And: return "(CASE WHEN " + a(0) + " THEN " + a(1) + " ELSE FALSE END)";
      case Op::Or: return "(CASE WHEN " + a(0) + " THEN TRUE ELSE " + a(1) + " END)";
      case Op::Not: return "(NOT " + a(0) + ")";
      case Op::IsNone: return "(" + a(0) + " IS NULL)";
      case Op::IsSome: return "(" + a(0) + " IS NOT NULL)";
      case Op::Coalesce: return "COALESCE(" + a(0) + ", " + a(1) + ")";
      case Op::In: return "((" + d_.shift(a(1), a(0)) + " & 1) = 1)";
      case Op::Within: return "((" + a(0) + " & ~" + a(1) + ") = 0)";
      case Op::Overlaps: return "((" + a(0) + " & " + a(1) + ") <> 0)";
      case Op::SetSize: {
        const int32_t en = e.args[0]->type.index;  // -1: the empty set literal, of no enum
        const size_t n = en < 0 ? 0 : p_.enums[static_cast<size_t>(en)].members.size();
        return let({a(0)}, [&](const std::vector<std::string>& x) {
          std::string out = "(0";
          for (size_t i = 0; i < n; ++i) out += " + ((" + x[0] + " >> " + std::to_string(i) + ") & 1)";
          return out + ")";
        });
      }
      case Op::If: {
        const std::string cond = a(0);
        if (e.slot >= 0) {
          if (e.args[0]->op != Op::IsSome) throw Untranslatable(e.loc, "internal: an 'is some' binding of an unexpected shape");
          slots_.at(static_cast<size_t>(e.slot)) = Slot{expr(*e.args[0]->args[0]), ""};
        }
        return "(CASE WHEN " + cond + " THEN " + a(1) + " ELSE " + a(2) + " END)";
      }
      case Op::Match:
        return let({a(0)}, [&](const std::vector<std::string>& x) {
          std::string out = "CASE";
          std::string wildcard;
          for (size_t i = 0; i < e.arm_members.size(); ++i) {
            if (e.arm_members[i].empty()) {
              if (wildcard.empty()) wildcard = a(i + 1);
              continue;
            }
            std::string members;
            for (int64_t m : e.arm_members[i]) members += (members.empty() ? "" : ", ") + d_.lit(m);
            out += " WHEN " + x[0] + " IN (" + members + ") THEN " + a(i + 1);
          }
          return out + " ELSE " + (wildcard.empty() ? error_here("no arm of its match takes the value", ty(e.type)) : wildcard) + " END";
        });
      case Op::Min2: return d_.least(a(0), a(1));
      case Op::Max2: return d_.greatest(a(0), a(1));
      case Op::Abs: return "abs(" + a(0) + ")";  // abs of the smallest integer is an error in SQLite too
      case Op::Round: {
        const int digits = kDecimalDigits - static_cast<int>(e.literal);
        return checked(round_quotient(a(0), digits, static_cast<RoundMode>(e.index)) + " * " + pow10(digits), "rounding");
      }
      case Op::ToInt: return round_quotient(a(0), kDecimalDigits, static_cast<RoundMode>(e.index));
      case Op::FloorDiv:
        return let({a(0), a(1)}, [&](const std::vector<std::string>& x) {
          return "CASE WHEN " + x[1] + " = 0 THEN " + error_here("division by zero", Ty::Int) + " WHEN " + x[1] + " = -1 AND " + x[0] +
                 " = " + d_.lit(INT64_MIN) + " THEN " + error_here("division overflows 64 bits", Ty::Int) + " WHEN " + x[0] + " % " + x[1] + " <> 0 AND (" +
                 x[0] + " < 0) <> (" + x[1] + " < 0) THEN " + d_.div(x[0], x[1]) + " - 1 ELSE " + d_.div(x[0], x[1]) + " END";
        });
      case Op::DatePart: return d_.date_part(static_cast<int>(e.index), a(0));
      case Op::PeriodEdge:
        // From the first day of the month or year, by day counts: SQLite's '+1 month' from
        // 9999-12-01 leaves its range (NULL) where the last day is still a date.
        return let({a(0)}, [&](const std::vector<std::string>& x) {
          const std::string year = d_.date_part(0, x[0]), month = d_.date_part(1, x[0]);
          const std::string month_start = "(" + x[0] + " - " + d_.date_part(2, x[0]) + " + 1)";
          const std::string year_start = d_.days_of(year, "1", "1");
          switch (e.index) {
            case 0: return month_start;
            case 1: return month_start + " + " + days_in_month(year, month) + " - 1";
            case 2: return year_start;
            default: return year_start + " + 364 + " + days_in_month(year, "2") + " - 28";
          }
        });
      case Op::AddMonths:
        return let({a(0), checked("(" + a(1) + " * " + d_.lit(e.literal) + ")", "the count of months")}, [&](const std::vector<std::string>& x) {
          // Months counted from year 0; the day clamped to the last day of the month reached.
          return let({d_.date_part(0, x[0]) + " * 12 + " + d_.date_part(1, x[0]) + " - 1 + " + x[1], d_.date_part(2, x[0])},
                     [&](const std::vector<std::string>& y) {
                       const std::string year = "(" + d_.div(y[0], "12") + ")", month = "(" + y[0] + " % 12 + 1)";
                       const std::string last_day = days_in_month(year, month);
                       // CASE tests its arms in order: the date is only built within the range.
                       return "CASE WHEN " + y[0] + " < 12 OR " + y[0] + " >= 120000 THEN " +
                              error_here("the date moved by months is not between 0001-01-01 and 9999-12-31", Ty::Int) + " ELSE " +
                              d_.days_of(year, month, "1") + " + " + d_.least(y[1], last_day) + " - 1 END";
                     });
        });
      case Op::AsOf: return d_.lit(o_.as_of);
      case Op::Concat: return "(" + a(0) + " || " + a(1) + ")";
      case Op::Scale: return scale(e);
      case Op::ToText: return let({a(0)}, [&](const std::vector<std::string>& x) { return format_present(e.args[0]->type, x[0]); });
      case Op::Aggregate: return aggregate(e);
      case Op::MonthsBetween:
        // values.h months_between: the largest m with add_months(a, m) <= b when a <= b, and
        // -months_between(b, a) otherwise. add_months(a, m0) lands in b's month, so it passes b
        // exactly when a's day, clamped to that month, is after b's. Years: months / 12, toward zero.
        return let({a(0), a(1)}, [&](const std::vector<std::string>& x) {
          auto months = [&](const std::string& d) { return "(" + d_.date_part(0, d) + " * 12 + " + d_.date_part(1, d) + ")"; };
          auto day = [&](const std::string& d) { return d_.date_part(2, d); };
          auto last = [&](const std::string& d) { return days_in_month(d_.date_part(0, d), d_.date_part(1, d)); };
          return let({months(x[0]), day(x[0]), last(x[0]), months(x[1]), day(x[1]), last(x[1]), x[0] + " <= " + x[1]},
                     [&](const std::vector<std::string>& y) {
                       const std::string m = "CASE WHEN " + y[6] + " THEN " + y[3] + " - " + y[0] + " - (CASE WHEN " + d_.least(y[1], y[5]) +
                                             " > " + y[4] + " THEN 1 ELSE 0 END) ELSE -(" + y[0] + " - " + y[3] + " - (CASE WHEN " +
                                             d_.least(y[4], y[2]) + " > " + y[1] + " THEN 1 ELSE 0 END)) END";
                       return "(" + d_.div("(" + m + ")", std::to_string(e.literal)) + ")";
                     });
        });
    }
    throw Untranslatable(e.loc, "this expression is not translated to SQL");
  }

  // The value of a dated parameter in force on the day `day` (a bound name): the last version
  // from on or before it, as `value(version)`; before the first `from`, the error of a parameter
  // not yet defined.
  std::string dated_choice(const ir::Param& par, const std::string& day, Ty value_ty,
                           const std::function<std::string(const ir::ParamValue&)>& value) {
    std::string out = "CASE";
    for (size_t i = par.values.size(); i-- > 0;) {
      const ir::ParamValue& v = par.values[i];
      out += " WHEN " + (v.from ? day + " >= " + d_.lit(*v.from) : std::string("TRUE")) + " THEN " + value(v);
    }
    return out + " ELSE " +
           d_.fail(quote_text("rule " + rule_->name + ", row ") + " || " + key_sql_ + " || " +
                       quote_text(": parameter '" + par.name + "' has no value on ") + " || " + format_present(Type::date(), day),
                   value_ty) +
           " END";
  }

  // `marginal(s, x)`, `flat(s, x)`, `rate(s, x)`: the brackets of the version in force (on the
  // run's date, or on the date given) applied as runtime/scale.h applies them, exactly.
  std::string scale(const ir::Expr& e) {
    const ir::Param& par = p_.params[static_cast<size_t>(e.index)];
    if (override_of(par))
      throw Untranslatable(e.loc, "parameter '" + par.name + "' is a scale: a value given for it (--param) cannot replace its brackets");
    const auto kind = static_cast<ir::ScaleKind>(e.literal);
    // The amount as a decimal times 10^6 (an int is scaled; an overflow there is a REAL that the
    // checks of flat and marginal catch, and that rate compares rightly), bound once; every level
    // of subquery counts against SQLite's parser stack, so there are few.
    const std::string amount = expr(*e.args[0]);
    std::vector<std::string> args = {par.type.kind == TypeKind::Int ? "(" + amount + " * 1000000)" : amount};
    if (e.args.size() > 1) args.push_back(expr(*e.args[1]));
    return let(args, [&](const std::vector<std::string>& x) {
      auto applied = [&](const ir::ParamValue& v) { return apply_scale(e, par, v.brackets, kind, x[0]); };
      if (e.args.size() > 1) return dated_choice(par, x[1], Ty::Int, applied);
      const ir::ParamValue* chosen = nullptr;
      for (const ir::ParamValue& v : par.values)
        if (!v.from || *v.from <= o_.as_of) chosen = &v;
      if (!chosen) return error_here("parameter '" + par.name + "' has no value on " + format_date(o_.as_of), Ty::Int);
      return applied(*chosen);
    });
  }

  std::string apply_scale(const ir::Expr& e, const ir::Param& par, const std::vector<ir::ScaleBracket>& brackets, ir::ScaleKind kind,
                          const std::string& m) {
    if (brackets.empty()) return "0";
    // Thresholds as decimals times 10^6, known here.
    std::vector<int64_t> t;
    for (const ir::ScaleBracket& b : brackets) {
      __extension__ __int128 v = b.threshold;
      if (par.type.kind == TypeKind::Int) v *= 1000000;
      if (v > INT64_MAX || v < INT64_MIN) throw Untranslatable(e.loc, "scale '" + par.name + "': a threshold leaves the decimal's range");
      t.push_back(static_cast<int64_t>(v));
    }
    // The bracket the amount falls in: the last whose threshold it exceeds, else the first.
    std::string rate = "CASE";
    for (size_t i = brackets.size(); i-- > 1;) rate += " WHEN " + m + " > " + d_.lit(t[i]) + " THEN " + d_.lit(brackets[i].rate);
    rate = rate == "CASE" ? d_.lit(brackets[0].rate) : rate + " ELSE " + d_.lit(brackets[0].rate) + " END";
    switch (kind) {
      case ir::ScaleKind::Rate: return rate;
      case ir::ScaleKind::Flat: return scaled_product(rate, m, false);
      case ir::ScaleKind::Marginal: break;
    }
    // Each bracket's part of the amount (never negative), bound; then each rate times its part
    // over 10^6 as a floor and a remainder, the rate split at compile time (r = rh*10^6 + rl,
    // 0 <= rl < 10^6) and the part at run time (p = ph*10^6 + pl), so that no product leaves 64
    // bits unless the result does; the sum rounded once, half to even.
    std::vector<std::string> parts;
    for (size_t i = 0; i < brackets.size(); ++i) {
      const std::string top = i + 1 < brackets.size() ? d_.least(m, d_.lit(t[i + 1])) : m;
      parts.push_back(d_.greatest("0", top + " - " + d_.lit(t[i])));
    }
    return let(parts, [&](const std::vector<std::string>& p) {
      std::string q = "0", rem = "0";
      for (size_t i = 0; i < brackets.size(); ++i) {
        const int64_t r = brackets[i].rate;
        const int64_t rl = ((r % 1000000) + 1000000) % 1000000, rh = (r - rl) / 1000000;
        const std::string ph = "(" + d_.div(p[i], "1000000") + ")", pl = "(" + p[i] + " % 1000000)";
        if (rh != 0) q += " + " + d_.lit(rh) + " * " + p[i];
        if (rl == 0) continue;
        q += " + " + d_.lit(rl) + " * " + ph + " + " + d_.div("(" + d_.lit(rl) + " * " + pl + ")", "1000000");
        rem += " + (" + d_.lit(rl) + " * " + pl + ") % 1000000";
      }
      return let({"(" + q + ")", "(" + rem + ")"}, [&](const std::vector<std::string>& y) {
        // Names only: repeated rather than bound again (a REAL anywhere on the way stays one).
        const std::string total = "(" + y[0] + " + " + d_.div(y[1], "1000000") + ")", frac = "(" + y[1] + " % 1000000)";
        const std::string rounded = "(CASE WHEN 2 * " + frac + " > 1000000 OR (2 * " + frac + " = 1000000 AND " + total +
                                    " % 2 <> 0) THEN " + total + " + 1 ELSE " + total + " END)";
        if (d_.typed()) return rounded;
        return "CASE WHEN typeof(" + rounded + ") = 'integer' THEN " + rounded + " ELSE " +
               error_here("scale '" + par.name + "' applied to this amount overflows the decimal range", Ty::Int) + " END";
      });
    });
  }

  // Days in month `m` of year `y` (Gregorian), as values.cpp days_in_month.
  static std::string days_in_month(const std::string& y, const std::string& m) {
    return "(CASE " + m + " WHEN 2 THEN CASE WHEN (" + y + " % 4 = 0 AND " + y + " % 100 <> 0) OR " + y +
           " % 400 = 0 THEN 29 ELSE 28 END WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END)";
  }

  const ParamOverride* override_of(const ir::Param& par) const {
    for (const ParamOverride& o : o_.overrides)
      if (o.name == par.name) return &o;
    return nullptr;
  }
  std::string override_value(const ir::Param& par, const ParamOverride& o) const {
    return par.type.kind == TypeKind::Text ? quote_text(o.text) : literal(par.type, o.value);
  }

  std::string param_value(const ir::Expr& e, int64_t as_of) {
    const ir::Param& par = p_.params[static_cast<size_t>(e.index)];
    if (const ParamOverride* o = override_of(par)) return override_value(par, *o);
    const ir::ParamValue* chosen = nullptr;
    for (const ir::ParamValue& v : par.values)
      if (!v.from || *v.from <= as_of) chosen = &v;
    if (!chosen) return error_here("parameter '" + par.name + "' has no value on " + format_date(as_of), ty(par.type));
    return par.type.kind == TypeKind::Text ? quote_text(chosen->text) : literal(par.type, chosen->value);
  }

  // x * y of two values scaled by 10^6, exact: x = xh*10^6 + xl and y = yh*10^6 + yl with
  // 0 <= xl, yl < 10^6 (floor division), so x*y/10^6 = x*yh + xh*yl + xl*yl/10^6, whose last
  // term needs no more than 40 bits. Decimals round half to even at 10^-6; money rounds the exact
  // product once to the cent, ties away from zero (evaluator_internal.h).
  std::string scaled_product(const std::string& x, const std::string& y, bool money) {
    auto floor_div = [&](const std::string& v) { return "(" + d_.div("(" + v + " - (((" + v + " % 1000000) + 1000000) % 1000000))", "1000000") + ")"; };
    return let({x, y}, [&](const std::vector<std::string>& v) {
      return let({v[0], v[1], floor_div(v[0]), floor_div(v[1])}, [&](const std::vector<std::string>& w) {
        const std::string xl = "(" + w[0] + " - " + w[2] + " * 1000000)", yl = "(" + w[1] + " - " + w[3] + " * 1000000)";
        return let({checked("(" + w[0] + " * " + w[3] + " + " + w[2] + " * " + yl + " + " + d_.div("(" + xl + " * " + yl + ")", "1000000") + ")", "multiplication"),
                    "((" + xl + " * " + yl + ") % 1000000)"},
                   [&](const std::vector<std::string>& q) {
                     // q[0] = floor(x*y/10^6), q[1] its remainder in [0, 10^6).
                     if (!money)
                       return "CASE WHEN 2 * " + q[1] + " > 1000000 OR (2 * " + q[1] + " = 1000000 AND " + q[0] + " % 2 <> 0) THEN " + q[0] +
                              " + 1 ELSE " + q[0] + " END";
                     // Cents: floor(q/10^4) and the remainder over 10^10.
                     return let({"(" + d_.div("(" + q[0] + " - (((" + q[0] + " % 10000) + 10000) % 10000))", "10000") + ")",
                                 "((((" + q[0] + " % 10000) + 10000) % 10000) * 1000000 + " + q[1] + ")"},
                                [&](const std::vector<std::string>& c) {
                                  return "(CASE WHEN 2 * " + c[1] + " > 10000000000 OR (2 * " + c[1] + " = 10000000000 AND " + c[0] +
                                         " >= 0) THEN " + c[0] + " + 1 ELSE " + c[0] + " END) * 10000";
                                });
                   });
      });
    });
  }

  // x / y: decimals round_div(x * 10^6, y) half to even; money round_half_away(x * 100, y) cents.
  std::string scaled_quotient(const std::string& x, const std::string& y, bool money) {
    return let({x, y}, [&](const std::vector<std::string>& v) {
      const std::string numerator = checked("(" + v[0] + (money ? " * 100" : " * 1000000") + ")", "division");
      return let({numerator, v[1]}, [&](const std::vector<std::string>& w) {
        const std::string& n = w[0];
        const std::string& d = w[1];
        const std::string q = "(" + d_.div(n, d) + ")", r = "(" + n + " % " + d + ")";
        const std::string sign = "(CASE WHEN (" + n + " < 0) <> (" + d + " < 0) THEN -1 ELSE 1 END)";
        const std::string up = money ? "2 * abs(" + r + ") >= abs(" + d + ")"
                                     : "2 * abs(" + r + ") > abs(" + d + ") OR (2 * abs(" + r + ") = abs(" + d + ") AND " + q + " % 2 <> 0)";
        const std::string rounded = "CASE WHEN " + up + " THEN " + q + " + " + sign + " ELSE " + q + " END";
        return "CASE WHEN " + d + " = 0 THEN " + error_here("division by zero", Ty::Int) + " ELSE " + (money ? "(" + rounded + ") * 10000" : rounded) +
               " END";
      });
    });
  }

  // scaled / 10^digits rounded to a whole number by `mode` (values.cpp round_quotient).
  std::string round_quotient(const std::string& v, int digits, RoundMode mode) {
    const std::string p = pow10(digits);
    return let({v}, [&](const std::vector<std::string>& x) {
      const std::string q = "(" + d_.div(x[0], p) + ")", r = "(" + x[0] + " % " + p + ")";
      const std::string sign = "(CASE WHEN " + x[0] + " < 0 THEN -1 ELSE 1 END)";
      switch (mode) {
        case RoundMode::HalfEven:
          return "CASE WHEN 2 * abs(" + r + ") > " + p + " OR (2 * abs(" + r + ") = " + p + " AND " + q + " % 2 <> 0) THEN " + q + " + " + sign +
                 " ELSE " + q + " END";
        case RoundMode::HalfAwayFromZero: return "CASE WHEN 2 * abs(" + r + ") >= " + p + " THEN " + q + " + " + sign + " ELSE " + q + " END";
        case RoundMode::TowardZero: return q;
        case RoundMode::Floor: return "CASE WHEN " + r + " < 0 THEN " + q + " - 1 ELSE " + q + " END";
        case RoundMode::Ceiling: return "CASE WHEN " + r + " > 0 THEN " + q + " + 1 ELSE " + q + " END";
      }
      return q;
    });
  }

  // An aggregate correlated with the outer row by a key only (the compiler's split, ir.h) is
  // computed once, grouped by the key, into a table the row reads by its key: a GROUP BY and a
  // lookup rather than a scan of the iterated entity per row.
  std::string grouped_aggregate(const ir::Expr& e) {
    const ir::Aggregate& g = *e.agg;
    const std::string alias = "_g" + std::to_string(++counter_);
    const std::string table = quote_ident(prefix_ + "g_" + rule_->name + "_" + std::to_string(counter_));
    slots_.at(static_cast<size_t>(g.slot)) = Slot{alias + "." + key_column(g.entity), alias};
    // Errors inside the grouped part name the iterated row (there is no outer row there).
    const std::string outer_key_sql = key_sql_;
    key_sql_ = d_.quote(alias + "." + key_column(g.entity));
    std::string value;
    switch (g.kind) {
      case ir::AggKind::Sum: value = d_.sum(expr(*g.value)); break;
      case ir::AggKind::Count: value = "count(*)"; break;
      case ir::AggKind::Min:
      case ir::AggKind::Max: value = d_.min_max(g.kind == ir::AggKind::Min, expr(*g.value), ty(g.value->type)); break;
      case ir::AggKind::Any:
      case ir::AggKind::All: value = "1"; break;
      case ir::AggKind::Latest:
      case ir::AggKind::Earliest: throw Untranslatable(e.loc, "this aggregate is not translated to SQL");  // see aggregate()
    }
    const std::string inner = expr(*g.inner_key);
    const std::string where = g.filter ? " WHERE " + expr(*g.filter) : "";
    key_sql_ = outer_key_sql;
    const bool opt = g.inner_key_optional || g.outer_key_optional;
    std::string hit;
    if (d_.duck()) {
      // No index: DuckDB reads the table by a hash join.
      pending_ += "CREATE TEMP TABLE " + table + " AS SELECT " + inner + " AS key, " + value + " AS v FROM " + entity_table(g.entity) + " AS " +
                  alias + where + " GROUP BY 1;\n";
      const std::string outer = expr(*g.outer_key);
      hit = joined(table, "key", outer, "v", opt);
      if (hit.empty()) hit = "(SELECT v FROM " + table + " WHERE " + (opt ? d_.same("key", outer) : "key = " + outer) + ")";
    } else if (d_.pg()) {
      // A unique index, not a primary key: the group of rows whose key is none has a NULL key.
      pending_ += "CREATE TEMP TABLE " + table + " AS SELECT " + inner + " AS key, " + value + " AS v FROM " + entity_table(g.entity) + " AS " +
                  alias + where + " GROUP BY 1;\nCREATE UNIQUE INDEX ON " + table + " (key);\nANALYZE " + table + ";\n";
      // IS NOT DISTINCT FROM would not use the index.
      const std::string outer = expr(*g.outer_key);
      hit = "(SELECT v FROM " + table + " WHERE key = " + outer + ")";
      if (opt)
        hit = let({outer}, [&](const std::vector<std::string>& x) {
          return "CASE WHEN " + x[0] + " IS NULL THEN (SELECT v FROM " + table + " WHERE key IS NULL) ELSE (SELECT v FROM " + table +
                 " WHERE key = " + x[0] + ") END";
        });
    } else {
      pending_ += "CREATE TEMP TABLE " + table + " (key PRIMARY KEY, v);\nINSERT INTO " + table + " SELECT " + inner + ", " + value + " FROM " +
                  entity_table(g.entity) + " AS " + alias + where + " GROUP BY 1;\n";
      hit = "(SELECT v FROM " + table + " WHERE key " + (opt ? "IS " : "= ") + expr(*g.outer_key) + ")";
    }
    switch (g.kind) {
      case ir::AggKind::Sum:
      case ir::AggKind::Count: return "COALESCE(" + hit + ", 0)";
      case ir::AggKind::Min:
      case ir::AggKind::Max:
        if (e.type.optional) return hit;
        return "COALESCE(" + hit + ", " + error_here("the aggregate has no rows", ty(e.type)) + ")";
      case ir::AggKind::Any: return "(" + hit + " IS NOT NULL)";
      case ir::AggKind::All: return "(" + hit + " IS NULL)";
      case ir::AggKind::Latest:
      case ir::AggKind::Earliest: break;
    }
    throw Untranslatable(e.loc, "this aggregate is not translated to SQL");
  }

  // latest, earliest: one correlated scan of the iterated entity (grouped or not), its rows
  // ordered by the order (best first) and input order (`_ord`); of the rows with the best order,
  // the first whose value differs from the first row's, if any, is the error of a tie naming both
  // rows, as the interpreter's; else the first row's value.
  // A fresh alias for the iterated row of aggregate `g`, bound to its slot.
  std::string bind_row(const ir::Aggregate& g) {
    const std::string alias = "_a" + std::to_string(++counter_);
    slots_.at(static_cast<size_t>(g.slot)) = Slot{alias + "." + key_column(g.entity), alias};
    return alias;
  }

  // The WHERE clause of an aggregate's rows: its filter, its key, its correlated filter.
  std::string aggregate_where(const ir::Aggregate& g) {
    std::string where;
    auto add = [&](const std::string& c) { where += (where.empty() ? " WHERE " : " AND ") + c; };
    if (g.filter) add(expr(*g.filter));
    if (g.inner_key) {
      const bool opt = g.inner_key_optional || g.outer_key_optional;
      add(opt ? d_.same(expr(*g.inner_key), expr(*g.outer_key)) : "(" + expr(*g.inner_key) + " = " + expr(*g.outer_key) + ")");
    }
    if (g.correlated_filter) add(expr(*g.correlated_filter));
    return where;
  }

  std::string pick_aggregate(const ir::Expr& e) {
    const ir::Aggregate& g = *e.agg;
    const bool latest = g.kind == ir::AggKind::Latest;
    const std::string a = bind_row(g);
    const Subquery inside = subquery({a});
    const std::string where = aggregate_where(g);
    const std::string collate = g.order->type.kind == TypeKind::Text ? d_.bytewise() : "";
    const std::string window = " OVER (ORDER BY " + expr(*g.order) + collate + (latest ? " DESC" : " ASC") + ", " + a + "._ord)";
    const std::string x = "_x" + std::to_string(counter_), y = "_y" + std::to_string(counter_);
    const std::string rows = "SELECT " + expr(*g.value) + " AS v, " + a + "." + key_column(g.entity) + " AS k, " + a + "._ord AS ord, " +
                             expr(*g.order) + " AS o, first_value(" + expr(*g.value) + ")" + window + " AS v1, first_value(" + a + "." +
                             key_column(g.entity) + ")" + window + " AS k1, first_value(" + expr(*g.order) + ")" + window + " AS o1 FROM " +
                             entity_table(g.entity) + " AS " + a + where;
    const std::string best = "SELECT " + x + ".* FROM (" + rows + ") AS " + x + " WHERE " + x + ".o = " + x + ".o1 ORDER BY " +
                             d_.differs(x + ".v", x + ".v1") + " DESC, " + x + ".ord LIMIT 1";
    const ir::Entity& ent = p_.entities[static_cast<size_t>(g.entity)];
    const std::string message =
        quote_text("rule " + rule_->name + ", row ") + " || " + key_sql_ + " || " +
        quote_text(": '" + std::string(latest ? "latest" : "earliest") + "' finds two " + ent.name + " rows with the " +
                   (latest ? "greatest " : "least ") + g.order_text + " and different values: ") +
        " || " + d_.quote(y + ".k1") + " || ' and ' || " + d_.quote(y + ".k");
    return "(SELECT CASE WHEN " + d_.differs(y + ".v", y + ".v1") + " THEN " + d_.fail(message, ty(g.value->type)) + " ELSE " + y +
           ".v1 END FROM (" + best + ") AS " + y + ")";
  }

  std::string aggregate(const ir::Expr& e) {
    const ir::Aggregate& g = *e.agg;
    if (g.kind == ir::AggKind::Latest || g.kind == ir::AggKind::Earliest) return pick_aggregate(e);
    if (g.inner_key && !g.nested_loop && !g.correlated_filter) return grouped_aggregate(e);
    const std::string alias = bind_row(g);
    const Subquery inside = subquery({alias});
    const std::string where = aggregate_where(g);
    const std::string from = " FROM " + entity_table(g.entity) + " AS " + alias + where;
    switch (g.kind) {
      case ir::AggKind::Sum: return "(SELECT COALESCE(" + d_.sum(expr(*g.value)) + ", 0)" + from + ")";
      case ir::AggKind::Count: return "(SELECT count(*)" + from + ")";
      case ir::AggKind::Min:
      case ir::AggKind::Max: {
        const std::string v = "(SELECT " + d_.min_max(g.kind == ir::AggKind::Min, expr(*g.value), ty(g.value->type)) + from + ")";
        if (e.type.optional) return v;
        return "COALESCE(" + v + ", " + error_here("the aggregate has no rows", ty(e.type)) + ")";
      }
      case ir::AggKind::Any: return "EXISTS (SELECT 1" + from + ")";
      case ir::AggKind::All: return "(NOT EXISTS (SELECT 1" + from + "))";
      case ir::AggKind::Latest:
      case ir::AggKind::Earliest: break;
    }
    throw Untranslatable(e.loc, "this aggregate is not translated to SQL");
  }

  const ir::Program& p_;
  const Options& o_;
  Sql d_;
  std::string prefix_;
  const ir::Rule* rule_ = nullptr;
  int in_call_ = 0;  // translating the body of a function (Op::Call), this many calls deep
  std::vector<Slot> slots_;
  std::string key_sql_;
  std::string pending_;  // statements the current rule's value needs first
  // PostgreSQL and DuckDB: the LEFT JOINs of the current rule's statement (joined()), by table and key, and the
  // tables each level of subquery names, the rule's row `t` and the joins first (let()).
  std::string joins_;
  std::map<std::string, std::string> joined_;
  std::vector<std::vector<std::string>> scopes_;
  int counter_ = 0;
};

// Rules `roots` read, directly or not, in the program's dependency order.
std::vector<int32_t> closure_in_order(const ir::Program& p, const std::vector<int32_t>& roots) {
  std::set<int32_t> need;
  std::vector<int32_t> stack = roots;
  while (!stack.empty()) {
    int32_t r = stack.back();
    stack.pop_back();
    if (!need.insert(r).second) continue;
    for (int32_t d : p.rules[static_cast<size_t>(r)].depends_on) stack.push_back(d);
  }
  std::vector<int32_t> out;
  for (int32_t r : p.order)
    if (need.count(r)) out.push_back(r);
  return out;
}

std::vector<int32_t> select_rules(const ir::Program& p, const std::vector<std::string>& names) {
  std::vector<int32_t> out;
  if (names.empty()) {
    for (size_t i = 0; i < p.rules.size(); ++i)
      if (p.rules[i].output) out.push_back(static_cast<int32_t>(i));
    if (out.empty()) throw SelectError("the policy marks no rule as 'output'; choose rules with --select");
  } else {
    for (const std::string& n : names) {
      const int32_t r = p.rule_index(n);
      if (r < 0) throw SelectError("--select names an unknown rule '" + n + "'");
      out.push_back(r);
    }
  }
  for (int32_t r : out)
    if (p.rules[static_cast<size_t>(r)].entity != p.rules[static_cast<size_t>(out[0])].entity)
      throw SelectError("rules '" + p.rules[static_cast<size_t>(out[0])].name + "' and '" + p.rules[static_cast<size_t>(r)].name +
                        "' are over different entities; select rules of one entity");
  return out;
}

// RFC 4180 quoting of one field, as runtime::append_csv_field: only with a comma, quote or line break.
std::string csv_field(const Sql& d, const std::string& v) {
  return "CASE WHEN " + d.position(v, "','") + " > 0 OR " + d.position(v, "'\"'") + " > 0 OR " + d.position(v, d.chr(10)) + " > 0 OR " +
         d.position(v, d.chr(13)) + " > 0 THEN '\"' || replace(" + v + ", '\"', '\"\"') || '\"' ELSE " + v + " END";
}

std::string prologue(const Sql& d) {
  if (d.pg())
    return "-- Written by redline sql (docs/sql.md). Run with: psql -X -f SCRIPT, each entity's data\n"
           "-- loaded first into a table of text columns named after it (COPY ... FROM ... CSV HEADER).\n"
           "-- A bad row stops the script with an error naming it (see docs/sql.md).\n"
           "\\set ON_ERROR_STOP on\n"
           "\\set QUIET on\n"
           "\\set SHOW_CONTEXT never\n"
           "\\pset format unaligned\n"
           "\\pset tuples_only on\n"
           "\\pset footer off\n"
           "SET client_min_messages = warning;\n"
           // JIT compiling the large CASE expressions of a rule took longer than running them
           // (2.1 s against 0.3 s for one rule of the SEC diff over 10,000 parties).
           "SET jit = off;\n"
           // Raises its message; `hint` gives the type of the value it stands for.
           "CREATE FUNCTION pg_temp.redline_fail(message text, hint anyelement) RETURNS anyelement\n"
           "  LANGUAGE plpgsql VOLATILE AS $$ BEGIN RAISE EXCEPTION '%', message; END $$;\n";
  if (d.duck())
    return "-- Written by redline sql (docs/sql.md) for DuckDB: SQL statements to run in order, each entity's\n"
           "-- data loaded first into a table of text columns named after it, e.g.\n"
           "--   CREATE TABLE \"Party\" AS FROM read_csv('parties.csv', header = true, all_varchar = true);\n"
           "-- The last statement's rows are the result (its one column, `line`): with the duckdb CLI,\n"
           "--   duckdb -bail -list -noheader -cmd \"CREATE TABLE ...\" < SCRIPT\n"
           "-- A bad row stops the script with an error naming it (see docs/sql.md).\n";
  return "-- Written by redline sql (docs/sql.md). Run with: sqlite3 DB < SCRIPT, each entity's data\n"
         "-- imported first as a table of text columns named after it (.import --csv FILE ENTITY).\n"
         "-- A bad row stops the script with an error naming it (see docs/sql.md).\n"
         ".bail on\n"
         ".mode list\n"
         ".headers off\n";
}

// The entities the rules `roots` read (their own, through aggregates and fields, and every
// entity those refer to): the tables the script needs. An entity only other rules read (a
// history no output uses) is not asked for, as `run` does not ask for its data.
std::vector<uint8_t> entities_needed(const ir::Program& p, const std::vector<int32_t>& roots) {
  std::vector<uint8_t> needed(p.entities.size(), 0);
  std::vector<int32_t> stack;
  for (int32_t r : closure_in_order(p, roots)) {
    stack.push_back(p.rules[static_cast<size_t>(r)].entity);
    ir::visit_rule_and_calls(p, p.rules[static_cast<size_t>(r)], [&](const ir::Expr& e) {
      if (e.op == ir::Op::Aggregate || e.op == ir::Op::Field) stack.push_back(e.entity);
    });
  }
  while (!stack.empty()) {
    const int32_t e = stack.back();
    stack.pop_back();
    if (e < 0 || needed[static_cast<size_t>(e)]) continue;
    needed[static_cast<size_t>(e)] = 1;
    for (const ir::Field& f : p.entities[static_cast<size_t>(e)].fields)
      if (f.type.kind == TypeKind::Entity) stack.push_back(f.type.index);
  }
  return needed;
}

std::string load_all(Translator& t, const ir::Program& p, const std::vector<int32_t>& roots) {
  const std::vector<uint8_t> needed = entities_needed(p, roots);
  std::string out;
  for (size_t e = 0; e < p.entities.size(); ++e)
    if (needed[e]) out += t.load_entity(static_cast<int32_t>(e), p.entities[e].name);
  for (size_t e = 0; e < p.entities.size(); ++e)
    if (needed[e]) out += t.check_references(static_cast<int32_t>(e));
  return out;
}

}  // namespace

std::string translate_run(const ir::Program& program, const Options& options) {
  Translator t(program, options, "");
  const Sql& d = t.dialect();
  const std::vector<int32_t> outputs = select_rules(program, options.select);
  std::string out = prologue(d);
  out += load_all(t, program, outputs);
  for (int32_t r : closure_in_order(program, outputs)) out += t.rule_statement(r);
  const int32_t entity = program.rules[static_cast<size_t>(outputs[0])].entity;
  const ir::Entity& en = program.entities[static_cast<size_t>(entity)];
  const ir::Field& key = en.fields[static_cast<size_t>(en.key_field)];
  std::string header = key.name;
  std::string line = csv_field(d, t.format(key.type, "t." + quote_ident(key.name)));
  std::string joins;
  for (size_t i = 0; i < outputs.size(); ++i) {
    const ir::Rule& r = program.rules[static_cast<size_t>(outputs[i])];
    header += "," + r.name;
    const std::string alias = "o" + std::to_string(i);
    joins += " JOIN " + t.rule_table(outputs[i]) + " AS " + alias + " ON " + alias + ".k = t." + t.key_column(entity);
    line += " || ',' || " + csv_field(d, t.format(r.type, alias + ".v"));
  }
  out += "SELECT line FROM (SELECT 0 AS ord, " + quote_text(header) + " AS line UNION ALL SELECT t._ord, " + line + " FROM " +
         t.entity_table(entity) + " AS t" + joins + ") AS _out ORDER BY ord;\n";
  return out;
}

std::string translate_diff(const ir::Program& before, const ir::Program& after, const Options& options) {
  // The outputs compared, as service/diff.cpp selects them: the amended policy's, then the
  // baseline's that the amendments repealed.
  std::vector<int32_t> outputs, repealed;
  std::vector<std::string> kept;
  if (options.select.empty()) {
    for (size_t i = 0; i < before.rules.size(); ++i)
      if (before.rules[i].output && after.rule_index(before.rules[i].name) < 0) repealed.push_back(static_cast<int32_t>(i));
    const bool any = std::any_of(after.rules.begin(), after.rules.end(), [](const ir::Rule& r) { return r.output; });
    if (any || repealed.empty()) outputs = select_rules(after, {});
  } else {
    for (const std::string& n : options.select) {
      if (after.rule_index(n) >= 0) kept.push_back(n);
      else if (before.rule_index(n) >= 0) repealed.push_back(before.rule_index(n));
      else throw SelectError("--select names an unknown rule '" + n + "'");
    }
    if (!kept.empty() || repealed.empty()) outputs = select_rules(after, kept);
  }
  const int32_t entity = outputs.empty() ? before.rules[static_cast<size_t>(repealed[0])].entity
                                         : after.rules[static_cast<size_t>(outputs[0])].entity;
  const std::string entity_name = (outputs.empty() ? before : after).entities[static_cast<size_t>(entity)].name;
  for (int32_t r : repealed)
    if (before.entities[static_cast<size_t>(before.rules[static_cast<size_t>(r)].entity)].name != entity_name)
      throw SelectError("the rules compared are over different entities; select rules of one entity");

  Translator tb(before, options, "b_"), ta(after, options, "a_");
  std::vector<int32_t> before_roots;
  struct Compared {
    std::string name;
    int32_t in_before = -1, in_after = -1;
  };
  std::vector<Compared> compared;
  for (int32_t r : outputs) {
    const std::string& n = after.rules[static_cast<size_t>(r)].name;
    compared.push_back({n, before.rule_index(n), r});
  }
  for (int32_t r : repealed) compared.push_back({before.rules[static_cast<size_t>(r)].name, r, -1});
  for (const Compared& c : compared)
    if (c.in_before >= 0) before_roots.push_back(c.in_before);

  const Sql& d = tb.dialect();
  std::string out = prologue(d);
  out += load_all(tb, before, before_roots);
  out += load_all(ta, after, outputs);
  for (int32_t r : closure_in_order(before, before_roots)) out += tb.rule_statement(r);
  for (int32_t r : closure_in_order(after, outputs)) out += ta.rule_statement(r);

  // The entity's rows in input order (the baseline's table: both read the same data).
  const int32_t before_entity = before.entity_index(entity_name);
  const int32_t after_entity = after.entity_index(entity_name);
  const Translator& rows = before_entity >= 0 ? tb : ta;
  const int32_t row_entity = before_entity >= 0 ? before_entity : after_entity;
  const ir::Program& rp = rows.program();
  const ir::Entity& en = rp.entities[static_cast<size_t>(row_entity)];
  const ir::Field& key = en.fields[static_cast<size_t>(en.key_field)];
  Translator& tr = before_entity >= 0 ? tb : ta;
  const std::string key_text = csv_field(d, tr.format(key.type, "t." + quote_ident(key.name)));
  std::string parts;
  for (size_t i = 0; i < compared.size(); ++i) {
    const Compared& c = compared[i];
    auto side = [&](Translator& t, const ir::Program& p, int32_t r) -> std::string {
      if (r < 0) return "''";
      return t.format(p.rules[static_cast<size_t>(r)].type,
                      "(SELECT v FROM " + t.rule_table(r) + " WHERE k = t." + quote_ident(key.name) + ")");
    };
    parts += std::string(parts.empty() ? "" : "\n  UNION ALL ") + "SELECT t._ord AS ord, " + std::to_string(i) + " AS k, " + key_text +
             " AS id, " + quote_text(c.name) + " AS output, " + side(tb, before, c.in_before) + " AS before, " +
             side(ta, after, c.in_after) + " AS after FROM " + rows.entity_table(row_entity) + " AS t";
  }
  out += "SELECT line FROM (SELECT 0 AS ord, 0 AS k, 'id,output,before,after' AS line\n  UNION ALL SELECT ord, k, id || ',' || output || ',' || " +
         csv_field(d, "before") + " || ',' || " + csv_field(d, "after") + " FROM (" + parts + ") AS _sides WHERE " + d.differs("before", "after") +
         ") AS _out ORDER BY ord, k;\n";
  return out;
}

}  // namespace redline::sql
