// Scalar parsing and printing (types/values.h): the exact edges of every accepted form.
#include <doctest/doctest.h>

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
