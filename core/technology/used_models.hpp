// The part of a technology's model text that a deck uses. A foundry corner carries every device
// family and every bin (gf180mcu's typical corner: 230 kB, 3.3 V and 6 V, nmos and pmos, 16 bins
// each), and ngspice parses all of it for every bench it loads; an opamp uses two models and a
// few of their bins. Kept are the `.model` cards the deck names (of a binned model `NAME.N` only
// the bins its MOSFETs' sizes select), the subckts it names and what those name in turn, and
// every other statement (`.param`, `.option`, ...) whole and in order: statistical parameters
// (`agauss`) are drawn in the order they are written, so a Monte Carlo die stays the same die.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace inversize::technology {

// A MOSFET's drawn size (metres), which selects its bin.
struct DeviceSize {
  double w = 0, l = 0, nf = 1;
};

// What a deck asks of the model text.
struct ModelDemand {
  // The deck's own lines (the DUT subckt): every model and subckt name they mention is kept.
  std::string deck_text;
  // Per model (lower case), the sizes of all the deck's MOSFETs of that model: only the bins
  // these select are kept. A model named in deck_text but not here keeps every bin.
  std::map<std::string, std::vector<DeviceSize>> sizes;
};

// A model text split into statements once (a corner's text is parsed per process, not per deck).
class ModelText {
 public:
  explicit ModelText(const std::string& text);
  ~ModelText();
  ModelText(const ModelText&) = delete;
  ModelText& operator=(const ModelText&) = delete;

  // The statements `demand` needs, in their order. The whole text when the demand cannot be
  // judged (see the .cpp).
  std::string used_by(const ModelDemand& demand) const;
  const std::string& whole() const { return whole_; }

 private:
  struct Statement;
  std::string whole_;
  std::vector<Statement> statements_;
  bool scaled_ = false;  // `.option scale`: sizes are not the bins' units
};

}  // namespace inversize::technology
