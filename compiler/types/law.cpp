#include "types/law.h"

namespace redline {

std::string_view action_word(LawAction action) {
  switch (action) {
    case LawAction::Replace: return "replace";
    case LawAction::Insert: return "insert";
    case LawAction::Repeal: return "repeal";
    case LawAction::Substitute: return "substitute";
  }
  return "replace";
}

std::string_view duty_word(Duty duty) {
  switch (duty) {
    case Duty::Requires: return "requires";
    case Duty::Forbids: return "forbids";
    case Duty::None: break;
  }
  return "";
}

std::string_view kind_word(LawTarget::Kind kind) {
  switch (kind) {
    case LawTarget::Kind::Rule: return "rule";
    case LawTarget::Kind::Param: return "param";
    case LawTarget::Kind::Cycle: return "cycle";
    case LawTarget::Kind::Enum: return "enum";
    case LawTarget::Kind::Exception: return "exception";
    case LawTarget::Kind::Row: return "row";
    case LawTarget::Kind::Entity: return "entity";
    case LawTarget::Kind::Field: return "field";
  }
  return "rule";
}

std::string LawTarget::text() const {
  std::string out(kind_word(kind));
  out += ' ';
  out += name;
  if (kind == Kind::Exception || kind == Kind::Row || kind == Kind::Field) out += '.' + label;
  else if (kind == Kind::Param && !label.empty()) out += ' ' + label;  // "param s bracket 2"
  return out;
}

bool LawTarget::of_rule(std::string_view rule) const {
  return (kind == Kind::Rule || kind == Kind::Exception || kind == Kind::Row) && name == rule;
}

}  // namespace redline
