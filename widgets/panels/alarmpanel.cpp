#include "widgets/panels/alarmpanel.h"

#include "app/core/live/operation.h"

#include "app/core/models/alarmlistmodel.h"
#include "app/core/live/alarmservice.h"
#include "app/core/base/clock.h"
#include "app/core/store/store.h"
#include "maps/vectorlayer.h"
#include "widgets/common/alarmsound.h"
#include "widgets/map/gaugemaplink.h"
#include "widgets/map/mapcanvas.h"
#include "app/core/rules/rainstormproposal.h"
#include "app/core/live/warningservice.h"
#include "app/core/rules/writeaccess.h"
#include "widgets/common/writeguard.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

namespace {

using Col = AlarmListModel::Column;

class AlarmFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int minLevel = 0;
    int state = 0; // 0 in force, 1 unacknowledged, 2 all
    QString text;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (i.data(AlarmListModel::LevelRole).toInt() < minLevel)
            return false;
        const int st = i.data(AlarmListModel::StateRole).toInt();
        if ((state == 0 && st == 2) || (state == 1 && st != 0))
            return false;
        if (!text.isEmpty()) {
            const QString name = sourceModel()->index(row, Col::Name, parent).data().toString();
            if (!name.contains(text, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }
};

} // namespace

AlarmPanel::AlarmPanel(QObject *parent) : Panel(parent) {}

AlarmPanel::~AlarmPanel() = default;

void AlarmPanel::install(PanelHost *host)
{
    m_host = host;
    m_service = host->operation()->alarms();
    // The signals in force decide whether a rainstorm signal is proposed (one rule: RainstormProposal).
    m_warnings = host->operation()->warnings();
    connect(m_warnings, &WarningService::reset, this, &AlarmPanel::updateStatus);
    connect(m_warnings, &WarningService::changed, this, &AlarmPanel::updateStatus);
    m_mapLink = std::make_unique<GaugeMapLink>(host, m_service);
    m_sound = std::make_unique<AlarmSound>();

    m_dock = new QDockWidget(tr("Alarms"), host->window());
    m_dock->setObjectName(QStringLiteral("AlarmDock"));
    auto *w = new QWidget(m_dock);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_level = new QComboBox(w);
    m_level->addItem(tr("All levels"), 0);
    m_level->addItem(tr("Yellow and above"), 2);
    m_level->addItem(tr("Orange and red"), 3);
    m_level->addItem(tr("Red only"), 4);
    m_state = new QComboBox(w);
    m_state->addItem(tr("In force"), 0);
    m_state->addItem(tr("Not acknowledged"), 1);
    m_state->addItem(tr("All (last 24 h)"), 2);
    m_text = new QLineEdit(w);
    m_text->setPlaceholderText(tr("Filter by sensor or wall segment"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_level);
    filters->addWidget(m_state);
    filters->addWidget(m_text, 1);
    v->addLayout(filters);

    m_model = new AlarmListModel(m_service, this);
    auto *proxy = new AlarmFilter(this);
    m_proxy = proxy;
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView(w);
    m_view->setObjectName(QStringLiteral("alarmTable"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(Col::Level, Qt::DescendingOrder);
    v->addWidget(m_view, 1);

    auto *ackRow = new QHBoxLayout;
    m_remark = new QLineEdit(w);
    m_remark->setObjectName(QStringLiteral("alarmRemark"));
    m_remark->setPlaceholderText(tr("Remark (what was done)"));
    m_ack = new QPushButton(tr("Acknowledge"), w);
    auto *show = new QPushButton(tr("Show on map"), w);
    ackRow->addWidget(m_remark, 1);
    ackRow->addWidget(m_ack);
    ackRow->addWidget(show);
    v->addLayout(ackRow);
    m_status = new QLabel(w);
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    m_dock->setWidget(w);
    host->addDock(m_dock, Qt::RightDockWidgetArea);

    auto refilter = [this, proxy] {
        proxy->minLevel = m_level->currentData().toInt();
        proxy->state = m_state->currentData().toInt();
        proxy->text = m_text->text().trimmed();
        proxy->refresh();
    };
    connect(m_level, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_text, &QLineEdit::textChanged, this, refilter);
    connect(m_ack, &QPushButton::clicked, this, &AlarmPanel::acknowledgeSelected);
    connect(m_remark, &QLineEdit::returnPressed, this, &AlarmPanel::acknowledgeSelected);
    connect(show, &QPushButton::clicked, this, &AlarmPanel::showSelectedOnMap);
    connect(m_view, &QTableView::doubleClicked, this, &AlarmPanel::showSelectedOnMap);
    proxy->setDynamicSortFilter(true);
    connect(m_service, &AlarmService::alarmsChanged, this, &AlarmPanel::updateStatus);
    connect(m_service, &AlarmService::readingsChanged, this, &AlarmPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_view->resizeColumnsToContents(); });

    if (QMenu *cmd = host->menu(PanelHost::Menu::Command)) {
        QAction *a = cmd->addAction(tr("&Alarms"));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        connect(a, &QAction::triggered, this, [this] {
            m_dock->show();
            m_dock->raise();
        });
    }
    // Unacknowledged orange and red alarms repeat their sound every 15 s (a flashing title without audio).
    m_repeat.setInterval(15000);
    connect(&m_repeat, &QTimer::timeout, this, &AlarmPanel::repeatAlert);
    m_repeat.start();
}

void AlarmPanel::storeChanged(Store *store)
{
    Q_UNUSED(store) // the Operation's alarm service follows the store itself
    if (store) // losing the server (or getting it back) changes what may be written
        connect(store, &Store::connectionChanged, this, &AlarmPanel::updateStatus, Qt::UniqueConnection);
}

bool AlarmPanel::isReady() const
{
    // The readings and alarms are loaded (and, in a replay, evaluated at the replay time).
    if (!m_service || !m_service->store())
        return true;
    if (m_mapLink && m_mapLink->isPending())
        return false; // readings arrived, not yet on the map and the tide level
    // A paused replay: the alarms evaluated at the replay time are shown.
    if (m_host && m_host->clock()->isReplaying() && m_host->clock()->isPaused())
        return m_service->isShowingReplay() && std::abs(m_service->replayAt().secsTo(m_host->clock()->now())) < 120;
    return m_service->isReady();
}

QString AlarmPanel::statusText() const
{
    return m_status ? m_status->text() : QString();
}

void AlarmPanel::updateStatus()
{
    const AlarmEngine &e = m_service->engine();
    m_urgent = m_model->unacknowledgedUrgent();
    const bool replay = m_service->isShowingReplay();
    m_view->setColumnWidth(Col::Name, std::min(m_view->columnWidth(Col::Name), 260));
    // Only while the warnings are known: without them a signal in force could not be told from none.
    const AlarmLevel storm = m_warnings && m_warnings->isLoaded()
                                 ? RainstormProposal::level(e.proposedRainstormLevel(), m_warnings->state())
                                 : AlarmLevel::None;
    QStringList status;
    if (replay)
        status.append(tr("Replay: state at %1 (Beijing time), read-only")
                          .arg(m_service->replayAt().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    status.append(tr("%n alarm(s) in force", nullptr, m_model->inForce()));
    if (m_urgent)
        status.append(tr("%n orange/red not acknowledged", nullptr, m_urgent));
    if (storm != AlarmLevel::None)
        status.append(tr("Rain totals reach the rainstorm %1 threshold: propose the rainstorm %1 signal")
                          .arg(AlarmLevels::caption(storm)));
    if (!m_service->isReady() && m_service->store())
        status.append(tr("loading…"));
    m_status->setText(status.join(QStringLiteral(" · ")));
    // Acknowledging writes: not in a replay, not for a viewer (read-only opening, viewer role).
    const QString why = WriteAccess::refusal(m_service->store(), m_host->clock());
    WriteGuard::apply(m_ack, !replay, why);
    WriteGuard::apply(m_remark, !replay, why);
    if (replay)
        m_dock->setWindowTitle(tr("Alarms (replay)"));
    else
        m_dock->setWindowTitle(m_urgent ? tr("Alarms (%1 to acknowledge)").arg(m_urgent) : tr("Alarms"));
}

qint64 AlarmPanel::selectedFid() const
{
    const QModelIndexList sel = m_view ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return sel.isEmpty() ? 0 : sel.first().data(AlarmListModel::KeyRole).toLongLong();
}

void AlarmPanel::acknowledgeSelected()
{
    const qint64 fid = selectedFid();
    Store *store = m_service->store();
    if (!fid || !store) {
        m_host->showMessage(tr("Select an alarm to acknowledge"), 4000);
        return;
    }
    if (m_host->clock()->isReplaying()) {
        m_host->showMessage(tr("Replay is read-only: alarms cannot be acknowledged"), 5000);
        return;
    }
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const WriteResult r = watcher->result();
        m_host->showMessage(r.ok ? tr("Alarm acknowledged") : tr("Could not acknowledge: %1").arg(r.error), 5000);
    });
    watcher->setFuture(m_service->acknowledge(fid, store->user(), m_remark->text().trimmed()));
    m_remark->clear();
}

void AlarmPanel::showSelectedOnMap()
{
    const qint64 fid = selectedFid();
    const QVariantMap a = m_service->alarms().value(fid);
    MapCanvas *canvas = m_host->canvas();
    if (!fid || !canvas)
        return;
    const qint64 wall = a.value(QStringLiteral("wall_fid")).toLongLong();
    const QString layerId = wall ? QStringLiteral("flood_walls") : QStringLiteral("sensors");
    const qint64 featureFid = wall ? wall : a.value(QStringLiteral("sensor_fid")).toLongLong();
    for (MapLayer *ml : canvas->layers()) {
        auto *l = qobject_cast<VectorLayer *>(ml);
        if (!l || l->id() != layerId || !l->store())
            continue;
        const int i = l->store()->indexOfFid(featureFid);
        if (i >= 0) {
            canvas->zoomToFeature(l->store()->bbox(i));
            return;
        }
    }
    m_host->showMessage(tr("The feature is not on the map"), 4000);
}

void AlarmPanel::repeatAlert()
{
    if (!m_urgent || m_service->isShowingReplay() || (m_host->clock() && m_host->clock()->isReplaying()))
        return;
    if (m_sound->available()) {
        m_sound->play();
    } else {
        // No audio device: flash the dock title instead (and once in the status bar).
        m_flash = !m_flash;
        m_dock->setWindowTitle(m_flash ? tr("⚠ ALARMS (%1 to acknowledge) ⚠").arg(m_urgent)
                                       : tr("Alarms (%1 to acknowledge)").arg(m_urgent));
        m_host->showMessage(tr("%n orange/red alarm(s) not acknowledged", nullptr, m_urgent), 5000);
    }
}

} // namespace fc
