// The names a project file stores its models under that more than one room must read: the
// chained structural architecture and its name in files written before there were two. The
// engine's table (diffusion/architectures) maps the old name to the new; the project file
// (dataset/project) replaces a record under either name. Every other name lives in the table.
#pragma once

#include <string_view>

namespace inversize {

inline constexpr std::string_view kStructuralChained = "structural-chained";
// The name of the chained structural model before there were two (old project files).
inline constexpr std::string_view kLegacyStructural = "structural";

}  // namespace inversize
