#pragma once

#include "maps/featurestore.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace fc {

using LayerStores = QHash<QString, std::shared_ptr<const FeatureStore>>;

// The bundled demo district: sample data over a real riverside district in outline, authored as
// GeoJSON in resources/demo and embedded under :/demo. Layer ids are the file names.
namespace DemoDistrict {

// Every demo layer id, bottom (basemap) to top (operations).
QStringList layerIds();
// Raw GeoJSON of one layer (from the embedded resources).
QByteArray geoJson(const QString &layerId);
// Reads every demo layer into feature stores (Web Mercator). Safe on a worker thread.
LayerStores load(QString *error, const std::atomic_bool *cancel = nullptr);
// Reads the layers of a GeoPackage (an operation store or any GIS file) that match known layer ids.
LayerStores loadGeoPackage(const QString &path, QString *error, const std::atomic_bool *cancel = nullptr);

} // namespace DemoDistrict

} // namespace fc
