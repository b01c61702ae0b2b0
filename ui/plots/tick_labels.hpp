// Tick labels that never run into each other: an axis gets as many ticks as its length takes
// at its font, at most a given number, and the plot re-counts them once laid out (QCustomPlot
// chooses ticks before it lays out, from the size of the draw before).
#pragma once

class QCPAxis;

namespace inversize::ui {

// Gives `axis` at most `most` ticks whose labels keep a space apart at the axis' length; a
// label that would still touch its neighbour (an axis too short for two) is left out.
void fit_tick_labels(QCPAxis& axis, int most);

}  // namespace inversize::ui
