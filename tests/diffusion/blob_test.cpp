// Model persistence: round trip, and clear refusals of foreign, newer, truncated, corrupted
// and inconsistent blobs.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

#include "diffusion/blob.hpp"
#include "diffusion/sizing_model.hpp"
#include "diffusion/structural_model.hpp"
#include "synthetic.hpp"

using namespace inversize::diffusion;

namespace {
std::vector<std::uint8_t> trained_blob() {
  static const auto blob = [] {
    auto cfg = default_config(kStructuralChained);
    cfg.depth = 1;
    auto m = make_sizing_model(kStructuralChained, test::two_blocks(), cfg);
    TrainOptions o;
    o.max_steps = 40;
    o.eval_every = 20;
    o.surrogate = false;  // the networks end the payload (the surrogate is an optional trailer)
    m->train(test::synthetic(), o);
    return m->to_blob();
  }();
  return blob;
}

std::string load_error(const std::vector<std::uint8_t>& blob) {
  try {
    load_sizing_model(blob);
  } catch (const BlobError& e) {
    return e.what();
  }
  return "";
}

// Rewrites the checksum after a deliberate edit of the payload (a consistent foreign blob).
void reseal(std::vector<std::uint8_t>& blob) {
  std::uint64_t size;
  std::memcpy(&size, blob.data() + 8, 8);
  const auto sum = fnv1a64(std::span(blob).subspan(16, size));
  std::memcpy(blob.data() + 16 + size, &sum, 8);
}
}  // namespace

TEST(Blob, WriterReaderRoundTrip) {
  BlobWriter w;
  w.u32(7);
  w.str("DP_t");
  w.f64s({1.5, -2.0});
  w.strs({"a", "bc"});
  const float f[3] = {1.f, 2.f, 3.f};
  w.f32s(f, 3);
  BlobReader r(w.seal());
  EXPECT_EQ(r.u32(), 7u);
  EXPECT_EQ(r.str(), "DP_t");
  EXPECT_EQ(r.f64s(), (std::vector<double>{1.5, -2.0}));
  EXPECT_EQ(r.strs(), (std::vector<std::string>{"a", "bc"}));
  float g[3];
  r.f32s(g, 3);
  EXPECT_EQ(g[2], 3.f);
  EXPECT_TRUE(r.at_end());
  EXPECT_THROW(r.u32(), BlobError);
}

TEST(Blob, SaveLoadGivesIdenticalSamples) {
  const auto blob = trained_blob();
  auto a = load_sizing_model(blob);
  auto b = load_sizing_model(blob);
  EXPECT_EQ(a->architecture(), "structural-chained");
  EXPECT_EQ(a->variable_names(), (std::vector<std::string>{"W1", "W2", "C", "k"}));
  EXPECT_EQ(a->to_blob(), blob);  // stable re-serialisation
  SampleOptions so;
  so.seed = 3;
  EXPECT_EQ(a->sample({2.0, 0.4}, 10, so), b->sample({2.0, 0.4}, 10, so));
  ASSERT_EQ(dynamic_cast<StructuralModel&>(*a).block_models().size(), 2u);
}

TEST(Blob, SaveLoadMatchesTheTrainedModel) {
  auto cfg = default_config("monolithic");
  cfg.depth = 1;
  auto m = make_sizing_model("monolithic", {}, cfg);
  TrainOptions o;
  o.max_steps = 30;
  m->train(test::synthetic(), o);
  auto loaded = load_sizing_model(m->to_blob());
  SampleOptions so;
  so.seed = 9;
  EXPECT_EQ(m->sample({3.0, 0.1}, 5, so), loaded->sample({3.0, 0.1}, 5, so));
}

namespace {
// A small chained model with the given fit, trained a few steps on the synthetic data.
std::unique_ptr<SizingModel> trained_with_fit(MeanFit fit, int steps) {
  auto cfg = default_config(kStructuralChained);
  cfg.depth = 1;
  cfg.mean_fit = fit;
  auto m = make_sizing_model(kStructuralChained, test::two_blocks(), cfg);
  TrainOptions o;
  o.max_steps = steps;
  m->train(test::synthetic(), o);
  return m;
}
}  // namespace

// The residual parametrisation's fit is part of the model: stored and read back, the same samples,
// for the linear and the quadratic fit.
TEST(Blob, SaveLoadKeepsTheMeanFit) {
  for (auto fit : {MeanFit::linear, MeanFit::quadratic}) {
    auto m = trained_with_fit(fit, 30);
    const auto blob = m->to_blob();
    auto loaded = load_sizing_model(blob);
    EXPECT_EQ(loaded->config().mean_fit, fit) << mean_fit_name(fit);
    EXPECT_EQ(loaded->to_blob(), blob);
    SampleOptions so;
    so.seed = 4;
    EXPECT_EQ(m->sample({2.0, 0.4}, 6, so), loaded->sample({2.0, 0.4}, 6, so)) << mean_fit_name(fit);
  }
}

// Format 4 stored a linear mean as the same word (1) in the same place: the shipped projects'
// models of 2026-12-07 still load as linear; a format-4 blob cannot say "quadratic".
TEST(Blob, FormatFourLoadsItsLinearMean) {
  auto as_format_4 = [](MeanFit fit) {
    auto blob = trained_with_fit(fit, 5)->to_blob();
    blob[4] = 4;  // the version word; the checksum covers the payload only
    return blob;
  };
  EXPECT_EQ(load_sizing_model(as_format_4(MeanFit::linear))->config().mean_fit, MeanFit::linear);
  const auto e = load_error(as_format_4(MeanFit::quadratic));
  EXPECT_NE(e.find("unknown mean fit 2"), std::string::npos) << e;
}

TEST(Blob, RefusesForeignData) {
  EXPECT_NE(load_error({}).find("bad magic"), std::string::npos);
  EXPECT_NE(load_error({'S', 'Q', 'L', 'i', 't', 'e'}).find("bad magic"), std::string::npos);
}

TEST(Blob, RefusesOtherFormatVersion) {
  auto blob = trained_blob();
  blob[4] = 99;  // version 99
  const auto e = load_error(blob);
  EXPECT_NE(e.find("format version 99"), std::string::npos) << e;
}

TEST(Blob, RefusesEveryTruncation) {
  const auto blob = trained_blob();
  for (std::size_t n : {std::size_t(0), std::size_t(3), std::size_t(10), std::size_t(16), blob.size() / 2, blob.size() - 9,
                        blob.size() - 1}) {
    std::vector<std::uint8_t> cut(blob.begin(), blob.begin() + n);
    EXPECT_FALSE(load_error(cut).empty()) << n;
  }
  auto longer = blob;
  longer.push_back(0);
  EXPECT_FALSE(load_error(longer).empty());
}

TEST(Blob, RefusesCorruption) {
  const auto blob = trained_blob();
  for (std::size_t at : {std::size_t(20), blob.size() / 3, blob.size() - 12}) {
    auto bad = blob;
    bad[at] ^= 0x5A;
    const auto e = load_error(bad);
    EXPECT_NE(e.find("corrupted"), std::string::npos) << at << ": " << e;
  }
}

TEST(Blob, RefusesAnotherShape) {
  auto blob = trained_blob();
  // Every network stores its hyperparameters: backbone, prediction, zero-SNR (u32 each), T,
  // width (i64). The second occurrence of that pattern is the first block model's; claim
  // half the width there, where its parameters were saved at the full width.
  const auto cfg = default_config(kStructuralChained);
  std::vector<std::uint8_t> pattern(12 + 16, 0);
  pattern[0] = static_cast<std::uint8_t>(cfg.backbone);
  pattern[8] = 1;  // zero terminal SNR
  const std::int64_t T = 1000, width = cfg.width;
  std::memcpy(pattern.data() + 12, &T, 8);
  std::memcpy(pattern.data() + 20, &width, 8);
  auto first = std::search(blob.begin(), blob.end(), pattern.begin(), pattern.end());
  ASSERT_NE(first, blob.end());
  auto second = std::search(first + 1, blob.end(), pattern.begin(), pattern.end());
  ASSERT_NE(second, blob.end());
  const std::int64_t narrow = cfg.width / 2;
  std::memcpy(&*(second + 20), &narrow, 8);
  reseal(blob);
  const auto e = load_error(blob);
  EXPECT_NE(e.find("shape mismatch"), std::string::npos) << e;
  EXPECT_NE(e.find("block DP_t"), std::string::npos) << e;
}

TEST(Blob, RefusesInconsistentHyperparameters) {
  auto blob = trained_blob();
  const std::size_t heads_at = 16 + 8 + kStructuralChained.size() + 12 + 8 + 8 + 8;  // after T, width, depth
  const std::int64_t heads = 7;  // 64 is not divisible by 7
  std::memcpy(blob.data() + heads_at, &heads, 8);
  reseal(blob);
  EXPECT_NE(load_error(blob).find("inconsistent architecture"), std::string::npos);
}

namespace {
// The trained structural blob with its networks section (count + block models) replaced by
// fresh block models conditioned on `conditions` values each.
std::vector<std::uint8_t> with_block_conditions(int conditions) {
  const auto chained = trained_blob();
  auto m = load_sizing_model(chained);
  const auto& blocks = dynamic_cast<StructuralModel&>(*m).block_models();
  BlobWriter old_nets, new_nets;
  old_nets.u64(blocks.size());
  new_nets.u64(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    blocks[b].write(old_nets);
    DiffusionModel(blocks[b].config(), blocks[b].variables(), conditions, 7 + b).write(new_nets);
  }
  auto payload_size = [](const std::vector<std::uint8_t>& sealed) { return sealed.size() - 16 - 8; };
  const auto nets = new_nets.seal(), old = old_nets.seal();
  // The networks are the payload's last section: the tail must be exactly the old networks.
  EXPECT_TRUE(std::equal(old.begin() + 16, old.end() - 8, chained.end() - 8 - payload_size(old)));
  std::vector<std::uint8_t> blob(chained.begin(), chained.end() - 8 - payload_size(old));
  blob.insert(blob.end(), nets.begin() + 16, nets.end() - 8);
  const std::uint64_t size = blob.size() - 16;
  std::memcpy(blob.data() + 8, &size, 8);
  blob.resize(blob.size() + 8);
  reseal(blob);
  return blob;
}
}  // namespace

// Structural models saved before the blocks were chained (each block conditioned on the
// performances only) still load, as what they are: structural-independent, recombining their
// blocks by averaging as they did.
TEST(Blob, StructuralModelsFromBeforeTheChainLoadAndAverage) {
  const auto legacy = with_block_conditions(2);
  auto old = load_sizing_model(legacy);
  auto& s = dynamic_cast<StructuralModel&>(*old);
  EXPECT_FALSE(s.chained());
  EXPECT_EQ(old->architecture(), "structural-independent");
  EXPECT_TRUE(s.chain_conditions(1).empty());
  SampleOptions so;
  so.seed = 4;
  auto per_block = s.sample_blocks({2.0, 0.5}, 3, so);
  auto full = s.sample({2.0, 0.5}, 3, so);
  for (int i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(full[i][0], per_block[0][i][0]);
    EXPECT_DOUBLE_EQ(full[i][1], 0.5 * (per_block[0][i][1] + per_block[1][i][0]));
    EXPECT_DOUBLE_EQ(full[i][3], per_block[1][i][2]);
  }
  auto again = load_sizing_model(old->to_blob());
  EXPECT_EQ(again->architecture(), "structural-independent");
  EXPECT_EQ(again->sample({2.0, 0.5}, 3, so), full);
}

// Block models conditioned on anything else than the performances (plus the earlier blocks'
// variables) are refused.
TEST(Blob, StructuralBlockWithForeignConditionsIsRefused) {
  EXPECT_NE(load_error(with_block_conditions(3)).find("conditioned on neither"), std::string::npos);
}
