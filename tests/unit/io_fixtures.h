// A hand-built program for the data I/O tests: the SEC Party schema plus entities with
// decimal, date, bool and int-key fields, so that readers and writers are tested without
// the compiler.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ir/ir.h"
#include "runtime/readers.h"

namespace redline::testing {

inline constexpr int32_t kCategory = 0;
inline constexpr int32_t kRole = 1;
inline constexpr int32_t kParty = 0;
inline constexpr int32_t kTariff = 1;
inline constexpr int32_t kMeter = 2;

inline ir::Field make_field(std::string name, Type type, std::vector<ir::FieldCheck> checks = {}) {
  ir::Field field;
  field.name = std::move(name);
  field.type = type;
  field.checks = std::move(checks);
  return field;
}

// Party: the SEC schema. Tariff: int key and the other scalar kinds. Meter: a required
// reference to the int-keyed Tariff.
inline ir::Program io_program() {
  ir::Program program;
  program.policy_name = "io_test";
  program.enums.push_back({"Category", {"supplier", "network", "other"}});
  program.enums.push_back({"Role",
                           {"import_supplier", "export_supplier", "gas_supplier", "electricity_distributor",
                            "gas_transporter", "registered_supplier_agent", "other_user"}});

  ir::Entity party;
  party.name = "Party";
  party.key_field = 0;
  party.fields.push_back(make_field("id", Type::text()));
  party.fields.push_back(make_field("name", Type::text()));
  party.fields.push_back(make_field("category", Type::enumeration(kCategory)));
  party.fields.push_back(make_field("roles", Type::set_of(kRole)));
  party.fields.push_back(make_field("domestic_premises", Type::integer(), {{ir::CheckOp::Ge, 0, "0"}}));
  party.fields.push_back(make_field("shared_resource", Type::entity(kParty).as_optional()));
  party.fields.push_back(make_field("assessment_year", Type::integer().as_optional(), {{ir::CheckOp::Ge, 1, "1"}}));
  program.entities.push_back(std::move(party));

  ir::Entity tariff;
  tariff.name = "Tariff";
  tariff.key_field = 0;
  tariff.fields.push_back(make_field("code", Type::integer()));
  tariff.fields.push_back(make_field("rate", Type::decimal(), {{ir::CheckOp::Ge, 0, "0.0"}}));
  tariff.fields.push_back(make_field("starts", Type::date()));
  tariff.fields.push_back(make_field("active", Type::boolean()));
  tariff.fields.push_back(make_field("ends", Type::date().as_optional()));
  tariff.fields.push_back(make_field("discount", Type::decimal().as_optional()));
  tariff.fields.push_back(make_field("note", Type::text().as_optional()));
  tariff.fields.push_back(make_field("owner", Type::entity(kParty).as_optional()));
  program.entities.push_back(std::move(tariff));

  ir::Entity meter;
  meter.name = "Meter";
  meter.key_field = 0;
  meter.fields.push_back(make_field("serial", Type::text()));
  meter.fields.push_back(make_field("tariff", Type::entity(kTariff)));
  program.entities.push_back(std::move(meter));
  return program;
}

inline const char* const kPartyHeader =
    "id,name,category,roles,domestic_premises,shared_resource,assessment_year\n";

// The message of the DataError `read` throws; fails the test when it does not throw.
template <typename Read>
std::string data_error(Read&& read) {
  try {
    read();
  } catch (const runtime::DataError& e) {
    return e.what();
  }
  FAIL("expected a DataError");
  return {};
}

}  // namespace redline::testing
