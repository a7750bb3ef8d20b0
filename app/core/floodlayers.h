#pragma once

#include "app/core/demodistrict.h"
#include "maps/vectorstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace fc {

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
    static VectorStyle floodWallStyle(MapTheme theme, double tideLevelM);

    // -- live gauge styles (issue 11) --
    // A sensor's live state for the map: its alarm level (0 none .. 4 red, -1 no reading) and the label text.
    struct SensorLive
    {
        int level = -1;
        QString label;
    };
    // Sensors coloured by the level of their latest reading, labelled with it (keyed by the sensor's `id`).
    static VectorStyle sensorLiveStyle(MapTheme theme, std::shared_ptr<const QHash<QString, SensorLive>> live);
    // Waterlogging roads coloured by the live depth level of their road sensor (keyed by the road's `id`), the
    // depth in the label; roads without a sensor keep the historical-maximum colours' neutral default.
    static VectorStyle waterloggingLiveStyle(MapTheme theme, std::shared_ptr<const QHash<QString, SensorLive>> roads);
    // -- end live gauge styles --

    // Builds the layers (bottom first) for the stores given; missing stores are skipped.
    static QList<VectorLayer *> createLayers(const LayerStores &stores, MapTheme theme, QObject *parent);
};

} // namespace fc
