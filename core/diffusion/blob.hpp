// Model persistence: a little-endian byte stream with a magic, a format version and a
// checksum, so a foreign, newer, truncated or corrupted blob is refused with a clear message.
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace inversize::diffusion {

// Every refusal to load a model blob.
class BlobError : public std::runtime_error {
 public:
  explicit BlobError(const std::string& what) : std::runtime_error("model blob: " + what) {}
};

// 2: a diffusion model stores how many of its condition columns are chained sizes. Version 1
// blobs still load (their models drop every condition column for guidance, as trained).
// 4: ModelConfig::linear_mean, and a diffusion model's linear fit when it has one.
// 5: ModelConfig::mean_fit, which may be quadratic (its fit has the products' rows).
inline constexpr std::uint32_t kBlobFormatVersion = 5;
inline constexpr std::uint32_t kOldestBlobFormatVersion = 1;

std::uint64_t fnv1a64(std::span<const std::uint8_t> bytes);

class BlobWriter {
 public:
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
  void f64(double v);
  void str(const std::string& s);
  void f32s(const float* data, std::size_t n);
  void f64s(const std::vector<double>& v);
  void strs(const std::vector<std::string>& v);
  // Layout: "ISZM" | version u32 | payload size u64 | payload | fnv1a64(payload) u64.
  std::vector<std::uint8_t> seal() const;

 private:
  std::vector<std::uint8_t> buf_;
};

class BlobReader {
 public:
  // Checks magic, version, size and checksum; throws BlobError otherwise.
  explicit BlobReader(std::span<const std::uint8_t> sealed);
  std::uint32_t u32();
  std::uint64_t u64();
  std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
  double f64();
  std::string str();
  void f32s(float* out, std::size_t n);
  std::vector<double> f64s();
  std::vector<std::string> strs();
  // A count read from the blob, refused when implausible (a corrupted length is no malloc).
  std::uint64_t count(std::uint64_t max, const char* what);
  void expect(bool ok, const std::string& what) const {
    if (!ok) throw BlobError(what);
  }
  bool at_end() const { return pos_ == payload_.size(); }
  std::uint32_t version() const { return version_; }

 private:
  void need(std::size_t n);
  std::vector<std::uint8_t> payload_;
  std::size_t pos_ = 0;
  std::uint32_t version_ = 0;
};

}  // namespace inversize::diffusion
