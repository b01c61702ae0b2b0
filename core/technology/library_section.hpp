// One section of a SPICE model library as ngspice reads it for `.lib FILE SECTION`: the lines
// between `.lib SECTION` and `.endl`, with the sections they name by `.lib FILE SECTION`
// expanded in place (each once) and relative `.include` paths made absolute.
// A foundry library is megabytes and ngspice reads all of it for every testbench; the corner
// it needs is a fraction (GF180MCU: 1.3 MB file, 230 kB typical corner). Written into the deck,
// the corner loads in about half the time, with the same numbers.
#pragma once

#include <string>

#include "technology/technology.hpp"
#include "technology/used_models.hpp"

namespace inversize::technology {

// The technology's model lines for a simulation deck: spice_includes() with every
// `.lib "FILE" SECTION` line replaced by the section's text; with a `demand`, only the part of
// each section the deck uses (used_models.hpp). Files the technology names with `.include`
// stay included whole: ngspice reads them, and they may include further files.
std::string spice_models(const Technology& t, const ModelSelection& selection = {},
                         const ModelDemand* demand = nullptr);

// The section's text, parsed for used_by(); cached per process by (path, section).
const ModelText& library_section_models(const std::string& path, const std::string& section);

// Cached per process by (path, section). Throws std::runtime_error naming the file and the
// section when either is missing.
std::string library_section_text(const std::string& path, const std::string& section);

}  // namespace inversize::technology
