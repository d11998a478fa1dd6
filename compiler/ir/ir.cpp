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

}  // namespace redline::ir
