// Device functions against acst, the structure-recognition tool of the paper's group: the
// topologies of ../shared/structure-corpus (beside the repository) with every device's function
// in acst's convention (truth.json). Each netlist is opened as `inversize-cli decompose` opens
// it; agreement must reach 99 % per class of opamp and overall.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "circuit/input.hpp"
#include "structure/decompose.hpp"
#include "technology/technology.hpp"

using namespace inversize;

namespace {

constexpr double kRequiredAgreement = 0.99;

struct Tally {
  int agree = 0, total = 0;
  double share() const { return total ? double(agree) / total : 0.0; }
};

}  // namespace

TEST(AcstCorpus, FunctionsAgreeWithAcst) {
  const std::filesystem::path dir = INVERSIZE_STRUCTURE_CORPUS_DIR;
  if (!std::filesystem::exists(dir / "truth.json"))
    GTEST_SKIP() << "acst corpus not found at " << dir.string()
                 << " (the shared/ folder is expected beside the repository)";
  std::ifstream in(dir / "truth.json");
  const auto truth = nlohmann::json::parse(in);
  const auto tech = technology::load_default();

  std::map<std::string, Tally> per_class;
  Tally all;
  std::ostringstream disagreements;
  for (const auto& [file, entry] : truth.items()) {
    auto opened = circuit::open_circuit((dir / file).string(), tech);
    const auto d = structure::decompose(opened.circuit);
    Tally& t = per_class[entry.at("class").get<std::string>()];
    for (const auto& [device, want] : entry.at("roles").items()) {
      const auto* got = d.device(device);
      const std::string function = got ? structure::to_string(got->function) : "missing";
      const bool ok = function == want.get<std::string>();
      t.agree += ok;
      ++t.total;
      all.agree += ok;
      ++all.total;
      if (!ok) disagreements << "  " << file << " " << device << ": acst " << want.get<std::string>() << ", ours " << function << "\n";
    }
  }
  ASSERT_GE(per_class.size(), 3u) << "one-stage, two-stage and symmetrical opamps expected";
  for (const auto& [cls, t] : per_class) {
    EXPECT_GE(t.share(), kRequiredAgreement) << cls << ": " << t.agree << "/" << t.total;
    std::printf("%s: %d/%d = %.3f\n", cls.c_str(), t.agree, t.total, t.share());
  }
  EXPECT_GE(all.share(), kRequiredAgreement) << all.agree << "/" << all.total << "\n" << disagreements.str();
  std::printf("agreement %.4f (%d/%d)\n", all.share(), all.agree, all.total);
}
