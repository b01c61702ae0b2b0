// The one table of opamp performances: key, display name, unit, direction, log-scale hint.
// The CLI, the UI, the datasets and the reports all read this table.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace inversize {

enum class Direction { Maximize, Minimize, Target };

struct PerformanceInfo {
  std::string_view key;      // e.g. "gain_db"
  std::string_view name;     // e.g. "DC gain"
  std::string_view unit;     // e.g. "dB"
  Direction direction;       // what "better" means for this performance
  bool log_scale;            // spans decades: normalise and plot on a log axis
  std::string_view definition;  // one line; docs/measurements.md has the full text
};

inline constexpr std::array<PerformanceInfo, 13> kPerformances{{
    {"gain_db", "DC gain", "dB", Direction::Maximize, false, "open-loop differential gain at 1 Hz"},
    {"gbw_hz", "Transit frequency", "Hz", Direction::Maximize, true, "frequency where the open-loop gain crosses 0 dB"},
    {"pm_deg", "Phase margin", "deg", Direction::Maximize, false, "180 deg plus the open-loop phase at the transit frequency"},
    {"cmrr_db", "CMRR", "dB", Direction::Maximize, false, "differential over common-mode gain at 1 Hz"},
    {"psrr_db", "PSRR", "dB", Direction::Maximize, false, "differential gain over gain from VDD at 1 Hz"},
    {"sr_v_per_us", "Slew rate", "V/us", Direction::Maximize, true, "smaller of rising and falling slew of a unity-gain follower step"},
    {"icmr_min_v", "ICMR min", "V", Direction::Minimize, false, "lowest input common mode (output held at VCM) keeping every saturated transistor saturated"},
    {"icmr_max_v", "ICMR max", "V", Direction::Maximize, false, "highest input common mode (output held at VCM) keeping every saturated transistor saturated"},
    {"vout_min_v", "Vout min", "V", Direction::Minimize, false, "lowest output (input common mode at VCM) keeping every saturated transistor saturated"},
    {"vout_max_v", "Vout max", "V", Direction::Maximize, false, "highest output (input common mode at VCM) keeping every saturated transistor saturated"},
    {"power_w", "Power", "W", Direction::Minimize, true, "VDD times the supply current at the operating point, bias included"},
    {"area_um2", "Area", "um^2", Direction::Minimize, true, "sum of W*L*M of all transistors plus capacitor area"},
    {"offset_v", "Systematic offset", "V", Direction::Target, false, "output minus input of the unity-gain follower at the operating point"},
}};

inline constexpr std::size_t kPerformanceCount = kPerformances.size();

inline std::optional<std::size_t> performance_index(std::string_view key) {
  for (std::size_t i = 0; i < kPerformances.size(); ++i)
    if (kPerformances[i].key == key) return i;
  return std::nullopt;
}

}  // namespace inversize
