#pragma once

#include "app/core/district/demodistrict.h"

#include <QCoreApplication>
#include <QString>

namespace fc {

// The numbers a duty officer wants at a glance, computed from the operation's map layers: open hazards by
// severity, flood walls short of freeboard at the current water level, gates open, shelter capacity.
struct SituationSummary
{
    Q_DECLARE_TR_FUNCTIONS(SituationSummary)
public:
    int hazardsOpen = 0, hazardsMajor = 0, hazardsHigh = 0, hazardsOverdue = 0;
    int wallSegments = 0, wallsOrange = 0, wallsRed = 0; // at or past the alarm margins (FreeboardRules), red included in orange
    double minFreeboard = 0.0;
    QString minFreeboardWall;
    int gates = 0, gatesOpen = 0;
    int shelters = 0, shelterCapacity = 0, shelterOccupancy = 0;
    int teams = 0, teamsStandby = 0;
    double tideLevel = 0.0;

    static SituationSummary compute(const LayerStores &stores, double tideLevelM, const QDate &today);
    QString toHtml() const; // translated, for the side panel
};

} // namespace fc
