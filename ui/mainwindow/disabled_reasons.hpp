// Disabled entries say why, also in the status bar: Qt's menus and tab bars neither highlight
// nor hover a disabled entry, so its status tip never showed (only its tool tip).
#pragma once

class QMenuBar;
class QStatusBar;
class QTabWidget;

namespace inversize::ui::mainwindow {

// Every menu of `bar` (and their submenus) shows its entries' tool tips, and the status tip of
// a disabled entry under the mouse in `status`; a disabled tab of `tabs`, its tool tip.
void explain_disabled_entries(QMenuBar& bar, QTabWidget& tabs, QStatusBar& status);

}  // namespace inversize::ui::mainwindow
