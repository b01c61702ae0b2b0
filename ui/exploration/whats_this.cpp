#include "exploration/whats_this.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QLineEdit>
#include <QSlider>

#include "common/performance.hpp"
#include "exploration/exploration_view.hpp"
#include "exploration/sample_views.hpp"
#include "exploration/spec_panel.hpp"

namespace inversize::ui::exploration {

namespace {
struct Text {
  Q_DECLARE_TR_FUNCTIONS(WhatsThis)
};
}  // namespace

void add_whats_this(ExplorationView& view) {
  view.spec_panel()->setWhatsThis(
      Text::tr("<b>Specification</b><p>The performances the sizings should reach. A checked row is part of the "
               "specification; an unchecked one is filled from the nearest training design. Every change samples "
               "again: the sizings appear at once and their SPICE verification streams in.</p>"));
  for (std::size_t k = 0; k < kPerformanceCount; ++k)
    view.spec_panel()->slider(k)->setWhatsThis(
        Text::tr("<b>Performance value</b><p>Drag to set the value; the spin box beside it takes an exact one. The "
                 "shaded band is the range the training data covers: values outside it are flagged, the model has "
                 "seen no design there.</p>"));
  view.spec_panel()->tolerance_field()->setWhatsThis(
      Text::tr("<b>Tolerance</b><p>How far on the wrong side of a value a simulated sizing may lie and still meet "
               "it, per performance (gain_db=0.5 gbw_hz=2%). Empty: met strictly.</p>"));
  view.sizing_view()->setWhatsThis(
      Text::tr("<b>Sizing space</b><p>The samples over two design variables of your choice, with the five nearest "
               "training designs. Drag a rectangle to select samples: the other views, the table, the histograms "
               "and the device spread follow the selection.</p>"));
  view.performance_view()->setWhatsThis(
      Text::tr("<b>Performance space</b><p>The samples' performances over two performances of your choice, the "
               "specification as a red star. Green: verified by SPICE, meets the specification; red: misses it; "
               "grey: not simulated yet (the surrogate's prediction). Drag a rectangle to select.</p>"));
  view.table()->setWhatsThis(
      Text::tr("<b>Samples</b><p>Every sample with its verdict, sizing rules and simulated performances; click a "
               "header to sort. Selecting rows filters the histograms and the device spread; one row shows its "
               "sizes on the schematic and is the one the netlist export writes.</p>"));
  view.histograms()->setWhatsThis(
      Text::tr("<b>Histograms</b><p>The simulated values of each specified performance over the samples (or the "
               "selected ones), the specification as a line: Fig. 7 of the paper.</p>"));
}

}  // namespace inversize::ui::exploration
