// The window fits a designer's laptop: at 1366x768 and 1920x1080 (offscreen), on the trained
// Miller project, in both tabs and after a language switch, the window keeps the size it was
// given and every visible control lies whole inside it (or inside a scroll area that shows it
// by scrolling). It once needed 1772 px and the status line grew it to 2034 px.
// And nothing is cramped: no dock and no specification panel scrolls sideways (at 1366x768 the
// performance values and the block variables once did), the circuit tree shows every name
// whole, the performance values show whole, and the clouds' legends cover no point (they once
// covered most of them), and leave the axes at least half of the cloud's height (German entries
// once wrapped to five rows); the histograms scroll in a grid of readable cells instead of
// growing the window. No two neighbouring tick labels of a histogram or a cloud touch (the
// slew rate's once did).
#include <array>
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "exploration/exploration_view.hpp"
#include "exploration/explorer.hpp"
#include "exploration/sample_views.hpp"
#include "exploration/spec_panel.hpp"
#include "mainwindow/circuit_tree.hpp"
#include "mainwindow/main_window.hpp"
#include "mainwindow/performance_panel.hpp"

#include <QHeaderView>
#include <QTableWidget>
#include <QTreeWidgetItemIterator>
#include <qcustomplot.h>
#include "simulation/worker_pool.hpp"
#include "touching_tick_labels.hpp"
#include "ui_test_setup.hpp"

using inversize::ui::mainwindow::MainWindow;

namespace {

// The queued layouts and dock resizes, done now (posted events and zero timers), no clock.
void settle() {
  for (int i = 0; i < 3; ++i) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
  }
}

bool is_control(QWidget* w) {
  if (qobject_cast<QScrollBar*>(w)) return false;  // part of the scroll area that owns it
  return qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
         qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w);
}

// Inside the viewport of a scroll area: reachable by scrolling, so only the area must show.
bool scrolls(QWidget* w, QWidget* top) {
  for (QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
    if (qobject_cast<QAbstractScrollArea*>(p)) return true;
  return false;
}

// The part of `w` its ancestors let show, in `top`'s coordinates.
QRect shown(QWidget* w, QWidget* top) {
  QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
  for (QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
    r &= QRect(p->mapTo(top, QPoint(0, 0)), p->size());
  return r & top->rect();
}

// Empty when every visible control of `w` shows whole; else what is cut and where.
QStringList cut_controls(MainWindow& w) {
  QStringList out;
  for (QWidget* c : w.findChildren<QWidget*>()) {
    if (!c->isVisibleTo(&w) || !is_control(c) || scrolls(c, &w) || c->window() != &w) continue;
    // A dock's own title buttons: a tabified dock keeps them, unplaced, while its tab shows.
    if (qobject_cast<QDockWidget*>(c->parentWidget()) && c->objectName().startsWith(QLatin1String("qt_dockwidget_")))
      continue;
    const QRect full(c->mapTo(&w, QPoint(0, 0)), c->size());
    const QRect part = shown(c, &w);
    if (part != full || full.width() < 6 || full.height() < 6) {
      QString name = c->objectName();
      if (auto* b = qobject_cast<QAbstractButton*>(c)) name += QLatin1Char(' ') + b->text();
      out << QStringLiteral("%1 \"%2\" at %3,%4 %5x%6 shows %7x%8")
                 .arg(QString::fromLatin1(c->metaObject()->className()), name)
                 .arg(full.x())
                 .arg(full.y())
                 .arg(full.width())
                 .arg(full.height())
                 .arg(part.width())
                 .arg(part.height());
    }
  }
  return out;
}

// The scroll areas that must fit their width: every one in a dock, and the specification panel's.
QStringList sideways_scrolling(MainWindow& w) {
  QStringList out;
  for (QAbstractScrollArea* area : w.findChildren<QAbstractScrollArea*>()) {
    if (!area->isVisibleTo(&w)) continue;
    bool in_dock = false;
    for (QWidget* p = area->parentWidget(); p; p = p->parentWidget()) in_dock |= qobject_cast<QDockWidget*>(p) != nullptr;
    auto* scroll = qobject_cast<QScrollArea*>(area);
    const bool spec = scroll && qobject_cast<inversize::ui::exploration::SpecPanel*>(scroll->widget());
    if ((in_dock || spec) && area->horizontalScrollBar()->isVisibleTo(&w))
      out << QStringLiteral("%1 \"%2\" (%3 px wide) scrolls sideways by %4 px")
                 .arg(QString::fromLatin1(area->metaObject()->className()), area->objectName())
                 .arg(area->width())
                 .arg(area->horizontalScrollBar()->maximum());
  }
  return out;
}

// Cells whose text is cut: the text is wider than the cell, or the cell reaches past the viewport.
bool cut(const QAbstractItemView& view, const QModelIndex& index) {
  const QRect cell = view.visualRect(index);
  const int text = view.fontMetrics().horizontalAdvance(index.data().toString());
  return cell.width() < text + 4 || cell.right() > view.viewport()->width();
}

QStringList cut_names(MainWindow& w) {
  QStringList out;
  auto* tree = w.circuit_tree();
  if (tree->isVisibleTo(&w)) {
    tree->expandAll();
    settle();
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
      if (cut(*tree, tree->indexFromItem(*it, 0))) out << QStringLiteral("tree: %1").arg((*it)->text(0));
  }
  // The samples table scrolls sideways, but each value shows whole in its column once verified.
  if (auto* samples = w.exploration()->table(); samples->isVisibleTo(&w) && !w.exploration()->explorer()->busy())
    for (int r = 0; r < std::min(samples->rowCount(), 10); ++r)
      for (int c = 0; c < samples->columnCount(); ++c)
        if (auto* item = samples->item(r, c);
            item && samples->columnWidth(c) < samples->fontMetrics().horizontalAdvance(item->text()) + 4)
          out << QStringLiteral("samples table: %1").arg(item->text());
  if (auto* table = w.performance_panel()->findChild<QTableWidget*>(); table && table->isVisibleTo(&w))
    for (int r = 0; r < table->rowCount(); ++r)
      if (cut(*table, table->model()->index(r, 1))) out << QStringLiteral("performance value: %1").arg(table->item(r, 1)->text());
  return out;
}

// The window rebuilt in another language (quiet on close, as the tests' windows are), once the
// old one is gone; null when either fails.
MainWindow* in_language(MainWindow* w, const QString& code) {
  QPointer<MainWindow> old = w;
  MainWindow* next = w->change_language(code);
  if (!next) return nullptr;
  next->set_quiet_close(true);
  return QTest::qWaitFor([&] { return old.isNull(); }) ? next : nullptr;
}

// The exploration's two clouds: sizing space and performance space.
std::array<QCustomPlot*, 2> cloud_plots(MainWindow& w) {
  return {w.exploration()->sizing_view()->plot(), w.exploration()->performance_view()->plot()};
}

// Plotted points under a cloud's legend.
QStringList covered_points(MainWindow& w) {
  QStringList out;
  for (QCustomPlot* plot : cloud_plots(w)) {
    if (!plot->legend->visible()) {
      out << QStringLiteral("no legend");
      continue;
    }
    plot->replot();
    const QRect legend = plot->legend->outerRect();
    int points = 0, under = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
      QCPAbstractPlottable* p = plot->plottable(i);
      auto* curve = qobject_cast<QCPCurve*>(p);
      auto* graph = qobject_cast<QCPGraph*>(p);
      const int n = curve ? curve->dataCount() : graph ? graph->dataCount() : 0;
      for (int k = 0; k < n; ++k) {
        const double x = curve ? curve->data()->at(k)->key : graph->data()->at(k)->key;
        const double y = curve ? curve->data()->at(k)->value : graph->data()->at(k)->value;
        const QPointF at = p->coordsToPixels(x, y);
        ++points;
        under += legend.contains(at.toPoint()) ? 1 : 0;
      }
    }
    if (points == 0) out << QStringLiteral("no points drawn");
    if (under > 0) out << QStringLiteral("the legend covers %1 of %2 points").arg(under).arg(points);
  }
  return out;
}

// Clouds whose legend leaves the points too little room: the legend takes at most a fifth of
// each cloud's height and the axes keep at least half (German legend entries once wrapped to
// five rows, 90 of 225 px).
QStringList cramped_clouds(MainWindow& w) {
  QStringList out;
  for (QCustomPlot* plot : cloud_plots(w)) {
    plot->replot();
    const int axes = plot->axisRect()->outerRect().height(), whole = plot->height();
    const int legend = plot->legend->outerRect().height();
    qInfo("cloud %d px high: axes %d px, legend %d px", whole, axes, legend);
    if (2 * axes < whole || 5 * legend > whole)
      out << QStringLiteral("the axes take %1 of %2 px, the legend %3 px (at most a fifth)").arg(axes).arg(whole).arg(legend);
  }
  return out;
}

// Histograms too small to read: each keeps at least 110 x 70 px for its bars.
QStringList cramped_histograms(MainWindow& w) {
  QStringList out;
  QCustomPlot* plot = w.exploration()->histograms();
  plot->replot();
  for (QCPAxisRect* rect : plot->axisRects())
    if (rect->width() < 110 || rect->height() < 70)
      out << QStringLiteral("%1: %2x%3 px").arg(rect->axis(QCPAxis::atBottom)->label()).arg(rect->width()).arg(rect->height());
  if (plot->axisRects().isEmpty()) out << QStringLiteral("no histograms");
  return out;
}

}  // namespace

class WindowFitTest : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  QString project_;

  void check(MainWindow& w, const QSize& screen, const QString& where) {
    settle();
    QVERIFY2(w.width() <= screen.width() && w.height() <= screen.height(),
             qPrintable(QStringLiteral("%1: the window is %2x%3 for a %4x%5 screen")
                            .arg(where)
                            .arg(w.width())
                            .arg(w.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    const QStringList cut = cut_controls(w);
    QVERIFY2(cut.isEmpty(), qPrintable(where + QStringLiteral(": out of view:\n") + cut.join(QLatin1Char('\n'))));
    const QStringList sideways = sideways_scrolling(w);
    QVERIFY2(sideways.isEmpty(), qPrintable(where + QStringLiteral(":\n") + sideways.join(QLatin1Char('\n'))));
    const QStringList names = cut_names(w);
    QVERIFY2(names.isEmpty(), qPrintable(where + QStringLiteral(": cut:\n") + names.join(QLatin1Char('\n'))));
    if (w.centre()->currentIndex() == 1) {
      const QStringList covered = covered_points(w);
      QVERIFY2(covered.isEmpty(), qPrintable(where + QStringLiteral(": clouds: ") + covered.join(QStringLiteral("; "))));
      const QStringList cramped = cramped_clouds(w);
      QVERIFY2(cramped.isEmpty(), qPrintable(where + QStringLiteral(": clouds: ") + cramped.join(QStringLiteral("; "))));
      QStringList touching;
      for (QCustomPlot* plot : {w.exploration()->sizing_view()->plot(), w.exploration()->performance_view()->plot(),
                                w.exploration()->histograms()})
        if (plot->isVisible()) touching << touching_tick_labels(*plot);  // a hidden tab's is laid out when shown
      QVERIFY2(touching.isEmpty(), qPrintable(where + QStringLiteral(": tick labels:\n") + touching.join(QLatin1Char('\n'))));
    }
  }

 private slots:
  void initTestCase() {
    start_ui_test();
    project_ = shipped_miller_copy(dir_);
    QVERIFY(!project_.isEmpty());
  }

  void fits_the_screen_data() {
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
  }
  void fits_the_screen() {
    QFETCH(QSize, screen);
    QSettings().clear();  // a first start: no stored geometry or dock sizes
    auto* w = new MainWindow;
    w->set_quiet_close(true);
    w->resize(screen);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->open(project_, true));
    check(*w, screen, QStringLiteral("schematic"));
    w->centre()->setCurrentIndex(1);
    w->exploration()->spec_panel()->set_samples(8);  // verified in seconds
    QVERIFY(w->explore({"gain_db=66", "gbw_hz=8meg", "pm_deg=60", "power_w=300u"}));
    // The samples are in: the status line holds its long text now.
    QTRY_VERIFY_WITH_TIMEOUT(!w->exploration()->explorer()->samples().empty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!w->exploration()->explorer()->busy(), 120000);  // every sample verified
    check(*w, screen, QStringLiteral("exploration"));
    // German words are longer: the rebuilt window keeps the size.
    MainWindow* de = in_language(w, QStringLiteral("de"));
    QVERIFY(de);
    QVERIFY(QTest::qWaitForWindowExposed(de));
    QTRY_VERIFY_WITH_TIMEOUT(!de->exploration()->explorer()->samples().empty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!de->exploration()->explorer()->busy(), 120000);
    check(*de, screen, QStringLiteral("exploration, German"));
    // The short legend entries keep what they said: in full in their tool tips.
    QStringList tips;
    auto* cloud = de->exploration()->performance_view();
    for (int i = 0; i < cloud->plot()->legend->itemCount(); ++i) tips << cloud->legend_tooltip(i);
    QVERIFY2(tips.contains(QStringLiteral("erfüllt die Spezifikation (streng)")) &&
                 tips.contains(QStringLiteral("nächstgelegene Trainingsentwürfe")),
             qPrintable(tips.join(QStringLiteral(" | "))));
    // The histograms: a readable grid that scrolls down; it once grew the window to 783 px.
    auto* tabs = de->exploration()->findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    check(*de, screen, QStringLiteral("histograms, German"));
    const QStringList small = cramped_histograms(*de);
    QVERIFY2(small.isEmpty(), qPrintable(QStringLiteral("histograms, German: ") + small.join(QStringLiteral("; "))));
    tabs->setCurrentIndex(0);
    de->centre()->setCurrentIndex(0);
    check(*de, screen, QStringLiteral("schematic, German"));
    // A block shown: its operating points ("Sättigung, I_D = …, g_m = …") wrap, not scroll.
    de->select_block(0);
    check(*de, screen, QStringLiteral("schematic, German, a block shown"));
    MainWindow* en = in_language(de, QStringLiteral("en"));
    QVERIFY(en);
    delete en;
  }
};

QTEST_MAIN(WindowFitTest)
#include "window_fit_test.moc"
