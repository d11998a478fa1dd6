// The canonical layout of redline files.
//
// The AST is printed back in one layout; comments, which the AST does not hold, are placed
// by where they stood: a comment on its own line goes before the next item (declaration,
// field, enum member, table row, exception) that follows it within the same declaration, or
// before the declaration when no item follows; a comment after code stays at the end of the
// line of the item it followed.
#include "format/format.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace redline::format {

using namespace redline::ast;

namespace {

constexpr size_t kWidth = 100;

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\t') {
      out += "\\t";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

// Integer literals of five digits or more are grouped by thousands: 250_000.
std::string group_digits(const std::string& digits) {
  if (digits.size() < 5 || digits.find_first_not_of("0123456789") != std::string::npos) return digits;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += '_';
    out += digits[i];
  }
  return out;
}

class Printer {
 public:
  Printer(const support::SourceFile& file, const Module& m, std::vector<syntax::Comment> comments)
      : file_(file), m_(m), comments_(std::move(comments)) {}

  std::string run() {
    place_comments();
    std::string out;
    if (m_.has_header) {
      out += leading(kHeader);
      out += header() + trailing(kHeader) + "\n";
    }
    for (size_t i = 0; i < m_.order.size(); ++i) {
      if (!out.empty()) out += "\n";
      out += leading(decl_key(i));
      out += declaration(i);
    }
    if (!tail_.empty()) {
      if (!out.empty()) out += "\n";
      for (auto& c : tail_) out += c + "\n";
    }
    return out;
  }

 private:
  const support::SourceFile& file_;
  const Module& m_;
  std::vector<syntax::Comment> comments_;
  // Comments by the item they belong to. An item key is the source offset of its start.
  std::map<uint32_t, std::vector<std::string>> leading_, trailing_;
  std::vector<std::string> tail_;
  static constexpr uint32_t kHeader = UINT32_MAX - 1;

  uint32_t line_of(uint32_t offset) const { return file_.line_column(offset).line; }
  uint32_t decl_key(size_t i) const { return decl_start(i); }

  uint32_t decl_start(size_t i) const {
    auto [kind, index] = m_.order[i];
    switch (kind) {
      case 'e': return m_.enums[index].loc.offset;
      case 'n': return m_.entities[index].loc.offset;
      case 'p': return m_.params[index].loc.offset;
      case 'c': return m_.cycles[index].loc.offset;
      case 'r': return m_.rules[index].loc.offset;
      case 't': return m_.tests[index].loc.offset;
      default: return m_.amendments[index].loc.offset;
    }
  }

  // The start of the line that holds `offset`: declarations are keyed there, before any keyword.
  uint32_t line_start(uint32_t offset) const { return file_.offset_of(line_of(offset), 1); }

  std::vector<uint32_t> inner_items(size_t i) const {
    std::vector<uint32_t> items;
    auto [kind, index] = m_.order[i];
    if (kind == 'e')
      for (auto& mem : m_.enums[index].members) items.push_back(mem.loc.offset);
    if (kind == 'n')
      for (auto& f : m_.entities[index].fields) items.push_back(f.loc.offset);
    if (kind == 't') {
      for (auto& g : m_.tests[index].given) items.push_back(g.loc.offset);
      for (auto& g : m_.tests[index].given_data) items.push_back(g.loc.offset);
      for (auto& x : m_.tests[index].expectations) items.push_back(x.loc.offset);
    }
    const RuleDecl* r = kind == 'r' ? &m_.rules[index] : nullptr;
    if (kind == 'a' && m_.amendments[index].rule) r = m_.amendments[index].rule.get();
    if (r) {
      if (r->table)
        for (auto& row : r->table->rows) items.push_back(row.loc.offset);
      for (auto& x : r->exceptions) {
        items.push_back(x.loc.offset);
        match_arms(x.condition.get(), items);
        match_arms(x.value.get(), items);
      }
      match_arms(r->body.get(), items);
    }
    std::sort(items.begin(), items.end());
    return items;
  }

  // The arms of every match in `e`: items too, since a match is always printed an arm a line.
  static void match_arms(const Expr* e, std::vector<uint32_t>& items) {
    if (e == nullptr) return;
    for (const MatchArm& arm : e->arms) {
      items.push_back(arm.loc.offset);
      match_arms(arm.value.get(), items);
    }
    for (const ExprPtr& a : e->args) match_arms(a.get(), items);
  }

  // A comment block followed by a blank line keeps the blank line (a section heading).
  std::string with_gap(const syntax::Comment& c) const {
    uint32_t next_line = line_of(c.end > 0 ? c.end - 1 : c.end) + 1;
    std::string_view text = file_.line_text(next_line);
    bool blank = next_line <= line_of(static_cast<uint32_t>(file_.text().size())) &&
                 text.find_first_not_of(" \t\r") == std::string_view::npos;
    return blank ? c.text + "\n" : c.text;
  }

  void place_comments() {
    std::vector<std::pair<uint32_t, uint32_t>> spans;  // declaration start .. end
    for (size_t i = 0; i < m_.order.size(); ++i)
      spans.push_back({decl_start(i), i < m_.order_end.size() ? m_.order_end[i] : decl_start(i)});
    for (const auto& c : comments_) {
      uint32_t cline = line_of(c.offset);
      // Inside (or on the last line of) a declaration?
      int owner = -1;
      for (size_t i = 0; i < spans.size(); ++i) {
        uint32_t begin = line_start(spans[i].first);
        if (c.offset >= begin && (c.offset < spans[i].second || (!c.own_line && line_of(spans[i].second) == cline)))
          owner = static_cast<int>(i);
      }
      if (m_.has_header && owner < 0 && c.offset < m_.header_end && c.offset >= m_.loc.offset) {
        (c.own_line ? leading_ : trailing_)[kHeader].push_back(c.text);
        continue;
      }
      if (owner < 0) {
        if (!c.own_line && m_.has_header && line_of(m_.header_end) == cline) {
          trailing_[kHeader].push_back(c.text);
          continue;
        }
        // Between declarations: before the next one, or at the end of the file.
        bool placed = false;
        if (m_.has_header && c.offset < m_.loc.offset) {
          leading_[kHeader].push_back(c.text);
          continue;
        }
        for (size_t i = 0; i < spans.size() && !placed; ++i)
          if (spans[i].first > c.offset) {
            leading_[decl_key(i)].push_back(with_gap(c));
            placed = true;
          }
        if (!placed) tail_.push_back(c.text);
        continue;
      }
      std::vector<uint32_t> items = inner_items(static_cast<size_t>(owner));
      if (c.own_line) {
        auto next = std::find_if(items.begin(), items.end(), [&](uint32_t it) { return line_of(it) > cline; });
        leading_[next != items.end() ? *next : decl_key(static_cast<size_t>(owner))].push_back(c.text);
      } else {
        uint32_t target = decl_key(static_cast<size_t>(owner));
        for (uint32_t it : items)
          if (line_of(it) <= cline) target = it;
        trailing_[target].push_back(c.text);
      }
    }
  }

  std::string leading(uint32_t key, const std::string& indent = "") {
    std::string out;
    if (auto it = leading_.find(key); it != leading_.end())
      for (auto& c : it->second) out += indent + c + "\n";
    return out;
  }
  std::string trailing(uint32_t key) {
    std::string out;
    if (auto it = trailing_.find(key); it != trailing_.end())
      for (auto& c : it->second) out += "  " + c;
    return out;
  }

  static std::string cite(const std::optional<Citation>& c) { return c ? " [" + c->text + "]" : ""; }

  std::string header() {
    if (m_.kind == Module::Kind::Tests) return fmt::format("tests for {};", quote(m_.tests_for));
    if (m_.kind == Module::Kind::Policy)
      return fmt::format("policy {}{}{};", m_.name, m_.title.empty() ? "" : " " + quote(m_.title), cite(m_.citation));
    std::string out = fmt::format("modification {}{}{}", m_.name, m_.title.empty() ? "" : " " + quote(m_.title), cite(m_.citation));
    out += annotations(m_.annotations, "  ");
    out += "\n  amends " + m_.amends;
    if (m_.effective) {
      out += "\n  effective " + *m_.effective;
      if (!m_.effective_entity.empty()) out += " by " + m_.effective_entity + "." + m_.effective_field;
    }
    return out + ";";
  }

  static std::string annotations(const std::vector<Annotation>& list, const std::string& indent) {
    std::string out;
    for (auto& a : list)
      out += fmt::format("\n{}{} {}", indent, a.kind == Annotation::Kind::Note ? "note" : "assumption", quote(a.text));
    return out;
  }

  std::string type(const TypeRef& t) {
    return (t.set ? "set of " : t.scale ? "scale of " : "") + t.name + (t.optional ? "?" : "");
  }

  std::string declaration(size_t i) {
    auto [kind, index] = m_.order[i];
    std::string key_trailing = trailing(decl_key(i));
    std::string out;
    switch (kind) {
      case 'e': out = enum_decl(m_.enums[index]); break;
      case 'n': out = entity_decl(m_.entities[index]); break;
      case 'p': out = param_decl(m_.params[index], "param ") + ";"; break;
      case 'c': out = cycle_decl(m_.cycles[index]) + ";"; break;
      case 'r': out = rule_decl(m_.rules[index], ""); break;
      case 't': out = test_decl(m_.tests[index]); break;
      default: out = amendment(m_.amendments[index]); break;
    }
    // A comment after the declaration's first line stays on that line.
    size_t nl = out.find('\n');
    if (!key_trailing.empty()) out.insert(nl == std::string::npos ? out.size() : nl, key_trailing);
    return out + "\n";
  }

  std::string enum_decl(const EnumDecl& e) {
    std::string out = fmt::format("enum {}{} {{\n", e.name, cite(e.citation));
    for (auto& mem : e.members) {
      out += leading(mem.loc.offset, "  ");
      out += fmt::format("  {}{},{}\n", mem.name, mem.label.empty() ? "" : " " + quote(mem.label), trailing(mem.loc.offset));
    }
    return out + "}";
  }

  std::string entity_decl(const EntityDecl& e) {
    std::string out = fmt::format("entity {}{}{} {{\n", e.name, cite(e.citation), annotations(e.annotations, "  "));
    for (auto& f : e.fields) {
      out += leading(f.loc.offset, "  ");
      out += fmt::format("  {}{}{};{}\n", f.key ? "key " : "", f.name, field_type(f), trailing(f.loc.offset));
    }
    return out + "}";
  }

  // ": money check >= 0", after a field's name in an entity or an amendment.
  std::string field_type(const FieldDecl& f) {
    std::string out = ": " + type(f.type);
    for (auto& c : f.checks) out += fmt::format(" check {} {}", compare_op_text(c.op), expr(*c.value, 0));
    return out;
  }

  // `prefix` is what precedes the values on their line, to decide whether the `from` form fits
  // on it; otherwise it takes one line per value, in the order written (the order of writing is
  // the author's; the compiler sorts).
  // A scale's brackets: `{ 0: 0.15, 12_000: 0.25 }` on one line when it fits after `prefix`
  // columns, else one bracket per line, indented by `indent` + 2 and closed at `indent`.
  std::string scale_value(const Expr& e, size_t prefix, size_t indent, bool split = false) {
    std::vector<std::string> items;
    for (size_t i = 0; i + 1 < e.args.size(); i += 2)
      items.push_back(fmt::format("{}: {}", fix_literals(*e.args[i]), fix_literals(*e.args[i + 1])));
    std::string one = fmt::format("{{ {} }}", fmt::join(items, ", "));
    if (!split && prefix + one.size() + 1 <= kWidth && items.size() <= 4) return one;
    std::string pad(indent, ' ');
    std::string out = "{\n";
    for (auto& i : items) out += pad + "  " + i + ",\n";
    return out + pad + "}";
  }
  std::string param_value(const Expr& e, size_t prefix, size_t indent) {
    return e.kind == ExprKind::Scale ? scale_value(e, prefix, indent) : expr(e, 0);
  }

  std::string param_values(const ParamDecl& p, size_t prefix = 0) {
    std::string out;
    if (!p.from_dates.empty()) {
      std::vector<std::string> items;
      bool scale = false;
      for (size_t v = 0; v < p.values.size() && v < p.from_dates.size(); ++v) {
        scale = scale || p.values[v]->kind == ExprKind::Scale;
        std::string head = fmt::format("from {}: ", p.from_dates[v]);
        items.push_back(head + param_value(*p.values[v], 2 + head.size(), 2));
      }
      // Dated scales take a line per date, so the brackets of each version line up.
      if (scale) {
        out = "{\n";
        for (auto& i : items) out += "  " + i + ",\n";
        return out + "}";
      }
      std::string one = fmt::format("{{ {} }}", fmt::join(items, ", "));
      if (prefix + one.size() + 1 <= kWidth && one.find('\n') == std::string::npos) return one;
      out = "{\n";
      for (auto& i : items) out += "  " + i + ",\n";
      return out + "}";
    }
    // The `until` form on one line when it fits; else each scale's brackets one per line.
    bool split = false;
    for (int pass = 0; pass < 2; ++pass, split = true) {
      out.clear();
      for (size_t v = 0; v < p.values.size(); ++v) {
        if (v) out += fmt::format(" until {}, then ", p.until_dates[v - 1]);
        const Expr& value = *p.values[v];
        out += value.kind == ExprKind::Scale ? scale_value(value, 0, 0, split) : expr(value, 0);
      }
      if (split || (prefix + out.size() + 1 <= kWidth && out.find('\n') == std::string::npos)) break;
    }
    return out;
  }

  std::string param_decl(const ParamDecl& p, const std::string& keyword) {
    std::string head = fmt::format("{}{}: {}{}{} = ", keyword, p.name, type(p.type), cite(p.citation),
                                   annotations(p.annotations, "  "));
    size_t nl = head.rfind('\n');
    return head + param_values(p, nl == std::string::npos ? head.size() : head.size() - nl - 1);
  }

  std::string cycle_decl(const CycleDecl& c) {
    std::string values;
    for (size_t v = 0; v < c.values.size(); ++v) values += (v ? ", " : "") + expr(*c.values[v], 0);
    std::string head = fmt::format("cycle {}: {}{}", c.name, type(c.type), cite(c.citation));
    if (c.annotations.empty()) return head + " = " + values;
    return head + annotations(c.annotations, "  ") + "\n  = " + values;
  }

  std::string rule_decl(const RuleDecl& r, const std::string& prefix) {
    std::string params;
    if (!r.entity.empty()) params = r.param + ": " + r.entity;
    for (const auto& prm : r.params) params += (params.empty() ? "" : ", ") + prm.name + ": " + type(prm.type);
    std::string head = fmt::format("{}{}{} {}({})", prefix, r.output ? "output " : "", r.obligation ? "obligation" : "rule",
                                   r.name, params);
    if (r.type) head += ": " + type(*r.type);
    if (!r.title.empty()) head += " " + quote(r.title);
    head += cite(r.citation);
    bool simple = r.annotations.empty() && r.exceptions.empty() && !r.table && !r.due && r.duty == Duty::None;
    if (simple) {
      std::string one = head + " = " + expr(*r.body, 0) + ";";
      if (one.size() <= kWidth && one.find('\n') == std::string::npos) return one;
    }
    std::string out = head + annotations(r.annotations, "  ");
    if (r.duty != Duty::None) out += fmt::format("\n  {} {}", duty_word(r.duty), r.act);
    if (r.due) out += (r.until ? "\n  until " : "\n  due ") + expr(*r.due, r.until ? 8 : 6);
    if (r.table) out += "\n  = " + table(*r.table, 4);
    else if (r.body) out += "\n  = " + expr(*r.body, 4);
    if (r.exceptions.empty()) return out + ";";
    // The rule's ';' ends its last exception, before any comment that followed it on its line.
    for (size_t k = 0; k < r.exceptions.size(); ++k)
      out += "\n" + exception(r.exceptions[k], "  ", k + 1 == r.exceptions.size() ? ";" : "");
    return out;
  }

  // An exception clause, then `end`, then the comment that followed it on its line, if any.
  std::string exception(const ExceptionDecl& x, const std::string& indent, const std::string& end) {
    std::string out = leading(x.loc.offset, indent);
    std::string head = fmt::format("{}exception {}{}{}", indent, x.label, x.parent.empty() ? "" : " to " + x.parent,
                                   cite(x.citation));
    std::string cond = expr(*x.condition, indent.size() + 2), value = expr(*x.value, indent.size() + 2);
    std::string one = fmt::format("{} when {} then {}", head, cond, value);
    if (x.annotations.empty() && one.size() <= kWidth && one.find('\n') == std::string::npos)
      return out + one + end + trailing(x.loc.offset);
    out += head + trailing(x.loc.offset) + annotations(x.annotations, indent + "  ");
    return out + fmt::format("\n{}  when {}\n{}  then {}{}", indent, cond, indent, value, end);
  }

  // A cell's value: a top-level 'or' is parenthesized, since in a cell it separates alternatives.
  std::string cell_value(const Expr& e) {
    std::string text = expr(e, 0);
    return e.kind == ExprKind::Binary && e.binary == BinaryOp::Or ? "(" + text + ")" : text;
  }

  std::string cell(const Cell& c) {
    switch (c.kind) {
      case Cell::Kind::Any: return "_";
      case Cell::Kind::Compare: return std::string(compare_op_text(c.op)) + " " + cell_value(*c.value);
      case Cell::Kind::Value: return cell_value(*c.value);
      case Cell::Kind::Interval:
        return fmt::format("{}{}..{}{}", c.low_closed ? "[" : "(", expr(*c.value, 0), expr(*c.high, 0),
                           c.high_closed ? "]" : ")");
      case Cell::Kind::Or: {
        std::string out;
        for (size_t i = 0; i < c.alternatives.size(); ++i) out += (i ? " or " : "") + cell(c.alternatives[i]);
        return out;
      }
    }
    return "_";
  }

  std::string row(const TableRow& row) {
    if (row.otherwise) return fmt::format("otherwise => {}{};", expr(*row.outcome, 0), cite(row.citation));
    std::string cells;
    for (size_t i = 0; i < row.cells.size(); ++i) cells += (i ? ", " : "") + cell(row.cells[i]);
    bool generated = row.label.rfind("row", 0) == 0 && row.label.size() > 3 &&
                     row.label.find_first_not_of("0123456789", 3) == std::string::npos;
    std::string label = row.label.empty() || generated ? "" : row.label + ": ";
    return fmt::format("{}{} => {}{};", label, cells, expr(*row.outcome, 0), cite(row.citation));
  }

  std::string table(const TableDecl& t, size_t indent) {
    std::string pad(indent, ' ');
    const char* policy = hit_policy_text(t.policy, t.collect);
    std::string inputs;
    for (size_t i = 0; i < t.inputs.size(); ++i) inputs += (i ? ", " : "") + expr(*t.inputs[i], 0);
    std::string out = fmt::format("table {} ({}) {{\n", policy, inputs);
    for (auto& r : t.rows) {
      out += leading(r.loc.offset, pad + "  ");
      out += pad + "  " + row(r) + trailing(r.loc.offset) + "\n";
    }
    return out + pad + "}";
  }

  // An expression, broken over lines when it does not fit: if/then/else, match arms, and/or.
  std::string expr(const Expr& e, size_t indent) {
    std::string flat = fix_literals(e);
    if (indent + flat.size() <= kWidth && e.kind != ExprKind::Match) return flat;
    std::string pad(indent, ' ');
    switch (e.kind) {
      case ExprKind::If:
        return fmt::format("if {}\n{}then {}\n{}else {}", expr(*e.args[0], indent + 3), pad, expr(*e.args[1], indent + 5), pad,
                           expr(*e.args[2], indent + 5));
      case ExprKind::Match: {
        std::string out = "match " + expr(*e.args[0], indent + 6) + " {\n";
        for (auto& arm : e.arms) {
          std::string pattern;
          if (arm.members.empty()) pattern = "_";
          for (size_t m = 0; m < arm.members.size(); ++m)
            pattern += (m ? " | " : "") + (arm.qualifiers[m].empty() ? "" : arm.qualifiers[m] + ".") + arm.members[m];
          out += leading(arm.loc.offset, pad + "  ");
          out += fmt::format("{}  {} => {},{}\n", pad, pattern, expr(*arm.value, indent + 4), trailing(arm.loc.offset));
        }
        return out + pad + "}";
      }
      case ExprKind::Binary:
        if (e.binary == BinaryOp::And || e.binary == BinaryOp::Or) {
          std::string op = e.binary == BinaryOp::And ? "and" : "or";
          auto side = [&](const Expr& x) {
            std::string s = expr(x, indent + 2);
            bool weaker = x.kind == ExprKind::Binary && x.binary == BinaryOp::Or && e.binary == BinaryOp::And;
            return weaker || x.kind == ExprKind::If || x.kind == ExprKind::Match ? "(" + s + ")" : s;
          };
          // A chain 'a and b and c' (left-associative) puts each operand on its own line, all at
          // one indentation, and formats each operand once, however long the chain.
          std::vector<const Expr*> operands;
          const Expr* x = &e;
          for (; x->kind == ExprKind::Binary && x->binary == e.binary; x = x->args[0].get())
            operands.push_back(x->args[1].get());
          std::string out = side(*x);
          for (auto it = operands.rbegin(); it != operands.rend(); ++it) out += fmt::format("\n{}  {} {}", pad, op, side(**it));
          return out;
        }
        if (e.binary == BinaryOp::Add || e.binary == BinaryOp::Sub) {
          // A sum too long for a line, 'a + b - c', goes on over lines that start with the
          // operator, as the and/or chains do, each line filled with as many terms as fit (a
          // label built from many parts stays readable). A term that binds less tightly than +
          // keeps its parentheses (on the right, one that binds as tightly too: 'a - (b + c)').
          const int level = precedence(e);
          auto term = [&](const Expr& t, bool right) {
            std::string s = expr(t, indent + 4);
            const int p = precedence(t);
            return p < level || (right && p == level) ? "(" + s + ")" : s;
          };
          std::vector<const Expr*> terms;
          const Expr* x = &e;
          for (; x->kind == ExprKind::Binary && (x->binary == BinaryOp::Add || x->binary == BinaryOp::Sub); x = x->args[0].get())
            terms.push_back(x);
          std::string out = term(*x, false);
          size_t column = out.find('\n') == std::string::npos ? indent + out.size() : kWidth + 1;
          for (auto it = terms.rbegin(); it != terms.rend(); ++it) {
            const std::string piece = fmt::format("{} {}", (*it)->binary == BinaryOp::Add ? "+" : "-", term(*(*it)->args[1], true));
            const bool one_line = piece.find('\n') == std::string::npos;
            if (one_line && column + 1 + piece.size() <= kWidth) {
              out += " " + piece;
              column += 1 + piece.size();
            } else {
              out += fmt::format("\n{}  {}", pad, piece);
              column = one_line ? indent + 2 + piece.size() : kWidth + 1;
            }
          }
          return out;
        }
        return flat;
      default: return flat;
    }
  }

  // to_source, with integer literals grouped by thousands.
  static std::string fix_literals(const Expr& e) {
    std::string s = to_source(e);
    if (e.kind == ExprKind::IntLit) return group_digits(e.text);
    return regroup(s);
  }
  // Groups the digits of every integer literal in printed source (not inside strings, names or dates).
  static std::string regroup(const std::string& s) {
    std::string out;
    size_t i = 0;
    bool in_string = false;
    while (i < s.size()) {
      char c = s[i];
      if (in_string) {
        out += c;
        if (c == '\\' && i + 1 < s.size()) out += s[++i];
        else if (c == '"') in_string = false;
        ++i;
        continue;
      }
      if (c == '"') {
        in_string = true;
        out += c;
        ++i;
        continue;
      }
      bool word_before = !out.empty() && (std::isalnum(static_cast<unsigned char>(out.back())) || out.back() == '_' ||
                                          out.back() == '.');
      if (std::isdigit(static_cast<unsigned char>(c)) && !word_before) {
        size_t j = i;
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
        bool tail = j < s.size() && (s[j] == '.' || s[j] == '-' || std::isalpha(static_cast<unsigned char>(s[j])));
        std::string digits = s.substr(i, j - i);
        out += tail ? digits : group_digits(digits);
        i = j;
        continue;
      }
      out += c;
      ++i;
    }
    return out;
  }

  std::string test_decl(const TestDecl& t) {
    std::string out = fmt::format("test {}{}{} {{\n", t.name, t.title.empty() ? "" : " " + quote(t.title), cite(t.citation));
    for (auto& a : t.amendments) out += fmt::format("  amend {};\n", quote(a));
    if (t.as_of) out += fmt::format("  as of {};\n", *t.as_of);
    for (auto& [name, value] : t.params) out += fmt::format("  param {} = {};\n", name, expr(*value, 0));
    for (auto& g : t.given_data)
      out += leading(g.loc.offset, "  ") +
             fmt::format("  given data {} from {};{}\n", g.entity, quote(g.path), trailing(g.loc.offset));
    for (auto& g : t.given) {
      std::string fields;
      for (size_t i = 0; i < g.values.size(); ++i)
        fields += fmt::format("{}{}: {}", i ? ", " : "", g.values[i].field, expr(*g.values[i].value, 0));
      std::string one = fmt::format("  given {} {} {{ {} }}", g.entity, g.key, fields);
      if (g.values.empty()) one = fmt::format("  given {} {} {{}}", g.entity, g.key);
      out += leading(g.loc.offset, "  ");
      if (one.size() <= kWidth) {
        out += one + trailing(g.loc.offset) + "\n";
      } else {
        out += fmt::format("  given {} {} {{\n", g.entity, g.key);
        for (auto& v : g.values) out += fmt::format("    {}: {},\n", v.field, expr(*v.value, 6));
        out += "  }\n";
      }
    }
    for (auto& x : t.expectations) {
      // A set's 'within' at the top of the value is kept in parentheses, which tell it from a
      // tolerance.
      std::string value = expr(*x.value, 0);
      if (x.value->kind == ExprKind::Binary && x.value->binary == BinaryOp::Within) value = "(" + value + ")";
      if (x.tolerance) value += " within " + expr(*x.tolerance, 0);
      out += leading(x.loc.offset, "  ") +
             fmt::format("  expect {}({}) == {};{}\n", x.rule, x.key, value, trailing(x.loc.offset));
    }
    for (auto& e : t.expected_errors) out += fmt::format("  expect error {};\n", quote(e));
    return out + "}";
  }

  std::string amendment(const Amendment& a) {
    const char* op = a.op == Amendment::Op::Replace ? "replace" : a.op == Amendment::Op::Insert ? "insert"
                     : a.op == Amendment::Op::Repeal ? "repeal" : "substitute";
    switch (a.target) {
      case Amendment::Target::Rule:
        if (a.op == Amendment::Op::Repeal) return fmt::format("repeal rule {}{};", a.name, cite(a.citation));
        return rule_decl(*a.rule, std::string(op) + " ");
      case Amendment::Target::Param:
        if (a.op == Amendment::Op::Repeal) return fmt::format("repeal param {}{};", a.name, cite(a.citation));
        if (a.op == Amendment::Op::Substitute)
          return a.bracket_loc.valid() && !a.param->values.empty() && a.param->values[0]->args.size() == 2
                     ? fmt::format("substitute param {} bracket {}{}{}{} = {}: {};", a.name, a.bracket,
                                   a.bracket_from.empty() ? "" : " from " + a.bracket_from, cite(a.citation),
                                   annotations(a.annotations, "  "), fix_literals(*a.param->values[0]->args[0]),
                                   fix_literals(*a.param->values[0]->args[1]))
                     : fmt::format("substitute param {}{}{} = {};", a.name, cite(a.citation), annotations(a.annotations, "  "),
                                   param_values(*a.param));
        return param_decl(*a.param, std::string(op) + " param ") + ";";
      case Amendment::Target::Cycle:
        if (a.op == Amendment::Op::Repeal) return fmt::format("repeal cycle {}{};", a.name, cite(a.citation));
        return std::string(op) + " " + cycle_decl(*a.cycle) + ";";
      // An enum declaration ends with its '}', amended or not.
      case Amendment::Target::Enum: return std::string(op) + " " + enum_decl(*a.enumeration);
      case Amendment::Target::Entity:
        if (a.op == Amendment::Op::Repeal) return fmt::format("repeal entity {}{};", a.name, cite(a.citation));
        return std::string(op) + " " + entity_decl(*a.entity);
      case Amendment::Target::Field:
        if (a.op == Amendment::Op::Repeal) return fmt::format("repeal field {}.{}{};", a.name, a.label, cite(a.citation));
        return fmt::format("{} field {}.{}{}{}{};", op, a.name, a.label, field_type(*a.field), cite(a.citation),
                           annotations(a.annotations, "  "));
      case Amendment::Target::Exception: {
        if (a.op == Amendment::Op::Repeal)
          return fmt::format("repeal exception {}.{}{};", a.name, a.label, cite(a.citation));
        const ExceptionDecl& x = *a.exception;
        std::string head = fmt::format("{} exception {}.{}{}{}", op, a.name, a.label,
                                       x.parent.empty() ? "" : " to " + x.parent, cite(x.citation));
        std::string cond = expr(*x.condition, 7), value = expr(*x.value, 7);
        if (x.annotations.empty()) {
          std::string one = fmt::format("{} when {} then {};", head, cond, value);
          if (one.size() <= kWidth && one.find('\n') == std::string::npos) return one;
        }
        return fmt::format("{}{}\n  when {}\n  then {};", head, annotations(x.annotations, "  "), cond, value);
      }
      case Amendment::Target::Row: {
        if (a.op == Amendment::Op::Repeal) return fmt::format("repeal row {}.{}{};", a.name, a.label, cite(a.citation));
        std::string position = a.position.empty() ? "" : fmt::format(" {} {}", a.position, a.anchor);
        const TableRow& src = *a.row;
        std::string cells;
        for (size_t i = 0; i < src.cells.size(); ++i) cells += (i ? ", " : "") + cell(src.cells[i]);
        return fmt::format("{} row {}.{}{}: {} => {}{};", op, a.name, a.label, position, cells, expr(*src.outcome, 0),
                           cite(src.citation));
      }
    }
    return "";
  }
};

}  // namespace

std::string format_module(const support::SourceManager& sources, uint32_t file, const ast::Module& module) {
  Printer p(sources.file(file), module, syntax::comments(sources, file));
  return p.run();
}

}  // namespace redline::format
