#include "app/gui/adddataactions.h"

#include "maps/gdalrastersource.h"
#include "maps/mbtilessource.h"
#include "maps/ogrreader.h"
#include "maps/tilelayer.h"
#include "maps/vectorlayer.h"
#include "maps/xyztilesource.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

namespace {

// What a background open produces: either a tile source or a vector store, or an error.
struct Opened
{
    std::shared_ptr<const TileSource> tiles;
    std::shared_ptr<const FeatureStore> features;
    QString error;
};

} // namespace

AddDataActions::AddDataActions(QWidget *window) : QObject(window), m_window(window)
{
    m_file = new QAction(tr("&Add layer from file…"), this);
    m_file->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_file, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Add layer from file"), QString(),
            tr("Map data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.mbtiles *.tif *.tiff *.vrt *.jp2 *.img);;"
               "All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    m_xyz = new QAction(tr("Add &tile server (XYZ)…"), this);
    connect(m_xyz, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(m_window, tr("Add tile server"),
                                                  tr("URL template, e.g. http://tiles.intranet/{z}/{x}/{y}.png\n"
                                                     "Tiles are kept in a disk cache and stay available offline."),
                                                  QLineEdit::Normal, QString(), &ok);
        if (ok && !url.trimmed().isEmpty())
            addXyz(url.trimmed());
    });
}

void AddDataActions::addTo(QMenu *menu)
{
    menu->addAction(m_file);
    menu->addAction(m_xyz);
}

void AddDataActions::addFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool raster = QStringList{QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("vrt"), QStringLiteral("jp2"),
                                    QStringLiteral("img")}
                            .contains(suffix);
    const bool mbtiles = suffix == QLatin1String("mbtiles");
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Opened o = watcher->result();
        if (!o.error.isEmpty()) {
            Q_EMIT failed(o.error);
            return;
        }
        const QString id = FloodLayers::addedLayerId(++m_counter);
        const QString name = QFileInfo(path).completeBaseName();
        MapLayer *layer = nullptr;
        if (o.tiles) {
            auto *t = new TileLayer(id, name, o.tiles, m_window);
            t->setOnline(false);
            layer = t;
        } else {
            auto *v = new VectorLayer(id, name, o.features, m_window);
            v->setStyle(FloodLayers::addedLayerStyle(o.features->geometryType(), m_theme));
            layer = v;
        }
        layer->setGroup(tr("Added layers"));
        Q_EMIT layerReady(layer);
    });
    watcher->setFuture(QtConcurrent::run([path, raster, mbtiles]() -> Opened {
        Opened o;
        if (mbtiles || raster) {
            std::shared_ptr<TileSource> src;
            if (mbtiles)
                src = std::make_shared<MbTilesSource>(path);
            else
                src = std::make_shared<GdalRasterSource>(path);
            if (!src->isValid())
                o.error = src->errorString();
            else
                o.tiles = src;
            return o;
        }
        QString error;
        o.features = OgrReader::read(path, QString(), &error);
        if (!o.features)
            o.error = error;
        else if (o.features->count() == 0)
            o.error = tr("%1: the layer has no features with geometry").arg(path);
        return o;
    }));
}

void AddDataActions::addXyz(const QString &urlTemplate)
{
    const QByteArray hash = QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                              .filePath(QStringLiteral("tiles/") + QString::fromLatin1(hash));
    auto src = std::make_shared<XyzTileSource>(urlTemplate, cache, urlTemplate);
    if (!src->isValid()) {
        Q_EMIT failed(src->errorString());
        return;
    }
    auto *layer = new TileLayer(QStringLiteral("added_%1").arg(++m_counter), tr("Tile server"), src, m_window);
    layer->setGroup(tr("Added layers"));
    Q_EMIT layerReady(layer);
}

} // namespace fc
