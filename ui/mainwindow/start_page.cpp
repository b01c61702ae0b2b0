#include "mainwindow/start_page.hpp"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "project/examples.hpp"

namespace inversize::ui::mainwindow {

namespace {

constexpr int kSpecRole = Qt::UserRole + 1;

QLabel* heading(const QString& text, QWidget* parent) {
  auto* l = new QLabel(QStringLiteral("<b>%1</b>").arg(text), parent);
  return l;
}

// A list of openable entries: single selection, no horizontal scrolling (long paths elide in
// the middle, where the file name stays readable; the tooltip has the whole path).
QListWidget* make_list(QWidget* parent) {
  auto* list = new QListWidget(parent);
  list->setSelectionMode(QAbstractItemView::SingleSelection);
  list->setTextElideMode(Qt::ElideMiddle);
  list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  list->setUniformItemSizes(false);
  return list;
}

}  // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("StartPage"));
  auto* title = new QLabel(QStringLiteral("<h1>InverSize</h1>"), this);
  // The paper's workflow in one line (Azevedo et al., Sec. III).
  auto* how = new QLabel(tr("InverSize sizes CMOS opamps backwards: it splits the opamp into structural blocks whose "
                            "transistors have functions (bias, load, transconductance), trains one conditional "
                            "diffusion model per block on simulated designs, and draws many sizings for the "
                            "performances you ask for, each verified with ngspice."),
                         this);
  how->setWordWrap(true);
  how->setObjectName(QStringLiteral("how"));

  new_ = new QPushButton(tr("&New from netlist…"), this);
  new_->setToolTip(tr("Read your opamp (a SPICE .subckt or a whole deck) with your technology and make it a project"));
  open_ = new QPushButton(tr("&Open…"), this);
  open_->setToolTip(tr("Open an InverSize project (.isz) or a netlist"));
  connect(new_, &QPushButton::clicked, this, &StartPage::newRequested);
  connect(open_, &QPushButton::clicked, this, &StartPage::openDialogRequested);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(new_);
  buttons->addWidget(open_);
  buttons->addStretch(1);

  recent_ = make_list(this);
  recent_->setObjectName(QStringLiteral("recent"));
  examples_ = make_list(this);
  examples_->setObjectName(QStringLiteral("examples"));
  for (QListWidget* list : {recent_, examples_}) {
    connect(list, &QListWidget::itemActivated, this, &StartPage::activate);
    connect(list, &QListWidget::itemClicked, this, &StartPage::activate);
  }
  // Without recent files, a hint in the list's place: as a list item it was elided in its
  // middle ("Noch keine zuletzt geöffneten Dateien: …in Beispiel").
  no_recent_ = new QLabel(tr("No recent files yet: open an example or your own netlist."), this);
  no_recent_->setObjectName(QStringLiteral("no_recent"));
  no_recent_->setWordWrap(true);
  no_recent_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  no_recent_->setFrameShape(QFrame::StyledPanel);
  no_recent_->setMargin(4);
  no_recent_->setBackgroundRole(QPalette::Base);
  no_recent_->setAutoFillBackground(true);
  no_recent_->setForegroundRole(QPalette::PlaceholderText);
  no_recent_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
  auto* recent_label = heading(tr("Recent"), this);
  recent_label->setBuddy(recent_);
  auto* examples_label = heading(tr("Examples"), this);
  examples_label->setBuddy(examples_);

  auto* lists = new QGridLayout;
  lists->addWidget(recent_label, 0, 0);
  lists->addWidget(examples_label, 0, 1);
  lists->addWidget(recent_, 1, 0);
  lists->addWidget(no_recent_, 1, 0);
  lists->addWidget(examples_, 1, 1);
  lists->setColumnStretch(0, 1);
  lists->setColumnStretch(1, 1);

  // A column of readable width in the middle of a wide window.
  auto* column = new QWidget(this);
  column->setMaximumWidth(1000);
  auto* col = new QVBoxLayout(column);
  col->addWidget(title);
  col->addWidget(how);
  col->addSpacing(8);
  col->addLayout(buttons);
  col->addSpacing(8);
  col->addLayout(lists, 1);
  auto* outer = new QHBoxLayout(this);
  outer->addStretch(0);
  outer->addWidget(column, 1);
  outer->addStretch(0);
  setTabOrder(new_, open_);
  setTabOrder(open_, recent_);
  setTabOrder(recent_, examples_);
  show_entries({});
}

void StartPage::show_entries(const QStringList& recent) {
  recent_->clear();
  for (const QString& entry : recent) {
    const bool builtin = entry.startsWith(QLatin1String("builtin:"));
    const QFileInfo info(entry);
    auto* item = new QListWidgetItem(builtin ? entry : tr("%1 — %2").arg(info.fileName(), info.absolutePath()), recent_);
    item->setData(kSpecRole, entry);
    item->setToolTip(entry);
    if (!builtin && !info.exists()) {
      item->setFlags(Qt::NoItemFlags);  // greyed; it stays listed so that the designer sees what went
      item->setToolTip(tr("%1 — not found").arg(entry));
    }
  }
  recent_->setVisible(!recent.isEmpty());
  no_recent_->setVisible(recent.isEmpty());

  examples_->clear();
  QString section;
  for (const auto& e : project::examples()) {
    const auto label = project::example_label(e);
    if (label.section != section) {
      auto* head = new QListWidgetItem(section = label.section, examples_);
      QFont f = head->font();
      f.setItalic(true);
      head->setFont(f);
      head->setFlags(Qt::NoItemFlags);
    }
    auto* item = new QListWidgetItem(QStringLiteral("    ") + label.text, examples_);
    item->setData(kSpecRole, e.spec);
    item->setToolTip(label.tip);
  }
}

void StartPage::showEvent(QShowEvent* e) {
  QWidget::showEvent(e);
  // The keyboard starts on the first thing to open: the newest recent file, else the first example.
  for (QListWidget* list : {recent_, examples_})
    for (int i = 0; i < list->count(); ++i)
      if (list->item(i)->flags() & Qt::ItemIsEnabled) {
        list->setCurrentRow(i);
        list->setFocus();
        return;
      }
}

void StartPage::activate(QListWidgetItem* item) {
  if (!item || !(item->flags() & Qt::ItemIsEnabled)) return;
  const QString spec = item->data(kSpecRole).toString();
  if (!spec.isEmpty()) emit openRequested(spec);
}

}  // namespace inversize::ui::mainwindow
