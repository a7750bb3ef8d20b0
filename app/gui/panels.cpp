#include "app/gui/panels.h"

#include "widgets/panels/dispatchpanel.h"
#include "widgets/panels/panel.h"
#include "widgets/panels/alarmpanel.h" // issue 11
#include "widgets/charts/chartpanel.h"  // issue 11
#include "widgets/panels/replaycontrols.h"
#include "widgets/wall/wallmode.h"
#include "widgets/panels/warningspanel.h"

namespace fc {

QList<Panel *> createPanels(QObject *parent)
{
    QList<Panel *> panels;
    // -- panels: one line each (keep the marker comments; each feature adds its own line) --
    panels.append(new AlarmPanel(parent)); // issue 11: alarms, live gauges on the map
    panels.append(new ChartPanel(parent)); // issue 11: gauge charts
    panels.append(new WarningsPanel(parent));
    panels.append(new DispatchPanel(parent)); // incidents and dispatch (issue 12)
    panels.append(new ReplayPanel(parent)); // issue 11: the replay clock's controls
    panels.append(new WallModePanel(parent)); // wall only: hides menus and tool bars after all panels installed, blocks dialogs
    // -- end panels --
    Q_UNUSED(parent);
    return panels;
}

} // namespace fc
