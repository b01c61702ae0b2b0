#include "mainwindow/block_panel.hpp"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/si_format.hpp"
#include "common/vocabulary.hpp"
#include "project/document.hpp"
#include "schematic/palette.hpp"

namespace inversize::ui::mainwindow {

BlockPanel::BlockPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  title_ = new QLabel(tr("Click a block in the schematic or the circuit tree."), this);
  title_->setWordWrap(true);
  table_ = new QTableWidget(0, 3, this);
  table_->setHorizontalHeaderLabels({tr("Device"), tr("Variable"), tr("Value")});
  // Device and variable as wide as they are, the value fills the rest. A device's operating
  // point is a row of its own under its sizes, across the table, wrapped in a narrow dock: a
  // column of its own was squeezed to a few letters or scrolled sideways.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setWordWrap(true);
  setMinimumWidth(250);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  layout->addWidget(title_);
  layout->addWidget(table_);
}

int BlockPanel::rows() const { return table_->rowCount(); }

void BlockPanel::show_block(const project::Document* doc, int block) {
  table_->clearSpans();
  table_->setRowCount(0);
  if (!doc || block < 0 || block >= static_cast<int>(doc->decomposition.blocks.size())) {
    title_->setText(tr("Click a block in the schematic or the circuit tree."));
    return;
  }
  const auto& b = doc->decomposition.blocks[block];
  title_->setText(tr("<b>%1</b>: %2").arg(QString::fromStdString(b.id), block_description(b)));
  auto add = [&](const QString& dev, const QString& var, const QString& value) {
    const int r = table_->rowCount();
    table_->insertRow(r);
    table_->setItem(r, 0, new QTableWidgetItem(dev));
    table_->setItem(r, 1, new QTableWidgetItem(var));
    table_->setItem(r, 2, new QTableWidgetItem(value));
  };
  auto add_operating_point = [&](const QString& dev, const QString& op) {
    if (op.isEmpty()) return;
    const int r = table_->rowCount();
    table_->insertRow(r);
    auto* item = new QTableWidgetItem(tr("%1: %2").arg(dev, op));
    item->setToolTip(op);
    QFont f = item->font();
    f.setItalic(true);
    item->setFont(f);
    table_->setItem(r, 0, item);
    table_->setSpan(r, 0, 1, 3);
  };
  for (int dv : b.devices) {
    const auto& d = doc->circuit().devices[dv];
    const QString name = QString::fromStdString(d.name);
    QString op;
    if (doc->result)
      for (const auto& [key, o] : doc->result->operating_points)
        if (QString::fromStdString(key).compare(name, Qt::CaseInsensitive) == 0)
          op = tr("%1, I_D = %2, g_m = %3")
                   .arg(region_title(o.region), si(o.id, QStringLiteral("A")), si(o.gm, QStringLiteral("S")));
    if (circuit::is_mos(d.kind)) {
      add(name, QStringLiteral("W"), si(d.w, QStringLiteral("m")));
      add(name, QStringLiteral("L"), si(d.l, QStringLiteral("m")));
      if (d.m * d.nf != 1) add(name, QStringLiteral("M"), QString::number(d.m * d.nf));
    } else {
      add(name, tr("value"), si(d.value, d.kind == circuit::DeviceKind::Capacitor ? QStringLiteral("F") : QStringLiteral("Ω")));
    }
    add_operating_point(name, op);
  }
  // No resizeColumnsToContents(): it would widen the stretched operating-point column to its
  // one-line text, and the table would scroll sideways instead of wrapping it.
}

}  // namespace inversize::ui::mainwindow
