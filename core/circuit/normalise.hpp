// What a designer may write in ways that mean the same circuit, brought to one form so that
// structure recognition and the testbenches see the circuit as it works.
#pragma once

#include "circuit/circuit.hpp"

namespace inversize::circuit {

// 0 V voltage sources (ammeters) join their two nets into one: for every analysis InverSize
// runs they are short circuits. The joined net keeps a port's name where one takes part.
// Throws netlist::ParseError when a 0 V source joins two different ports.
void short_zero_volt_sources(Circuit& c);

// A MOSFET whose drain is written where its source belongs gets its drain and source, and their
// asymmetric parameters (ad/as, pd/ps, nrd/nrs, sa/sb), swapped: an NMOS "drain" on vss, or
// nearer vss through NMOS channels than its "source" while the "source" is nearer vdd through
// PMOS channels than the "drain" (a PMOS likewise, the other way round).
void normalise_drain_source(Circuit& c);

}  // namespace inversize::circuit
