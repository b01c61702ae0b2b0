// Plots of InverSize (QCustomPlot): the box plots of Fig. 6, the histograms of Fig. 7 and the
// error against training size, drawn the same way in the window and in reports rendered
// without a display.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "evaluation/statistics.hpp"

class QCustomPlot;

namespace inversize::ui {

// Writes BASE.png and BASE.svg of the plot at the given size, larger where the legend needs
// it to show whole, without the selection's highlight. Returns false when either failed.
bool save_plot(QCustomPlot& plot, const QString& base, int width, int height);

// Lays the plot's elements out for its viewport now (QCustomPlot does so when it draws).
void lay_out(QCustomPlot& plot);

// A context menu on the plot: "Export as PNG and SVG…" (writes NAME.png and NAME.svg at the
// plot's size on screen).
void add_export_menu(QCustomPlot& plot);

// One box per label: median, quartiles, whiskers (1.5 IQR) and outliers as separate points.
// `scale` multiplies every value (100 for percent).
void draw_box_plot(QCustomPlot& plot, const QStringList& labels, const std::vector<evaluation::BoxStats>& boxes,
                   double scale, const QString& value_label);

// A histogram of `values` with `bins` bins and, when given, a marked value (the ground truth or
// the specification) as a vertical line. Draws into a fresh axis rect at (row, column).
void draw_histogram(QCustomPlot& plot, int row, int column, const std::vector<double>& values,
                    std::optional<double> marker, const QString& title, int bins = 20);

// draw_histogram for a performance (index into kPerformances), values and marker in SI units:
// base units get a prefix ("MHz", "µW") and the axis is titled with the performance's name in
// the user's language and its unit ("Transit frequency [MHz]").
void draw_performance_histogram(QCustomPlot& plot, int row, int column, std::size_t performance,
                                std::vector<double> values, std::optional<double> marker, int bins = 20);

}  // namespace inversize::ui
