// Parsing and printing of scalar values in their physical encoding; shared by the compiler
// (literals), the data readers and the writers, so that a value reads the same everywhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace redline {

// Products of two decimals need 128 bits before rescaling; GCC and Clang provide them.
__extension__ typedef __int128 wide_int;

// Decimal digits with an optional sign; no separators, no spaces. False on overflow.
bool parse_int(std::string_view s, int64_t& out);
// "12", "-0.5", "1234.567890": at most kDecimalDigits fractional digits; false otherwise.
bool parse_decimal(std::string_view s, int64_t& out);
// "YYYY-MM-DD", a real calendar date between 0001-01-01 and 9999-12-31.
bool parse_date(std::string_view s, int64_t& days_since_epoch);
// "true"/"false" (also accepted for data: "yes"/"no", "1"/"0", any case).
bool parse_bool(std::string_view s, bool& out);

std::string format_decimal(int64_t scaled);   // shortest exact form: "12.5", "-3", "0.000001"
// Money: a decimal of at most two places ("12", "12.5", "-0.05"); false otherwise.
bool parse_money(std::string_view s, int64_t& out);
std::string format_money(int64_t scaled);     // exactly two places: "12.50", "-0.05", "0.00"
// Rounds num / den to a whole number, ties away from zero (money's rounding); false when the
// result does not fit 64 bits. den != 0.
bool round_half_away(wide_int num, wide_int den, int64_t& out);
std::string format_date(int64_t days_since_epoch);

int64_t days_from_civil(int64_t y, unsigned m, unsigned d);
void civil_from_days(int64_t days, int64_t& y, unsigned& m, unsigned& d);

// --- the arithmetic of the builtin functions, shared by the evaluator and check's analysis ---

// How `round` and `to_int` settle a value that lies between two results. The order is the
// encoding in the rule graph (ir::Expr::index) and in kRoundModeNames.
enum class RoundMode : uint8_t { HalfEven, HalfAwayFromZero, TowardZero, Floor, Ceiling };
inline constexpr const char* kRoundModeNames[] = {"half_even", "half_away_from_zero", "toward_zero", "floor",
                                                  "ceiling"};
inline constexpr int kRoundModes = 5;

// `scaled` / 10^`digits` rounded to a whole number by `mode`; digits 0..18. Never overflows:
// the quotient is no larger in magnitude than `scaled`.
int64_t round_quotient(int64_t scaled, int digits, RoundMode mode);
// A decimal (scaled by 10^6) rounded to `places` (0..6) decimal places; false when the result
// does not fit the decimal range (only next to the largest decimals).
bool round_decimal(int64_t scaled, int places, RoundMode mode, int64_t& out);

// Floor division and its remainder (the remainder has the sign of the divisor, as 'mod' does,
// so that a == floor_div(a, b) * b + a mod b); b != 0. floor_div is false on overflow
// (INT64_MIN by -1).
bool floor_div(int64_t a, int64_t b, int64_t& out);
int64_t floor_mod(int64_t a, int64_t b);

// The first and last days a date may hold (0001-01-01 and 9999-12-31), in days since the epoch.
int64_t first_date();
int64_t last_date();
bool is_leap_year(int64_t year);
unsigned days_in_month(int64_t year, unsigned month);
// `days` moved by `months` calendar months, the day clamped to the last day of the month
// reached (2024-01-31 + 1 month is 2024-02-29); false when the result is not between
// 0001-01-01 and 9999-12-31 (or the count overflows).
bool add_months(int64_t days, int64_t months, int64_t& out);
// Whole months from a to b: the largest m >= 0 with add_months(a, m) <= b when a <= b, and
// -months_between(b, a) otherwise. Both dates between 0001-01-01 and 9999-12-31.
int64_t months_between(int64_t a, int64_t b);

}  // namespace redline
