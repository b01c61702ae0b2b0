// The built-in library of structures, as data. Transistors are numbered over the children in
// order; rules read "<k>.<pin>=<k>.<pin>", "!=", "<k>.<pin>=rail", "<k>.type!=<k>.type".
// Pins: d g s. All transistors of a structure share one polarity unless "mixed_types".
// After the sizing-rules method (Massier, Graeb, Schlichtmann 2008) and the acst library of TU
// Munich; see docs/structure.md for the pictures behind each rule.
#include "structure/library.hpp"

namespace inversize::structure {

const char* const kDefaultLibraryJson = R"json({
"structures": [
 {"name": "capacitor", "abbr": "C", "level": 0, "category": "passive"},
 {"name": "resistor", "abbr": "R", "level": 0, "category": "passive"},
 {"name": "normal transistor", "abbr": "T", "level": 0, "category": "transistor",
  "rules": ["0.d!=0.g"]},
 {"name": "diode transistor", "abbr": "D", "level": 0, "category": "transistor",
  "rules": ["0.d=0.g"]},

 {"name": "simple current mirror", "abbr": "CM", "level": 1, "category": "mirror",
  "children": ["diode transistor", "normal transistor"],
  "rules": ["0.g=1.g", "0.s=1.s"],
  "mirror": {"input": "0.d", "output": "1.d", "reference": [0], "outputs": [1]},
  "matched": [[0, 1]]},
 {"name": "level shifter", "abbr": "LS", "level": 1, "category": "mirror",
  "children": ["diode transistor", "normal transistor"],
  "rules": ["0.g=1.g", "0.s!=1.s", "1.d!=0.s", "0.d!=1.s"],
  "mirror": {"input": "0.d", "output": "1.d", "reference": [0], "outputs": [1]}},
 {"name": "voltage reference", "abbr": "VR", "level": 1, "category": "reference",
  "children": ["diode transistor", "diode transistor"],
  "rules": ["1.s=0.d"]},
 {"name": "differential pair", "abbr": "DP", "level": 1, "category": "differential",
  "children": ["normal transistor", "normal transistor"],
  "rules": ["0.s=1.s", "0.g!=1.g", "0.d!=1.d", "0.g!=1.d", "1.g!=0.d", "0.s!=rail"],
  "matched": [[0, 1]], "matched_always": true},
 {"name": "cross-coupled pair", "abbr": "CC", "level": 1, "category": "cross-coupled",
  "children": ["normal transistor", "normal transistor"],
  "rules": ["0.s=1.s", "0.g=1.d", "1.g=0.d"],
  "matched": [[0, 1]], "matched_always": true},
 {"name": "cascode pair", "abbr": "CP", "level": 1, "category": "cascode",
  "children": ["normal transistor", "normal transistor"],
  "rules": ["0.g=1.g", "0.s!=1.s", "0.d!=1.d", "0.s!=rail", "1.s!=rail", "0.g!=rail",
            "0.d!=1.s", "1.d!=0.s"],
  "matched": [[0, 1]]},

 {"name": "cascode current mirror", "abbr": "CCM", "level": 2, "category": "mirror",
  "children": ["simple current mirror", "level shifter"],
  "rules": ["2.s=0.d", "3.s=1.d"],
  "mirror": {"input": "2.d", "output": "3.d", "reference": [0, 2], "outputs": [1, 3]},
  "matched": [[0, 1], [2, 3]]},
 {"name": "4-transistor current mirror", "abbr": "CM4", "level": 2, "category": "mirror",
  "children": ["voltage reference", "normal transistor", "normal transistor"],
  "rules": ["3.s=2.d", "2.g=1.d", "3.g=1.d", "2.s=0.s"],
  "mirror": {"input": "1.d", "output": "3.d", "reference": [0, 1], "outputs": [2, 3]}},
 {"name": "Wilson current mirror", "abbr": "WCM", "level": 2, "category": "mirror",
  "children": ["simple current mirror", "normal transistor"],
  "rules": ["2.s=0.d", "2.g=1.d"],
  "mirror": {"input": "1.d", "output": "2.d", "reference": [1], "outputs": [0, 2]}},
 {"name": "improved Wilson current mirror", "abbr": "IWCM", "level": 2, "category": "mirror",
  "children": ["simple current mirror", "level shifter"],
  "rules": ["2.s=1.d", "3.s=0.d"],
  "mirror": {"input": "2.d", "output": "3.d", "reference": [1, 2], "outputs": [0, 3]},
  "matched": [[0, 1], [2, 3]]},
 {"name": "wide-swing cascode current mirror", "abbr": "WCCM", "level": 2, "category": "mirror",
  "children": ["normal transistor", "normal transistor", "cascode pair"],
  "rules": ["0.g=1.g", "0.s=1.s", "2.s=0.d", "3.s=1.d", "0.g=2.d"],
  "mirror": {"input": "2.d", "output": "3.d", "reference": [0, 2], "outputs": [1, 3]},
  "matched": [[0, 1], [2, 3]]},
 {"name": "cascoded differential pair", "abbr": "CDP", "level": 2, "category": "composite",
  "children": ["differential pair", "cascode pair"],
  "rules": ["2.s=0.d", "3.s=1.d"],
  "matched": [[0, 1], [2, 3]], "matched_always": true},
 {"name": "folded-cascode differential pair", "abbr": "FCDP", "level": 2, "category": "composite",
  "mixed_types": true,
  "children": ["differential pair", "cascode pair"],
  "rules": ["2.s=0.d", "3.s=1.d", "0.type=1.type", "2.type=3.type", "0.type!=2.type"],
  "matched": [[0, 1], [2, 3]], "matched_always": true}
],
"dominance": [
 {"dominating": ["cross-coupled pair"],
  "dominated": ["simple current mirror", "level shifter", "voltage reference", "cascode pair"]},
 {"dominating": ["cascode current mirror", "4-transistor current mirror",
                 "improved Wilson current mirror", "Wilson current mirror"],
  "dominated": ["voltage reference", "level shifter"]},
 {"dominating": ["wide-swing cascode current mirror", "cascoded differential pair",
                 "folded-cascode differential pair"],
  "dominated": ["cascode pair", "level shifter"]}
]
})json";

}  // namespace inversize::structure
