#pragma once

#include "app/gui/appoptions.h"
#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "app/core/store/store.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/panels/panel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>

class QLabel;
class QDockWidget;

namespace fc {

class MapCanvas;
class LayerModel;
class LayerRegistry;
class LayerPanel;
class IdentifyPanel;
class FeatureSearch;
class MapActions;
class AddDataActions;
class BookmarkActions;
class StoreActions;
class MapLayer;
class VectorLayer;
class Operation;

// The command-room window: the map in the centre, dock panels around it, a status bar with the
// cursor position, scale and clock. It wires services and panels together; actions live in
// handler classes (MapActions, ...).
class MainWindow : public QMainWindow, public PanelHost
{
    Q_OBJECT
public:
    explicit MainWindow(const AppOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    MapCanvas *canvas() override { return m_canvas; }
    // PanelHost: what the panels (app/panels.cpp) may use of the window.
    QMainWindow *window() override { return this; }
    Operation *operation() override;
    Clock *clock() override { return m_clockService; }
    Store *store() override;
    QUndoStack *undoStack() override;
    QMenu *menu(Menu which) override;
    QToolBar *toolBar() override { return m_toolbar; }
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override;
    void showMessage(const QString &text, int timeoutMs = 10000) override;
    bool wallMode() const override { return m_options.wall; }
    const AppOptions &options() const { return m_options; }
    IdentifyPanel *identifyPanel() const { return m_identify; }
    QList<VectorLayer *> mapLayers() const { return vectorLayers(); }
    // Starts loading the operation's map data in the background.
    void loadData();
    // Why the last loadData() failed (dataLoaded(false)): store refused, map layers unreadable ...
    QString loadError() const { return m_loadError; }

Q_SIGNALS:
    void dataLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *) override;

private:
    void buildMenus();
    void buildStatusBar();
    void dataReady();
    void restoreLayout();
    void resetLayout();
    void setLanguage(const QString &lang);
    void setTheme(MapTheme t);
    void insertLayer(MapLayer *layer);
    QList<VectorLayer *> vectorLayers() const; // the registry's vector layers, bottom first
    void select(const IdentifyHit &hit);
    void showPreview(const QStringList &wkt);
    void createDataDock();
    void updateSummary();
    void followReplayOnMap(bool jumped);
    void watchConnection(Store *store);
    void startIntake();
    void storeOpened();

    AppOptions m_options;
    MapTheme m_theme;
    LayerRegistry *m_registry;
    MapCanvas *m_canvas;
    LayerModel *m_layerModel;
    LayerPanel *m_layerPanel;
    IdentifyPanel *m_identify;
    FeatureSearch *m_search;
    MapActions *m_mapActions;
    AddDataActions *m_addData;
    BookmarkActions *m_bookmarks;
    StoreActions *m_storeActions;
    QDockWidget *m_dataDock = nullptr;
    QPointer<VectorLayer> m_preview; // owned by the registry
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_mapMenu = nullptr, *m_commandMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    Operation *m_operation;
    Clock *m_clockService; // the Operation's
    QList<Panel *> m_panels;
    QHash<int, QList<QDockWidget *>> m_docksByArea; // panels' docks, to tab them (addDock)
    IdentifyHit m_selected;
    double m_tide = 3.2; // Huangpu Park water level used for flood-wall freeboard (m, Wusong datum)
    QDockWidget *m_layerDock;
    QDockWidget *m_identifyDock;
    QLabel *m_coords, *m_scale, *m_clock, *m_render, *m_source;
    QFutureWatcher<LayerRead> m_loader;
    class StoreLayerSync *m_sync = nullptr;
    bool m_mapWasEmpty = false; // no layer had features: zoom to the first that arrive
    QStringList m_replayAsNow; // layers the replay shows as they are now (imported after the replay time)
    QString m_loadError;
    QByteArray m_defaultState;
};

} // namespace fc
