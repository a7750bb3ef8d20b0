#include "app/panels.h"

#include "widgets/panel.h"
#include "widgets/wallmode.h"
#include "widgets/warningspanel.h"

namespace fc {

QList<Panel *> createPanels(QObject *parent)
{
    QList<Panel *> panels;
    // -- panels: one line each (keep the marker comments; each feature adds its own line) --
    panels.append(new WarningsPanel(parent));
    panels.append(new WallModePanel(parent)); // wall only: hides menus and tool bars after all panels installed, blocks dialogs
    // -- end panels --
    Q_UNUSED(parent);
    return panels;
}

} // namespace fc
