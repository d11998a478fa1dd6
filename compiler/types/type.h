// The value types of the redline language, shared by the compiler and the runtime.
//
// A Type is a small value: a kind, an optional flag and, for enums, sets and entity
// references, the index of the enum or entity in the program's tables. Every non-text value
// is stored as one int64 at run time (see physical encoding below), which keeps the
// evaluator's column code to two shapes: integers and text.
#pragma once

#include <cstdint>
#include <string>

namespace redline {

enum class TypeKind : uint8_t {
  Error,    // produced after a diagnostic; compatible with everything to stop cascades
  Bool,     // stored as 0 or 1
  Int,      // 64-bit signed, overflow is a run-time error
  Decimal,  // fixed point, value * kDecimalScale, exact for money
  Text,     // UTF-8, stored as a string_view into stable storage
  Date,     // days since 1970-01-01
  Enum,     // ordinal of the member in declaration order
  Set,      // set of members of one enum, stored as a bit mask (at most 64 members)
  Entity,   // reference to a row of an entity, stored as the row index
  EmptySet, // the type of the literal '{}' before context gives it an enum
  Money,    // a decimal that is always a whole number of cents: value * kDecimalScale, a multiple
            // of kCentScale (the decimal encoding, so that converting is free)
};

inline constexpr int64_t kDecimalScale = 1'000'000;  // six decimal places
inline constexpr int kDecimalDigits = 6;
inline constexpr int64_t kCentScale = 10'000;        // one cent in the decimal encoding
inline constexpr int kMoneyDigits = 2;
inline constexpr int kMaxEnumMembers = 64;           // so that a set fits one uint64

struct Type {
  TypeKind kind = TypeKind::Error;
  bool optional = false;
  int32_t index = -1;  // enum index (Enum, Set) or entity index (Entity); -1 otherwise

  static Type error() { return {}; }
  static Type boolean() { return {TypeKind::Bool, false, -1}; }
  static Type integer() { return {TypeKind::Int, false, -1}; }
  static Type decimal() { return {TypeKind::Decimal, false, -1}; }
  static Type text() { return {TypeKind::Text, false, -1}; }
  static Type date() { return {TypeKind::Date, false, -1}; }
  static Type enumeration(int32_t e) { return {TypeKind::Enum, false, e}; }
  static Type set_of(int32_t e) { return {TypeKind::Set, false, e}; }
  static Type entity(int32_t e) { return {TypeKind::Entity, false, e}; }
  static Type empty_set() { return {TypeKind::EmptySet, false, -1}; }
  static Type money() { return {TypeKind::Money, false, -1}; }

  Type as_optional() const { Type t = *this; t.optional = true; return t; }
  Type as_required() const { Type t = *this; t.optional = false; return t; }
  bool is_error() const { return kind == TypeKind::Error; }
  bool is_numeric() const { return kind == TypeKind::Int || kind == TypeKind::Decimal || kind == TypeKind::Money; }
  // Stored scaled by kDecimalScale: decimal and money.
  bool is_scaled() const { return kind == TypeKind::Decimal || kind == TypeKind::Money; }
  bool is_text() const { return kind == TypeKind::Text; }
  bool is_ordered() const { return is_numeric() || kind == TypeKind::Date || kind == TypeKind::Text; }

  friend bool operator==(const Type& a, const Type& b) {
    return a.kind == b.kind && a.optional == b.optional && a.index == b.index;
  }
};

// Names a type for messages; enum and entity names come from the caller, who owns the tables.
template <typename NameOf>
std::string type_name(const Type& t, NameOf&& enum_or_entity_name) {
  std::string base;
  switch (t.kind) {
    case TypeKind::Error: base = "<error>"; break;
    case TypeKind::Bool: base = "bool"; break;
    case TypeKind::Int: base = "int"; break;
    case TypeKind::Decimal: base = "decimal"; break;
    case TypeKind::Text: base = "text"; break;
    case TypeKind::Date: base = "date"; break;
    case TypeKind::Enum: base = enum_or_entity_name(t); break;
    case TypeKind::Set: base = "set of " + enum_or_entity_name(t); break;
    case TypeKind::Entity: base = enum_or_entity_name(t); break;
    case TypeKind::EmptySet: base = "empty set"; break;
    case TypeKind::Money: base = "money"; break;
  }
  return t.optional ? base + "?" : base;
}

}  // namespace redline
