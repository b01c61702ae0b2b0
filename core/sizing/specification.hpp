// A specification: the performances the designer asks for, the ones filled in from the nearest
// training design, and how a simulated sizing is compared with it (relative difference, or
// absolute for a performance whose target sits near zero such as the offset).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/performance.hpp"
#include "dataset/project.hpp"

namespace inversize::sizing {

// Within this of the specified value counts as meeting it (the paper's "within 2 %").
inline constexpr double kMeetTolerance = 0.02;
// A Target performance (offset) meets its value within this absolute difference.
inline constexpr double kTargetToleranceAbs = 1e-3;

struct Specification {
  dataset::PerformanceValues values{};  // what sampling conditions on
  std::array<bool, kPerformanceCount> given{};  // set by the designer (else filled or left out)
  std::optional<std::int64_t> filled_from;  // the training design that filled the rest
  bool any_given() const;
};

// The performance an assignment "KEY=VALUE" names (key case- and space-insensitive), if any.
std::optional<std::size_t> assignment_performance(std::string_view assignment);

// "KEY=VALUE" with SPICE suffixes ("gbw_hz=20meg", "power_w=300u"). Throws
// std::invalid_argument naming the bad assignment and, for an unknown key, the valid ones.
Specification parse_specification(const std::vector<std::string>& assignments);

// The `count` designs nearest to the given performances (squared differences in units of each
// performance's spread over the designs, log scale where the table says so), nearest first.
// Designs missing a given performance are skipped; empty when nothing is given.
std::vector<const dataset::Design*> nearest_designs(const Specification& spec, const std::vector<dataset::Design>& designs,
                                                    std::size_t count);

// Fills the performances the designer left out from the design, among `designs`, nearest to
// the given ones (nearest_designs). Does nothing when nothing is given or no design fits.
void fill_from_nearest(Specification& spec, const std::vector<dataset::Design>& designs);

// Target performances (offset) are compared in absolute units, the rest relatively.
bool absolute_difference(std::size_t performance);
// (achieved - specified) / |specified|, or achieved - specified for absolute ones.
double difference(std::size_t performance, double achieved, double specified);
// Better than, or within kMeetTolerance of, the specified value (direction from the table).
bool meets(std::size_t performance, double achieved, double specified);
// The achieved values that meet a specified value, [lo, hi]: one side infinite for a maximised
// or minimised performance, specified +- kTargetToleranceAbs for a target.
std::pair<double, double> meet_bounds(std::size_t performance, double specified);
// The achieved values within kMeetTolerance of a specified value on both sides (a target: as
// meet_bounds): what reproducing a performance vector asks (diffusion::RefineGoal::match).
std::pair<double, double> match_bounds(std::size_t performance, double specified);

// The largest amount by which a given performance falls short of its value: relative to the
// value, in the direction that is worse (a target: |difference| / kTargetToleranceAbs * 2 %).
// Negative when every one is better by at least that much; infinity when one is missing.
double worst_deficit(const Specification& spec, const dataset::PerformanceValues& achieved);

// How far a simulated design is from meeting the designer's given values: 0 when it meets
// every one, else its worst deficit beyond the 2 % tolerance.
double shortfall(const Specification& spec, const dataset::PerformanceValues& achieved);

}  // namespace inversize::sizing
