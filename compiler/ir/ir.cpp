// Small helpers over the rule graph.
#include "ir/ir.h"

namespace redline::ir {

std::string Program::type_name(const Type& t) const {
  return redline::type_name(t, [this](const Type& x) -> std::string {
    if (x.kind == TypeKind::Entity)
      return x.index >= 0 && static_cast<size_t>(x.index) < entities.size() ? entities[x.index].name : "<entity>";
    return x.index >= 0 && static_cast<size_t>(x.index) < enums.size() ? enums[x.index].name : "<enum>";
  });
}

bool same_schema(const Program& a, const Program& b) {
  if (a.enums.size() != b.enums.size() || a.entities.size() != b.entities.size()) return false;
  for (size_t i = 0; i < a.enums.size(); ++i)
    if (a.enums[i].name != b.enums[i].name || a.enums[i].members != b.enums[i].members) return false;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& x = a.entities[i];
    const Entity& y = b.entities[i];
    if (x.name != y.name || x.key_field != y.key_field || x.fields.size() != y.fields.size()) return false;
    for (size_t f = 0; f < x.fields.size(); ++f) {
      const Field& u = x.fields[f];
      const Field& v = y.fields[f];
      if (u.name != v.name || !(u.type == v.type) || u.checks.size() != v.checks.size()) return false;
      for (size_t c = 0; c < u.checks.size(); ++c)
        if (u.checks[c].op != v.checks[c].op || u.checks[c].value != v.checks[c].value) return false;
    }
  }
  return true;
}

}  // namespace redline::ir
