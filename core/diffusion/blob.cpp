#include "diffusion/blob.hpp"

#include <bit>
#include <cstring>

namespace inversize::diffusion {

namespace {
constexpr std::uint8_t kMagic[4] = {'I', 'S', 'Z', 'M'};
static_assert(std::endian::native == std::endian::little, "blob I/O assumes little endian");

template <class T>
void put(std::vector<std::uint8_t>& buf, T v) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
  buf.insert(buf.end(), p, p + sizeof(T));
}
template <class T>
T get(std::span<const std::uint8_t> bytes, std::size_t at) {
  T v;
  std::memcpy(&v, bytes.data() + at, sizeof(T));
  return v;
}
}  // namespace

std::uint64_t fnv1a64(std::span<const std::uint8_t> bytes) {
  std::uint64_t h = 1469598103934665603ULL;
  for (auto b : bytes) h = (h ^ b) * 1099511628211ULL;
  return h;
}

void BlobWriter::u32(std::uint32_t v) { put(buf_, v); }
void BlobWriter::u64(std::uint64_t v) { put(buf_, v); }
void BlobWriter::f64(double v) { put(buf_, v); }
void BlobWriter::str(const std::string& s) {
  u64(s.size());
  buf_.insert(buf_.end(), s.begin(), s.end());
}
void BlobWriter::f32s(const float* data, std::size_t n) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(data);
  buf_.insert(buf_.end(), p, p + n * sizeof(float));
}
void BlobWriter::f64s(const std::vector<double>& v) {
  u64(v.size());
  for (double d : v) f64(d);
}
void BlobWriter::strs(const std::vector<std::string>& v) {
  u64(v.size());
  for (const auto& s : v) str(s);
}

std::vector<std::uint8_t> BlobWriter::seal() const {
  std::vector<std::uint8_t> out(kMagic, kMagic + 4);
  put(out, kBlobFormatVersion);
  put(out, static_cast<std::uint64_t>(buf_.size()));
  out.insert(out.end(), buf_.begin(), buf_.end());
  put(out, fnv1a64(buf_));
  return out;
}

BlobReader::BlobReader(std::span<const std::uint8_t> sealed) {
  if (sealed.size() < 4 || std::memcmp(sealed.data(), kMagic, 4) != 0)
    throw BlobError("not an InverSize model (bad magic)");
  if (sealed.size() < 16) throw BlobError("truncated header");
  const auto version = get<std::uint32_t>(sealed, 4);
  if (version < kOldestBlobFormatVersion || version > kBlobFormatVersion)
    throw BlobError("format version " + std::to_string(version) + ", this build reads versions " +
                    std::to_string(kOldestBlobFormatVersion) + " to " + std::to_string(kBlobFormatVersion) +
                    "; retrain the model");
  version_ = version;
  const auto size = get<std::uint64_t>(sealed, 8);
  if (sealed.size() < 16 || size > sealed.size() - 16 || sealed.size() - 16 - size < 8)
    throw BlobError("truncated (" + std::to_string(sealed.size()) + " bytes for a payload of " +
                    std::to_string(size) + ")");
  if (sealed.size() - 16 - size != 8) throw BlobError("trailing bytes after the checksum");
  auto payload = sealed.subspan(16, size);
  if (fnv1a64(payload) != get<std::uint64_t>(sealed, 16 + size))
    throw BlobError("checksum mismatch: the model is corrupted");
  payload_.assign(payload.begin(), payload.end());
}

void BlobReader::need(std::size_t n) {
  if (n > payload_.size() - pos_) throw BlobError("payload ends early (inconsistent content)");
}
std::uint32_t BlobReader::u32() {
  need(4);
  auto v = get<std::uint32_t>(payload_, pos_);
  pos_ += 4;
  return v;
}
std::uint64_t BlobReader::u64() {
  need(8);
  auto v = get<std::uint64_t>(payload_, pos_);
  pos_ += 8;
  return v;
}
double BlobReader::f64() {
  need(8);
  auto v = get<double>(payload_, pos_);
  pos_ += 8;
  return v;
}
std::string BlobReader::str() {
  const auto n = count(payload_.size() - pos_, "string length");
  need(n);
  std::string s(payload_.begin() + pos_, payload_.begin() + pos_ + n);
  pos_ += n;
  return s;
}
void BlobReader::f32s(float* out, std::size_t n) {
  need(n * sizeof(float));
  std::memcpy(out, payload_.data() + pos_, n * sizeof(float));
  pos_ += n * sizeof(float);
}
std::vector<double> BlobReader::f64s() {
  const auto n = count((payload_.size() - pos_) / 8, "vector length");
  std::vector<double> v(n);
  for (auto& d : v) d = f64();
  return v;
}
std::vector<std::string> BlobReader::strs() {
  const auto n = count((payload_.size() - pos_) / 8, "string list length");
  std::vector<std::string> v(n);
  for (auto& s : v) s = str();
  return v;
}
std::uint64_t BlobReader::count(std::uint64_t max, const char* what) {
  const auto n = u64();
  if (n > max) throw BlobError(std::string("implausible ") + what + " " + std::to_string(n));
  return n;
}

}  // namespace inversize::diffusion
