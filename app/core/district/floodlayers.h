#pragma once

#include "app/core/district/demodistrict.h"
#include "maps/geometrytype.h"
#include "maps/vectorstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace fc {

class MapLayer;
class VectorLayer;

// The map's look for a theme: a dim command room (dark) or an office (light).
enum class MapTheme { Dark, Light };

struct MapPalette
{
    QColor background, land, blockStroke, water, waterLabel, road, roadCasing, roadLabel, label, halo;
    static MapPalette forTheme(MapTheme t);
};

// Operation layers of the flood-control map: identity, group and data-driven style per layer kind.
// Styles read live state through value functions (flood walls by freeboard against the current tide).
class FloodLayers
{
    Q_DECLARE_TR_FUNCTIONS(FloodLayers)
public:
    struct Spec
    {
        QString id;
        QString name;   // translated
        QString group;  // translated group caption
        bool live = false;
    };
    static QList<Spec> specs();
    static Spec spec(const QString &id);
    static QHash<QString, QString> fieldCaptions();
    // Human-readable (translated) value for coded attributes (status, severity, class ...).
    static QString valueCaption(const QString &field, const QVariant &value);

    static VectorStyle style(const QString &id, MapTheme theme, double tideLevelM = 3.2);
    // Walls by freeboard = crest − (tide + the segment's offset): `wallTideOffsets` (fid → metres) carries how much
    // higher a segment's own (nearest) tide gauge reads than the reference gauge, for districts with several.
    static VectorStyle floodWallStyle(MapTheme theme, double tideLevelM,
                                      std::shared_ptr<const QHash<qint64, double>> wallTideOffsets = {});

    // -- live gauge styles --
    // A sensor's live state for the map: its alarm level (0 none .. 4 red, -1 no reading) and the label text.
    struct SensorLive
    {
        int level = -1;
        QString label;
    };
    // Sensors coloured by the level of their latest reading, labelled with it (keyed by the sensor's `id`).
    // Hazards by severity with those past their deadline marked (fids in `overdue`, decided by HazardDesk).
    static VectorStyle hazardLiveStyle(MapTheme theme, std::shared_ptr<const QSet<qint64>> overdue);
    static VectorStyle sensorLiveStyle(MapTheme theme, std::shared_ptr<const QHash<QString, SensorLive>> live);
    // Waterlogging roads coloured by the router's state of their road (keyed by the section's `id`; level -1 no
    // depth known, 0 open, 1 slowed, 2 closed: RoadNetwork::state), the depth in the label.
    static VectorStyle waterloggingLiveStyle(MapTheme theme, std::shared_ptr<const QHash<QString, SensorLive>> roads);
    // -- end live gauge styles --

    // Builds the layers (bottom first) for the stores given; missing stores are skipped.
    static QList<VectorLayer *> createLayers(const LayerStores &stores, MapTheme theme, QObject *parent);

    // Layers a user adds from files: their ids, and one plain style per geometry readable on the theme.
    static QString addedLayerId(int n);
    static bool isAddedLayer(const QString &id);
    static VectorStyle addedLayerStyle(GeometryType type, MapTheme theme);
    // Restyles operation layers and layers added from files for a theme (others are left alone).
    static void restyle(const QList<VectorLayer *> &layers, MapTheme theme, double tideLevelM);
    // Re-colours the flood walls by freeboard against a tide level; only that layer re-renders.
    static void applyTide(const QList<VectorLayer *> &layers, MapTheme theme, double tideLevelM,
                          std::shared_ptr<const QHash<qint64, double>> wallTideOffsets = {});
    // Whether the data is sample data: the demo district says so in its boundary's English name.
    static bool isSampleData(const FeatureStore *boundary);
    // Where imagery goes in a bottom-first layer list: above the vector basemap (roads), under the
    // operation layers.
    static int imageryIndex(const QList<MapLayer *> &layersBottomFirst);
};

} // namespace fc
