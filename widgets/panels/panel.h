#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <Qt>

class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace fc {

class Clock;
class MapCanvas;
class Operation;
class Store;

// What a panel may use of the main window. The window implements it; panels never include the window.
class PanelHost
{
public:
    enum class Menu { File, Edit, View, Map, Command };

    virtual ~PanelHost() = default;
    virtual QMainWindow *window() = 0;
    virtual MapCanvas *canvas() = 0;
    // The open operation: its store and every live service (warnings, alarms, dispatch, roads, intake). Panels
    // take what they show from it; none creates a service of its own.
    virtual Operation *operation() = 0;
    virtual Clock *clock() = 0; // operation()->clock()
    // The open operation store, or null (no store: the embedded demo shown read-only).
    virtual Store *store() = 0;
    virtual QUndoStack *undoStack() = 0;
    virtual QMenu *menu(Menu which) = 0;
    virtual QToolBar *toolBar() = 0;
    // Adds a dock; its toggle action goes into the View menu. Wall mode hides docks' title bars itself.
    virtual void addDock(QDockWidget *dock, Qt::DockWidgetArea area) = 0;
    virtual void showMessage(const QString &text, int timeoutMs = 10000) = 0;
    // Wall display (--wall): large type, no dialogs popping over the wall.
    virtual bool wallMode() const = 0;
};

// One panel of the command centre (warnings, alarms, incidents, teams, ...): brings its own dock, actions and
// menu entries. The main window creates every registered panel (app/panels.cpp) and calls install() once the
// window's menus exist, then storeChanged() whenever an operation store is opened (or closed: null).
// A panel reads the Operation's services and the store interface and keeps itself current from their signals and
// Store::rowsChanged (the change feed); it never creates a service, opens its own database connection or re-reads
// whole tables on a change. storeChanged() comes after the Operation's services have followed the new store.
class Panel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void install(PanelHost *host) = 0;
    virtual void storeChanged(Store *store) = 0;
    // The panel shows its data (the store's rows it reads are loaded; nothing it waits for is in flight).
    // A screenshot or a briefing export waits for every panel to be ready.
    virtual bool isReady() const { return true; }
};

} // namespace fc
