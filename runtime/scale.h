// A scale applied to an amount, exactly: the one computation the evaluator and `explain` share.
//
// Brackets run from their threshold up to the next one's (the last has no top). `marginal` sums,
// over the brackets, the rate times the part of the amount within the bracket (OpenFisca's
// MarginalRateTaxScale.calc); the products are added exactly (scaled by 10^12) and the sum
// rounded once, half to even, to the decimal's six places. The bracket an amount falls in, for
// `flat` and `rate`, is the last whose threshold the amount exceeds, the first when it exceeds
// none (OpenFisca's bracket_indices: an amount at a threshold belongs to the bracket below, the
// law's "over 12,000").
#pragma once

#include <cstdint>
#include <vector>

#include "ir/ir.h"
#include "types/type.h"

namespace redline::runtime {

__extension__ typedef __int128 scale_int128;

// An amount in the scale's type as a decimal times 10^6 (an int is scaled; decimal and money are already).
inline scale_int128 scale_micro(const Type& type, int64_t v) {
  return type.kind == TypeKind::Int ? static_cast<scale_int128>(v) * kDecimalScale : static_cast<scale_int128>(v);
}

// The bracket `amount` falls in, from 0.
inline size_t scale_bracket(const std::vector<ir::ScaleBracket>& brackets, int64_t amount) {
  size_t k = 0;
  for (size_t i = 1; i < brackets.size(); ++i)
    if (amount > brackets[i].threshold) k = i;
  return k;
}

// The part of `amount` within bracket `i` (times 10^6), never negative.
inline scale_int128 scale_part(const Type& type, const std::vector<ir::ScaleBracket>& brackets, size_t i, int64_t amount) {
  scale_int128 low = scale_micro(type, brackets[i].threshold), a = scale_micro(type, amount);
  scale_int128 high = i + 1 < brackets.size() ? scale_micro(type, brackets[i + 1].threshold) : a;
  scale_int128 top = a < high ? a : high;
  return top > low ? top - low : 0;
}

// x / 10^6 rounded half to even; false when it does not fit 64 bits.
inline bool scale_round(scale_int128 x, int64_t& out) {
  scale_int128 q = x / kDecimalScale, r = x % kDecimalScale;
  scale_int128 twice = r < 0 ? -2 * r : 2 * r;
  if (twice > kDecimalScale || (twice == kDecimalScale && q % 2 != 0)) q += x < 0 ? -1 : 1;
  if (q > INT64_MAX || q < INT64_MIN) return false;
  out = static_cast<int64_t>(q);
  return true;
}

// The scale applied to `amount` (in the scale's type) as `kind`: a decimal times 10^6; false on overflow.
inline bool apply_scale(const Type& type, const std::vector<ir::ScaleBracket>& brackets, ir::ScaleKind kind, int64_t amount,
                        int64_t& out) {
  if (brackets.empty()) return out = 0, true;
  switch (kind) {
    case ir::ScaleKind::Rate: out = brackets[scale_bracket(brackets, amount)].rate; return true;
    case ir::ScaleKind::Flat:
      return scale_round(static_cast<scale_int128>(brackets[scale_bracket(brackets, amount)].rate) * scale_micro(type, amount), out);
    case ir::ScaleKind::Marginal: {
      scale_int128 sum = 0;
      for (size_t i = 0; i < brackets.size(); ++i) {
        scale_int128 part = scale_part(type, brackets, i, amount);
        // |rate| < 2^63 and |part| < 2^64 * 10^6: each product fits 2^127 only when checked.
        scale_int128 limit = (static_cast<scale_int128>(1) << 126) / (part == 0 ? 1 : part);
        scale_int128 rate = brackets[i].rate;
        if ((rate < 0 ? -rate : rate) > limit) return false;
        sum += rate * part;
        if (sum > (static_cast<scale_int128>(1) << 125) || sum < -(static_cast<scale_int128>(1) << 125)) return false;
      }
      return scale_round(sum, out);
    }
  }
  return false;
}

}  // namespace redline::runtime
