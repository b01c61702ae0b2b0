// Exported plots are documents: a sample cloud exported while samples are selected is the same
// picture as without the selection (issue 21: exports included the selection highlight), the
// selection survives the export, and the legend is whole in the export even when the cloud is
// small on screen (every entry in the SVG, its frame inside the plot). Neighbouring tick labels
// of a histogram never touch, for any performance and any spread of its values (issue 21: the
// slew rate's ran into each other in the exploration's grid).
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include "common/performance.hpp"
#include "common/si_format.hpp"
#include "exploration/sample_views.hpp"
#include "plots/plot_export.hpp"
#include "touching_tick_labels.hpp"

using namespace inversize;
using namespace inversize::ui;
using inversize::ui::exploration::ScatterView;

namespace {

std::size_t k(const char* key) { return *performance_index(key); }

// A performance cloud of 8 samples (5 meet, 2 miss, 1 not verified yet) of a gain and transit
// frequency specification.
void fill(ScatterView& view) {
  QStringList names, units;
  for (std::size_t i = 0; i < kPerformanceCount; ++i)
    names << QString::fromUtf8(kPerformances[i].key.data()), units << display_unit(kPerformances[i].unit);
  view.set_axes(names, units, int(k("gbw_hz")), int(k("gain_db")));
  sizing::Specification spec;
  spec.values[k("gain_db")] = 60.0, spec.given[k("gain_db")] = true;
  spec.values[k("gbw_hz")] = 10e6, spec.given[k("gbw_hz")] = true;
  std::vector<sizing::SampledSizing> samples(8);
  for (int i = 0; i < 8; ++i) {
    auto& s = samples[i];
    s.x = {1e-6 * (i + 1), 2e-6};
    s.verified = i != 7;
    s.meets = i < 5;
    dataset::PerformanceValues p{};
    p[k("gain_db")] = s.meets ? 61.0 + i : 55.0 + i;
    p[k("gbw_hz")] = (s.meets ? 11e6 : 8e6) * (1 + 0.1 * i);
    if (s.verified) s.simulation.performances = p;
    else s.predicted = p;
  }
  view.show(samples, spec, {});
}

}  // namespace

class PlotExportTest : public QObject {
  Q_OBJECT

 private slots:
  void exportLeavesOutTheSelectionAndKeepsTheLegend() {
    QTemporaryDir dir;
    ScatterView view(ScatterView::Space::Performance);
    view.resize(420, 320);
    fill(view);
    QCustomPlot& plot = *view.plot();
    plot.replot();
    // The legend is a grid of entries several to a row: the last row may have empty cells.
    int entries = 0;
    for (int i = 0; i < plot.legend->itemCount(); ++i) entries += plot.legend->item(i) ? 1 : 0;
    QVERIFY(entries >= 4);  // meets, misses, not verified, specification

    view.set_selection({0, 1, 5});
    QCOMPARE(view.selection(), (QSet<int>{0, 1, 5}));
    // On screen the selection shows (else this test could not fail).
    const QImage on_screen = plot.toPixmap(300, 200).toImage();
    view.set_selection({});
    QVERIFY(plot.toPixmap(300, 200).toImage() != on_screen);

    // Exported at the cloud's smallest on-screen size, with and without a selection.
    const QString without = dir.filePath(QStringLiteral("without")), with = dir.filePath(QStringLiteral("with"));
    QVERIFY(save_plot(plot, without, 240, 160));
    view.set_selection({0, 1, 5});
    QVERIFY(save_plot(plot, with, 240, 160));
    QCOMPARE(view.selection(), (QSet<int>{0, 1, 5}));  // kept on screen
    const QImage a(without + QStringLiteral(".png")), b(with + QStringLiteral(".png"));
    QVERIFY(!a.isNull());
    QCOMPARE(a.size(), b.size());
    QVERIFY2(a == b, "the exported PNG shows the selection");
    QFile svg_with(with + QStringLiteral(".svg")), svg_without(without + QStringLiteral(".svg"));
    QVERIFY(svg_with.open(QIODevice::ReadOnly) && svg_without.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(svg_with.readAll());
    QString other = QString::fromUtf8(svg_without.readAll());
    QCOMPARE(QString(svg).replace(QStringLiteral("<title>with</title>"), QString()),
             other.replace(QStringLiteral("<title>without</title>"), QString()));  // the titles are the file names

    // The whole legend: every entry's name is in the export, and at the export's size the
    // legend's frame lies whole inside the picture, in its band above the axis rect, never on
    // the points (a small cloud grows the export).
    QString text = svg;
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    int named = 0;
    for (int i = 0; i < plot.legend->itemCount(); ++i)
      if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i))) {
        QVERIFY2(text.contains(item->plottable()->name().toHtmlEscaped()), qPrintable(item->plottable()->name()));
        ++named;
      }
    QCOMPARE(named, entries);
    QVERIFY2(a.width() > 240 || a.height() > 160, "the legend did not fit at 240x160, so the export is larger");
    const QRect screen = plot.viewport();
    plot.setViewport(QRect(QPoint(0, 0), a.size()));
    lay_out(plot);
    const QRect legend = plot.legend->outerRect(), rect = plot.axisRect()->rect();
    plot.setViewport(screen);
    lay_out(plot);
    QVERIFY2(QRect(QPoint(0, 0), a.size()).contains(legend) && !legend.intersects(rect),
             qPrintable(QStringLiteral("legend %1,%2 %3x%4, axis rect %5,%6 %7x%8")
                                                    .arg(legend.x()).arg(legend.y()).arg(legend.width()).arg(legend.height())
                                                    .arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
  }

  // Every performance at magnitudes from 1 to 1000 of its displayed unit, either sign, its
  // values spread from 0.01 % to 100 % of their centre, drawn two to a row in cells of the
  // exploration grid's least width (190 x 150 px, HistogramScroll) and of a 1920 px window's.
  void histogramTickLabelsNeverTouch_data() {
    QTest::addColumn<int>("cell");
    QTest::newRow("narrowest cell") << 190;
    QTest::newRow("wide cell") << 330;
  }
  void histogramTickLabelsNeverTouch() {
    QFETCH(int, cell);
    QCustomPlot plot;
    plot.resize(2 * cell, 150);
    int drawn = 0;
    QStringList touching;
    for (std::size_t k = 0; k < kPerformanceCount; ++k)
      for (double mantissa : {1.2345, -21.987, 143.71, 987.65})
        for (double spread : {1e-4, 1e-3, 1e-2, 1.0}) {
          // A base unit's values span prefixes: the SI prefix is chosen from them (µ, m, k, M).
          const double centre = mantissa * (takes_prefix(kPerformances[k].unit) ? 1e6 : 1.0);
          std::vector<double> values;
          for (int i = 0; i < 40; ++i) values.push_back(centre + std::abs(centre) * spread * (i / 39.0 - 0.5));
          plot.plotLayout()->clear();
          plot.clearPlottables();
          draw_performance_histogram(plot, 0, 0, k, values, std::nullopt, 15);
          draw_performance_histogram(plot, 0, 1, k, values, centre + std::abs(centre) * spread, 15);
          drawn += 2;
          for (const QString& t : touching_tick_labels(plot))
            touching << QStringLiteral("%1 ± %2 %: %3").arg(centre).arg(spread * 50).arg(t);
        }
    QCOMPARE(drawn, int(kPerformanceCount) * 4 * 4 * 2);
    QVERIFY2(touching.isEmpty(), qPrintable(QStringLiteral("%1 touching:\n").arg(touching.size()) + touching.mid(0, 20).join(QLatin1Char('\n'))));
  }
};

QTEST_MAIN(PlotExportTest)
#include "plot_export_test.moc"
