#include "app/panels.h"

#include "widgets/dispatchpanel.h"
#include "widgets/panel.h"

namespace fc {

QList<Panel *> createPanels(QObject *parent)
{
    QList<Panel *> panels;
    // -- panels: one line each (keep the marker comments; each feature adds its own line) --
    panels.append(new DispatchPanel(parent)); // incidents and dispatch (issue 12)
    // -- end panels --
    Q_UNUSED(parent);
    return panels;
}

} // namespace fc
