// The studio's page (studio/web/dist), compiled into the binary by embed_assets.
#pragma once

#include <string_view>
#include <vector>

namespace redline::studio {

struct Asset {
  std::string_view name;   // "index.html", "app.js", "app.css"
  std::string_view bytes;
};

const std::vector<Asset>& assets();

}  // namespace redline::studio
