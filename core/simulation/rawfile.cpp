#include "simulation/rawfile.hpp"

#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace inversize::simulation {

std::string normalise_vector_name(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.size() > 3 && (name.rfind("v(", 0) == 0 || name.rfind("i(", 0) == 0) && name.back() == ')') {
    std::string inner = name.substr(2, name.size() - 3);
    // Device parameters keep their @ name whatever unit ngspice wraps them in.
    if (inner.rfind('@', 0) == 0 || name[0] == 'v') return inner;
    return inner + "#branch";
  }
  return name;
}

Plot read_ascii_raw(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open raw file");
  std::string line;
  int nvars = -1, npoints = -1;
  bool complex = false;
  std::vector<std::string> names;
  while (std::getline(in, line)) {
    auto colon = line.find(':');
    std::string key = line.substr(0, colon);
    if (key == "Flags") complex = line.find("complex") != std::string::npos;
    else if (key == "No. Variables") nvars = std::stoi(line.substr(colon + 1));
    else if (key == "No. Points") npoints = std::stoi(line.substr(colon + 1));
    else if (key == "Variables") {
      if (nvars < 0) throw std::runtime_error(path + ": variables before their count");
      for (int i = 0; i < nvars; ++i) {
        if (!std::getline(in, line)) throw std::runtime_error(path + ": truncated variable list");
        std::istringstream ls(line);
        int idx;
        std::string name;
        ls >> idx >> name;
        names.push_back(normalise_vector_name(name));
      }
    } else if (key == "Values") {
      break;
    }
  }
  if (nvars <= 0 || npoints < 0 || static_cast<int>(names.size()) != nvars)
    throw std::runtime_error(path + ": not an ASCII raw file");
  Plot plot;
  std::vector<Vector*> vecs;
  for (const auto& n : names) vecs.push_back(&plot[n]);
  std::string tok;
  for (int p = 0; p < npoints; ++p) {
    for (int v = 0; v < nvars; ++v) {
      if (v == 0) in >> tok;  // point index
      if (!(in >> tok)) throw std::runtime_error(path + ": truncated values");
      if (complex) {
        auto comma = tok.find(',');
        double re = std::stod(tok.substr(0, comma));
        double im = comma == std::string::npos ? 0 : std::stod(tok.substr(comma + 1));
        vecs[v]->cplx.emplace_back(re, im);
      } else {
        vecs[v]->real.push_back(std::stod(tok));
      }
    }
  }
  return plot;
}

}  // namespace inversize::simulation
