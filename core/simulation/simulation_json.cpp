#include "simulation/simulation_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace inversize::simulation {

using nlohmann::json;

void to_json(json& j, const Conditions& c) {
  j = json{{"vdd_v", c.vdd_v}, {"vcm_v", c.vcm_v}, {"cl_f", c.cl_f}, {"ibias_a", c.ibias_a},
           {"temperature_c", c.temperature_c}, {"sr_step_v", c.sr_step_v}};
}
void from_json(const json& j, Conditions& c) {
  c.vdd_v = j.value("vdd_v", c.vdd_v);
  c.vcm_v = j.value("vcm_v", c.vcm_v);
  c.cl_f = j.value("cl_f", c.cl_f);
  c.ibias_a = j.value("ibias_a", c.ibias_a);
  c.temperature_c = j.value("temperature_c", c.temperature_c);
  c.sr_step_v = j.value("sr_step_v", c.sr_step_v);
}

void to_json(json& j, const SimulationSetup& s) {
  j = json{{"dut_text", s.dut.text},
           {"has_ibias", s.dut.has_ibias},
           {"ibias_into_pin", s.dut.ibias_into_pin},
           {"probe_paths", s.dut.probe_paths},
           {"conditions", s.conditions},
           {"device_names", s.device_names}};
  if (s.ac_only) j["ac_only"] = true;
  if (s.gate)
    j["gate"] = json{{"min_sat_margin_v", s.gate->limits.min_sat_margin_v},
                     {"min_pm_deg", s.gate->min_pm_deg},
                     {"exempt", s.gate->exempt}};
}
void from_json(const json& j, SimulationSetup& s) {
  s.dut.text = j.at("dut_text").get<std::string>();
  s.dut.has_ibias = j.at("has_ibias").get<bool>();
  s.dut.ibias_into_pin = j.at("ibias_into_pin").get<bool>();
  s.dut.probe_paths = j.at("probe_paths").get<std::vector<std::string>>();
  s.conditions = j.at("conditions").get<Conditions>();
  s.device_names = j.at("device_names").get<std::vector<std::string>>();
  s.ac_only = j.value("ac_only", false);
  s.gate.reset();
  if (j.contains("gate")) {
    const json& g = j.at("gate");
    s.gate = FeasibilityGate{{g.at("min_sat_margin_v").get<double>()}, g.at("min_pm_deg").get<double>(),
                             g.at("exempt").get<std::vector<std::string>>()};
  }
}

void to_json(json& j, const SimulationResult& r) {
  json perf = json::object(), reasons = json::object();
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    const auto key = std::string(kPerformances[i].key);
    const auto& m = r.performances[i];
    if (m.value && std::isfinite(*m.value)) perf[key] = *m.value;
    else {
      perf[key] = nullptr;
      reasons[key] = m.reason.empty() ? "not measured" : m.reason;
    }
  }
  json ops = json::object();
  for (const auto& [name, op] : r.operating_points)
    ops[name] = json{{"region", to_string(op.region)}, {"vgs", op.vgs}, {"vds", op.vds}, {"vth", op.vth},
                     {"vdsat", op.vdsat}, {"id", op.id}, {"gm", op.gm}, {"gds", op.gds}};
  j = json{{"performances", perf},
           {"reasons", reasons},
           {"operating_points", ops},
           {"sizing_rules",
            {{"ok", r.sizing_rules.ok},
             {"violations", r.sizing_rules.violations},
             {"rules", r.sizing_rules.rules},
             {"exempt", r.sizing_rules.exempt}}},
           {"seconds", r.seconds}};
  if (!r.error.empty()) j["error"] = r.error;
  if (r.stopped_early) j["stopped_early"] = true;
}

void from_json(const json& j, SimulationResult& r) {
  r.error = j.value("error", "");
  r.stopped_early = j.value("stopped_early", false);
  const json& perf = j.at("performances");
  const json reasons = j.value("reasons", json::object());
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    const auto key = std::string(kPerformances[i].key);
    if (perf.contains(key) && perf[key].is_number()) r.performances[i] = Measured::of(perf[key].get<double>());
    else r.performances[i] = Measured::fail(reasons.value(key, "not measured"));
  }
  // Bound to a local: iterating items() of value()'s temporary would dangle.
  const json ops = j.value("operating_points", json::object());
  for (const auto& [name, o] : ops.items()) {
    OperatingPoint op;
    op.vgs = o.at("vgs");
    op.vds = o.at("vds");
    op.vth = o.at("vth");
    op.vdsat = o.at("vdsat");
    op.id = o.at("id");
    op.gm = o.at("gm");
    op.gds = o.at("gds");
    op.region = classify(op);
    r.operating_points[name] = op;
  }
  if (j.contains("sizing_rules")) {
    r.sizing_rules.ok = j["sizing_rules"].value("ok", false);
    r.sizing_rules.violations = j["sizing_rules"].value("violations", std::vector<std::string>{});
    r.sizing_rules.rules = j["sizing_rules"].value("rules", std::vector<std::string>{});
    r.sizing_rules.exempt = j["sizing_rules"].value("exempt", std::map<std::string, std::string>{});
  }
  r.seconds = j.value("seconds", 0.0);
}

}  // namespace inversize::simulation
