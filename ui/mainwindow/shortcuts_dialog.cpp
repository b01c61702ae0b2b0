#include "mainwindow/shortcuts_dialog.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "common/close_button.hpp"

namespace inversize::ui::mainwindow {

namespace {

QString plain(QString text) { return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")); }

}  // namespace

QString keys_text(const QAction& action) {
  QStringList keys;
  for (const QKeySequence& k : action.shortcuts()) keys << k.toString(QKeySequence::NativeText);
  return keys.join(QStringLiteral(", "));
}

namespace {

// Menu path and shortcut of every action below `menu` that has one, in menu order.
void collect(const QMenu& menu, const QString& path, QList<QStringList>& rows) {
  for (QAction* a : menu.actions()) {
    if (a->isSeparator()) continue;
    const QString here = path + QStringLiteral(" → ") + plain(a->text());
    if (a->menu()) collect(*a->menu(), here, rows);
    else if (!a->shortcuts().isEmpty()) rows.append({here, keys_text(*a)});
  }
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Keyboard shortcuts"));
  QList<QStringList> rows;
  for (QAction* a : menus.actions())
    if (a->menu()) collect(*a->menu(), plain(a->text()), rows);
  table_ = new QTableWidget(int(rows.size()), 2, this);
  table_->setHorizontalHeaderLabels({tr("Menu entry"), tr("Shortcut")});
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  for (int r = 0; r < rows.size(); ++r)
    for (int c = 0; c < 2; ++c) {
      auto* item = new QTableWidgetItem(rows[r][c]);
      item->setToolTip(rows[r][c]);
      table_->setItem(r, c, item);
    }
  // The shortcuts always show whole; a long menu path is elided in its middle (whole on hover).
  // Sized to the paths, the shortcut column once lay beyond the dialog's edge.
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideMiddle);
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Shift+F1 and a click on a control of the exploration view tells what it does."), this));
  layout->addWidget(table_);
  add_close_button(this, layout);
  // Wide enough for the longest menu path (in German the examples' paths were elided at
  // 640 px), at most most of the screen.
  int path = 0, key = table_->fontMetrics().horizontalAdvance(tr("Shortcut"));
  for (const QStringList& row : rows) {
    path = std::max(path, table_->fontMetrics().horizontalAdvance(row[0]));
    key = std::max(key, table_->fontMetrics().horizontalAdvance(row[1]));
  }
  const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
  // Cell padding, the scroll bar and the dialog's margins.
  const int width = path + key + 4 * style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 60;
  resize(std::clamp(width, 640, screen.width() * 9 / 10), std::min(520, screen.height() * 9 / 10));
}

}  // namespace inversize::ui::mainwindow
