// Expressions back to source text, precedence-aware, for messages and the formatter.
#include <fmt/format.h>

#include "ast/ast.h"

namespace redline::ast {

namespace {

// Binding strength, mirroring the order of alternatives in Redline.g4's `expr`.
int precedence(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Unary: return e.unary == UnaryOp::Neg ? 90 : 30;
    case ExprKind::Binary:
      switch (e.binary) {
        case BinaryOp::Mul: case BinaryOp::Div: case BinaryOp::Mod: return 80;
        case BinaryOp::Add: case BinaryOp::Sub: return 70;
        case BinaryOp::Coalesce: return 60;
        case BinaryOp::Eq: case BinaryOp::Ne: case BinaryOp::Lt: case BinaryOp::Le: case BinaryOp::Gt:
        case BinaryOp::Ge: return 50;
        case BinaryOp::In: case BinaryOp::NotIn: return 45;
        case BinaryOp::Within: return 44;
        case BinaryOp::Overlaps: return 43;
        case BinaryOp::And: return 20;
        case BinaryOp::Or: return 10;
      }
      return 0;
    case ExprKind::IsNone: case ExprKind::IsSome: return 42;
    case ExprKind::If: case ExprKind::Match: return 0;
    default: return 100;
  }
}

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    if (c == '\t') { out += "\\t"; continue; }
    out += c;
  }
  return out + "\"";
}

std::string print(const Expr& e, int needed);

std::string join(const std::vector<ExprPtr>& args) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    if (args[i]) out += print(*args[i], 0);
  }
  return out;
}

std::string print(const Expr& e, int needed) {
  std::string s;
  int p = precedence(e);
  switch (e.kind) {
    case ExprKind::IntLit:
    case ExprKind::DecimalLit: s = e.text; break;
    case ExprKind::TextLit: s = quote(e.text); break;
    case ExprKind::DateLit:
    case ExprKind::BoolLit: s = e.text; break;
    case ExprKind::NoneLit: s = "none"; break;
    case ExprKind::Name: s = e.name; break;
    case ExprKind::Field: s = print(*e.args[0], 100) + "." + e.name; break;
    case ExprKind::Call: s = e.name + "(" + join(e.args) + ")"; break;
    case ExprKind::Aggregate:
      s = std::string(agg_text(e.agg)) + "(";
      if (e.args[0]) s += print(*e.args[0], 0) + " for ";
      s += e.name + " in " + e.entity;
      if (e.args[1]) s += " where " + print(*e.args[1], 0);
      s += ")";
      break;
    case ExprKind::SetLit: s = "{" + join(e.args) + "}"; break;
    case ExprKind::If:
      s = "if " + print(*e.args[0], 0) + " then " + print(*e.args[1], 0) + " else " + print(*e.args[2], 0);
      break;
    case ExprKind::Match: {
      s = "match " + print(*e.args[0], 0) + " { ";
      for (size_t i = 0; i < e.arms.size(); ++i) {
        const MatchArm& arm = e.arms[i];
        if (i) s += ", ";
        if (arm.members.empty()) s += "_";
        for (size_t m = 0; m < arm.members.size(); ++m) {
          if (m) s += " | ";
          if (!arm.qualifiers[m].empty()) s += arm.qualifiers[m] + ".";
          s += arm.members[m];
        }
        s += " => " + print(*arm.value, 0);
      }
      s += " }";
      break;
    }
    case ExprKind::Unary:
      s = e.unary == UnaryOp::Neg ? "-" + print(*e.args[0], 90) : "not " + print(*e.args[0], 30);
      break;
    case ExprKind::Binary:
      // Left-associative: the left operand may bind as loosely as this operator, the right may not.
      s = print(*e.args[0], p) + " " + binary_op_text(e.binary) + " " + print(*e.args[1], p + 1);
      break;
    case ExprKind::IsNone: s = print(*e.args[0], 43) + (e.negated ? " is not none" : " is none"); break;
    case ExprKind::IsSome: s = print(*e.args[0], 43) + " is some" + (e.name.empty() ? "" : " " + e.name); break;
    case ExprKind::Error: s = "<error>"; break;
  }
  if (p < needed) return "(" + s + ")";
  return s;
}

}  // namespace

std::string to_source(const Expr& e) { return print(e, 0); }

}  // namespace redline::ast
