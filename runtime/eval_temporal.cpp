// The evaluator's nodes of time: a parameter read at each row's own date.
#include "runtime/evaluator_internal.h"
#include "runtime/scale.h"

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

// `marginal(s, x)`, `flat(s, x)`, `rate(s, x)`, the scale in force on the evaluation date or on
// each row's date (`s at p.paid`), exactly (runtime/scale.h).
auto Evaluator::eval_scale(const ir::Expr& e, Batch& b) -> Column {
  const ir::Param& prm = p_.params[static_cast<size_t>(e.index)];
  for (auto& o : options_.overrides)
    if (o.param == e.index && b.n > 0)
      fail(b, 0, fmt::format("parameter '{}' is a scale: a value given for it (--param, a test's 'param') cannot replace its "
                             "brackets; amend them with 'substitute param {} bracket N = threshold: rate;'",
                             prm.name, prm.name));
  Column amounts = eval(*e.args[0], b);
  Column days;
  if (e.args.size() > 1) days = eval(*e.args[1], b);
  std::vector<int64_t> starts;  // the first value of the `until` form holds from the beginning
  for (auto& v : prm.values) starts.push_back(v.from.value_or(INT64_MIN));
  Column c = make_column(e.type, b.n);
  const auto kind = static_cast<ir::ScaleKind>(e.literal);
  for (size_t i = 0; i < b.n; ++i) {
    int64_t day = e.args.size() > 1 ? days.values[i] : options_.as_of;
    auto it = std::upper_bound(starts.begin(), starts.end(), day);
    if (it == starts.begin()) fail(b, i, undefined_param(e.index, day));
    const ir::ParamValue& v = prm.values[static_cast<size_t>(it - starts.begin() - 1)];
    if (!apply_scale(prm.type, v.brackets, kind, amounts.values[i], c.values[i]))
      fail(b, i, fmt::format("scale '{}' applied to this amount overflows the decimal range", prm.name));
  }
  return c;
}

}  // namespace redline::runtime::eval_internal
