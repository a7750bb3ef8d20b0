#pragma once

#include "app/core/district/floodlayers.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace fc {

class MapLayer;

// Adds map data from files or servers: any vector format OGR reads (drawn with a plain style),
// MBTiles, GDAL rasters (orthophotos, DEMs) and XYZ tile servers with an offline disk cache.
// Files are opened on a worker thread; the layer appears when ready, errors name the file.
class AddDataActions : public QObject
{
    Q_OBJECT
public:
    explicit AddDataActions(QWidget *window);
    void addTo(QMenu *menu);
    // Opens a file as a layer in the background; emits layerReady or failed.
    void addFile(const QString &path);
    void addXyz(const QString &urlTemplate);
    // The theme new vector layers are styled for (the window restyles them when it changes).
    void setTheme(MapTheme t) { m_theme = t; }

Q_SIGNALS:
    void layerReady(fc::MapLayer *layer); // parented to the window; caller inserts it in the map
    void failed(const QString &message);

private:
    QWidget *m_window;
    QAction *m_file;
    QAction *m_xyz;
    int m_counter = 0;
    MapTheme m_theme = MapTheme::Dark;
};

} // namespace fc
