// Parsing and printing of scalar values in their physical encoding (see values.h).
//
// Decimals are parsed digit by digit into the fixed-point integer rather than through a
// double, so that "0.1" is exactly 100000 and money never picks up binary rounding.
#include "types/values.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>

#include "types/type.h"

namespace redline {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

}  // namespace

bool is_leap_year(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

namespace {

// Reads exactly `n` digits at s[pos..]; the caller has checked the length.
bool read_digits(std::string_view s, size_t pos, size_t n, unsigned& out) {
  unsigned v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!is_digit(s[i])) return false;
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
  }
  out = v;
  return true;
}

// Hinnant's algorithms are exact for any day count whose shifted value does not overflow;
// clamping keeps a garbage value from a computation from becoming undefined behaviour.
constexpr int64_t kMaxDays = int64_t{1} << 60;

}  // namespace

bool parse_int(std::string_view s, int64_t& out) {
  if (!s.empty() && s.front() == '+') {
    s.remove_prefix(1);
    // from_chars would accept the '-' of "+-5".
    if (s.empty() || !is_digit(s.front())) return false;
  }
  if (s.empty()) return false;
  int64_t value = 0;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, value);
  if (ec != std::errc() || ptr != end) return false;
  out = value;
  return true;
}

bool parse_decimal(std::string_view s, int64_t& out) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  const size_t integer_start = i;
  uint64_t integer_part = 0;
  for (; i < s.size() && is_digit(s[i]); ++i) {
    if (__builtin_mul_overflow(integer_part, uint64_t{10}, &integer_part) ||
        __builtin_add_overflow(integer_part, static_cast<uint64_t>(s[i] - '0'), &integer_part))
      return false;
  }
  if (i == integer_start) return false;

  uint64_t fraction = 0;
  int fraction_digits = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const size_t fraction_start = i;
    for (; i < s.size() && is_digit(s[i]); ++i) {
      if (++fraction_digits > kDecimalDigits) return false;
      fraction = fraction * 10 + static_cast<uint64_t>(s[i] - '0');
    }
    if (i == fraction_start) return false;
  }
  if (i != s.size()) return false;
  for (int d = fraction_digits; d < kDecimalDigits; ++d) fraction *= 10;

  uint64_t magnitude = 0;
  if (__builtin_mul_overflow(integer_part, static_cast<uint64_t>(kDecimalScale), &magnitude) ||
      __builtin_add_overflow(magnitude, fraction, &magnitude))
    return false;
  constexpr uint64_t kMaxPositive = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  if (negative) {
    if (magnitude > kMaxPositive + 1) return false;
    out = magnitude == kMaxPositive + 1 ? std::numeric_limits<int64_t>::min() : -static_cast<int64_t>(magnitude);
  } else {
    if (magnitude > kMaxPositive) return false;
    out = static_cast<int64_t>(magnitude);
  }
  return true;
}

bool parse_date(std::string_view s, int64_t& days_since_epoch) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  unsigned year = 0, month = 0, day = 0;
  if (!read_digits(s, 0, 4, year) || !read_digits(s, 5, 2, month) || !read_digits(s, 8, 2, day)) return false;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return false;
  days_since_epoch = days_from_civil(year, month, day);
  return true;
}

bool parse_bool(std::string_view s, bool& out) {
  if (equals_ignoring_case(s, "true") || equals_ignoring_case(s, "yes") || s == "1") {
    out = true;
    return true;
  }
  if (equals_ignoring_case(s, "false") || equals_ignoring_case(s, "no") || s == "0") {
    out = false;
    return true;
  }
  return false;
}

std::string format_decimal(int64_t scaled) {
  // Negating through uint64 keeps INT64_MIN well defined.
  const uint64_t magnitude = scaled < 0 ? 0 - static_cast<uint64_t>(scaled) : static_cast<uint64_t>(scaled);
  const uint64_t scale = static_cast<uint64_t>(kDecimalScale);
  std::string out;
  if (scaled < 0) out.push_back('-');
  out += std::to_string(magnitude / scale);
  uint64_t fraction = magnitude % scale;
  if (fraction != 0) {
    char digits[kDecimalDigits];
    for (int i = kDecimalDigits - 1; i >= 0; --i) {
      digits[i] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    int length = kDecimalDigits;
    while (digits[length - 1] == '0') --length;
    out.push_back('.');
    out.append(digits, static_cast<size_t>(length));
  }
  return out;
}

std::string format_date(int64_t days_since_epoch) {
  int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days_since_epoch, y, m, d);
  char text[48];
  // Years outside 0..9999 cannot come from parse_date but may come from date arithmetic;
  // they print with their sign rather than being truncated.
  const char* pattern = y >= 0 && y <= 9999 ? "%04lld-%02u-%02u" : "%+05lld-%02u-%02u";
  std::snprintf(text, sizeof text, pattern, static_cast<long long>(y), m, d);
  return text;
}

int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t days, int64_t& y, unsigned& m, unsigned& d) {
  if (days > kMaxDays) days = kMaxDays;
  if (days < -kMaxDays) days = -kMaxDays;
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

bool parse_money(std::string_view s, int64_t& out) {
  int64_t v = 0;
  if (!parse_decimal(s, v) || v % kCentScale != 0) return false;
  out = v;
  return true;
}

std::string format_money(int64_t scaled) {
  const uint64_t magnitude = scaled < 0 ? 0 - static_cast<uint64_t>(scaled) : static_cast<uint64_t>(scaled);
  const uint64_t cents = magnitude / static_cast<uint64_t>(kCentScale);
  std::string out = scaled < 0 && cents != 0 ? "-" : "";
  out += std::to_string(cents / 100);
  out.push_back('.');
  out.push_back(static_cast<char>('0' + cents % 100 / 10));
  out.push_back(static_cast<char>('0' + cents % 10));
  return out;
}

bool round_half_away(wide_int num, wide_int den, int64_t& out) {
  wide_int q = num / den, r = num % den;
  if (r != 0) {
    wide_int twice = r < 0 ? -r * 2 : r * 2, aden = den < 0 ? -den : den;
    if (twice >= aden) q += (num < 0) != (den < 0) ? -1 : 1;
  }
  if (q > INT64_MAX || q < INT64_MIN) return false;
  out = static_cast<int64_t>(q);
  return true;
}

int64_t round_quotient(int64_t scaled, int digits, RoundMode mode) {
  int64_t unit = 1;
  for (int i = 0; i < digits; ++i) unit *= 10;
  const int64_t q = scaled / unit, r = scaled % unit;  // truncated: r has the sign of scaled
  if (r == 0) return q;
  const int64_t away = r < 0 ? -1 : 1;
  // |r| * 2 compared with unit without overflow: |r| < unit <= 10^18.
  const int64_t twice = (r < 0 ? -r : r) * 2;
  switch (mode) {
    case RoundMode::TowardZero: return q;
    case RoundMode::Floor: return r < 0 ? q - 1 : q;
    case RoundMode::Ceiling: return r > 0 ? q + 1 : q;
    case RoundMode::HalfAwayFromZero: return twice >= unit ? q + away : q;
    case RoundMode::HalfEven: return twice > unit || (twice == unit && q % 2 != 0) ? q + away : q;
  }
  return q;
}

bool round_decimal(int64_t scaled, int places, RoundMode mode, int64_t& out) {
  const int digits = kDecimalDigits - places;
  int64_t unit = 1;
  for (int i = 0; i < digits; ++i) unit *= 10;
  return !__builtin_mul_overflow(round_quotient(scaled, digits, mode), unit, &out);
}

bool floor_div(int64_t a, int64_t b, int64_t& out) {
  if (a == INT64_MIN && b == -1) return false;
  int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  out = q;
  return true;
}

int64_t floor_mod(int64_t a, int64_t b) {
  if (b == -1) return 0;  // also INT64_MIN mod -1, whose quotient would overflow
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

int64_t first_date() { return days_from_civil(1, 1, 1); }
int64_t last_date() { return days_from_civil(9999, 12, 31); }

bool add_months(int64_t days, int64_t months, int64_t& out) {
  if (days < first_date() || days > last_date()) return false;
  int64_t y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days, y, m, d);
  int64_t index = 0;  // months since 0000-01
  if (__builtin_add_overflow(y * 12 + static_cast<int64_t>(m) - 1, months, &index)) return false;
  const int64_t ny = index >= 0 ? index / 12 : -((-index + 11) / 12);
  const unsigned nm = static_cast<unsigned>(index - ny * 12) + 1;
  if (ny < 1 || ny > 9999) return false;
  out = days_from_civil(ny, nm, std::min(d, days_in_month(ny, nm)));
  return true;
}

int64_t months_between(int64_t a, int64_t b) {
  if (b < a) return -months_between(b, a);
  int64_t ya = 0, yb = 0;
  unsigned ma = 0, da = 0, mb = 0, db = 0;
  civil_from_days(a, ya, ma, da);
  civil_from_days(b, yb, mb, db);
  int64_t m = (yb * 12 + mb) - (ya * 12 + ma);
  // a moved by m months lands in b's month, on a's day or the month's last day: past b, the
  // m-th month is not complete yet.
  if (std::min(da, days_in_month(yb, mb)) > db) --m;
  return m;
}

}  // namespace redline
