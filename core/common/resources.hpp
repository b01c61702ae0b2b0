// Finds InverSize's resource folder (circuits, technology, projects): $INVERSIZE_RESOURCES,
// then the installed share folder, then the source tree it was built from.
#pragma once

#include <string>

namespace inversize {

std::string resource_dir();
// Path of a resource file, e.g. resource_path("circuits/miller.cir"); throws if absent.
std::string resource_path(const std::string& relative);
// The text of a resource file, e.g. read_resource("structure/library.json"); throws if absent or unreadable.
std::string read_resource(const std::string& relative);
// "builtin:miller" -> the path of resources/circuits/miller.cir; empty if `spec` is not builtin:.
std::string builtin_circuit_path(const std::string& spec);

}  // namespace inversize
