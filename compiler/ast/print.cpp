// Expressions back to source text, precedence-aware, for messages and the formatter.
#include <fmt/format.h>

#include "ast/ast.h"

namespace redline::ast {

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
        case BinaryOp::At: return 95;  // between `.` and unary `-`, as in the grammar
        case BinaryOp::And: return 20;
        case BinaryOp::Or: return 10;
      }
      return 0;
    case ExprKind::IsNone: case ExprKind::IsSome: return 42;
    case ExprKind::If: case ExprKind::Match: return 0;
    default: return 100;
  }
}

namespace {

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

// Appends to `out`, so that printing is linear in the size of the expression however deep it is.
void print(const Expr& e, int needed, std::string& out);

void join(const std::vector<ExprPtr>& args, std::string& out) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    if (args[i]) print(*args[i], 0, out);
  }
}

void print(const Expr& e, int needed, std::string& out) {
  int p = precedence(e);
  if (p < needed) out += '(';
  switch (e.kind) {
    case ExprKind::IntLit:
    case ExprKind::DecimalLit: out += e.text; break;
    case ExprKind::TextLit: out += quote(e.text); break;
    case ExprKind::DateLit:
    case ExprKind::BoolLit: out += e.text; break;
    case ExprKind::NoneLit: out += "none"; break;
    case ExprKind::Name: out += e.name; break;
    case ExprKind::Field:
      print(*e.args[0], 100, out);
      out += "." + e.name;
      break;
    case ExprKind::Call:
      out += e.name + "(";
      join(e.args, out);
      out += ")";
      break;
    case ExprKind::Aggregate:
      out += std::string(agg_text(e.agg)) + "(";
      if (e.args[0]) {
        print(*e.args[0], 0, out);
        out += " for ";
      }
      out += e.name + " in " + e.entity;
      if (e.args[1]) {
        out += " where ";
        print(*e.args[1], 0, out);
      }
      if (e.args.size() > 2 && e.args[2]) {
        out += " by ";
        print(*e.args[2], 0, out);
      }
      out += ")";
      break;
    case ExprKind::SetLit:
      out += "{";
      join(e.args, out);
      out += "}";
      break;
    case ExprKind::If:
      out += "if ";
      print(*e.args[0], 0, out);
      out += " then ";
      print(*e.args[1], 0, out);
      out += " else ";
      print(*e.args[2], 0, out);
      break;
    case ExprKind::Match: {
      out += "match ";
      print(*e.args[0], 0, out);
      out += " { ";
      for (size_t i = 0; i < e.arms.size(); ++i) {
        const MatchArm& arm = e.arms[i];
        if (i) out += ", ";
        if (arm.members.empty()) out += "_";
        for (size_t m = 0; m < arm.members.size(); ++m) {
          if (m) out += " | ";
          if (!arm.qualifiers[m].empty()) out += arm.qualifiers[m] + ".";
          out += arm.members[m];
        }
        out += " => ";
        print(*arm.value, 0, out);
      }
      out += " }";
      break;
    }
    case ExprKind::Unary:
      out += e.unary == UnaryOp::Neg ? "-" : "not ";
      print(*e.args[0], e.unary == UnaryOp::Neg ? 90 : 30, out);
      break;
    case ExprKind::Binary:
      // Left-associative: the left operand may bind as loosely as this operator, the right may not.
      print(*e.args[0], p, out);
      out += " ";
      out += binary_op_text(e.binary);
      out += " ";
      print(*e.args[1], p + 1, out);
      break;
    case ExprKind::IsNone:
      print(*e.args[0], 43, out);
      out += e.negated ? " is not none" : " is none";
      break;
    case ExprKind::IsSome:
      print(*e.args[0], 43, out);
      out += " is some";
      if (!e.name.empty()) out += " " + e.name;
      break;
    case ExprKind::Scale:
      out += "{";
      for (size_t i = 0; i + 1 < e.args.size(); i += 2) {
        if (i) out += ", ";
        print(*e.args[i], 0, out);
        out += ": ";
        print(*e.args[i + 1], 0, out);
      }
      out += "}";
      break;
    case ExprKind::Error: out += "<error>"; break;
  }
  if (p < needed) out += ')';
}

}  // namespace

std::string to_source(const Expr& e) {
  std::string out;
  print(e, 0, out);
  return out;
}

}  // namespace redline::ast
