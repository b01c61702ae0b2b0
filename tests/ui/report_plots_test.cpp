// The evaluation report's plots: one box plot per model row (the archive lookup included) and
// the error against training size and the share met against samples, where the lookup is the
// grey dashed reference.
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "evaluation/report.hpp"
#include "plots/report_plots.hpp"

using namespace inversize;
using namespace inversize::evaluation;

namespace {
ModelEvaluation row(const std::string& arch, std::size_t designs, double spread, double met) {
  ModelEvaluation m;
  m.arch = arch;
  m.training_designs = designs;
  m.best_of_n[index(Metric::within)] = met;
  m.best_of_k[index(Metric::within)] = {met / 2, met};
  for (const char* key : {"gain_db", "gbw_hz", "power_w"}) {
    PerformanceSummary p;
    p.differences = box_stats({-spread, -spread / 2, 0.001, spread / 3, spread});
    m.performances[*performance_index(key)] = p;
  }
  return m;
}
}  // namespace

class ReportPlotsTest : public QObject {
  Q_OBJECT
 private slots:
  void drawsEveryModelRowAndTheLookupAsReference() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EvaluationResult r;
    r.test_designs = 5;
    r.samples = 2;
    r.models = {row("structural", 250, 0.2, 0.4), row("structural", 896, 0.1, 0.7), row(kArchiveLookup, 250, 0.3, 0.2),
                row(kArchiveLookup, 896, 0.25, 0.3), row(kBudgetLookup, 896, 0.2, 0.6)};
    QVERIFY(ui::draw_report_plots(dir.path().toStdString(), r));
    for (QString base : {"boxplot_structural", "boxplot_structural_250", "boxplot_archive-lookup",
                         "boxplot_archive-lookup_250", kTrainingSizeName, kSamplesName})
      for (QString ext : {".png", ".svg"}) {
        QFileInfo f(dir.filePath(base + ext));
        QVERIFY2(f.exists() && f.size() > 1000, qPrintable(base + ext));
      }
    // The lookup's line is grey and dashed (the grid is dotted, the models solid).
    QFile svg(dir.filePath(QString(kTrainingSizeName) + ".svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY2(text.contains(QRegularExpression(R"(stroke="#787878"[^>]*stroke-dasharray)")), "the archive lookup is drawn dashed");
    QFile curve(dir.filePath(QString(kSamplesName) + ".svg"));
    QVERIFY(curve.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(curve.readAll()).contains(QRegularExpression(R"(stroke="#787878"[^>]*stroke-dasharray)")),
             "the lookup's share against k is drawn dashed too");
    curve.seek(0);
    QVERIFY2(QString::fromUtf8(curve.readAll()).contains(QRegularExpression(R"(stroke="#1e1e1e"[^>]*stroke-dasharray)")),
             "the refined lookup is black and dash-dotted, not a model's colour");
  }
};

QTEST_MAIN(ReportPlotsTest)
#include "report_plots_test.moc"
