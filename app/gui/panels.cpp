#include "app/gui/panels.h"

#include "widgets/panels/dispatchpanel.h"
#include "widgets/panels/hazardpanel.h"
#include "widgets/panels/panel.h"
#include "widgets/panels/alarmpanel.h"
#include "widgets/charts/chartpanel.h" 
#include "widgets/panels/replaycontrols.h"
#include "widgets/wall/wallmode.h"
#include "widgets/wall/wallsteer.h"
#include "widgets/panels/warningspanel.h"
#include "widgets/panels/typhoonpanel.h"
#include "widgets/panels/suppliespanel.h"
#include "widgets/panels/reportspanel.h"

namespace fc {

QList<Panel *> createPanels(QObject *parent)
{
    QList<Panel *> panels;
    // -- panels: one line each (keep the marker comments; each feature adds its own line) --
    panels.append(new AlarmPanel(parent)); // alarms, live gauges on the map
    panels.append(new ChartPanel(parent)); // gauge charts
    panels.append(new WarningsPanel(parent));
    panels.append(new TyphoonPanel(parent)); // typhoon box under the banner
    panels.append(new DispatchPanel(parent)); // incidents and dispatch
    panels.append(new ReplayPanel(parent)); // the replay clock's controls
    panels.append(new SuppliesPanel(parent)); // supplies warehouse and shelters board
    panels.append(new HazardPanel(parent)); // hazards, rectification, greenery campaign
    panels.append(new ReportsPanel(parent)); // Command > Briefing… and the issued reports
    panels.append(new WallModePanel(parent)); // wall only: hides menus and tool bars after all panels installed, blocks dialogs
    panels.append(new WallSteerPanel(parent)); // desk only: Command › Wall display puts things on the walls
    // -- end panels --
    Q_UNUSED(parent);
    return panels;
}

} // namespace fc
