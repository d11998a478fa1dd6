// The evaluator's nodes of time: a parameter read at each row's own date.
#include "runtime/evaluator_internal.h"

namespace redline::runtime::eval_internal {

auto Evaluator::eval_param_at(const ir::Expr& e, Batch& b) -> Column {
  Column c = make_column(e.type, b.n);
  for (auto& o : options_.overrides)
    if (o.param == e.index) {
      if (e.type.kind == TypeKind::Text) std::fill(c.texts.begin(), c.texts.end(), std::string_view(o.text));
      else std::fill(c.values.begin(), c.values.end(), o.value);
      return c;
    }
  Column days = eval(*e.args[0], b);
  const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
  std::vector<int64_t> starts;  // the first value of the `until` form holds from the beginning
  for (auto& v : prm.values) starts.push_back(v.from.value_or(INT64_MIN));
  for (size_t i = 0; i < b.n; ++i) {
    auto it = std::upper_bound(starts.begin(), starts.end(), days.values[i]);
    if (it == starts.begin()) fail(b, i, undefined_param(e.index, days.values[i]));
    const ir::ParamValue& v = prm.values[static_cast<size_t>(it - starts.begin() - 1)];
    if (e.type.kind == TypeKind::Text) c.texts[i] = v.text;
    else c.values[i] = v.value;
  }
  return c;
}

}  // namespace redline::runtime::eval_internal
