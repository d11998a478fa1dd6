// Scalar parsing and printing (types/values.h): the exact edges of every accepted form.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string>

#include "types/type.h"
#include "types/values.h"

using namespace redline;

namespace {

bool int_fails(std::string_view s) {
  int64_t out = 12345;
  return !parse_int(s, out) && out == 12345;
}

bool decimal_fails(std::string_view s) {
  int64_t out = 12345;
  return !parse_decimal(s, out) && out == 12345;
}

int64_t decimal(std::string_view s) {
  int64_t out = -1;
  REQUIRE_MESSAGE(parse_decimal(s, out), s);
  return out;
}

bool date_fails(std::string_view s) {
  int64_t out = 0;
  return !parse_date(s, out);
}

}  // namespace

TEST_CASE("parse_int accepts an optional sign and digits only") {
  int64_t v = 0;
  CHECK((parse_int("0", v) && v == 0));
  CHECK((parse_int("42", v) && v == 42));
  CHECK((parse_int("-5", v) && v == -5));
  CHECK((parse_int("+7", v) && v == 7));
  CHECK((parse_int("007", v) && v == 7));
  CHECK((parse_int("9223372036854775807", v) && v == std::numeric_limits<int64_t>::max()));
  CHECK((parse_int("-9223372036854775808", v) && v == std::numeric_limits<int64_t>::min()));

  CHECK(int_fails(""));
  CHECK(int_fails("+"));
  CHECK(int_fails("-"));
  CHECK(int_fails("+-5"));
  CHECK(int_fails("--5"));
  CHECK(int_fails("1.0"));
  CHECK(int_fails(" 1"));
  CHECK(int_fails("1 "));
  CHECK(int_fails("1_000"));
  CHECK(int_fails("0x10"));
  CHECK(int_fails("1e3"));
  CHECK(int_fails("9223372036854775808"));
  CHECK(int_fails("-9223372036854775809"));
  CHECK(int_fails("99999999999999999999999"));
}

TEST_CASE("parse_decimal is exact fixed point with at most six places") {
  CHECK(decimal("12.5") == 12'500'000);
  CHECK(decimal("-0.5") == -500'000);
  CHECK(decimal("5") == 5'000'000);
  CHECK(decimal("5.0") == 5'000'000);
  CHECK(decimal("0.1") == 100'000);
  CHECK(decimal("+1.25") == 1'250'000);
  CHECK(decimal("1234.567890") == 1'234'567'890);
  CHECK(decimal("0.000001") == 1);
  CHECK(decimal("-0.000001") == -1);
  CHECK(decimal("-0") == 0);
  CHECK(decimal("9223372036854.775807") == std::numeric_limits<int64_t>::max());
  CHECK(decimal("-9223372036854.775808") == std::numeric_limits<int64_t>::min());

  CHECK(decimal_fails(".5"));
  CHECK(decimal_fails("5."));
  CHECK(decimal_fails("-.5"));
  CHECK(decimal_fails("1e3"));
  CHECK(decimal_fails("1.5e2"));
  CHECK(decimal_fails("1.1234567"));
  CHECK(decimal_fails("0.0000001"));
  CHECK(decimal_fails(""));
  CHECK(decimal_fails("-"));
  CHECK(decimal_fails("1..2"));
  CHECK(decimal_fails("1.2.3"));
  CHECK(decimal_fails("1,5"));
  CHECK(decimal_fails(" 1.5"));
  CHECK(decimal_fails("9223372036854.775808"));
  CHECK(decimal_fails("-9223372036854.775809"));
  CHECK(decimal_fails("9223372036855"));
  CHECK(decimal_fails("99999999999999999999999999"));
}

TEST_CASE("parse_date takes real calendar dates as YYYY-MM-DD") {
  int64_t days = -1;
  CHECK((parse_date("1970-01-01", days) && days == 0));
  CHECK((parse_date("1969-12-31", days) && days == -1));
  CHECK((parse_date("2000-03-01", days) && days == 11017));
  CHECK((parse_date("2000-02-29", days) && days == 11016));
  CHECK((parse_date("2024-02-29", days) && days == 19782));
  CHECK((parse_date("2018-06-29", days) && days == 17711));
  CHECK(parse_date("0001-01-01", days));
  CHECK(parse_date("9999-12-31", days));

  CHECK(date_fails("2023-02-29"));  // not a leap year
  CHECK(date_fails("1900-02-29"));  // centuries are not, unless divisible by 400
  CHECK(date_fails("2023-04-31"));
  CHECK(date_fails("2023-13-01"));
  CHECK(date_fails("2023-00-10"));
  CHECK(date_fails("2023-01-00"));
  CHECK(date_fails("0000-01-01"));
  CHECK(date_fails("2023-1-01"));
  CHECK(date_fails("2023/01/01"));
  CHECK(date_fails(" 2023-01-01"));
  CHECK(date_fails("2023-01-01T00:00"));
  CHECK(date_fails("+023-01-01"));
  CHECK(date_fails(""));
}

TEST_CASE("parse_bool accepts true/false, yes/no, 1/0 in any case") {
  bool b = false;
  for (const char* yes : {"true", "TRUE", "True", "yes", "YES", "1"}) {
    b = false;
    CHECK_MESSAGE((parse_bool(yes, b) && b), yes);
  }
  for (const char* no : {"false", "False", "no", "NO", "0"}) {
    b = true;
    CHECK_MESSAGE((parse_bool(no, b) && !b), no);
  }
  for (const char* bad : {"", "t", "y", "2", "truee", " true", "on"}) CHECK_MESSAGE(!parse_bool(bad, b), bad);
}

TEST_CASE("format_decimal prints the shortest exact form") {
  CHECK(format_decimal(12'500'000) == "12.5");
  CHECK(format_decimal(-3'000'000) == "-3");
  CHECK(format_decimal(1) == "0.000001");
  CHECK(format_decimal(-1) == "-0.000001");
  CHECK(format_decimal(0) == "0");
  CHECK(format_decimal(100'000) == "0.1");
  CHECK(format_decimal(1'234'567'890) == "1234.56789");
  CHECK(format_decimal(std::numeric_limits<int64_t>::max()) == "9223372036854.775807");
  CHECK(format_decimal(std::numeric_limits<int64_t>::min()) == "-9223372036854.775808");
  for (const char* text : {"0.5", "-12.25", "1000000", "0.000101", "-9.999999"}) CHECK(format_decimal(decimal(text)) == text);
}

TEST_CASE("dates round-trip through the civil algorithms") {
  CHECK(format_date(0) == "1970-01-01");
  CHECK(format_date(-1) == "1969-12-31");
  CHECK(format_date(11016) == "2000-02-29");
  CHECK(format_date(days_from_civil(1, 1, 1)) == "0001-01-01");
  CHECK(format_date(days_from_civil(9999, 12, 31)) == "9999-12-31");
  CHECK(format_date(days_from_civil(10000, 1, 1)) == "+10000-01-01");
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);

  // Every day from 0001-01-01 to 9999-12-31 converts back to itself and prints parseably.
  const int64_t first = days_from_civil(1, 1, 1);
  const int64_t last = days_from_civil(9999, 12, 31);
  int64_t mismatches = 0;
  for (int64_t day = first; day <= last; ++day) {
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(day, y, m, d);
    if (days_from_civil(y, m, d) != day) ++mismatches;
    if (day % 997 == 0) {
      int64_t parsed = 0;
      if (!parse_date(format_date(day), parsed) || parsed != day) ++mismatches;
    }
  }
  CHECK(mismatches == 0);

  // Garbage day counts from arithmetic print without undefined behaviour.
  CHECK_FALSE(format_date(std::numeric_limits<int64_t>::max()).empty());
  CHECK_FALSE(format_date(std::numeric_limits<int64_t>::min()).empty());
}

// --- the arithmetic of the builtins (round, to_int, div, rem, the date functions) -----------

namespace {

// Rounding by the definition of each mode, on exact rationals: the nearest multiples below and
// above, and the choice among them. Independent of round_quotient's remainder arithmetic.
int64_t reference_round(int64_t scaled, int digits, RoundMode mode) {
  int64_t unit = 1;
  for (int i = 0; i < digits; ++i) unit *= 10;
  // floor(scaled / unit) by repeated comparison would be slow; floor division is exact here.
  int64_t below = scaled / unit - ((scaled % unit != 0 && scaled < 0) ? 1 : 0);
  int64_t above = below + (below * unit == scaled ? 0 : 1);
  if (below == above) return below;
  int64_t from_below = scaled - below * unit, to_above = above * unit - scaled;
  switch (mode) {
    case RoundMode::Floor: return below;
    case RoundMode::Ceiling: return above;
    case RoundMode::TowardZero: return scaled < 0 ? above : below;
    case RoundMode::HalfAwayFromZero:
      if (from_below != to_above) return from_below < to_above ? below : above;
      return scaled < 0 ? below : above;
    case RoundMode::HalfEven:
      if (from_below != to_above) return from_below < to_above ? below : above;
      return below % 2 == 0 ? below : above;
  }
  return 0;
}

int64_t date(int64_t y, unsigned m, unsigned d) { return days_from_civil(y, m, d); }

std::string moved(std::string_view from, int64_t months) {
  int64_t day = 0, out = 0;
  REQUIRE(parse_date(from, day));
  if (!add_months(day, months, out)) return "error";
  return format_date(out);
}

}  // namespace

TEST_CASE("round_decimal and round_quotient: every mode at the half-way points, both signs") {
  struct Case {
    const char* x;
    int places;
    const char* even;
    const char* away;
    const char* zero;
    const char* floor;
    const char* ceiling;
  };
  const Case cases[] = {
      {"2.5", 0, "2", "3", "2", "2", "3"},
      {"-2.5", 0, "-2", "-3", "-2", "-3", "-2"},
      {"3.5", 0, "4", "4", "3", "3", "4"},
      {"-3.5", 0, "-4", "-4", "-3", "-4", "-3"},
      {"2.665", 2, "2.66", "2.67", "2.66", "2.66", "2.67"},
      {"-2.665", 2, "-2.66", "-2.67", "-2.66", "-2.67", "-2.66"},
      {"0.000001", 0, "0", "0", "0", "0", "1"},
      {"-0.000001", 5, "0", "0", "0", "-0.00001", "0"},
      {"1.234565", 5, "1.23456", "1.23457", "1.23456", "1.23456", "1.23457"},
      {"7", 3, "7", "7", "7", "7", "7"},
  };
  const RoundMode modes[] = {RoundMode::HalfEven, RoundMode::HalfAwayFromZero, RoundMode::TowardZero, RoundMode::Floor,
                             RoundMode::Ceiling};
  for (const Case& c : cases) {
    const char* want[] = {c.even, c.away, c.zero, c.floor, c.ceiling};
    for (int m = 0; m < kRoundModes; ++m) {
      int64_t out = 0;
      REQUIRE(round_decimal(decimal(c.x), c.places, modes[m], out));
      CHECK_MESSAGE(format_decimal(out) == want[m], c.x, " to ", c.places, " places by ", kRoundModeNames[m]);
    }
  }
  // Against the definition, over every value from -3 to 3 in steps of 0.000125 and every places.
  int64_t wrong = 0;
  for (int64_t x = -3'000'000; x <= 3'000'000; x += 125)
    for (int digits = 0; digits <= kDecimalDigits; ++digits)
      for (RoundMode mode : modes)
        if (round_quotient(x, digits, mode) != reference_round(x, digits, mode)) ++wrong;
  CHECK(wrong == 0);
  // The extremes: to_int never overflows; rounding up past the largest decimal is an error.
  const int64_t max = std::numeric_limits<int64_t>::max(), min = std::numeric_limits<int64_t>::min();
  CHECK(round_quotient(max, 6, RoundMode::Ceiling) == 9223372036855);
  CHECK(round_quotient(min, 6, RoundMode::Floor) == -9223372036855);
  int64_t out = 0;
  CHECK_FALSE(round_decimal(max, 0, RoundMode::Ceiling, out));
  CHECK_FALSE(round_decimal(min, 2, RoundMode::HalfAwayFromZero, out));
  CHECK(round_decimal(max, 2, RoundMode::Floor, out));
  CHECK(format_decimal(out) == "9223372036854.77");
}

TEST_CASE("floor_div and floor_mod: the quotient rounds down, the remainder has the divisor's sign") {
  int64_t q = 0;
  for (auto [a, b, quotient, remainder] : {std::array<int64_t, 4>{7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1},
                                          {-7, -2, 3, -1}, {6, 3, 2, 0}, {-6, 3, -2, 0}, {0, -5, 0, 0}}) {
    REQUIRE(floor_div(a, b, q));
    CHECK(q == quotient);
    CHECK(floor_mod(a, b) == remainder);
    CHECK(q * b + floor_mod(a, b) == a);
  }
  const int64_t min = std::numeric_limits<int64_t>::min();
  CHECK_FALSE(floor_div(min, -1, q));
  CHECK(floor_mod(min, -1) == 0);
  REQUIRE(floor_div(min, 1, q));
  CHECK(q == min);
}

TEST_CASE("add_months clamps to the end of the month, across leap and century years") {
  CHECK(moved("2024-01-31", 1) == "2024-02-29");
  CHECK(moved("2023-01-31", 1) == "2023-02-28");
  CHECK(moved("2024-02-29", 12) == "2025-02-28");
  CHECK(moved("2024-02-29", 48) == "2028-02-29");
  CHECK(moved("1900-01-31", 1) == "1900-02-28");  // 1900: divisible by 100, not a leap year
  CHECK(moved("2000-01-31", 1) == "2000-02-29");  // 2000: divisible by 400, a leap year
  CHECK(moved("2100-01-31", 1) == "2100-02-28");
  CHECK(moved("2024-03-31", -1) == "2024-02-29");
  CHECK(moved("2024-05-31", 1) == "2024-06-30");
  CHECK(moved("2024-12-15", 1) == "2025-01-15");
  CHECK(moved("2024-01-15", -1) == "2023-12-15");
  CHECK(moved("0001-01-01", 0) == "0001-01-01");
  CHECK(moved("0001-01-31", -1) == "error");
  CHECK(moved("9999-12-31", 1) == "error");
  CHECK(moved("9999-12-01", 0) == "9999-12-01");
  CHECK(moved("2000-01-01", std::numeric_limits<int64_t>::max()) == "error");
  CHECK(moved("2000-01-01", std::numeric_limits<int64_t>::min()) == "error");

  // Against a month-by-month walk: the same year and month as counting, the day clamped.
  int64_t wrong = 0;
  for (int64_t y = 1896; y <= 2104; ++y)
    for (unsigned m = 1; m <= 12; ++m)
      for (unsigned d : {1u, 15u, 28u, 29u, 30u, 31u}) {
        if (d > days_in_month(y, m)) continue;
        int64_t ty = y;
        unsigned tm = m;
        for (int64_t k = 0; k <= 25; ++k) {
          int64_t out = 0;
          if (!add_months(date(y, m, d), k, out) || out != date(ty, tm, std::min(d, days_in_month(ty, tm)))) ++wrong;
          if (++tm == 13) tm = 1, ++ty;
        }
      }
  CHECK(wrong == 0);
}

TEST_CASE("months_between counts completed months, consistently with add_months, negative backwards") {
  auto between = [](std::string_view a, std::string_view b) {
    int64_t x = 0, y = 0;
    REQUIRE(parse_date(a, x));
    REQUIRE(parse_date(b, y));
    return months_between(x, y);
  };
  CHECK(between("1990-05-17", "2024-05-17") == 408);
  CHECK(between("1990-05-17", "2024-05-16") == 407);
  CHECK(between("2024-05-16", "1990-05-17") == -407);
  CHECK(between("2024-01-31", "2024-02-29") == 1);
  CHECK(between("2024-01-31", "2024-02-28") == 0);
  CHECK(between("2000-02-29", "2001-02-28") == 12);
  CHECK(between("2019-12-31", "2019-12-31") == 0);
  CHECK(between("0001-01-01", "9999-12-31") == 119987);

  // The largest m with add_months(a, m) <= b, over pairs of dates around leap days and month ends.
  int64_t wrong = 0;
  const int64_t start = date(1899, 12, 20), end = date(1901, 3, 10);
  for (int64_t a = start; a <= end; a += 7)
    for (int64_t b = a; b <= end + 400; b += 3) {
      int64_t m = months_between(a, b), at = 0, next = 0;
      if (m < 0 || !add_months(a, m, at) || at > b || !add_months(a, m + 1, next) || next <= b) ++wrong;
      if (months_between(b, a) != -m) ++wrong;
    }
  for (int64_t a = date(1999, 12, 1); a <= date(2000, 4, 1); ++a)
    for (int64_t b = a; b <= date(2001, 4, 1); b += 5) {
      int64_t m = months_between(a, b), at = 0, next = 0;
      if (!add_months(a, m, at) || at > b || !add_months(a, m + 1, next) || next <= b) ++wrong;
    }
  CHECK(wrong == 0);
}

TEST_CASE("money: two places at most on reading, exactly two on writing, rounding ties away from zero") {
  int64_t v = 0;
  CHECK(parse_money("12", v));
  CHECK(v == 12'000'000);
  CHECK(parse_money("-0.05", v));
  CHECK(v == -50'000);
  CHECK(parse_money("1234.5", v));
  CHECK_FALSE(parse_money("0.001", v));
  CHECK_FALSE(parse_money("10.505", v));
  CHECK_FALSE(parse_money("abc", v));
  CHECK(format_money(decimal("12")) == "12.00");
  CHECK(format_money(decimal("12.5")) == "12.50");
  CHECK(format_money(decimal("-0.05")) == "-0.05");
  CHECK(format_money(0) == "0.00");
  CHECK(format_money(std::numeric_limits<int64_t>::max() / kCentScale * kCentScale) == "9223372036854.77");
  CHECK(format_money(std::numeric_limits<int64_t>::min() / kCentScale * kCentScale) == "-9223372036854.77");
  int64_t out = 0;
  for (auto [num, den, want] : {std::array<int64_t, 3>{5, 2, 3}, {-5, 2, -3}, {5, -2, -3}, {-5, -2, 3}, {7, 3, 2},
                                {-7, 3, -2}, {8, 3, 3}, {0, 7, 0}, {4, 2, 2}}) {
    REQUIRE(round_half_away(num, den, out));
    CHECK_MESSAGE(out == want, num, " / ", den);
  }
  CHECK_FALSE(round_half_away(static_cast<wide_int>(std::numeric_limits<int64_t>::max()) * 4, 2, out));
}
