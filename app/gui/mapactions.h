#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace fc {

class MapCanvas;

// Map navigation, tools and export: actions with shortcuts, added to a menu and a toolbar.
class MapActions : public QObject
{
    Q_OBJECT
public:
    MapActions(MapCanvas *canvas, QWidget *window);
    void addTo(QMenu *menu, QToolBar *toolbar);
    // Renders the current view at a chosen size off the GUI thread and saves a PNG.
    void exportImage();

private:
    MapCanvas *m_canvas;
    QWidget *m_window;
    QList<QAction *> m_nav;
    QActionGroup *m_tools;
    QAction *m_export;
};

} // namespace fc
