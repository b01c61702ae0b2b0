// `--help` tells the defaults the commands use. After the defaults changed (MLP blocks, min-SNR-5
// loss, patience 100, temperature 1; docs/diffusion.md, "The model alone") the help still said
// "--temperature (default 0.5)" and "transformer (default)". The figures below are those
// decisions; the options structs must hold them too.
#include <gtest/gtest.h>

#include <regex>

#include "diffusion/architectures.hpp"
#include "diffusion/options.hpp"
#include "run_command.hpp"

using namespace inversize::diffusion;

namespace {
// The help of `command`.
std::string help(const std::string& command) {
  int status = 0;
  auto out = run_command(std::string(INVERSIZE_CLI_EXE) + " " + command + " --help 2>&1", status);
  EXPECT_EQ(status, 0) << out;
  return out;
}

// The help text of one option: from its line to the next option's, white space folded.
std::string option_text(const std::string& help, const std::string& option) {
  const auto at = help.find("\n  " + option);
  if (at == std::string::npos) return "(no " + option + ")";
  const auto end = help.find("\n  -", at + 1);
  return std::regex_replace(help.substr(at, end == std::string::npos ? std::string::npos : end - at),
                            std::regex("\\s+"), " ");
}
}  // namespace

TEST(CliHelp, TheDecidedDefaultsAreTheOptionsDefaults) {
  EXPECT_EQ(SampleOptions{}.temperature, 1.0);
  EXPECT_EQ(SampleOptions{}.steps, 25);
  EXPECT_EQ(SampleOptions{}.guidance, 1.0);
  EXPECT_EQ(default_config(default_architecture()).backbone, Backbone::mlp);
  EXPECT_EQ(TrainOptions{}.min_snr_gamma, 5.0);
  EXPECT_EQ(TrainOptions{}.patience, 100);
  EXPECT_EQ(TrainOptions{}.max_steps, 6000);
  EXPECT_EQ(default_config(default_architecture()).mean_fit, MeanFit::linear);
}

TEST(CliHelp, SampleAndEvaluateTellTheirDefaults) {
  const auto sample = help("sample"), evaluate = help("evaluate");
  for (const auto& [cmd, h] : {std::pair{"sample", sample}, std::pair{"evaluate", evaluate}}) {
    EXPECT_NE(option_text(h, "--temperature").find("(default 1;"), std::string::npos) << cmd << h;
    EXPECT_NE(option_text(h, "--steps").find("(default 25)"), std::string::npos) << cmd;
    EXPECT_NE(option_text(h, "--guidance").find("(default 1;"), std::string::npos) << cmd;
  }
  // `sample` refines and draws 10 candidates per sizing; `evaluate` keeps the paper's protocol.
  EXPECT_NE(option_text(sample, "--refine ").find("(default 100;"), std::string::npos) << sample;
  EXPECT_NE(option_text(sample, "--candidates").find("(default 10 N;"), std::string::npos);
  EXPECT_NE(option_text(sample, "-n,--samples").find("(default 16)"), std::string::npos) << sample;
  EXPECT_NE(option_text(evaluate, "--refine ").find("(default 0;"), std::string::npos) << evaluate;
  EXPECT_NE(option_text(evaluate, "--backbone").find("default mlp;"), std::string::npos) << evaluate;
}

TEST(CliHelp, TrainTellsItsDefaults) {
  const auto h = help("train");
  EXPECT_NE(option_text(h, "--backbone").find("default mlp;"), std::string::npos) << h;
  EXPECT_EQ(h.find("transformer (default"), std::string::npos) << h;
  EXPECT_NE(option_text(h, "--loss").find("default min-snr"), std::string::npos) << h;
  EXPECT_NE(option_text(h, "--min-snr").find("(default 5)"), std::string::npos) << h;
  EXPECT_NE(option_text(h, "--patience").find("(default 100;"), std::string::npos) << h;
  EXPECT_NE(option_text(h, "--steps").find("(default 6000)"), std::string::npos) << h;
  EXPECT_NE(option_text(h, "--arch").find("structural-chained (default)"), std::string::npos) << h;
  EXPECT_NE(option_text(h, "--mean-fit").find("(default linear)"), std::string::npos) << h;
}
