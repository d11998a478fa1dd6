// redline-gen: writes a realistic SEC Party CSV for the benchmark.
//
//   redline-gen --parties N --seed S -o FILE
//
// Columns: id,name,category,roles,domestic_premises,shared_resource,assessment_year
// (docs/sec-policy.md). The output depends only on N and S: the PRNG is xoshiro256** seeded
// with splitmix64, and every draw uses integer arithmetic only (no <random> distributions, no
// libm), so the same file comes out with any compiler or standard library.
//
// Mix of parties (shares of N, shuffled into a random order; ids P0000001.. in file order):
//   55%  small suppliers      premises piecewise log-uniform 1,000..300,000, a few exactly
//                             250,000 / 250,001 (the threshold edge)
//    3%  large suppliers      premises 1,000,000..8,000,000
//    5%  network parties      electricity_distributor or gas_transporter, 100,000..4,000,000
//   20%  other users          roles other_user, premises 0
//    7%  export / RSA-only    export_supplier and/or registered_supplier_agent, premises 0
//    1%  Shared Resource Providers  category other, no roles, premises 0
//    9%  non-Users            no roles
// About 30% of Users name a provider in shared_resource (10% of large suppliers and networks,
// 32% of the others); providers get weights 1..8 so most have tens of Users and an aggregate
// above 250,000, some only a handful and an aggregate below it (about 20% at 1M parties). assessment_year is 1..9, about 5% empty. Some names contain a comma or a
// double quote and are quoted per RFC 4180.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Rng {
  std::array<std::uint64_t, 4> s{};

  explicit Rng(std::uint64_t seed) {
    for (auto& w : s) {  // splitmix64
      seed += 0x9e3779b97f4a7c15ULL;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      w = z ^ (z >> 31);
    }
  }
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t next() {  // xoshiro256**
    const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
    const std::uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
  }
  // Uniform in [0, n) for n < 2^32 (multiply-shift; the bias is far below anything visible).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
  }
  // Uniform in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + below(static_cast<std::uint32_t>(hi - lo + 1));
  }
  bool percent(std::uint32_t p) { return below(100) < p; }
  // Piecewise log-uniform in [lo, hi]: pick one of the geometric buckets lo*1.1^k uniformly
  // (bounds computed in integers), then a uniform value inside it.
  std::int64_t log_uniform(std::int64_t lo, std::int64_t hi) {
    std::int64_t bounds[256];
    int n = 0;
    bounds[n++] = lo;
    while (bounds[n - 1] < hi && n < 255) {
      std::int64_t nb = bounds[n - 1] + bounds[n - 1] / 10 + 1;
      bounds[n++] = nb < hi ? nb : hi;
    }
    const int k = static_cast<int>(below(static_cast<std::uint32_t>(n - 1)));
    return between(bounds[k], bounds[k + 1]);
  }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& a) {
    return a[below(static_cast<std::uint32_t>(N))];
  }
};

enum class Kind : std::uint8_t { SmallSupplier, LargeSupplier, Network, OtherUser, ExportRsa, Provider, NonUser };

constexpr std::array<std::string_view, 40> kPlaces = {
    "Albion", "Pennine", "Solent", "Wessex", "Marcher", "Tamar", "Brecon", "Chiltern", "Cotswold", "Fenland",
    "Lakeland", "Moorland", "Riverside", "Harbour", "Kittiwake", "Greyfriars", "Firthside", "Swaledale",
    "Wyvern", "Longstone", "Thistle", "Quaymoor", "Heathland", "Copperbeech", "Grampian", "Estuary",
    "Ridgeway", "Hollowmere", "Tidewater", "Sunroof", "Meridian", "Keystone", "Lantern", "Beacon",
    "Northgrid", "Caledon", "Medway", "Severn", "Trent", "Humber"};
constexpr std::array<std::string_view, 8> kSupplierWords = {"Energy", "Power", "Gas & Power", "Home Energy",
                                                            "Power and Gas", "Energy Supply", "Utilities",
                                                            "Green Energy"};
constexpr std::array<std::string_view, 5> kNetworkWords = {"Electricity Distribution", "Power Networks",
                                                           "Distribution", "Gas Networks", "Pipelines"};
constexpr std::array<std::string_view, 6> kOtherWords = {"Energy Insights", "Home Services", "Analytics",
                                                         "Switching Services", "Demand Response",
                                                         "Heating Services"};
constexpr std::array<std::string_view, 4> kProviderWords = {"Smart Data Services", "Metering Hub",
                                                            "Head-End Services", "Shared Systems"};
constexpr std::array<std::string_view, 5> kSuffixes = {"Ltd", "plc", "Limited", "LLP", "CIC"};
constexpr std::array<std::string_view, 6> kSurnames = {"Smith", "Jones", "Watts", "Patel", "Evans", "Hughes"};

void append_int(std::string& out, std::int64_t v) {
  char buf[24];
  const int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  out.append(buf, static_cast<std::size_t>(n));
}

void append_id(std::string& out, std::size_t index) {
  char buf[24];
  const int n = std::snprintf(buf, sizeof buf, "P%07zu", index + 1);
  out.append(buf, static_cast<std::size_t>(n));
}

// RFC 4180: quote only when needed.
void append_field(std::string& out, std::string_view f) {
  if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(f);
    return;
  }
  out.push_back('"');
  for (char c : f) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string make_name(Rng& rng, Kind kind, std::size_t index) {
  std::string name;
  const std::uint32_t style = rng.below(100);
  if (style < 4) {  // "Smith, Jones & Co ..." -> needs quoting
    name += rng.pick(kSurnames);
    name += ", ";
    name += rng.pick(kSurnames);
    name += " & Co";
  } else if (style < 5) {  // an embedded double quote
    name += rng.pick(kPlaces);
    name += " \"Bright\"";
  } else {
    name += rng.pick(kPlaces);
  }
  name += ' ';
  switch (kind) {
    case Kind::SmallSupplier:
    case Kind::LargeSupplier:
    case Kind::ExportRsa: name += rng.pick(kSupplierWords); break;
    case Kind::Network: name += rng.pick(kNetworkWords); break;
    case Kind::Provider: name += rng.pick(kProviderWords); break;
    case Kind::OtherUser:
    case Kind::NonUser: name += rng.pick(kOtherWords); break;
  }
  name += ' ';
  append_int(name, static_cast<std::int64_t>(index % 997));
  if (rng.percent(3)) name += ",";  // "..., Ltd"
  name += ' ';
  name += (kind == Kind::LargeSupplier || kind == Kind::Network) ? std::string_view("plc") : rng.pick(kSuffixes);
  return name;
}

int usage(const char* argv0) {
  std::fprintf(stderr, "usage: %s --parties N --seed S -o FILE\n", argv0);
  return 2;
}

bool parse_u64(const char* s, std::uint64_t& v) {
  if (*s == '\0') return false;
  std::uint64_t r = 0;
  for (; *s; ++s) {
    if (*s < '0' || *s > '9') return false;
    r = r * 10 + static_cast<std::uint64_t>(*s - '0');
  }
  v = r;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t parties = 0, seed = 1;
  bool have_parties = false;
  const char* out_path = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      usage(argv[0]);
      return 0;
    }
    if (i + 1 >= argc) return usage(argv[0]);
    if (a == "--parties") {
      if (!parse_u64(argv[++i], parties) || parties > 99'999'999) return usage(argv[0]);
      have_parties = true;
    } else if (a == "--seed") {
      if (!parse_u64(argv[++i], seed)) return usage(argv[0]);
    } else if (a == "-o" || a == "--output") {
      out_path = argv[++i];
    } else {
      return usage(argv[0]);
    }
  }
  if (!have_parties || out_path == nullptr) return usage(argv[0]);

  Rng rng(seed);
  const std::size_t n = parties;

  // Class counts (per mille of N, rounded), the remainder going to small suppliers.
  struct Share {
    Kind kind;
    std::uint64_t permille;
  };
  constexpr std::array<Share, 6> shares = {{{Kind::LargeSupplier, 30},
                                            {Kind::Network, 50},
                                            {Kind::OtherUser, 200},
                                            {Kind::ExportRsa, 70},
                                            {Kind::Provider, 10},
                                            {Kind::NonUser, 90}}};
  std::vector<Kind> kinds;
  kinds.reserve(n);
  for (const auto& sh : shares) {
    std::size_t c = static_cast<std::size_t>((n * sh.permille + 500) / 1000);
    if (sh.kind == Kind::Provider && c == 0 && n >= 2) c = 1;
    if (c > n - kinds.size()) c = n - kinds.size();
    kinds.insert(kinds.end(), c, sh.kind);
  }
  kinds.resize(n, Kind::SmallSupplier);
  for (std::size_t i = n; i > 1; --i) {  // Fisher-Yates
    const std::size_t j = rng.below(static_cast<std::uint32_t>(i));
    std::swap(kinds[i - 1], kinds[j]);
  }

  // Providers and their weights (cumulative, for a weighted pick).
  std::vector<std::size_t> providers;
  std::vector<std::uint64_t> cumulative;
  std::uint64_t total_weight = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (kinds[i] == Kind::Provider) {
      providers.push_back(i);
      total_weight += 1 + rng.below(8);
      cumulative.push_back(total_weight);
    }
  }
  auto pick_provider = [&]() -> std::size_t {
    const std::uint64_t r = rng.below(static_cast<std::uint32_t>(total_weight));
    std::size_t lo = 0, hi = cumulative.size();
    while (lo < hi) {  // first cumulative > r
      const std::size_t mid = (lo + hi) / 2;
      if (cumulative[mid] > r) hi = mid; else lo = mid + 1;
    }
    return providers[lo];
  };

  std::FILE* f = std::fopen(out_path, "wb");
  if (f == nullptr) {
    std::perror(out_path);
    return 1;
  }
  bool ok = true;
  std::string out;
  out.reserve(1 << 20);
  out += "id,name,category,roles,domestic_premises,shared_resource,assessment_year\n";
  for (std::size_t i = 0; i < n; ++i) {
    const Kind kind = kinds[i];
    std::string_view category = "other";
    std::string roles;
    std::int64_t premises = 0;
    switch (kind) {
      case Kind::SmallSupplier: {
        category = "supplier";
        const std::uint32_t r = rng.below(100);
        roles = r < 55 ? "import_supplier;gas_supplier" : r < 80 ? "import_supplier" : "gas_supplier";
        if (rng.percent(15)) roles += ";export_supplier";
        const std::uint32_t edge = rng.below(100);
        premises = edge < 2 ? 250000 : edge < 4 ? 250001 : rng.log_uniform(1000, 300000);
        break;
      }
      case Kind::LargeSupplier:
        category = "supplier";
        roles = rng.percent(60) ? "import_supplier;gas_supplier;export_supplier" : "import_supplier;gas_supplier";
        premises = rng.between(1'000'000, 8'000'000);
        break;
      case Kind::Network: {
        category = "network";
        const std::uint32_t r = rng.below(100);
        roles = r < 60 ? "electricity_distributor" : r < 95 ? "gas_transporter" : "electricity_distributor;gas_transporter";
        premises = rng.log_uniform(100'000, 4'000'000);
        break;
      }
      case Kind::OtherUser:
        category = "other";
        roles = "other_user";
        break;
      case Kind::ExportRsa: {
        const std::uint32_t r = rng.below(100);
        roles = r < 50 ? "export_supplier" : r < 80 ? "registered_supplier_agent" : "export_supplier;registered_supplier_agent";
        category = rng.percent(80) ? "supplier" : "other";
        break;
      }
      case Kind::Provider:
        category = "other";
        break;
      case Kind::NonUser: {
        const std::uint32_t r = rng.below(100);
        category = r < 50 ? "supplier" : r < 60 ? "network" : "other";
        if (rng.percent(20)) premises = rng.log_uniform(1000, 300000);
        break;
      }
    }
    const bool user = !roles.empty();
    std::size_t shared = n;  // none
    // ~30% of Users in all: fewer of the large suppliers and networks, so that most aggregates
    // are above 250,000 without every provider having a Large Supplier customer.
    const std::uint32_t share = (kind == Kind::LargeSupplier || kind == Kind::Network) ? 10 : 32;
    if (user && !providers.empty() && rng.percent(share)) shared = pick_provider();
    const bool has_year = !rng.percent(5);
    const std::int64_t year = rng.between(1, 9);

    append_id(out, i);
    out += ',';
    append_field(out, make_name(rng, kind, i));
    out += ',';
    out += category;
    out += ',';
    out += roles;
    out += ',';
    append_int(out, premises);
    out += ',';
    if (shared != n) append_id(out, shared);
    out += ',';
    if (has_year) append_int(out, year);
    out += '\n';
    if (out.size() > (1 << 20) - 512) {
      ok = ok && std::fwrite(out.data(), 1, out.size(), f) == out.size();
      out.clear();
    }
  }
  ok = ok && std::fwrite(out.data(), 1, out.size(), f) == out.size();
  if (std::fclose(f) != 0 || !ok) {
    std::perror(out_path);
    return 1;
  }
  return 0;
}
