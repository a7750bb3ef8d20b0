#include "app/gui/mainwindow.h"

#include "app/gui/adddataactions.h"
#include "app/gui/bookmarkactions.h"
#include "app/gui/mapactions.h"
#include "app/gui/storeactions.h"
#include "app/gui/panels.h"
#include "app/core/base/clock.h"
#include "app/core/live/operation.h"
#include "app/core/district/situationsummary.h"
#include "app/core/store/store.h"
#include "app/core/live/storelayersync.h"
#include "maps/ogrreader.h"
#include "widgets/panels/datatablepanel.h"
#include "maps/tilelayer.h"
#include "maps/layermodel.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"
#include "widgets/map/featuresearch.h"
#include "widgets/panels/identifypanel.h"
#include "widgets/panels/forecastpanel.h"
#include "widgets/panels/layerpanel.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/common/theme.h"
#include "maps/layerregistry.h"
#include "widgets/map/typhoonlayers.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>
#include <QPointer>
#include <cmath>

namespace fc {

namespace {

QString degreesMinutes(double v, QChar pos, QChar neg)
{
    const QChar hemi = v >= 0 ? pos : neg;
    v = std::abs(v);
    const int d = int(v);
    const double m = (v - d) * 60.0;
    return QStringLiteral("%1°%2′%3").arg(d).arg(m, 6, 'f', 3, QLatin1Char('0')).arg(hemi);
}

} // namespace

MainWindow::MainWindow(const AppOptions &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_theme(options.light ? MapTheme::Light : MapTheme::Dark)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("FloodCommand — District Flood Control and Typhoon Command"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/floodcommand.svg")));

    m_operation = new Operation(this);
    m_clockService = m_operation->clock();
    m_registry = new LayerRegistry(this);
    m_canvas = new MapCanvas(this);
    m_canvas->setRegistry(m_registry);
    m_canvas->setBackground(MapPalette::forTheme(m_theme).background);
    if (options.wall)
        m_canvas->setSymbolScale(1.6); // read from across the command room
    setCentralWidget(m_canvas);

    m_layerModel = new LayerModel(m_registry, this);
    m_layerPanel = new LayerPanel(m_layerModel, m_canvas, this);
    m_layerDock = new QDockWidget(tr("Layers"), this);
    m_layerDock->setObjectName(QStringLiteral("LayersDock"));
    m_layerDock->setWidget(m_layerPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerDock);

    m_identify = new IdentifyPanel(this);
    m_identifyDock = new QDockWidget(tr("Feature details"), this);
    m_identifyDock->setObjectName(QStringLiteral("IdentifyDock"));
    m_identifyDock->setWidget(m_identify);
    addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    connect(m_canvas, &MapCanvas::identified, m_identify, &IdentifyPanel::showHits);
    connect(m_canvas, &MapCanvas::identified, this, [this] { m_identifyDock->raise(); });
    connect(m_identify, &IdentifyPanel::featureChosen, this, &MainWindow::select);

    m_search = new FeatureSearch(this);
    m_search->setRegistry(m_registry);
    m_search->setMaximumWidth(320);
    connect(m_search, &FeatureSearch::found, this, [this](const IdentifyHit &h) {
        if (!h.layer || !h.store)
            return;
        m_canvas->zoomToFeature(h.store->bbox(h.feature));
        m_identify->showHits({h});
        m_identifyDock->show();
        m_identifyDock->raise();
    });

    m_mapActions = new MapActions(m_canvas, this);
    m_addData = new AddDataActions(this);
    m_addData->setTheme(m_theme);
    connect(m_addData, &AddDataActions::layerReady, this, &MainWindow::insertLayer);
    connect(m_addData, &AddDataActions::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Add layer"), message);
    });
    m_bookmarks = new BookmarkActions(m_canvas, this);
    m_storeActions = new StoreActions(m_operation, this);
    connect(m_storeActions, &StoreActions::previewGeometries, this, &MainWindow::showPreview);
    connect(m_storeActions, &StoreActions::message, this, [this](const QString &t) { statusBar()->showMessage(t, 15000); });
    connect(m_operation, &Operation::intakeMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    buildMenus();
    buildStatusBar();
    // Side columns run the full height; the bottom area sits under the map only (the window needs less height).
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_panels = createPanels(this);
    for (Panel *p : std::as_const(m_panels))
        p->install(this);
    // On a fresh layout the command loop's docks are in front (warnings and response, incidents, gauge charts);
    // the panels installed after them (supplies, shelters, hazards, reports) wait behind them as tabs.
    for (const char *name : {"WarningsDock", "IncidentDock", "ChartDock"})
        if (auto *dock = findChild<QDockWidget *>(QLatin1String(name)))
            dock->raise();
    resize(options.size);
    m_defaultState = saveState();
    if (options.screenshot.isEmpty())
        restoreLayout();

    connect(&m_loader, &QFutureWatcher<LayerRead>::finished, this, &MainWindow::dataReady);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
    // Panels let go of the store (and finish their reads through it) before the store closes; then the Operation
    // closes it, and the panels go before the services they show.
    for (Panel *p : std::as_const(m_panels))
        p->storeChanged(nullptr);
    m_operation->setStore(nullptr);
    qDeleteAll(m_panels);
    m_panels.clear();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_addData->addTo(file);
    file->addSeparator();
    QMenu *edit = new QMenu(tr("&Edit"), this);
    m_editMenu = edit;
    m_storeActions->addTo(file, edit);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    menuBar()->addMenu(edit);
    auto *toolbar = addToolBar(tr("Map"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("MapToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QMenu *map = menuBar()->addMenu(tr("&Map"));
    m_mapMenu = map;
    m_mapActions->addTo(map, toolbar);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    // Water level for flood-wall freeboard: the current reading or a forecast to look ahead with.
    toolbar->addSeparator();
    auto *tideLabel = new QLabel(tr("Tide (Huangpu Park)"), toolbar);
    tideLabel->setToolTip(tr("Water level used to colour flood walls by freeboard (crest − water level), Wusong datum"));
    auto *tide = new QDoubleSpinBox(toolbar);
    tide->setObjectName(QStringLiteral("tideLevel"));
    tide->setRange(0.0, 7.0);
    tide->setDecimals(2);
    tide->setSingleStep(0.05);
    tide->setSuffix(tr(" m"));
    tide->setValue(m_tide);
    tide->setToolTip(tideLabel->toolTip());
    toolbar->addWidget(tideLabel);
    toolbar->addWidget(tide);
    connect(tide, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_tide = v;
        FloodLayers::applyTide(vectorLayers(), m_theme, v); // only the flood walls re-render
        updateSummary();
    });
    // Waterlogging forecast: the flood model's panel in a dock, made when first asked for.
    QAction *forecast = map->addAction(tr("Waterlogging &forecast…"));
    forecast->setObjectName(QStringLiteral("forecastAction"));
    connect(forecast, &QAction::triggered, this, [this] {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("ForecastDock"));
        if (!dock) {
            dock = new QDockWidget(tr("Waterlogging forecast"), this);
            dock->setObjectName(QStringLiteral("ForecastDock"));
            dock->setWidget(new ForecastPanel(m_operation, m_registry, dock));
            addDockWidget(Qt::RightDockWidgetArea, dock);
        }
        dock->show();
        dock->raise();
    });
    QAction *find = map->addAction(tr("&Find feature…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction *zoomSel = map->addAction(tr("Zoom to &selection"));
    zoomSel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(zoomSel, &QAction::triggered, this, [this] {
        if (!m_selected.layer || !m_selected.store)
            return;
        m_canvas->zoomToFeature(m_selected.store->bbox(m_selected.feature));
    });
    m_bookmarks->setMenu(map->addMenu(tr("Saved &views")));

    m_commandMenu = menuBar()->addMenu(tr("&Command"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_layerDock->toggleViewAction());
    view->addAction(m_identifyDock->toggleViewAction());
    view->addSeparator();
    auto *themes = new QActionGroup(this);
    QAction *dark = view->addAction(tr("&Dark theme (command room)"));
    QAction *light = view->addAction(tr("&Light theme (office)"));
    for (QAction *a : {dark, light}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    (m_theme == MapTheme::Dark ? dark : light)->setChecked(true);
    connect(dark, &QAction::triggered, this, [this] { setTheme(MapTheme::Dark); });
    connect(light, &QAction::triggered, this, [this] { setTheme(MapTheme::Light); });
    QAction *full = view->addAction(tr("&Full screen"));
    full->setShortcut(QKeySequence::FullScreen);
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    QAction *reset = view->addAction(tr("&Reset layout"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu *lang = menuBar()->addMenu(tr("&Language"));
    QAction *zh = lang->addAction(QStringLiteral("中文"));
    QAction *en = lang->addAction(QStringLiteral("English"));
    auto *langs = new QActionGroup(this);
    for (QAction *a : {zh, en}) {
        a->setCheckable(true);
        langs->addAction(a);
    }
    (QLocale().language() == QLocale::Chinese ? zh : en)->setChecked(true);
    connect(zh, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(en, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About FloodCommand"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About FloodCommand"),
                           tr("<h3>FloodCommand %1</h3><p>District flood-control and typhoon command centre. "
                              "Works fully offline.</p><p>The demo district is sample data laid over real "
                              "geography in outline.</p>")
                               .arg(QStringLiteral(FC_VERSION)));
    });
}

void MainWindow::buildStatusBar()
{
    m_source = new QLabel(this);
    m_coords = new QLabel(this);
    m_scale = new QLabel(this);
    m_render = new QLabel(this);
    m_clock = new QLabel(this);
    m_coords->setMinimumWidth(280);
    statusBar()->addWidget(m_source, 1);
    statusBar()->addPermanentWidget(m_coords);
    statusBar()->addPermanentWidget(m_scale);
    statusBar()->addPermanentWidget(m_render);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](const GeoPoint &g) {
        m_coords->setText(QStringLiteral("WGS84  %1  %2").arg(degreesMinutes(g.lat, QLatin1Char('N'), QLatin1Char('S')),
                                                             degreesMinutes(g.lon, QLatin1Char('E'), QLatin1Char('W'))));
    });
    connect(m_canvas, &MapCanvas::viewChanged, this, [this] {
        m_scale->setText(tr("Scale 1:%1").arg(QLocale().toString(qRound64(m_canvas->settings().scaleDenominator() / 10) * 10)));
    });
    connect(m_canvas, &MapCanvas::renderFinished, this, [this](qint64 ms) { m_render->setText(tr("Frame %1 ms").arg(ms)); });
    connect(m_canvas, &MapCanvas::renderErrors, this, [this](const QStringList &errors) {
        for (const QString &e : errors)
            qWarning("map: %s", qPrintable(e));
        statusBar()->showMessage(tr("Map could not draw everything: %1").arg(errors.join(QStringLiteral("; "))), 15000);
    });
    connect(m_canvas, &MapCanvas::measureChanged, this, [this](double m, double a) {
        if (m <= 0)
            return;
        QString t = tr("Distance %1 m").arg(QLocale().toString(m, 'f', 0));
        if (a > 0)
            t += QStringLiteral("  ") + tr("Area %1 m²").arg(QLocale().toString(a, 'f', 0));
        statusBar()->showMessage(t, 20000);
    });
    auto *timer = new QTimer(this);
    auto tick = [this] {
        // The application clock: during a replay the replayed time, marked so nobody takes it for now.
        const QDateTime now = m_clockService->now().toTimeZone(QTimeZone("Asia/Shanghai"));
        const QString text = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (UTC+8)");
        m_clock->setText(m_clockService->isReplaying() ? tr("Replay %1").arg(text) : text);
    };
    connect(timer, &QTimer::timeout, this, tick);
    timer->start(1000);
    tick();
    // A replay shows the map's store layers (team positions, edited features) as they were at the replay time.
    connect(m_clockService, &Clock::modeChanged, this, [this] { followReplayOnMap(true); });
    connect(m_clockService, &Clock::jumped, this, [this] { followReplayOnMap(true); });
    connect(m_clockService, &Clock::ticked, this, [this] { followReplayOnMap(false); });
}

void MainWindow::followReplayOnMap(bool jumped)
{
    // While playing, rebuilt every minute of replay time (one rebuild in flight at most).
    if (m_sync)
        if (const std::optional<QDateTime> t = m_clockService->asOfTarget(m_sync->asOf(), jumped))
            m_sync->setAsOf(*t);
}

void MainWindow::loadData()
{
    m_source->setText(tr("Loading map data…"));
    const QString db = m_options.db;
    const bool demo = db.isEmpty(); // --demo without --db: the embedded demo, read-only
    if (!demo) {
        QString error;
        // A store path that does not exist is likely a typo: create it (and its folders) only when asked to.
        bool create = m_options.create || m_options.defaultDb || m_options.demo; // --demo: a new demo store
        bool declined = false;
        if (!create && !Store::isServer(db) && !QFileInfo::exists(db)) { // a URI is a server, never a file
            if (m_options.screenshot.isEmpty()) {
                const QString where = QDir::toNativeSeparators(QFileInfo(db).absoluteFilePath());
                const QString question = QFileInfo(QFileInfo(db).absolutePath()).isDir()
                                             ? tr("%1 does not exist.\n\nCreate a new, empty operation store there?").arg(where)
                                             : tr("%1 does not exist, nor does its folder.\n\nCreate the folder and a new, "
                                                  "empty operation store there?").arg(where);
                create = QMessageBox::question(this, tr("Operation store"), question, QMessageBox::Yes | QMessageBox::No,
                                               QMessageBox::No)
                         == QMessageBox::Yes;
                declined = !create;
            }
            if (!create)
                error = tr("%1: no such store (start with --create to make a new one)").arg(db);
        }
        // Panels let go of a store being replaced (and finish their reads through it) before it closes.
        if (error.isEmpty() && m_storeActions->store())
            for (Panel *p : std::as_const(m_panels))
                p->storeChanged(nullptr);
        auto failed = [this, declined](const QString &why) {
            m_loadError = why;
            m_source->setText(tr("Cannot open the operation store: %1").arg(why));
            if (m_options.screenshot.isEmpty() && !declined)
                QMessageBox::critical(this, tr("Operation store"), tr("Cannot open the operation store:\n%1").arg(why));
            QMetaObject::invokeMethod(this, [this] { Q_EMIT dataLoaded(false); }, Qt::QueuedConnection);
        };
        if (!error.isEmpty()) {
            failed(error);
            return;
        }
        // Opened off the GUI thread; the rest follows when the Operation holds the store.
        m_storeActions->openOrCreate(db, m_options.demo || m_options.defaultDb, m_options.readOnly,
                                     [this, failed](bool ok, const QString &why) {
                                         if (!ok) {
                                             failed(why);
                                             return;
                                         }
                                         storeOpened();
                                     });
        return;
    }
    // No store: the embedded demo district, read-only.
    m_loader.setFuture(QtConcurrent::run([]() -> LayerRead {
        LayerRead r;
        r.layers = DemoDistrict::load(&r.error);
        r.ok = !r.layers.isEmpty();
        return r;
    }));
}

void MainWindow::storeOpened()
{
    createDataDock();
    watchConnection(m_storeActions->store());
    if (!m_storeActions->notice().isEmpty())
        statusBar()->showMessage(m_storeActions->notice(), 60000);
    for (Panel *p : std::as_const(m_panels))
        p->storeChanged(m_storeActions->store());
    startIntake();
    if (m_options.replayAt.isValid()) {
        m_clockService->startReplay(m_options.replayAt);
        m_clockService->pauseReplay(true);
    }
    // The map reads its layers through the store's own connection: a second library opening the same file in this
    // process would drop the store's POSIX locks (and another process could then delete our WAL).
    m_loader.setFuture(m_storeActions->store()->readLayers(Schema::featureKinds()));
}

void MainWindow::watchConnection(Store *store)
{
    // A seat that loses the server keeps showing the last state, says so plainly, and refuses writes visibly.
    auto *bar = new QToolBar(tr("Server connection"), this);
    bar->setObjectName(QStringLiteral("ConnectionBar"));
    bar->setMovable(false);
    auto *label = new QLabel(bar);
    label->setObjectName(QStringLiteral("connectionBanner"));
    label->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 6px 12px; }"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(label);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, bar);
    bar->hide();
    connect(store, &Store::connectionChanged, this, [this, bar, label](bool online, const QDateTime &since) {
        const QString at = since.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("HH:mm:ss"));
        if (online) {
            bar->hide();
            statusBar()->showMessage(tr("Server connection restored (lost at %1); changes made meanwhile are shown").arg(at), 30000);
        } else {
            label->setText(tr("Disconnected from the server since %1 — showing the last state, read-only; reconnecting…").arg(at));
            bar->show();
        }
    });
}

// The feed endpoint, the drop folder and the watched CAP folder, run by this window for a single-seat operation when
// configured (settings feed/enabled, feed/address, feed/port, feed/token, feed/max_body_bytes, feed/tls_certificate and
// feed/tls_key (required for an address other than loopback); ingest/drop_folder;
// warnings/capFolder). Where `floodctl serve` (or another window) already runs the operation's intake, this one
// says so and leaves it there.
void MainWindow::startIntake()
{
    QSettings cfg;
    Operation::IntakeOptions o;
    o.feed = cfg.value(QStringLiteral("feed/enabled"), false).toBool();
    o.feedOptions.address = QHostAddress(cfg.value(QStringLiteral("feed/address"), QStringLiteral("127.0.0.1")).toString());
    o.feedOptions.port = quint16(cfg.value(QStringLiteral("feed/port"), 8765).toUInt());
    o.feedOptions.token = cfg.value(QStringLiteral("feed/token")).toString().toUtf8();
    o.feedOptions.maxBodyBytes = cfg.value(QStringLiteral("feed/max_body_bytes"), 1 << 20).toLongLong();
    o.feedOptions.tlsCertificateFile = cfg.value(QStringLiteral("feed/tls_certificate")).toString();
    o.feedOptions.tlsKeyFile = cfg.value(QStringLiteral("feed/tls_key")).toString();
    o.dropFolder = cfg.value(QStringLiteral("ingest/drop_folder")).toString();
    o.capFolder = cfg.value(QStringLiteral("warnings/capFolder")).toString();
    if (!o.any() || !m_operation->store() || m_operation->store()->isReadOnly())
        return;
    QString e;
    if (!m_operation->startIntake(o, &e))
        statusBar()->showMessage(tr("Intake not started here: %1").arg(e), 30000);
}

Operation *MainWindow::operation()
{
    return m_operation;
}

Store *MainWindow::store()
{
    return m_storeActions->store();
}

QUndoStack *MainWindow::undoStack()
{
    return m_storeActions->undoStack();
}

QMenu *MainWindow::menu(Menu which)
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::Edit:
        return m_editMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Map:
        return m_mapMenu;
    case Menu::Command:
        break;
    }
    return m_commandMenu;
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    // Two stacks of tabs per side and one along the bottom at most, so the window keeps its size on any screen:
    // the third dock of a side joins the first one's tabs, the fourth the second's, and so on; the newcomer shows.
    QList<QDockWidget *> &inArea = m_docksByArea[area];
    if (inArea.isEmpty() && area == Qt::RightDockWidgetArea)
        inArea.append(m_identifyDock);
    const int columns = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea ? 2 : 1;
    if (inArea.size() >= columns) {
        tabifyDockWidget(inArea[inArea.size() % columns], dock);
        dock->show();
        dock->raise();
    } else {
        addDockWidget(area, dock);
    }
    inArea.append(dock);
    m_viewMenu->insertAction(m_viewMenu->actions().value(2), dock->toggleViewAction());
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::dataReady()
{
    const LayerRead read = m_loader.future().resultCount() ? m_loader.result() : LayerRead{};
    const LayerStores stores = read.layers;
    if (!read.ok || stores.isEmpty()) {
        m_loadError = read.error.isEmpty() ? tr("no map layers found") : read.error;
        m_source->setText(tr("Could not load map data: %1").arg(m_loadError));
        Q_EMIT dataLoaded(false);
        return;
    }
    const QList<VectorLayer *> created = FloodLayers::createLayers(stores, m_theme, this);
    m_registry->setLayers(QList<MapLayer *>(created.cbegin(), created.cend())); // deletes the old ones
    if (Store *store = m_storeActions->store()) {
        // From now on the layers follow the change feed, in commit order (feature search follows each layer).
        delete m_sync;
        m_sync = new StoreLayerSync(store, this);
        for (VectorLayer *l : created)
            m_sync->track(l, read.changeId);
        m_replayAsNow.clear();
        followReplayOnMap(true);
        connect(m_sync, &StoreLayerSync::layerUpdated, this, [this] { updateSummary(); });
        connect(m_sync, &StoreLayerSync::asOfApplied, this, [this] {
            const QStringList asNow = m_sync->unrecoverable();
            if (!asNow.isEmpty() && asNow != m_replayAsNow)
                statusBar()->showMessage(tr("Replay: %n map layer(s) were loaded by an import after that time and are "
                                            "shown as they are now", nullptr, int(asNow.size())),
                                         15000);
            m_replayAsNow = asNow;
        });
        connect(m_sync, &StoreLayerSync::failed, this, [this](const QString &message) {
            qWarning("%s", qPrintable(message));
            statusBar()->showMessage(message, 30000);
        });
        // The typhoon layers follow the store's storms and the clock (replaced with the sync they belong to).
        new TyphoonLayers(store, m_clockService, m_registry, m_sync);
    }
    const auto boundary = stores.value(QStringLiteral("district_boundary"));
    m_mapWasEmpty = true; // updateSummary() zooms to the data and takes the notice down when there is some
    if (boundary && boundary->count() > 0) {
        m_canvas->setFullExtent(boundary->extent().scaled(1.02));
        m_canvas->zoomToFullExtent();
        m_mapWasEmpty = false;
    }
    // Sample data says so in its own boundary record (the demo district's English name).
    const bool demo = m_options.db.isEmpty() || FloodLayers::isSampleData(boundary.get());
    m_source->setText(m_options.db.isEmpty() || m_options.demo ? tr("Demo district — SAMPLE DATA")
                                             : (demo ? tr("%1 — SAMPLE DATA").arg(m_options.db) : m_options.db));
    if (Store *store = m_storeActions->store(); store && store->isReadOnly())
        m_source->setText(tr("%1 — read-only").arg(m_source->text()));
    m_canvas->setBadgeText(demo ? tr("SAMPLE DATA") : QString());
    updateSummary();
    Q_EMIT dataLoaded(true);
}

void MainWindow::updateSummary()
{
    LayerStores current;
    Extent data;
    for (VectorLayer *l : vectorLayers()) {
        if (l->id().startsWith(QLatin1String("typhoon_")))
            continue; // storm tracks span an ocean: they neither make the map "have data" nor set its extent
        current.insert(l->id(), l->store());
        if (l->store() && l->store()->count() > 0)
            data.include(l->store()->extent());
    }
    // A store without map data (a new, empty one) says what to do instead of showing an empty dark map; the first
    // data to arrive (an import, another seat) brings the map to it.
    if (!vectorLayers().isEmpty()) {
        m_canvas->setNotice(data.isNull() ? tr("This operation store has no map data yet.\nImport layers with File › "
                                               "Import into operation… (or floodctl import), or open the demo "
                                               "district with --demo.")
                                          : QString());
        if (m_mapWasEmpty && !data.isNull()) {
            m_mapWasEmpty = false;
            m_canvas->setFullExtent(data.width() > 0 || data.height() > 0 ? data.scaled(1.05) : data.buffered(500));
            m_canvas->zoomToFullExtent();
        }
    }
    const QDate today = m_clockService->now().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    m_identify->setIdleText(SituationSummary::compute(current, m_tide, today).toHtml());
}

QList<VectorLayer *> MainWindow::vectorLayers() const
{
    return m_registry->layersOf<VectorLayer>();
}

void MainWindow::insertLayer(MapLayer *layer)
{
    int at = -1;
    if (qobject_cast<TileLayer *>(layer)) {
        // Imagery goes above the vector basemap, under the operation layers.
        at = FloodLayers::imageryIndex(m_registry->layers());
        layer->setOpacity(0.85);
    }
    m_registry->addLayer(std::unique_ptr<MapLayer>(layer), at);
    m_canvas->zoomToLayer(layer->id());
    m_source->setText(tr("Added layer %1").arg(layer->name()));
}

void MainWindow::select(const IdentifyHit &h)
{
    m_selected = h;
    for (VectorLayer *l : vectorLayers())
        l->setSelection(h.layer && h.store && l == h.layer ? QSet<qint64>{h.store->fid(h.feature)} : QSet<qint64>{});
}

void MainWindow::createDataDock()
{
    auto *panel = new DataTablePanel(m_storeActions->store(), m_storeActions->undoStack(), this);
    m_dataDock = new QDockWidget(tr("Operation data"), this);
    m_dataDock->setObjectName(QStringLiteral("DataDock"));
    m_dataDock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, m_dataDock);
    m_dataDock->hide(); // opened from the View menu; the map keeps the room by default
    m_viewMenu->insertAction(m_viewMenu->actions().value(2), m_dataDock->toggleViewAction());
    connect(panel, &DataTablePanel::rowActivated, this, [this](const QString &table, qint64 fid) {
        for (VectorLayer *l : vectorLayers()) {
            if (l->id() != table || !l->store())
                continue;
            const int i = l->store()->indexOfFid(fid);
            if (i < 0)
                return;
            m_canvas->zoomToFeature(l->store()->bbox(i));
            select({l, i});
            m_identify->showHits({{l, i}});
        }
    });
    if (m_options.screenshot.isEmpty())
        restoreLayout();
}

void MainWindow::showPreview(const QStringList &wkt)
{
    if (wkt.isEmpty()) {
        if (m_preview) {
            m_registry->removeLayer(m_preview->id()); // deletes it
            m_preview = nullptr;
        }
        return;
    }
    const auto store = OgrReader::fromWkt(wkt);
    if (!m_preview) {
        m_preview = new VectorLayer(QStringLiteral("import_preview"), tr("Import preview"), store, this);
        Symbol s;
        s.stroke = QColor(255, 230, 0);
        s.strokeWidth = 2.5;
        s.fill = QColor(255, 230, 0, 70);
        s.size = 12;
        s.marker = Symbol::Marker::Diamond;
        m_preview->setStyle(VectorStyle(s));
        m_preview->setGroup(tr("Added layers"));
        insertLayer(m_preview);
    } else {
        m_preview->setStore(store);
        m_canvas->zoomToLayer(m_preview->id());
    }
}

void MainWindow::setTheme(MapTheme t)
{
    m_theme = t;
    Theme::apply(*qApp, t, m_options.wall);
    m_canvas->setBackground(MapPalette::forTheme(t).background);
    m_addData->setTheme(t);
    FloodLayers::restyle(vectorLayers(), t, m_tide); // operation layers and layers added from files
    QSettings().setValue(QStringLiteral("ui/theme"), t == MapTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void MainWindow::setLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), lang);
    QMessageBox::information(this, tr("Language"), tr("The interface language changes when FloodCommand is restarted."));
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::resetLayout()
{
    QSettings s;
    s.remove(QStringLiteral("window"));
    restoreState(m_defaultState);
    m_layerDock->show();
    m_identifyDock->show();
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (m_options.screenshot.isEmpty()) {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
    }
    e->accept();
}

} // namespace fc
