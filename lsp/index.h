// A symbol index over one policy and the files around it (its modifications and its tests),
// built from their syntax trees alone, so that it works on text that does not compile: every
// declaration and every place a name refers to it, as byte ranges in each file. Hover,
// definition, references, rename, completion and semantic tokens all read it.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "ast/ast.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace redline::lsp {

enum class SymbolKind : uint8_t { Rule, Param, Cycle, Enum, EnumMember, Entity, Field, Exception, Row };
const char* symbol_kind_name(SymbolKind k);

struct Symbol {
  SymbolKind kind;
  std::string name;
  std::string container;  // Field: its entity; EnumMember: its enum; Exception and Row: their rule
};

struct Occurrence {
  size_t symbol;
  uint32_t file;  // a file of the project (Project::files)
  uint32_t offset, length;
  bool declaration;
};

struct ProjectFile {
  std::string path;
  std::unique_ptr<ast::Module> module;  // null when the file could not be read
  bool open = false;                    // an editor buffer, not the file on disk
};

// Where the texts come from: the editor's buffers first, then the disk.
struct Texts {
  std::function<std::optional<std::string>(const std::string& path)> open_text;  // nullopt: not open
  std::vector<std::string> open_paths;
};

class Project {
 public:
  // The project of the file at `path`: the policy it is, amends or tests, with every
  // modification and tests file that refers to that policy, open or beside it.
  Project(const std::string& path, const Texts& texts);

  support::SourceManager sources;  // file i of `files` is source i
  std::vector<ProjectFile> files;
  std::optional<uint32_t> policy;  // the policy's file, when found
  std::optional<uint32_t> self;    // the file the project was made for
  std::vector<Symbol> symbols;
  std::vector<Occurrence> occurrences;
  // Names of which some use was attributed by a guess: an enum member or a field that several
  // enums or entities declare, used where the syntax alone does not tell whose. Its references
  // may be incomplete or wrong, so it is not renamed.
  std::set<std::pair<SymbolKind, std::string>> guessed;

  const ast::Module* policy_module() const { return policy ? files[*policy].module.get() : nullptr; }
  std::optional<uint32_t> file_of(const std::string& path) const;
  // The occurrence under a byte offset (its end included, where an editor's cursor rests
  // after typing a name).
  const Occurrence* at(uint32_t file, uint32_t offset) const;
  std::vector<const Occurrence*> of(size_t symbol) const;
  const Occurrence* declaration(size_t symbol) const;
  std::optional<size_t> find(SymbolKind kind, const std::string& container, const std::string& name) const;

 private:
  size_t declare(SymbolKind kind, const std::string& container, const std::string& name, support::Location loc);
  void refer(SymbolKind kind, const std::string& container, const std::string& name, support::Location loc);
  void index_declarations(const ast::Module& m);
  void index_module(const ast::Module& m);
  friend struct Walker;

  std::map<std::tuple<SymbolKind, std::string, std::string>, size_t> by_key_;
};

// Parses a file's text into `sources` (diagnostics dropped); the module, or null.
std::unique_ptr<ast::Module> parse_text(support::SourceManager& sources, const std::string& path,
                                        const std::string& text, uint32_t* file = nullptr);

}  // namespace redline::lsp
