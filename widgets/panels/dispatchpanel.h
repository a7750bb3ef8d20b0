#pragma once

#include "app/core/rules/incidentdesk.h"
#include "app/core/live/roadnetworkfeed.h"
#include "widgets/panels/panel.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace fc {

class DispatchState;
class IncidentListModel;
class RouteOverlay;
class TeamBoardModel;

// The duty officer's incident desk: incidents (new from a map click or a form with road/place search; lifecycle
// actions, undoable), team recommendation by travel time over the road network with flooded roads avoided (route
// drawn on the map), dispatch with confirmation, overdue alerts, duty log notes and the shift handover; and the
// team status board for the wall. Everything comes from the store's change feed through DispatchState.
class DispatchPanel : public Panel
{
    Q_OBJECT
public:
    explicit DispatchPanel(QObject *parent = nullptr);
    ~DispatchPanel() override;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override;

    // For tests and scripts.
    DispatchState *state() const { return m_state; }
    bool networkReady() const { return m_feed->network() != nullptr; }
    const RoadNetwork *network() const { return m_feed->network(); }
    QList<TeamRanking> recommendations() const { return m_ranking; }
    void selectIncident(qint64 fid);
    void recommend();
    // Dispatches the team of ranking row `row` to the selected incident without asking (the action asks first).
    void dispatchRanked(int row);

Q_SIGNALS:
    void networkLoaded();
    void recommended();
    void pickEnded();

private:
    QWidget *buildIncidentWidget();
    void showRoads();
    void refreshOverlay();
    void onTick(const QDateTime &now);
    void followReplay(bool jumped);
    void showReplayNote();
    qint64 selectedIncident() const;
    void newIncident(const GeoPoint *at);
    void dispatchChosen();
    void move(const QString &to);
    void addNote();
    void handover();
    void preposition();
    void updateButtons();
    // True (and says why) while the clock replays: nothing is written then.
    bool refusedInReplay();
    QDateTime now() const;

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    DispatchState *m_state = nullptr;
    IncidentListModel *m_incidentModel = nullptr;
    TeamBoardModel *m_boardModel = nullptr;
    QSortFilterProxyModel *m_incidentProxy = nullptr;
    QTableView *m_incidents = nullptr;
    QTableView *m_board = nullptr;
    QTableWidget *m_ranked = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_replayNote = nullptr;
    QLabel *m_netStatus = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_recommend = nullptr, *m_dispatch = nullptr;
    QHash<QString, QPushButton *> m_moveButtons;
    QPointer<RouteOverlay> m_overlay;
    QAction *m_pickAction = nullptr;
    QList<QPointer<QObject>> m_writeControls; // enabled only while the seat can write (WriteGuard)
    bool m_picking = false;

    RoadNetworkFeed *m_feed = nullptr;
    QList<TeamRanking> m_ranking;
    qint64 m_rankedIncident = 0;
    QSet<QString> m_alerted;

    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace fc
