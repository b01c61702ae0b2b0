// A specification: the performances the designer asks for, the ones filled in from the nearest
// training design, any tolerance the designer allows, and how a simulated sizing is compared
// with it (relative difference, or absolute for a performance whose target sits near zero such
// as the offset). A bound is met when the simulated value is on its right side, in its own
// unit; a tolerance is explicit, never implied.
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

// The paper's test protocol, which asks a design's whole performance vector back: "within 2 %"
// (no performance more than this on its bad side) and "matches" (every one within ± this), and
// RefineGoal::match. Never part of "meets".
inline constexpr double kProtocolTolerance = 0.02;
// "2 %": kProtocolTolerance as user-visible text reads it.
std::string protocol_tolerance_text();
// A Target performance (offset) has no right side: it meets its value within this absolute
// difference (unless the designer gives its tolerance).
inline constexpr double kTargetToleranceAbs = 1e-3;

// How far on the bad side of a bound a value may lie and still meet it.
struct Tolerance {
  double value = 0;       // in the performance's own unit, or a fraction of the bound
  bool relative = false;  // value is a fraction ("2%" -> 0.02)
};

struct Specification {
  dataset::PerformanceValues values{};  // what sampling conditions on
  std::array<bool, kPerformanceCount> given{};  // set by the designer (else filled or left out)
  std::optional<std::int64_t> filled_from;  // the training design that filled the rest
  std::array<std::optional<Tolerance>, kPerformanceCount> tolerance{};  // none: strict
  bool any_given() const;
};

// The performance an assignment "KEY=VALUE" names (key case- and space-insensitive), if any.
std::optional<std::size_t> assignment_performance(std::string_view assignment);

// "KEY=VALUE" with SPICE suffixes ("gbw_hz=20meg", "power_w=300u"). Throws
// std::invalid_argument naming the bad assignment and, for an unknown key, the valid ones.
Specification parse_specification(const std::vector<std::string>& assignments);

// Tolerances "KEY=VALUE" into spec.tolerance: "gain_db=0.5" in the performance's own unit (SPICE
// suffixes allowed: "gbw_hz=1meg"), "gbw_hz=2%" relative to the bound. Percent is refused for
// performances in dB or degrees (2 % of 62 dB would let 60.8 dB pass) and for the offset,
// whose target sits near zero. Throws std::invalid_argument naming the bad assignment.
void parse_tolerances(Specification& spec, const std::vector<std::string>& assignments);
// The tolerances as "KEY=VALUE" assignments (parse_tolerances reads them back).
std::vector<std::string> tolerance_assignments(const Specification& spec);
// What "meets" allows beyond the bounds, for people: "strictly" or "with tolerance gain_db
// 0.5 dB, gbw_hz 2 %" (the given performances only).
std::string tolerance_text(const Specification& spec);

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
// The achieved values that meet the specification's value of a performance, [lo, hi]: the
// right side of the bound (one side infinite for a maximised or minimised performance), widened
// by its tolerance if any; a target: its value +- its tolerance (default kTargetToleranceAbs).
std::pair<double, double> meet_bounds(const Specification& spec, std::size_t performance);
// Two values equal to 12 significant digits (or within 1e-12 of 0, in SI units) are the same:
// simulated values carry floating-point rounding (a DC sweep's grid point 1.79 V read
// 1.7900000000000007 V), far below any measurement's resolution, and a value on the bound must
// not miss it by that. Not a tolerance: nothing a designer could tell apart.
inline constexpr double kRoundingSlack = 1e-12;
// `x` in [lo, hi] up to kRoundingSlack.
bool in_bounds(const std::pair<double, double>& bounds, double x);
// On the right side of the bound, or within its tolerance (meet_bounds).
bool meets(const Specification& spec, std::size_t performance, double achieved);
// The paper's "within 2 %": no more than kProtocolTolerance on the bad side of the specified
// value (a target: +- kTargetToleranceAbs).
std::pair<double, double> within_bounds(std::size_t performance, double specified);
// The paper's "matches": within kProtocolTolerance of the specified value on both sides (a
// target: as within_bounds); what reproducing a performance vector asks (RefineGoal::match).
std::pair<double, double> match_bounds(std::size_t performance, double specified);

// How far a simulated design is from meeting the designer's given values: 0 when it meets
// every one (meets, up to kRoundingSlack), else the largest distance beyond a bound, relative to the specified
// value (a target: in units of kTargetToleranceAbs / kProtocolTolerance, so 1 mV weighs as
// 2 %). Infinity when a given performance is missing.
double shortfall(const Specification& spec, const dataset::PerformanceValues& achieved);

}  // namespace inversize::sizing
