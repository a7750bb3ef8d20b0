#include "widgets/wall/wallcontroller.h"

#include "app/core/base/clock.h"
#include "app/core/live/alarmservice.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/live/operation.h"
#include "app/core/models/alarmlistmodel.h"
#include "app/core/models/incidentlistmodel.h"
#include "app/core/models/teamboardmodel.h"
#include "app/core/rules/thresholdevaluator.h"
#include "app/core/rules/warningsignal.h"
#include "app/core/store/store.h"
#include "maps/webmercator.h"
#include "widgets/map/mapcanvas.h"

#include <QApplication>
#include <QDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QScreen>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWindow>
#include <cmath>

namespace fc {

// -- WallWindow --

WallWindow::WallWindow(int index, QWidget *parent) : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_index(index)
{
    setObjectName(QStringLiteral("WallWindow%1").arg(index + 1));
    setWindowTitle(tr("FloodCommand wall — screen %1").arg(index + 1));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, WallColours::background());
    setPalette(pal);
    setAutoFillBackground(true);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(0);
    m_pages = new QWidget(this);
    auto *pl = new QHBoxLayout(m_pages);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->setSpacing(0);
    l->addWidget(m_pages, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wallStatus"));
    m_status->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    m_status->hide();
    l->addWidget(m_status);
}

// -- WallController --

WallController::WallController(const WallContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_metrics(WallMetrics::fromSettings()), m_feed(new WallCommandFeed(this))
{
    connect(m_feed, &WallCommandFeed::command, this, [this](const WallCommand &c) { apply(c); });
    connect(m_feed, &WallCommandFeed::rejected, this, [this](const QString &m) { showMessage(m); });
    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, this, [this] {
        m_message.clear();
        refreshStatus();
    });
    connect(&m_rotation, &QTimer::timeout, this, &WallController::rotate);
    m_return.setSingleShot(true);
    connect(&m_return, &QTimer::timeout, this, [this] {
        WallCommand home;
        apply(home, true);
        m_paused = false;
        if (m_standing.rotationSeconds > 0)
            m_rotation.start(m_standing.rotationSeconds * 1000);
    });
    m_cursor.setSingleShot(true);
    m_cursor.setInterval(CursorHideMs);
    connect(&m_cursor, &QTimer::timeout, this, [this] {
        for (WallWindow *w : std::as_const(m_windows))
            w->setCursor(Qt::BlankCursor);
    });
    qApp->installEventFilter(this);
    connect(qApp, &QGuiApplication::screenAdded, this, [this](QScreen *) {
        if (!m_virtual)
            useRealScreens();
    });
    connect(qApp, &QGuiApplication::screenRemoved, this, [this](QScreen *gone) {
        if (m_virtual)
            return;
        // The screen is still listed while this signal runs: count the others.
        int n = 0;
        for (QScreen *s : QGuiApplication::screens())
            n += s != gone ? 1 : 0;
        setWindowCount(std::clamp(n, 1, int(m_pages.size())));
        int i = 0;
        for (QScreen *s : QGuiApplication::screens())
            if (s != gone && i < m_windows.size()) {
                m_windows[i]->setScreen(s);
                m_windows[i]->setGeometry(s->geometry());
                ++i;
            }
    });
}

WallController::~WallController()
{
    qApp->removeEventFilter(this);
    qDeleteAll(m_pages);
    m_pages.clear();
    qDeleteAll(m_windows);
}

void WallController::setMetrics(const WallMetrics &m)
{
    m_metrics = m;
    for (WallView *v : views())
        v->setMetrics(m);
    refreshStatus();
}

void WallController::setLayout(const WallLayout &layout)
{
    m_standing = layout;
    m_layout = layout;
    build();
    m_paused = false;
    m_return.stop();
    m_rotation.stop();
    if (layout.rotationSeconds > 0 && !layout.rotation.isEmpty())
        m_rotation.start(layout.rotationSeconds * 1000);
}

void WallController::build()
{
    // Pages first leave their windows, then go.
    for (QWidget *p : std::as_const(m_pages))
        p->setParent(nullptr);
    qDeleteAll(m_pages);
    m_pages.clear();
    for (const WallScreenSpec &s : m_layout.screens) {
        auto *page = new QWidget;
        page->setObjectName(QStringLiteral("wallPage%1").arg(m_pages.size() + 1));
        auto *g = new QGridLayout(page);
        g->setContentsMargins(0, 0, 0, 0);
        g->setSpacing(0);
        for (int r = 0; r < s.rows.size(); ++r)
            g->setRowStretch(r, s.rows[r]);
        for (int c = 0; c < s.columns.size(); ++c)
            g->setColumnStretch(c, s.columns[c]);
        for (const WallViewSpec &v : s.views) {
            WallView *view = createView(v);
            view->setMetrics(m_metrics);
            view->setMinimumSize(8, 8);
            view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
            g->addWidget(view, v.row, v.column, v.rowSpan, v.columnSpan);
        }
        m_pages.append(page);
    }
    if (m_windows.isEmpty())
        return;
    place();
}

WallView *WallController::createView(const WallViewSpec &spec)
{
    Operation *op = m_ctx.operation;
    const QString k = spec.view;
    if (k == QLatin1String("map")) {
        auto *m = new WallMapView(m_ctx, spec.options);
        m->bookmarks = [this, m](const QString &name, Extent *out) {
            return bookmarkExtent(name, double(std::max(1, m->width())) / std::max(1, m->height()), out);
        };
        return m;
    }
    if (k == QLatin1String("banner"))
        return new WallBannerView(op);
    if (k == QLatin1String("checklist"))
        return new WallChecklistView(op);
    if (k == QLatin1String("ticker"))
        return new WallTickerView(op);
    if (k == QLatin1String("chart"))
        return new WallChartView(op, spec.options.value(QStringLiteral("sensor")).toString(QStringLiteral("S-TIDE-01")),
                                 spec.options.value(QStringLiteral("hours")).toInt(24));
    using Col = WallListView::Column;
    if (k == QLatin1String("teams")) {
        auto *model = new TeamBoardModel(op->dispatch());
        auto *v = new WallListView(k, model, tr("Rescue teams"),
                                   {Col{TeamBoardModel::Team, 3, false}, Col{TeamBoardModel::Status, 3, true},
                                    Col{TeamBoardModel::TimeInStatus, 2, false}, Col{TeamBoardModel::Task, 4, false}});
        model->setParent(v);
        model->setNow(op->clock()->now());
        connect(op->clock(), &Clock::ticked, model, &TeamBoardModel::setNow);
        v->newestFirst = false;
        v->chipColour = [model](int row, int) {
            return TeamBoardModel::statusColour(model->index(row, TeamBoardModel::Status).data(TeamBoardModel::RawValueRole).toString());
        };
        v->figure = [model] {
            int available = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString s = model->index(r, TeamBoardModel::Status).data(TeamBoardModel::RawValueRole).toString();
                available += s == QLatin1String("available") || s == QLatin1String("standing_watch") ? 1 : 0;
            }
            return tr("%1 of %2 ready").arg(available).arg(model->rowCount());
        };
        v->ready = [op] { return op->dispatch()->isLoaded(); };
        return v;
    }
    if (k == QLatin1String("incidents")) {
        auto *model = new IncidentListModel(op->dispatch());
        auto *v = new WallListView(k, model, tr("Open incidents"),
                                   {Col{IncidentListModel::Number, 2, false}, Col{IncidentListModel::Priority, 2, false},
                                    Col{IncidentListModel::State, 3, true}, Col{IncidentListModel::Title, 5, false},
                                    Col{IncidentListModel::Team, 3, false}});
        model->setParent(v);
        model->setNow(op->clock()->now());
        connect(op->clock(), &Clock::ticked, model, &IncidentListModel::setNow);
        v->filter = [model](int row) { return model->index(row, 0).data(IncidentListModel::OpenRole).toBool(); };
        v->chipColour = [model](int row, int) {
            const QString p = model->index(row, IncidentListModel::Priority).data(IncidentListModel::RawValueRole).toString();
            return p == QLatin1String("urgent") ? WarningSignal::colourValue(QStringLiteral("red"))
                   : p == QLatin1String("high") ? WarningSignal::colourValue(QStringLiteral("orange"))
                                                : QColor(0x2c, 0x3a, 0x4e);
        };
        v->figure = [v] { return QString::number(v->shownRows().size()); };
        v->ready = [op] { return op->dispatch()->isLoaded(); };
        return v;
    }
    // alarms
    auto *model = new AlarmListModel(op->alarms());
    auto *v = new WallListView(k, model, tr("Alarms in force"),
                               {Col{AlarmListModel::Level, 2, true}, Col{AlarmListModel::Name, 5, false},
                                Col{AlarmListModel::Value, 2, false}, Col{AlarmListModel::Raised, 3, false}});
    model->setParent(v);
    v->filter = [model](int row) {
        return model->index(row, 0).data(AlarmListModel::StateRole).toInt() != AlarmListModel::Cleared;
    };
    v->chipColour = [model](int row, int) {
        return WarningSignal::colourValue(AlarmLevels::code(AlarmLevel(model->index(row, 0).data(AlarmListModel::LevelRole).toInt())));
    };
    v->figure = [model] {
        const int u = model->unacknowledgedUrgent();
        return u > 0 ? tr("%1 · %2 unacknowledged").arg(model->inForce()).arg(u) : QString::number(model->inForce());
    };
    v->ready = [op] { return op->alarms()->isReady(); };
    return v;
}

QList<WallWindow *> WallController::windows() const
{
    return m_windows;
}

QList<WallView *> WallController::views() const
{
    QList<WallView *> out;
    for (QWidget *p : m_pages)
        out += p->findChildren<WallView *>(Qt::FindDirectChildrenOnly);
    return out;
}

int WallController::windowOf(const WallView *view) const
{
    for (int i = 0; i < m_windows.size(); ++i)
        if (m_windows[i]->isAncestorOf(view))
            return i;
    return -1;
}

bool WallController::allReady() const
{
    for (WallView *v : views())
        if (!v->isReady())
            return false;
    return !m_pages.isEmpty();
}

void WallController::mapDataLoaded()
{
    for (WallMapView *m : viewsOf<WallMapView>())
        if (!m->isHomed())
            m->home();
}

void WallController::useVirtualScreens(int count, const QSize &size, bool dontShowOnScreen)
{
    m_virtual = true;
    m_size = size;
    m_dontShow = dontShowOnScreen;
    setWindowCount(std::max(1, count));
}

void WallController::useRealScreens()
{
    m_virtual = false;
    const QList<QScreen *> screens = QGuiApplication::screens();
    setWindowCount(std::clamp(int(screens.size()), 1, std::max(1, int(m_pages.size()))));
    for (int i = 0; i < m_windows.size(); ++i)
        placeWindow(m_windows[i]);
}

void WallController::placeWindow(WallWindow *w)
{
    m_cursor.start(); // hidden after a few seconds, moved or not
    if (m_virtual) {
        if (m_dontShow)
            w->setAttribute(Qt::WA_DontShowOnScreen);
        w->resize(m_size);
        w->show();
        return;
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *s = screens.value(w->index(), QGuiApplication::primaryScreen());
    w->setScreen(s);
    w->setGeometry(s->geometry());
    w->showFullScreen();
}

void WallController::setWindowCount(int n)
{
    n = std::max(1, n);
    while (m_windows.size() < n) {
        auto *w = new WallWindow(int(m_windows.size()));
        m_windows.append(w);
    }
    // Pages leave the windows that go (they are placed again below).
    while (m_windows.size() > n) {
        WallWindow *w = m_windows.takeLast();
        for (QWidget *p : std::as_const(m_pages))
            if (p->parentWidget() && w->isAncestorOf(p))
                p->setParent(nullptr);
        delete w;
    }
    place();
    for (WallWindow *w : std::as_const(m_windows))
        if (!w->isVisible())
            placeWindow(w);
    refreshStatus();
}

void WallController::place()
{
    // Page i on window i; pages beyond the windows there are join the others in turn (the first extra page on the
    // last window, the next on the one before ...), so the main screens keep their views.
    const int n = int(m_windows.size());
    for (int i = 0; i < m_pages.size(); ++i) {
        const int target = i < n ? i : n - 1 - ((i - n) % n);
        QWidget *area = m_windows[target]->pageArea();
        if (m_pages[i]->parentWidget() != area) {
            m_pages[i]->setParent(area);
            static_cast<QHBoxLayout *>(area->layout())->addWidget(m_pages[i], m_layout.screens.value(i).columns.size() > 0 ? 1 : 1);
            m_pages[i]->show();
        }
    }
    // Keep the pages in layout order within a window.
    for (WallWindow *w : std::as_const(m_windows)) {
        auto *l = static_cast<QHBoxLayout *>(w->pageArea()->layout());
        QList<QWidget *> mine;
        for (QWidget *p : std::as_const(m_pages))
            if (p->parentWidget() == w->pageArea())
                mine.append(p);
        for (QWidget *p : std::as_const(mine))
            l->removeWidget(p);
        for (QWidget *p : std::as_const(mine))
            l->addWidget(p, 1);
    }
}

void WallController::setStore(Store *store)
{
    if (m_connConn)
        disconnect(m_connConn);
    m_store = store;
    m_feed->setStore(store);
    m_online = !store || store->isOnline();
    if (store)
        m_connConn = connect(store, &Store::connectionChanged, this, [this](bool online, const QDateTime &since) {
            const QString at = since.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("MM-dd HH:mm:ss"));
            m_online = online;
            if (online) {
                m_offlineText.clear();
                showMessage(tr("Server connection restored (lost at %1); the wall shows the current state again").arg(at), 60000);
            } else {
                m_offlineText = tr("Disconnected from the server since %1 — showing the last state; reconnecting…").arg(at);
                refreshStatus();
            }
        });
    refreshStatus();
}

WallMapView *WallController::steeredMap() const
{
    const QList<WallMapView *> maps = viewsOf<WallMapView>();
    for (WallMapView *m : maps)
        if (m->isSteered())
            return m;
    return maps.value(0);
}

bool WallController::bookmarkExtent(const QString &name, double aspect, Extent *out) const
{
    for (const WallBookmark &b : m_layout.bookmarks + m_standing.bookmarks)
        if (b.name == name) {
            const QPointF c = WebMercator::fromLonLat(b.lon, b.lat);
            // Ground metres to Web Mercator units at this latitude.
            const double w = b.widthM / std::cos(b.lat * M_PI / 180.0);
            *out = Extent::fromCenter(c, w, w / std::max(0.2, aspect));
            return true;
        }
    return m_machineBookmarks && m_machineBookmarks(name, out);
}

bool WallController::apply(const WallCommand &c, bool fromRotation)
{
    QString error;
    bool ok = true;
    switch (c.kind) {
    case WallCommand::Kind::Home: {
        if (m_layout.name != m_standing.name) {
            m_layout = m_standing;
            build();
        }
        for (WallMapView *m : viewsOf<WallMapView>())
            m->home();
        const QList<WallChartView *> charts = viewsOf<WallChartView>();
        int i = 0;
        for (const WallScreenSpec &s : m_layout.screens)
            for (const WallViewSpec &v : s.views)
                if (v.view == QLatin1String("chart") && i < charts.size())
                    charts[i++]->setSensor(v.options.value(QStringLiteral("sensor")).toString(QStringLiteral("S-TIDE-01")));
        break;
    }
    case WallCommand::Kind::Incident:
        if (WallMapView *m = steeredMap())
            ok = m->showIncident(c.incident, &error);
        else
            ok = false, error = tr("this layout has no map");
        break;
    case WallCommand::Kind::Bookmark: {
        WallMapView *m = steeredMap();
        Extent e;
        if (!m) {
            ok = false;
            error = tr("this layout has no map");
        } else if (!bookmarkExtent(c.name, double(std::max(1, m->width())) / std::max(1, m->height()), &e)) {
            ok = false;
            error = tr("no saved view named '%1' on this wall").arg(c.name);
        } else {
            m->showExtent(e);
        }
        break;
    }
    case WallCommand::Kind::Layout: {
        WallLayout l;
        if (!WallLayout::find(c.name, &l, &error)) {
            ok = false;
            break;
        }
        m_layout = l;
        build();
        break;
    }
    case WallCommand::Kind::Chart: {
        const QList<WallChartView *> charts = viewsOf<WallChartView>();
        bool known = false;
        for (const SensorInfo &s : m_ctx.operation->alarms()->engine().sensors())
            known = known || s.id == c.name;
        if (charts.isEmpty()) {
            ok = false;
            error = tr("this layout has no chart");
        } else if (!known) {
            ok = false;
            error = tr("no sensor '%1' in this operation").arg(c.name);
        } else {
            charts.first()->setSensor(c.name);
        }
        break;
    }
    }
    if (!ok) {
        showMessage(tr("Not shown on the wall: %1 — %2").arg(c.describe(), error), 30000);
        qInfo("wall: %s not shown: %s", qPrintable(c.target()), qPrintable(error));
        return false;
    }
    if (!fromRotation) {
        m_lastCommand = c.target();
        // A desk steers: the rotation waits, and the standing layout returns after the layout's minutes.
        m_rotation.stop();
        if (c.kind == WallCommand::Kind::Home) {
            m_paused = false;
            m_return.stop();
            if (m_standing.rotationSeconds > 0 && !m_standing.rotation.isEmpty())
                m_rotation.start(m_standing.rotationSeconds * 1000);
        } else {
            m_paused = true;
            m_return.start(std::max(1, m_standing.returnMinutes) * 60 * 1000);
        }
        showMessage(c.issuedBy.isEmpty() ? tr("On the wall: %1").arg(c.describe())
                                         : tr("On the wall: %1 (put up by %2)").arg(c.describe(), c.issuedBy));
    }
    return true;
}

void WallController::rotate()
{
    if (m_paused || m_standing.rotation.isEmpty())
        return;
    m_rotationIndex = (m_rotationIndex + 1) % int(m_standing.rotation.size());
    WallCommand c;
    QString e;
    if (WallCommand::parse(m_standing.rotation.value(m_rotationIndex), &c, &e))
        apply(c, true);
}

void WallController::showMessage(const QString &text, int timeoutMs)
{
    m_message = text;
    m_messageTimer.start(timeoutMs);
    refreshStatus();
}

void WallController::refreshStatus()
{
    const QFont f = m_metrics.bodyFont(QApplication::font());
    const int pad = std::max(4, m_metrics.bodyGlyphPx() / 2);
    for (WallWindow *w : std::as_const(m_windows)) {
        QLabel *s = w->statusLine();
        s->setFont(f);
        // The connection state on every screen; other messages on the first.
        const QString text = !m_offlineText.isEmpty() ? m_offlineText : (w->index() == 0 ? m_message : QString());
        s->setStyleSheet(!m_offlineText.isEmpty()
                             ? QStringLiteral("QLabel { background: #b71c1c; color: white; padding: %1px %2px; }").arg(pad / 2).arg(pad)
                             : QStringLiteral("QLabel { background: #1b2533; color: #e8eef4; padding: %1px %2px; }").arg(pad / 2).arg(pad));
        s->setText(text);
        s->setVisible(!text.isEmpty());
    }
}

bool WallController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        // No dialog on a wall screen: it is refused, and said on the status line and in the log (questions go to desks).
        if (auto *d = qobject_cast<QDialog *>(watched); d && d->isWindow()) {
            const QString text = tr("Not shown on the wall (answer it at a desk seat): %1").arg(d->windowTitle());
            qInfo("wall: %s", qPrintable(text));
            showMessage(text, 60000);
            QTimer::singleShot(0, d, &QDialog::reject);
        }
        break;
    case QEvent::MouseMove:
        // Seen on the window's QWindow (every move reaches it, mouse tracking or not): show the cursor, hide it again
        // after a few seconds.
        if (auto *win = qobject_cast<QWindow *>(watched))
            for (WallWindow *ww : std::as_const(m_windows))
                if (ww->windowHandle() == win) {
                    for (WallWindow *w : std::as_const(m_windows))
                        w->unsetCursor();
                    m_cursor.start();
                    break;
                }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fc
