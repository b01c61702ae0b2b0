#include "mainwindow/shortcuts_dialog.hpp"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/close_button.hpp"

namespace inversize::ui::mainwindow {

namespace {

QString plain(QString text) { return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")); }

// Menu path and shortcut of every action below `menu` that has one, in menu order.
void collect(const QMenu& menu, const QString& path, QList<QStringList>& rows) {
  for (QAction* a : menu.actions()) {
    if (a->isSeparator()) continue;
    const QString here = path + QStringLiteral(" → ") + plain(a->text());
    if (a->menu()) collect(*a->menu(), here, rows);
    else if (!a->shortcut().isEmpty()) rows.append({here, a->shortcut().toString(QKeySequence::NativeText)});
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
  resize(640, 480);
}

}  // namespace inversize::ui::mainwindow
