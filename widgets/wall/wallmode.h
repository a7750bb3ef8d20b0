#pragma once

#include "widgets/panels/panel.h"

#include <QPointer>

class QMainWindow;

namespace fc {

// Wall display (--wall): the window shows, it is not operated. Hides the menu bar and the tool bars (the warning
// banner stays), raises any font still under the wall's minimum, and keeps dialogs from popping over the wall
// (their title goes to the status bar instead). Does nothing on a desk.
class WallModePanel : public Panel
{
    Q_OBJECT
public:
    using Panel::Panel;
    void install(PanelHost *host) override;
    void storeChanged(Store *) override {}

    // Smallest text on the wall, in pixels: 1.6x the desktop's 10 pt at 96 dpi.
    static int minimumPixelSize();
    // Hides menus and tool bars (all but keep), raises small fonts under the window.
    static void applyTo(QMainWindow *window, const QString &keepToolBar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PanelHost *m_host = nullptr;
};

} // namespace fc
