// Internal to compiler/syntax: what class a parse-tree node is, without dynamic_cast.
//
// ANTLR's generated accessors and antlrcpp::is test each child with dynamic_cast, which on a
// large policy (a million nodes) costs more than the parse itself. Kinds::of looks a node's
// class up by the address of its type_info in a small cache, so it costs a virtual load and a
// probe; K says which context class (or a token) it is and kRuleOf which rule that class belongs
// to, so children can be selected by rule and static_cast safely.
#pragma once

#include <cstddef>
#include <cstdint>
#include <typeinfo>

#include "RedlineParser.h"
#include "antlr4-runtime.h"

namespace redline::syntax {

// Every context class of the generated parser, with the rule it belongs to. Labelled
// alternatives (`# mulExpr`) are subclasses of their rule's context class; the base class itself
// stays in the tree when an error stops the parser before it chose an alternative.
#define REDLINE_CONTEXTS(X) \
  X(File, File) \
  X(Header, Header) \
  X(PolicyHeader, Header) \
  X(TestsHeader, Header) \
  X(ModificationHeader, Header) \
  X(Declaration, Declaration) \
  X(EnumDecl, EnumDecl) \
  X(EnumMember, EnumMember) \
  X(EntityDecl, EntityDecl) \
  X(FieldDecl, FieldDecl) \
  X(FieldCheck, FieldCheck) \
  X(Type, Type) \
  X(NamedType, Type) \
  X(SetType, Type) \
  X(ScaleType, Type) \
  X(ParamDecl, ParamDecl) \
  X(ParamValues, ParamValues) \
  X(ScaleValue, ScaleValue) \
  X(ScaleBracket, ScaleBracket) \
  X(CycleDecl, CycleDecl) \
  X(RuleDecl, RuleDecl) \
  X(RuleParam, RuleParam) \
  X(RuleBody, RuleBody) \
  X(Annotation, Annotation) \
  X(ActClause, ActClause) \
  X(DueClause, DueClause) \
  X(ExceptionClause, ExceptionClause) \
  X(TableExpr, TableExpr) \
  X(HitPolicy, HitPolicy) \
  X(TableRow, TableRow) \
  X(ConditionRow, TableRow) \
  X(OtherwiseRow, TableRow) \
  X(Cell, Cell) \
  X(CompareCell, Cell) \
  X(AnyCell, Cell) \
  X(ValueCell, Cell) \
  X(IntervalCell, Cell) \
  X(OrCell, Cell) \
  X(CellTest, CellTest) \
  X(CompareOp, CompareOp) \
  X(Amendment, Amendment) \
  X(SubstituteParam, Amendment) \
  X(ReplaceAmendment, Amendment) \
  X(RepealDecl, Amendment) \
  X(RepealException, Amendment) \
  X(RepealRow, Amendment) \
  X(RepealField, Amendment) \
  X(InsertAmendment, Amendment) \
  X(Amendable, Amendable) \
  X(TestDecl, TestDecl) \
  X(TestItem, TestItem) \
  X(ExpectItem, TestItem) \
  X(AsOfItem, TestItem) \
  X(ParamItem, TestItem) \
  X(ExpectErrorItem, TestItem) \
  X(GivenItem, TestItem) \
  X(GivenDataItem, TestItem) \
  X(AmendItem, TestItem) \
  X(FieldValue, FieldValue) \
  X(Expr, Expr) \
  X(AssignMistake, Expr) \
  X(WithinExpr, Expr) \
  X(IsNoneExpr, Expr) \
  X(InExpr, Expr) \
  X(OrExpr, Expr) \
  X(FieldExpr, Expr) \
  X(AtExpr, Expr) \
  X(CoalesceExpr, Expr) \
  X(IsSomeExpr, Expr) \
  X(NotExpr, Expr) \
  X(PrimaryExpr, Expr) \
  X(AddExpr, Expr) \
  X(OverlapsExpr, Expr) \
  X(NegExpr, Expr) \
  X(MulExpr, Expr) \
  X(CompareExpr, Expr) \
  X(AndExpr, Expr) \
  X(Primary, Primary) \
  X(DecimalLiteral, Primary) \
  X(NoneLiteral, Primary) \
  X(IntLiteral, Primary) \
  X(MatchExpr, Primary) \
  X(BoolLiteral, Primary) \
  X(NameExpr, Primary) \
  X(ParenExpr, Primary) \
  X(SetLiteral, Primary) \
  X(StringLiteral, Primary) \
  X(IfExpr, Primary) \
  X(DateLiteral, Primary) \
  X(AggregateExpr, Primary) \
  X(CallExpr, Primary) \
  X(MinMaxExpr, Primary) \
  X(MatchArm, MatchArm) \
  X(Pattern, Pattern) \
  X(MemberPattern, Pattern) \
  X(AnyPattern, Pattern) \
  X(Name, Name)

enum class K : uint8_t {
  Unknown,
  Terminal,  // a token: TerminalNodeImpl, or ErrorNodeImpl (a token the parser skipped or conjured)
#define X(cls, rule) cls,
  REDLINE_CONTEXTS(X)
#undef X
};

inline constexpr size_t kNoRule = SIZE_MAX;
inline constexpr size_t kRuleOf[] = {
    kNoRule,
    kNoRule,
#define X(cls, rule) redline_generated::RedlineParser::Rule##rule,
    REDLINE_CONTEXTS(X)
#undef X
};

// The class of a parse-tree node, from its dynamic type. Lookups are by the address of the
// type_info, cached in an open-addressed table; a miss (the first node of each class, or a
// type_info that is not unique in the process) compares the type_infos properly.
class Kinds {
 public:
  K of(antlr4::tree::ParseTree* node) {
    const std::type_info* ti = &typeid(*node);
    size_t h = (reinterpret_cast<uintptr_t>(ti) >> 3) * 0x9E3779B97F4A7C15ull >> (64 - kBits);
    for (;; h = (h + 1) & (kSize - 1)) {
      Slot& s = slots_[h];
      if (s.type == ti) return s.kind;
      if (!s.type) {
        s.type = ti;
        s.kind = classify(*ti);
        return s.kind;
      }
    }
  }

 private:
  static constexpr size_t kBits = 8, kSize = size_t{1} << kBits;  // far more slots than classes
  struct Slot {
    const std::type_info* type = nullptr;
    K kind = K::Unknown;
  };
  Slot slots_[kSize];

  static K classify(const std::type_info& ti) {
    if (ti == typeid(antlr4::tree::TerminalNodeImpl) || ti == typeid(antlr4::tree::ErrorNodeImpl)) return K::Terminal;
#define X(cls, rule) \
  if (ti == typeid(redline_generated::RedlineParser::cls##Context)) return K::cls;
    REDLINE_CONTEXTS(X)
#undef X
    return K::Unknown;
  }
};

}  // namespace redline::syntax
