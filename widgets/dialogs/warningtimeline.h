#pragma once

#include "app/core/rules/warningstate.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QCustomPlot;
class QTableWidget;

namespace fc {

class WarningService;

// Yearly figures per signal kind, as the district reports them: responses started and hours at each level.
struct YearFigures
{
    int responsesStarted = 0;
    QMap<QString, double> hoursAtLevel; // IV .. I
};
// Year -> kind -> figures; a response counts for the kind of the signal that started it ("other" without one).
QMap<int, QMap<QString, YearFigures>> yearlyFigures(const WarningState &state, const QDateTime &now);

// Timeline of signals (one row per kind) and response levels over an event, zoomable, with a line at now;
// below it the yearly figures.
class WarningTimelineDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WarningTimelineDialog(WarningService *service, QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }
    void rebuild();

private:
    QPointer<WarningService> m_service;
    QCustomPlot *m_plot;
    QTableWidget *m_figures;
};

} // namespace fc
