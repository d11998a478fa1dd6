// Parsing and printing of scalar values in their physical encoding; shared by the compiler
// (literals), the data readers and the writers, so that a value reads the same everywhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace redline {

// Decimal digits with an optional sign; no separators, no spaces. False on overflow.
bool parse_int(std::string_view s, int64_t& out);
// "12", "-0.5", "1234.567890": at most kDecimalDigits fractional digits; false otherwise.
bool parse_decimal(std::string_view s, int64_t& out);
// "YYYY-MM-DD", a real calendar date between 0001-01-01 and 9999-12-31.
bool parse_date(std::string_view s, int64_t& days_since_epoch);
// "true"/"false" (also accepted for data: "yes"/"no", "1"/"0", any case).
bool parse_bool(std::string_view s, bool& out);

std::string format_decimal(int64_t scaled);   // shortest exact form: "12.5", "-3", "0.000001"
std::string format_date(int64_t days_since_epoch);

int64_t days_from_civil(int64_t y, unsigned m, unsigned d);
void civil_from_days(int64_t days, int64_t& y, unsigned& m, unsigned& d);

}  // namespace redline
