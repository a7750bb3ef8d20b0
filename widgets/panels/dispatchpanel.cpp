#include "widgets/panels/dispatchpanel.h"
#include "widgets/dialogs/handoverdialog.h"
#include "widgets/common/writeguard.h"
#include "app/core/models/teamstyle.h"
#include "app/core/rules/writeaccess.h"
#include "maps/vectorlayer.h"

#include "app/core/live/operation.h"
#include "app/core/store/storebackend.h"

#include "app/core/base/clock.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/rules/dutydesk.h"
#include "app/core/models/incidentcommands.h"
#include "app/core/models/incidentlistmodel.h"
#include "app/core/rules/prepositioning.h"
#include "app/core/models/teamboardmodel.h"
#include "widgets/dialogs/incidentdialog.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/map/routeoverlay.h"

#include <QAction>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace fc {

namespace {

template<typename T, typename F>
void whenDone(QObject *owner, QFuture<T> future, F fn)
{
    auto *w = new QFutureWatcher<T>(owner);
    QObject::connect(w, &QFutureWatcher<T>::finished, owner, [w, fn] {
        w->deleteLater();
        fn(w->result());
    });
    w->setFuture(future);
}

QString eta(double seconds)
{
    if (std::isinf(seconds))
        return DispatchPanel::tr("no route");
    return DispatchPanel::tr("%1 min").arg(seconds / 60.0, 0, 'f', 1);
}

} // namespace

DispatchPanel::DispatchPanel(QObject *parent) : Panel(parent) {}

DispatchPanel::~DispatchPanel() = default;

QDateTime DispatchPanel::now() const
{
    return m_host && m_host->clock() ? m_host->clock()->now() : QDateTime::currentDateTimeUtc();
}

QWidget *DispatchPanel::buildIncidentWidget()
{
    auto *w = new QWidget;
    auto *newButton = new QPushButton(tr("New incident…"), w);
    newButton->setObjectName(QStringLiteral("newIncident"));
    auto *pickButton = new QPushButton(tr("Pick on map"), w);
    pickButton->setCheckable(true);
    m_writeControls << newButton << pickButton;
    m_incidents = new QTableView(w);
    m_incidentProxy = new QSortFilterProxyModel(this);
    m_incidentProxy->setSourceModel(m_incidentModel);
    m_incidentProxy->setSortRole(IncidentListModel::RawValueRole);
    m_incidentProxy->setFilterRole(IncidentListModel::OpenRole);
    m_incidentProxy->setFilterFixedString(QStringLiteral("true"));
    m_incidentProxy->setFilterKeyColumn(0);
    m_incidents->setModel(m_incidentProxy);
    m_incidents->setSortingEnabled(true);
    m_incidents->sortByColumn(IncidentListModel::Number, Qt::DescendingOrder);
    m_incidents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidents->verticalHeader()->setVisible(false);
    m_incidents->horizontalHeader()->setStretchLastSection(true);

    m_recommend = new QPushButton(tr("Recommend teams"), w);
    m_dispatch = new QPushButton(tr("Dispatch…"), w);
    auto *actions = new QGridLayout;
    actions->addWidget(m_recommend, 0, 0);
    actions->addWidget(m_dispatch, 0, 1);
    const QList<QPair<QString, QString>> steps = {{QStringLiteral("en_route"), tr("En route")},
                                                  {QStringLiteral("on_scene"), tr("On scene")},
                                                  {QStringLiteral("resolved"), tr("Resolved")},
                                                  {QStringLiteral("closed"), tr("Close")},
                                                  {QStringLiteral("cancelled"), tr("Cancel incident")}};
    int i = 2;
    for (const auto &[state, label] : steps) {
        auto *b = new QPushButton(label, w);
        m_moveButtons.insert(state, b);
        actions->addWidget(b, i / 4, i % 4);
        ++i;
        connect(b, &QPushButton::clicked, this, [this, state = state] { move(state); });
    }
    m_ranked = new QTableWidget(0, 3, w);
    m_ranked->setHorizontalHeaderLabels({tr("Team"), tr("ETA"), tr("Distance")});
    m_ranked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranked->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranked->verticalHeader()->setVisible(false);
    m_ranked->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_replayNote = new QLabel(w);
    m_replayNote->setObjectName(QStringLiteral("replayNote"));
    m_replayNote->setWordWrap(true);
    m_replayNote->setStyleSheet(QStringLiteral("background: #4a3b00; color: #ffd54f; padding: 4px;"));
    m_replayNote->hide();
    m_overdue = new QLabel(w);
    m_overdue->setWordWrap(true);
    m_overdue->setStyleSheet(QStringLiteral("color: #ff5252; font-weight: bold;"));
    m_netStatus = new QLabel(w);
    m_netStatus->setWordWrap(true);
    m_note = new QLineEdit(w);
    m_note->setObjectName(QStringLiteral("dutyNote"));
    m_note->setPlaceholderText(tr("Duty log entry…"));
    auto *noteButton = new QPushButton(tr("Add to duty log"), w);
    noteButton->setObjectName(QStringLiteral("addNote"));
    m_writeControls << m_note << noteButton;

    auto *top = new QHBoxLayout;
    top->addWidget(newButton);
    top->addWidget(pickButton);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(noteButton);
    auto *lay = new QVBoxLayout(w);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(top);
    lay->addWidget(m_replayNote);
    lay->addWidget(m_incidents, 2);
    lay->addLayout(actions);
    lay->addWidget(m_ranked, 1);
    lay->addWidget(m_netStatus);
    lay->addWidget(m_overdue);
    lay->addLayout(noteRow);

    connect(newButton, &QPushButton::clicked, this, [this] { newIncident(nullptr); });
    connect(pickButton, &QPushButton::toggled, this, [this](bool on) { m_picking = on; });
    connect(m_pickAction, &QAction::triggered, pickButton, [pickButton] { pickButton->setChecked(true); });
    connect(this, &DispatchPanel::pickEnded, pickButton, [pickButton] { pickButton->setChecked(false); });
    connect(m_incidents->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_rankedIncident = 0;
        m_ranking.clear();
        m_ranked->setRowCount(0);
        if (m_overlay)
            m_overlay->setRoute({});
        refreshOverlay();
        updateButtons();
    });
    connect(m_recommend, &QPushButton::clicked, this, &DispatchPanel::recommend);
    connect(m_dispatch, &QPushButton::clicked, this, &DispatchPanel::dispatchChosen);
    connect(m_ranked, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_ranked->currentRow();
        if (!m_overlay || row < 0 || row >= m_ranking.size())
            return;
        const TeamRanking &r = m_ranking[row];
        m_overlay->setRoute(r.route.points, QStringLiteral("%1 · %2").arg(r.name, eta(r.seconds)));
        updateButtons();
    });
    connect(noteButton, &QPushButton::clicked, this, &DispatchPanel::addNote);
    connect(m_note, &QLineEdit::returnPressed, this, &DispatchPanel::addNote);
    return w;
}

void DispatchPanel::install(PanelHost *host)
{
    m_host = host;
    // The Operation's dispatch state and road network (they follow the store themselves).
    m_state = host->operation()->dispatch();
    m_incidentModel = new IncidentListModel(m_state, this);
    m_boardModel = new TeamBoardModel(m_state, this);
    m_feed = host->operation()->roads();
    connect(m_feed, &RoadNetworkFeed::depthsChanged, this, &DispatchPanel::showRoads);
    connect(m_feed, &RoadNetworkFeed::loading, this, [this] {
        if (m_netStatus)
            m_netStatus->setText(tr("Loading the road network…"));
    });
    connect(m_feed, &RoadNetworkFeed::loaded, this, [this] {
        refreshOverlay();
        updateButtons();
        Q_EMIT networkLoaded();
    });
    connect(m_state, &DispatchState::changed, this, [this](const QString &table, const QList<qint64> &) {
        if (table == QLatin1String("incidents"))
            m_feed->setIncidents(m_state->list(QStringLiteral("incidents")));
        if (table == QLatin1String("incidents") || table == QLatin1String("dispatches")
            || table == QLatin1String("rescue_teams"))
            refreshOverlay();
        if (table == QLatin1String("rescue_teams") && m_rankedIncident)
            recommend(); // positions and availability moved: rank again
        updateButtons();
    });
    connect(m_state, &DispatchState::loaded, this, [this] {
        m_feed->setIncidents(m_state->list(QStringLiteral("incidents")));
        refreshOverlay();
        updateButtons();
    });
    // Teams on the map by duty state: (re)applied over whatever style the rescue teams layer was given (a new
    // layer, a theme change), after the frame that showed it.
    if (MapCanvas *canvas = host->canvas())
        connect(canvas, &MapCanvas::renderFinished, this, [canvas] {
            for (MapLayer *ml : canvas->layers())
                if (auto *l = qobject_cast<VectorLayer *>(ml); l && l->id() == QLatin1String("rescue_teams")
                                                                   && !TeamStyle::isApplied(l->style()))
                    l->setStyle(TeamStyle::byDutyStatus(l->style()));
        });
    QMenu *menu = host->menu(PanelHost::Menu::Command);
    QAction *newAction = menu->addAction(tr("New incident…"));
    m_pickAction = menu->addAction(tr("Pick incident location on the map"));
    QAction *prepositionAction = menu->addAction(tr("Propose pre-positioning…"));
    QAction *handoverAction = menu->addAction(tr("Shift handover…"));
    QAction *roadsAction = menu->addAction(tr("Show roads closed by water"));
    roadsAction->setCheckable(true);
    roadsAction->setChecked(true);
    m_writeControls << newAction << m_pickAction << prepositionAction << handoverAction;
    connect(newAction, &QAction::triggered, this, [this] { newIncident(nullptr); });
    connect(handoverAction, &QAction::triggered, this, &DispatchPanel::handover);
    connect(prepositionAction, &QAction::triggered, this, &DispatchPanel::preposition);

    auto *dock = new QDockWidget(tr("Incidents and dispatch"), host->window());
    dock->setObjectName(QStringLiteral("IncidentDock"));
    dock->setWidget(buildIncidentWidget());
    host->addDock(dock, Qt::RightDockWidgetArea);

    m_board = new QTableView;
    m_board->setModel(m_boardModel);
    m_board->verticalHeader()->setVisible(false);
    m_board->horizontalHeader()->setStretchLastSection(true);
    // Team names and statuses are read from across the room: never cut them short.
    for (int c = 0; c + 1 < m_boardModel->columnCount(); ++c)
        m_board->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_board->setSelectionMode(QAbstractItemView::NoSelection);
    if (host->wallMode()) {
        QFont f = m_board->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        m_board->setFont(f);
    }
    m_board->verticalHeader()->setDefaultSectionSize(m_board->fontMetrics().height() + 10);
    auto *boardDock = new QDockWidget(tr("Team status board"), host->window());
    boardDock->setObjectName(QStringLiteral("TeamBoardDock"));
    boardDock->setWidget(m_board);
    host->addDock(boardDock, Qt::BottomDockWidgetArea);

    if (MapCanvas *canvas = host->canvas()) {
        m_overlay = new RouteOverlay(canvas);
        m_overlay->setScale(host->wallMode() ? 1.6 : 1.0);
        canvas->installEventFilter(this);
        connect(roadsAction, &QAction::toggled, m_overlay.data(), &RouteOverlay::setRoadsVisible);
    }
    if (Clock *clock = host->clock()) {
        connect(clock, &Clock::ticked, this, &DispatchPanel::onTick);
        connect(clock, &Clock::modeChanged, this, &DispatchPanel::updateButtons); // a replay is read-only
        // A replay shows incidents, dispatches and teams as they were at the replay time.
        connect(clock, &Clock::modeChanged, this, [this] { followReplay(true); });
        connect(clock, &Clock::jumped, this, [this] { followReplay(true); });
        connect(clock, &Clock::ticked, this, [this] { followReplay(false); });
    }
    connect(m_state, &DispatchState::asOfChanged, this, &DispatchPanel::showReplayNote);
    followReplay(true);
    onTick(now());
    updateButtons();
}

void DispatchPanel::storeChanged(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_ranking.clear();
    m_rankedIncident = 0;
    if (store) {
        connect(store, &Store::connectionChanged, this, &DispatchPanel::updateButtons);
        // A rainstorm or typhoon response: time to think of watch posts.
        connect(store, &Store::rowsChanged, this, [this](const QList<RowEvent> &events) {
            for (const RowEvent &e : events) {
                if (e.table != QLatin1String("response_levels") || e.kind != RowEvent::Kind::Insert || !m_host)
                    continue;
                const QString level = e.after.value(QStringLiteral("level")).toString();
                if (level == QLatin1String("III") || level == QLatin1String("II") || level == QLatin1String("I"))
                    m_host->showMessage(tr("Response level %1: consider pre-positioning teams at waterlogging-prone "
                                           "roads (Command > Propose pre-positioning).").arg(level), 60000);
            }
        });
    }
    if (!store && m_netStatus)
        m_netStatus->setText(tr("No operation store: incidents need one."));
    refreshOverlay();
    updateButtons();
}

void DispatchPanel::showRoads()
{
    const RoadNetwork *net = m_feed->network();
    if (!net)
        return;
    const int closed = int(net->roadsIn(RoadNetwork::RoadState::Closed).size());
    const int slowed = int(net->roadsIn(RoadNetwork::RoadState::Slowed).size());
    if (m_netStatus)
        m_netStatus->setText(tr("Road network: %1 segments; %2 closed by water, %3 slowed (closed from %4 cm)")
                                 .arg(net->graph().edgeCount())
                                 .arg(closed)
                                 .arg(slowed)
                                 .arg(m_feed->rules().closedDepthCm));
    if (m_overlay) {
        std::vector<std::vector<GeoPoint>> c, s;
        const RoadGraph &g = net->graph();
        for (int e = 0; e < g.edgeCount(); ++e) {
            const RoadNetwork::RoadState st = net->state(g.edge(e).featureId);
            if (st != RoadNetwork::RoadState::Open)
                (st == RoadNetwork::RoadState::Closed ? c : s).push_back({g.node(g.edge(e).from), g.node(g.edge(e).to)});
        }
        m_overlay->setRoads(c, s);
    }
    if (m_rankedIncident)
        recommend();
}

void DispatchPanel::refreshOverlay()
{
    if (!m_overlay)
        return;
    QList<RouteOverlay::Marker> markers;
    const qint64 selected = selectedIncident();
    for (const StoreRow &r : m_state->list(QStringLiteral("incidents"))) {
        const QString st = IncidentDesk::stateOf(r);
        if (st == QLatin1String("closed") || st == QLatin1String("cancelled"))
            continue;
        const QString pr = r.values.value(QStringLiteral("priority")).toString();
        const QColor c = pr == QLatin1String("urgent") ? QColor(213, 0, 0)
                         : pr == QLatin1String("high") ? QColor(255, 109, 0)
                         : pr == QLatin1String("low") ? QColor(124, 179, 66) : QColor(255, 214, 0);
        markers.append({GeoPoint(r.values.value(QStringLiteral("lon")).toDouble(), r.values.value(QStringLiteral("lat")).toDouble()), c,
                        QStringLiteral("#%1 %2").arg(r.fid).arg(IncidentDesk::kindLabel(r.values.value(QStringLiteral("kind")).toString())),
                        r.fid == selected});
    }
    // Watch posts: teams standing watch, at their waterlogging-prone section.
    QHash<QString, GeoPoint> sections;
    for (const StoreRow &s : m_feed->waterloggingRoads())
        sections.insert(s.values.value(QStringLiteral("name")).toString(), Prepositioning::postPoint(s));
    for (const StoreRow &t : m_state->list(QStringLiteral("rescue_teams"))) {
        const QString post = t.values.value(QStringLiteral("post")).toString();
        if (t.values.value(QStringLiteral("duty_status")).toString() == QLatin1String("standing_watch") && sections.contains(post))
            markers.append({sections.value(post), TeamBoardModel::statusColour(QStringLiteral("standing_watch")),
                            tr("post: %1").arg(t.values.value(QStringLiteral("name")).toString()), false});
    }
    m_overlay->setMarkers(markers);
}

void DispatchPanel::preposition()
{
    if (!m_feed->network() || !m_store || !m_host)
        return;
    const QList<WatchPost> posts = Prepositioning::propose(
        *m_feed->network(), m_feed->waterloggingRoads(),
        IncidentDesk::teams(m_state->list(QStringLiteral("rescue_teams")), m_state->list(QStringLiteral("team_equipment"))), 6);
    if (posts.isEmpty()) {
        m_host->showMessage(tr("No free team with pumps or sandbags to pre-position."));
        return;
    }
    QStringList lines;
    for (const WatchPost &p : posts)
        lines << tr("%1 (up to %2 cm): %3, %4 away").arg(p.name).arg(p.historicDepthCm).arg(p.teamName, eta(p.seconds));
    if (QMessageBox::question(m_host->window(), tr("Pre-positioning"),
                              tr("Stand watch (蹲点值守) at the deepest waterlogging-prone roads?\n\n%1").arg(lines.join(QLatin1Char('\n'))))
        != QMessageBox::Yes || !m_store)
        return;
    m_store->apply(Prepositioning::confirm(posts, m_store->user(), now()), QStringLiteral("pre-positioning"));
}

void DispatchPanel::followReplay(bool jumped)
{
    // While the replay plays, rebuilt every minute of replay time (at most one rebuild in flight).
    Clock *clock = m_host ? m_host->clock() : nullptr;
    if (const std::optional<QDateTime> t = clock ? clock->asOfTarget(m_state->asOf(), jumped) : QDateTime())
        m_state->setAsOf(*t);
}

void DispatchPanel::showReplayNote()
{
    if (!m_replayNote)
        return;
    if (!m_state->asOf().isValid()) {
        m_replayNote->hide();
        return;
    }
    QString text = tr("Replay: incidents, dispatches and teams as they were at %1 (read-only)")
                       .arg(m_state->asOf().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!m_state->unrecoverable().isEmpty()) {
        const QHash<QString, QString> names = {{QStringLiteral("incidents"), tr("incidents")},
                                               {QStringLiteral("rescue_teams"), tr("rescue teams")},
                                               {QStringLiteral("dispatches"), tr("dispatches")},
                                               {QStringLiteral("team_equipment"), tr("team equipment")}};
        QStringList tables;
        for (const QString &t : m_state->unrecoverable())
            tables << names.value(t, t);
        text += QLatin1Char('\n')
                + tr("Shown as they are now (an import replaced them after that time): %1").arg(tables.join(tr(", ")));
    }
    m_replayNote->setText(text);
    m_replayNote->show();
}

void DispatchPanel::onTick(const QDateTime &t)
{
    m_boardModel->setNow(t);
    m_incidentModel->setNow(t);
    if (!m_state->isLoaded() || !m_overdue)
        return;
    const QList<OverdueAlert> alerts = DutyDesk::overdue(m_state->list(QStringLiteral("incidents")),
                                                         m_state->list(QStringLiteral("dispatches")), t);
    QStringList lines;
    for (const OverdueAlert &a : alerts) {
        lines << a.text;
        if (m_state->isShowingPast())
            continue; // a replay's overdue steps are history, not news
        const QString key = QStringLiteral("%1/%2/%3").arg(int(a.kind)).arg(a.incidentFid).arg(a.dispatchFid);
        if (!m_alerted.contains(key)) {
            m_alerted.insert(key);
            if (m_host)
                m_host->showMessage(a.text, 20000);
        }
    }
    m_overdue->setText(lines.join(QLatin1Char('\n')));
}

qint64 DispatchPanel::selectedIncident() const
{
    if (!m_incidents || !m_incidents->selectionModel())
        return 0;
    const QModelIndexList rows = m_incidents->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IncidentListModel::FidRole).toLongLong();
}

void DispatchPanel::selectIncident(qint64 fid)
{
    const int row = m_incidentModel->rowOfFid(fid);
    if (row < 0 || !m_incidents)
        return;
    const QModelIndex i = m_incidentProxy->mapFromSource(m_incidentModel->index(row, 0));
    m_incidents->selectRow(i.row());
}

bool DispatchPanel::refusedInReplay()
{
    if (!m_host || !m_host->clock() || !m_host->clock()->isReplaying())
        return false;
    m_host->showMessage(tr("A replay is showing: incidents, dispatches and the duty log cannot be changed (back to live first)"),
                        8000);
    return true;
}

void DispatchPanel::updateButtons()
{
    if (!m_recommend)
        return;
    const qint64 fid = selectedIncident();
    const QString st = fid ? IncidentDesk::stateOf(m_state->row(QStringLiteral("incidents"), fid)) : QString();
    // One rule for every write control: disabled while the seat cannot write, saying why on the control.
    const QString why = WriteAccess::refusal(m_store, m_host ? m_host->clock() : nullptr);
    m_recommend->setEnabled(fid && m_feed->network());
    WriteGuard::apply(m_dispatch, fid && m_ranked->currentRow() >= 0
                                      && (st == QLatin1String("reported") || st == QLatin1String("dispatched")), why);
    for (auto it = m_moveButtons.cbegin(); it != m_moveButtons.cend(); ++it)
        WriteGuard::apply(it.value(), fid && IncidentDesk::canMove(st, it.key()), why);
    // These stay clickable in a replay, which refuses them with its own message (refusedInReplay).
    const QString whyLive = WriteAccess::refusal(m_store, nullptr);
    for (QObject *o : std::as_const(m_writeControls))
        WriteGuard::apply(o, true, whyLive);
}

void DispatchPanel::recommend()
{
    const qint64 fid = selectedIncident();
    if (!fid || !m_feed->network())
        return;
    const StoreRow inc = m_state->row(QStringLiteral("incidents"), fid);
    const GeoPoint at(inc.values.value(QStringLiteral("lon")).toDouble(), inc.values.value(QStringLiteral("lat")).toDouble());
    const QStringList needs = inc.values.value(QStringLiteral("required_equipment")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qint64 keep = m_ranked->currentRow() >= 0 && m_ranked->currentRow() < m_ranking.size()
                            ? m_ranking[m_ranked->currentRow()].teamFid : 0;
    m_ranking = IncidentDesk::recommend(*m_feed->network(), at,
                                        IncidentDesk::teams(m_state->list(QStringLiteral("rescue_teams")),
                                                            m_state->list(QStringLiteral("team_equipment"))),
                                        needs);
    m_rankedIncident = fid;
    QSignalBlocker block(m_ranked);
    m_ranked->setRowCount(int(m_ranking.size()));
    int select = m_ranking.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_ranking.size(); ++i) {
        const TeamRanking &r = m_ranking[i];
        m_ranked->setItem(i, 0, new QTableWidgetItem(r.name));
        m_ranked->setItem(i, 1, new QTableWidgetItem(eta(r.seconds)));
        m_ranked->setItem(i, 2, new QTableWidgetItem(std::isinf(r.seconds) ? QString() : tr("%1 km").arg(r.metres / 1000, 0, 'f', 1)));
        if (r.teamFid == keep)
            select = i;
    }
    if (select >= 0) {
        m_ranked->selectRow(select);
        const TeamRanking &r = m_ranking[select];
        if (m_overlay)
            m_overlay->setRoute(r.route.points, QStringLiteral("%1 · %2").arg(r.name, eta(r.seconds)));
    } else if (m_overlay) {
        m_overlay->setRoute({});
    }
    updateButtons();
    Q_EMIT recommended();
}

void DispatchPanel::newIncident(const GeoPoint *at)
{
    if (refusedInReplay())
        return;
    if (!m_store || !m_host) {
        if (m_host)
            m_host->showMessage(tr("Open an operation store to report incidents."));
        return;
    }
    if (m_overlay)
        m_overlay->setPick(at);
    IncidentDialog dlg(m_store, at, m_host->window());
    const bool ok = dlg.exec() == QDialog::Accepted;
    if (m_overlay)
        m_overlay->setPick(nullptr);
    if (!ok || !m_store)
        return;
    QPointer<Store> store = m_store;
    const QDateTime t = now();
    const QString user = store->user();
    const QString text = dlg.values().value(QStringLiteral("description")).toString();
    whenDone(this, store->apply({IncidentDesk::newIncident(dlg.values(), user, t)}, QStringLiteral("incident")),
             [this, store, t, user, text](const WriteResult &r) {
                 if (!r.ok || r.events.isEmpty() || !store) {
                     if (m_host)
                         m_host->showMessage(tr("The incident was not recorded: %1").arg(r.error));
                     return;
                 }
                 const StoreRow row{r.fids.first(), r.events.first().after};
                 store->apply(IncidentDesk::logChanges(row, {}, QStringLiteral("reported"), 0, {}, user, t, text),
                              QStringLiteral("incident log"));
                 selectIncident(row.fid);
                 recommend();
             });
}

void DispatchPanel::dispatchChosen()
{
    const qint64 fid = selectedIncident();
    const int row = m_ranked->currentRow();
    if (!fid || row < 0 || row >= m_ranking.size() || !m_store || m_rankedIncident != fid || refusedInReplay())
        return;
    const TeamRanking ranking = m_ranking[row];
    const StoreRow inc = m_state->row(QStringLiteral("incidents"), fid);
    const auto answer = QMessageBox::question(
        m_host->window(), tr("Dispatch"),
        tr("Send %1 to incident #%2 (%3)?\nETA %4, %5 km by road.")
            .arg(ranking.name).arg(fid)
            .arg(IncidentDesk::titleOf(inc), eta(ranking.seconds))
            .arg(ranking.metres / 1000, 0, 'f', 1));
    if (answer != QMessageBox::Yes || !m_store)
        return;
    dispatchRanked(row);
}

void DispatchPanel::dispatchRanked(int row)
{
    const qint64 fid = selectedIncident();
    if (!fid || row < 0 || row >= m_ranking.size() || !m_store || m_rankedIncident != fid || refusedInReplay())
        return;
    const TeamRanking ranking = m_ranking[row];
    const StoreRow inc = m_state->row(QStringLiteral("incidents"), fid);
    const StoreRow team = m_state->row(QStringLiteral("rescue_teams"), ranking.teamFid);
    const IncidentStep step = IncidentDesk::dispatch(inc, team, &ranking, m_store->user(), now());
    if (!step.error.isEmpty()) {
        QMessageBox::warning(m_host->window(), tr("Dispatch"), step.error);
        return;
    }
    QPointer<Store> store = m_store;
    whenDone(this, store->apply(step.forward, QStringLiteral("dispatch")), [this, store, team](const WriteResult &r) {
        if (r.ok) {
            m_host->showMessage(tr("%1 dispatched.").arg(team.values.value(QStringLiteral("name")).toString()));
            return;
        }
        // The store recognised the refusal (the database's one-active-dispatch rule), not this text.
        if (!store || r.refusal != WriteRefusal::Conflict || r.constraint != QLatin1String(StoreBackend::OneActiveDispatchPerTeam)) {
            QMessageBox::warning(m_host->window(), tr("Dispatch"), tr("Not dispatched: %1").arg(r.error));
            return;
        }
        // Another seat got there first: say who, from the dispatch that holds the team.
        whenDone(this, store->rows(QStringLiteral("dispatches"),
                                   QStringLiteral("team_fid = ? AND ") + IncidentDesk::activeDispatchWhere(), {team.fid}),
                 [this, team](const QList<StoreRow> &rows) {
                     const StoreRow d = rows.value(0);
                     const QString text =
                         tr("%1 was not dispatched: %2 sent it to incident #%3 first, at %4 (Beijing time).")
                             .arg(team.values.value(QStringLiteral("name")).toString(),
                                  d.values.value(QStringLiteral("dispatched_by")).toString())
                             .arg(d.values.value(QStringLiteral("incident_fid")).toLongLong())
                             .arg(QDateTime::fromString(d.values.value(QStringLiteral("ordered_at")).toString(), Qt::ISODateWithMs)
                                      .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                     m_host->showMessage(text, 60000);
                     QMessageBox::warning(m_host->window(), tr("Dispatch"), text);
                 });
    });
}

void DispatchPanel::move(const QString &to)
{
    const qint64 fid = selectedIncident();
    if (!fid || !m_store || !m_host || refusedInReplay())
        return;
    const StoreRow inc = m_state->row(QStringLiteral("incidents"), fid);
    const QList<StoreRow> dispatches = m_state->activeDispatches(fid);
    QList<StoreRow> teams;
    for (const StoreRow &d : dispatches)
        teams.append(m_state->row(QStringLiteral("rescue_teams"), d.values.value(QStringLiteral("team_fid")).toLongLong()));
    const IncidentStep step = IncidentDesk::move(inc, to, dispatches, teams, m_store->user(), now());
    if (!step.error.isEmpty()) {
        m_host->showMessage(step.error);
        return;
    }
    const QString text = tr("Incident #%1: %2").arg(fid).arg(IncidentDesk::stateLabel(to));
    // Through the undo stack: a mistaken status change is taken back with Edit > Undo.
    if (QUndoStack *undo = m_host->undoStack())
        undo->push(new IncidentStepCommand(m_store, step, text));
    else
        m_store->apply(step.forward, to);
}

bool DispatchPanel::isReady() const
{
    if (!m_store || !m_state)
        return true;
    if (m_host && m_host->clock()->isReplaying() && m_host->clock()->isPaused())
        return m_state->isLoaded() && m_state->isShowingPast();
    return m_state->isLoaded();
}

void DispatchPanel::addNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty() || !m_store || refusedInReplay())
        return;
    m_store->insertRow(QStringLiteral("duty_log"), {{QStringLiteral("at"), now()},
                                                    {QStringLiteral("officer"), m_store->user()},
                                                    {QStringLiteral("entry"), text}});
    m_note->clear();
}

void DispatchPanel::handover()
{
    if (!m_store || !m_host || refusedInReplay())
        return;
    QPointer<Store> store = m_store;
    const QDateTime t = now();
    whenDone(this, QtConcurrent::run([use = m_store->use(), t] { return DutyDesk::handoverSummary(*use.store(), t); }),
             [this, store](const HandoverSummary &h) {
                 if (!store)
                     return;
                 HandoverDialog dlg(h, m_host->window());
                 if (dlg.exec() != QDialog::Accepted || dlg.nextOfficer().isEmpty() || !store)
                     return;
                 const QString next = dlg.nextOfficer();
                 const QString from = store->user();
                 const QDateTime signedAt = now();
                 whenDone(this, QtConcurrent::run([use = store->use(), h, from, next, signedAt] {
                              return DutyDesk::signHandover(*use.store(), h, from, next.trimmed(), signedAt);
                          }),
                          [this, next](const WriteResult &r) {
                              m_host->showMessage(r.ok ? tr("Shift handed over to %1.").arg(next)
                                                       : tr("Handover not recorded: %1").arg(r.error));
                          });
             });
}

bool DispatchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_picking && m_host && watched == m_host->canvas() && event->type() == QEvent::MouseButtonRelease) {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton) {
            m_picking = false;
            Q_EMIT pickEnded();
            const GeoPoint p = m_host->canvas()->settings().toGeo(e->position());
            newIncident(&p);
            return true;
        }
    }
    return Panel::eventFilter(watched, event);
}

} // namespace fc
