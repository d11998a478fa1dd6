// Spellings of operators, shared by diagnostics, the formatter and explanations.
#include "ast/ast.h"

namespace redline::ast {

const char* binary_op_text(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Mod: return "mod";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "!=";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::And: return "and";
    case BinaryOp::Or: return "or";
    case BinaryOp::Coalesce: return "??";
    case BinaryOp::In: return "in";
    case BinaryOp::NotIn: return "not in";
    case BinaryOp::Within: return "within";
    case BinaryOp::Overlaps: return "overlaps";
    case BinaryOp::At: return "at";
  }
  return "?";
}

const char* compare_op_text(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
  }
  return "?";
}

const char* hit_policy_text(HitPolicy p, AggKind collect) {
  switch (p) {
    case HitPolicy::Unique: return "unique";
    case HitPolicy::First: return "first";
    case HitPolicy::Priority: return "priority";
    case HitPolicy::Any: return "any";
    case HitPolicy::Collect:
      switch (collect) {
        case AggKind::Sum: return "collect sum";
        case AggKind::Min: return "collect min";
        case AggKind::Max: return "collect max";
        case AggKind::Count: return "collect count";
        default: return "collect";
      }
    case HitPolicy::RuleOrder: return "rule order";
    case HitPolicy::OutputOrder: return "output order";
  }
  return "?";
}

const char* target_word(Amendment::Target t) {
  switch (t) {
    case Amendment::Target::Rule: return "rule";
    case Amendment::Target::Param: return "param";
    case Amendment::Target::Cycle: return "cycle";
    case Amendment::Target::Enum: return "enum";
    case Amendment::Target::Exception: return "exception";
    case Amendment::Target::Row: return "row";
    case Amendment::Target::Entity: return "entity";
    case Amendment::Target::Field: return "field";
  }
  return "rule";
}

const char* agg_text(AggKind k) {
  switch (k) {
    case AggKind::Sum: return "sum";
    case AggKind::Count: return "count";
    case AggKind::Min: return "min";
    case AggKind::Max: return "max";
    case AggKind::Any: return "any";
    case AggKind::All: return "all";
    case AggKind::Latest: return "latest";
    case AggKind::Earliest: return "earliest";
  }
  return "?";
}

void add_rule_param(RuleDecl& r, RuleParamDecl param) {
  static const char* const scalars[] = {"bool", "int", "decimal", "money", "text", "date"};
  const TypeRef& t = param.type;
  bool scalar = t.set || t.optional || t.scale || t.name.empty();
  for (const char* s : scalars) scalar = scalar || t.name == s;
  if (r.entity.empty() && r.param.empty() && r.params.empty() && !scalar) {
    r.param = std::move(param.name);
    r.param_loc = param.loc;
    r.entity = t.name;
    r.entity_loc = t.loc;
    return;
  }
  r.params.push_back(std::move(param));
}

ExprPtr clone(const Expr& e) {
  auto out = std::make_unique<Expr>();
  out->kind = e.kind;
  out->loc = e.loc;
  out->length = e.length;
  out->name = e.name;
  out->name_loc = e.name_loc;
  out->text = e.text;
  out->entity = e.entity;
  out->entity_loc = e.entity_loc;
  out->unary = e.unary;
  out->binary = e.binary;
  out->agg = e.agg;
  out->negated = e.negated;
  for (const auto& x : e.args) out->args.push_back(x ? clone(*x) : nullptr);
  for (const auto& arm : e.arms) {
    MatchArm copy;
    copy.members = arm.members;
    copy.member_locs = arm.member_locs;
    copy.qualifiers = arm.qualifiers;
    copy.value = arm.value ? clone(*arm.value) : nullptr;
    copy.loc = arm.loc;
    out->arms.push_back(std::move(copy));
  }
  return out;
}

}  // namespace redline::ast
