#include "mainwindow/performance_panel.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/performance.hpp"
#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "simulation/simulator.hpp"

namespace inversize::ui::mainwindow {

PerformancePanel::PerformancePanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  // The value carries its unit with its SI prefix ("26.31 MHz"): no unit column.
  table_ = new QTableWidget(static_cast<int>(kPerformanceCount), 2, this);
  table_->setHorizontalHeaderLabels({tr("Performance"), tr("Value")});
  // Values whole; the names fill what is left, cut with "…" only in a very narrow dock (the
  // tooltip says the name and its definition), so the panel never scrolls sideways.
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  setMinimumWidth(250);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    auto* name = new QTableWidgetItem(performance_name(i));
    name->setToolTip(performance_name(i) + QStringLiteral(": ") + performance_definition(i));
    table_->setItem(static_cast<int>(i), 0, name);
    auto* value = new QTableWidgetItem;
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(static_cast<int>(i), 1, value);
  }
  layout->addWidget(status_);
  layout->addWidget(table_);
  show_result(nullptr);
}

QString PerformancePanel::value_text(int row) const { return table_->item(row, 1)->text(); }

void PerformancePanel::show_result(const simulation::SimulationResult* r) {
  if (!r)
    status_->setText(tr("Not simulated yet (Simulate, F5)."));
  else if (!r->ok())
    status_->setText(tr("The simulation failed: %1").arg(QString::fromStdString(r->error)));
  else
    status_->setText(r->sizing_rules.ok ? tr("Simulated in %1 s; all sizing rules met.").arg(r->seconds, 0, 'f', 2)
                                        : tr("Simulated in %1 s; %2 sizing rule violations.")
                                              .arg(r->seconds, 0, 'f', 2)
                                              .arg(r->sizing_rules.violations.size()));
  for (std::size_t i = 0; i < kPerformanceCount; ++i) {
    QTableWidgetItem* item = table_->item(static_cast<int>(i), 1);
    if (!r || !r->ok()) {
      item->setText(QStringLiteral("—"));
      item->setToolTip({});
      continue;
    }
    const auto& m = r->performances[i];
    item->setText(m.value ? performance_text(i, *m.value) : QStringLiteral("—"));
    item->setToolTip(QString::fromStdString(m.reason));
  }
  table_->resizeColumnsToContents();
}

}  // namespace inversize::ui::mainwindow
