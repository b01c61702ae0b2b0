// The start page, shown while no circuit is open: what InverSize does in one line, New from
// netlist and Open, the recent files and the shipped examples (trained projects first). A
// click, or Enter on a focused entry, opens it.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace inversize::ui::mainwindow {

class StartPage : public QWidget {
  Q_OBJECT

 public:
  explicit StartPage(QWidget* parent = nullptr);
  // The recent files, newest first (netlists, builtin:NAME, projects), and the examples again.
  void show_entries(const QStringList& recent);
  QListWidget* recent() const { return recent_; }
  QListWidget* examples() const { return examples_; }
  QLabel* no_recent_hint() const { return no_recent_; }  // in the list's place while it is empty
  QPushButton* new_button() const { return new_; }
  QPushButton* open_button() const { return open_; }

 signals:
  void openRequested(const QString& spec);  // a netlist, builtin:NAME or .isz
  void newRequested();
  void openDialogRequested();

 protected:
  void showEvent(QShowEvent* e) override;

 private:
  void activate(QListWidgetItem* item);

  QListWidget* recent_ = nullptr;
  QListWidget* examples_ = nullptr;
  QLabel* no_recent_ = nullptr;
  QPushButton* new_ = nullptr;
  QPushButton* open_ = nullptr;
};

}  // namespace inversize::ui::mainwindow
