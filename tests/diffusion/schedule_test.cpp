// Schedule values against hand computations (diffusers' DDIMScheduler semantics).
#include <gtest/gtest.h>

#include "diffusion/schedule.hpp"

using namespace inversize::diffusion;

// T = 4, cosine: f(s) = cos((s + 0.008)/1.008 * pi/2)^2
//   f(0)    = cos(0.0124666)^2 = 0.99984459
//   f(1/4)  = cos(0.4020495)^2 = 0.84688054  -> alpha_bar_0 = f(1/4)/f(0) = 0.84701216
//   f(2/4)  = cos(0.7916324)^2 = 0.49376684  -> alpha_bar_1 = 0.49384359
//   f(3/4)  = cos(1.1812153)^2 = 0.14424968  -> alpha_bar_2 = 0.14427210
//   f(1)    = cos(pi/2)^2 = 0 -> beta_3 = min(1 - 0, 0.999) = 0.999 -> alpha_bar_3 = 0.14427210 * 0.001
//   betas: 1 - 0.84701216 = 0.15298784, 1 - 0.49384359/0.84701216 = 0.41695809, 0.70785871, 0.999
TEST(Schedule, CosineMatchesHandComputation) {
  auto s = NoiseSchedule::cosine(4, false);
  ASSERT_EQ(s.T(), 4);
  EXPECT_NEAR(s.betas()[0], 0.15298784, 1e-7);
  EXPECT_NEAR(s.betas()[1], 0.41695809, 1e-7);
  EXPECT_NEAR(s.betas()[2], 0.70785871, 1e-7);
  EXPECT_NEAR(s.betas()[3], 0.999, 1e-12);
  EXPECT_NEAR(s.alpha_bar(0), 0.84701216, 1e-7);
  EXPECT_NEAR(s.alpha_bar(1), 0.49384359, 1e-7);
  EXPECT_NEAR(s.alpha_bar(2), 0.14427210, 1e-7);
  EXPECT_NEAR(s.alpha_bar(3), 0.00014427210, 1e-10);
  EXPECT_EQ(s.alpha_bar(-1), 1.0);
}

// Lin et al. Algorithm 1 on the T = 4 schedule above:
//   sqrt(alpha_bar) = 0.92033263, 0.70274005, 0.37983168, 0.01201133
//   rescaled r_t = (s_t - s_3) * s_0 / (s_0 - s_3): r_0 = 0.92033263 (unchanged),
//   r_1 = 0.69047823 * 1.01321676 = 0.69986268 -> alpha_bar_1 = 0.48980778,
//   r_2 = 0.36782035 * 1.01321676 = 0.37268157 -> alpha_bar_2 = 0.13889357, r_3 = 0 -> 0.
//   betas: 0.15298784, 1 - 0.48980778/0.84701216 = 0.42172284, 0.71643250, 1.
TEST(Schedule, ZeroTerminalSnrMatchesHandComputation) {
  auto s = NoiseSchedule::cosine(4, true);
  EXPECT_NEAR(s.alpha_bar(0), 0.84701216, 1e-7);  // first unchanged
  EXPECT_NEAR(s.alpha_bar(1), 0.48980778, 1e-7);
  EXPECT_NEAR(s.alpha_bar(2), 0.13889357, 1e-7);
  EXPECT_EQ(s.alpha_bar(3), 0.0);  // terminal SNR exactly zero
  EXPECT_NEAR(s.betas()[1], 0.42172284, 1e-7);
  EXPECT_NEAR(s.betas()[2], 0.71643250, 1e-7);
  EXPECT_NEAR(s.betas()[3], 1.0, 1e-12);
}

TEST(Schedule, ZeroTerminalSnrAtTrainingLength) {
  auto plain = NoiseSchedule::cosine(1000, false);
  auto zsnr = NoiseSchedule::cosine(1000, true);
  EXPECT_DOUBLE_EQ(zsnr.alpha_bar(0), plain.alpha_bar(0));
  EXPECT_EQ(zsnr.alpha_bar(999), 0.0);
  EXPECT_GT(plain.alpha_bar(999), 0.0);
  for (int t = 1; t < 1000; ++t) EXPECT_LT(zsnr.alpha_bar(t), zsnr.alpha_bar(t - 1)) << t;
}

// diffusers, timestep_spacing="trailing": np.round(np.arange(T, 0, -T/steps)) - 1.
//   T = 1000, 10 steps: 999, 899, ..., 99.
//   T = 1000, 16 steps (ratio 62.5): 1000, 937.5, 875, 812.5, 750, 687.5, ... rounded half to
//   even: 1000, 938, 875, 812, 750, 688, 625, 562, 500, 438, 375, 312, 250, 188, 125, 62; minus 1.
TEST(Schedule, TrailingTimesteps) {
  auto s = NoiseSchedule::cosine(1000, true);
  const std::vector<int> ten{999, 899, 799, 699, 599, 499, 399, 299, 199, 99};
  EXPECT_EQ(s.trailing_timesteps(10), ten);
  const std::vector<int> sixteen{999, 937, 874, 811, 749, 687, 624, 561, 499, 437, 374, 311, 249, 187, 124, 61};
  EXPECT_EQ(s.trailing_timesteps(16), sixteen);
  EXPECT_EQ(s.trailing_timesteps(1), std::vector<int>{999});
  EXPECT_THROW(s.trailing_timesteps(0), std::invalid_argument);
  EXPECT_THROW(s.trailing_timesteps(1001), std::invalid_argument);
}

// alpha_bar = 0.36: sqrt(a) = 0.6, sqrt(1-a) = 0.8. x0 = 1, eps = 2:
//   x_t = 0.6*1 + 0.8*2 = 2.2;  v = 0.6*2 - 0.8*1 = 0.4
//   x0 = 0.6*2.2 - 0.8*0.4 = 1;  eps = 0.8*2.2 + 0.6*0.4 = 2;  x0 from eps = (2.2 - 1.6)/0.6 = 1
TEST(Schedule, VelocityConversions) {
  const double a = 0.36, x0 = 1.0, eps = 2.0, xt = 2.2;
  EXPECT_NEAR(v_from_x0_eps(x0, eps, a), 0.4, 1e-12);
  EXPECT_NEAR(x0_from_v(xt, 0.4, a), 1.0, 1e-12);
  EXPECT_NEAR(eps_from_v(xt, 0.4, a), 2.0, 1e-12);
  EXPECT_NEAR(x0_from_eps(xt, 2.0, a), 1.0, 1e-12);
  // At zero terminal SNR (a = 0) x_t is pure noise: x0 = -v and eps = x_t.
  EXPECT_NEAR(x0_from_v(0.7, -1.5, 0.0), 1.5, 1e-12);
  EXPECT_NEAR(eps_from_v(0.7, -1.5, 0.0), 0.7, 1e-12);
  // Round trip at many noise levels.
  for (double aa : {0.999, 0.9, 0.5, 0.1, 1e-4}) {
    const double xt2 = std::sqrt(aa) * -0.3 + std::sqrt(1 - aa) * 1.7;
    const double v = v_from_x0_eps(-0.3, 1.7, aa);
    EXPECT_NEAR(x0_from_v(xt2, v, aa), -0.3, 1e-12);
    EXPECT_NEAR(eps_from_v(xt2, v, aa), 1.7, 1e-12);
  }
}
