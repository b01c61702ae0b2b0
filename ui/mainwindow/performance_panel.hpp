// The performances of the last simulation, in the order and units of the one performance table.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace inversize::simulation {
struct SimulationResult;
}

namespace inversize::ui::mainwindow {

class PerformancePanel : public QWidget {
  Q_OBJECT

 public:
  explicit PerformancePanel(QWidget* parent = nullptr);
  void show_result(const simulation::SimulationResult* result);  // nullptr: not simulated
  QString value_text(int row) const;

 private:
  QLabel* status_;
  QTableWidget* table_;
};

}  // namespace inversize::ui::mainwindow
