#include "widgets/alarmpanel.h"

#include "app/core/alarmservice.h"
#include "app/core/clock.h"
#include "app/core/dropfolder.h"
#include "app/core/feedserver.h"
#include "app/core/store.h"
#include "maps/vectorlayer.h"
#include "widgets/alarmsound.h"
#include "widgets/gaugemaplink.h"
#include "widgets/mapcanvas.h"

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
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

namespace {

enum Column { Level, Name, Source, Value, Raised, State, AckBy, Remark, ColumnCount };
constexpr int FidRole = Qt::UserRole + 1;
constexpr int LevelRole = Qt::UserRole + 2;
constexpr int StateRole = Qt::UserRole + 3; // 0 in force unacknowledged, 1 in force acknowledged, 2 cleared

QString bjTime(const QVariant &stored)
{
    const QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QColor levelBackground(AlarmLevel l)
{
    switch (l) {
    case AlarmLevel::Blue:
        return QColor(40, 110, 220);
    case AlarmLevel::Yellow:
        return QColor(230, 200, 30);
    case AlarmLevel::Orange:
        return QColor(240, 130, 20);
    case AlarmLevel::Red:
        return QColor(220, 40, 40);
    case AlarmLevel::None:
        break;
    }
    return {};
}

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
        if (i.data(LevelRole).toInt() < minLevel)
            return false;
        const int st = i.data(StateRole).toInt();
        if ((state == 0 && st == 2) || (state == 1 && st != 0))
            return false;
        if (!text.isEmpty()) {
            const QString name = sourceModel()->index(row, Name, parent).data().toString();
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
    m_service = std::make_unique<AlarmService>(host->clock());
    m_mapLink = std::make_unique<GaugeMapLink>(host, m_service.get());
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

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Level"), tr("Sensor / wall segment"), tr("Kind"), tr("Value"), tr("Raised"),
                                        tr("State"), tr("Acknowledged by"), tr("Remark")});
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
    m_view->sortByColumn(Level, Qt::DescendingOrder);
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
    connect(m_service.get(), &AlarmService::alarmsChanged, this, &AlarmPanel::rebuild);
    connect(m_service.get(), &AlarmService::readingsChanged, this, &AlarmPanel::rebuild);

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
    startIntake();
}

// The feed endpoint and the drop folder, both off unless configured (settings feed/enabled, feed/address,
// feed/port, feed/token, feed/max_body_bytes; ingest/drop_folder).
void AlarmPanel::startIntake()
{
    QSettings cfg;
    if (cfg.value(QStringLiteral("feed/enabled"), false).toBool()) {
        FeedServer::Options o;
        o.address = QHostAddress(cfg.value(QStringLiteral("feed/address"), QStringLiteral("127.0.0.1")).toString());
        o.port = quint16(cfg.value(QStringLiteral("feed/port"), 8765).toUInt());
        o.token = cfg.value(QStringLiteral("feed/token")).toString().toUtf8();
        o.maxBodyBytes = cfg.value(QStringLiteral("feed/max_body_bytes"), 1 << 20).toLongLong();
        m_feed = std::make_unique<FeedServer>(m_service.get(), o);
        QString e;
        if (!m_feed->start(&e)) {
            m_host->showMessage(tr("Feed endpoint not started: %1").arg(e), 15000);
            m_feed.reset();
        } else {
            connect(m_feed.get(), &FeedServer::requestHandled, this, [this](int status, const QString &summary) {
                m_host->showMessage(tr("Feed %1: %2").arg(status).arg(summary), 5000);
            });
        }
    }
    const QString drop = cfg.value(QStringLiteral("ingest/drop_folder")).toString();
    if (!drop.isEmpty()) {
        m_drop = std::make_unique<DropFolder>(m_service.get(), drop);
        connect(m_drop.get(), &DropFolder::fileIngested, this, [this](const QString &, bool, const QString &summary) {
            m_host->showMessage(summary, 8000);
        });
    }
}

void AlarmPanel::storeChanged(Store *store)
{
    if (m_service)
        m_service->setStore(store);
}

void AlarmPanel::rebuild()
{
    const qint64 keep = selectedFid();
    const AlarmEngine &e = m_service->engine();
    QHash<qint64, QString> wallNames;
    for (const WallSegment &w : e.walls())
        wallNames.insert(w.fid, w.name);
    m_model->setRowCount(0);
    m_urgent = 0;
    int inForce = 0;
    for (auto it = m_service->alarms().cbegin(); it != m_service->alarms().cend(); ++it) {
        const QVariantMap &a = it.value();
        const AlarmLevel level = AlarmLevels::fromCode(a.value(QStringLiteral("level")).toString());
        const qint64 sensor = a.value(QStringLiteral("sensor_fid")).toLongLong();
        const qint64 wall = a.value(QStringLiteral("wall_fid")).toLongLong();
        const QString source = a.value(QStringLiteral("source")).toString();
        const bool cleared = !a.value(QStringLiteral("cleared_at")).isNull();
        const bool acked = !a.value(QStringLiteral("acknowledged_by")).isNull()
                           && !a.value(QStringLiteral("acknowledged_by")).toString().isEmpty();
        const SensorInfo s = e.sensors().value(sensor);
        QString name = wall ? wallNames.value(wall, tr("Wall segment %1").arg(wall)) : s.name;
        QString kind = source == QLatin1String("rain_1h")   ? tr("Rain 1 h")
                       : source == QLatin1String("rain_6h") ? tr("Rain 6 h")
                       : source == QLatin1String("freeboard") ? tr("Freeboard")
                                                              : tr("Reading");
        // The current value while in force (the value at the last level change once cleared).
        double value = a.value(QStringLiteral("value")).toDouble();
        QString unit = s.unit;
        if (!cleared) {
            const LatestReading l = e.latest().value(sensor);
            if (source == QLatin1String("reading"))
                value = l.value;
            else if (source == QLatin1String("rain_1h"))
                value = e.rainTotal1h(sensor);
            else if (source == QLatin1String("rain_6h"))
                value = e.rainTotal6h(sensor);
        }
        if (source == QLatin1String("freeboard"))
            unit = QStringLiteral("m");
        if (source.startsWith(QLatin1String("rain")))
            unit = QStringLiteral("mm");
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c)
            row.append(new QStandardItem);
        row[Level]->setText(AlarmLevels::caption(level));
        row[Level]->setData(int(level), Qt::UserRole);
        row[Level]->setData(it.key(), FidRole);
        row[Level]->setData(int(level), LevelRole);
        row[Level]->setData(cleared ? 2 : acked ? 1 : 0, StateRole);
        row[Level]->setBackground(levelBackground(level));
        row[Level]->setForeground(level == AlarmLevel::Yellow ? QColor(20, 20, 20) : QColor(Qt::white));
        row[Name]->setText(name);
        row[Name]->setData(name, Qt::UserRole);
        row[Source]->setText(kind);
        row[Source]->setData(kind, Qt::UserRole);
        row[Value]->setText(QStringLiteral("%1 %2").arg(value, 0, 'f', unit == QLatin1String("m") ? 2 : 1).arg(unit));
        row[Value]->setData(value, Qt::UserRole);
        row[Raised]->setText(bjTime(a.value(QStringLiteral("raised_at"))));
        row[Raised]->setData(a.value(QStringLiteral("raised_at")), Qt::UserRole);
        row[State]->setText(cleared ? tr("Cleared %1").arg(bjTime(a.value(QStringLiteral("cleared_at"))))
                            : acked ? tr("Acknowledged")
                                    : tr("NOT ACKNOWLEDGED"));
        row[State]->setData(cleared ? 2 : acked ? 1 : 0, Qt::UserRole);
        row[AckBy]->setText(a.value(QStringLiteral("acknowledged_by")).toString());
        row[AckBy]->setData(row[AckBy]->text(), Qt::UserRole);
        row[Remark]->setText(a.value(QStringLiteral("remark")).toString());
        row[Remark]->setData(row[Remark]->text(), Qt::UserRole);
        m_model->appendRow(row);
        if (!cleared) {
            ++inForce;
            if (!acked && level >= AlarmLevel::Orange)
                ++m_urgent;
        }
    }
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(Name, std::min(m_view->columnWidth(Name), 260));
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(FidRole).toLongLong() == keep)
            m_view->selectRow(r);
    const AlarmLevel storm = e.proposedRainstormLevel();
    QStringList status;
    status.append(tr("%n alarm(s) in force", nullptr, inForce));
    if (m_urgent)
        status.append(tr("%n orange/red not acknowledged", nullptr, m_urgent));
    if (storm != AlarmLevel::None)
        status.append(tr("Rain totals reach the rainstorm %1 threshold: propose the rainstorm %1 signal")
                          .arg(AlarmLevels::caption(storm)));
    if (!m_service->isReady() && m_service->store())
        status.append(tr("loading…"));
    m_status->setText(status.join(QStringLiteral(" · ")));
    m_dock->setWindowTitle(m_urgent ? tr("Alarms (%1 to acknowledge)").arg(m_urgent) : tr("Alarms"));
}

qint64 AlarmPanel::selectedFid() const
{
    const QModelIndexList sel = m_view ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return sel.isEmpty() ? 0 : sel.first().data(FidRole).toLongLong();
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
    if (!m_urgent || (m_host->clock() && m_host->clock()->isReplaying()))
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
