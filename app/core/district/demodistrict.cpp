#include "app/core/district/demodistrict.h"

#include "maps/ogrreader.h"

#include <QFile>
#include <cpl_vsi.h>

namespace fc::DemoDistrict {

QStringList layerIds()
{
    return {QStringLiteral("district_boundary"), QStringLiteral("blocks"), QStringLiteral("river"),
            QStringLiteral("roads"), QStringLiteral("underground_spaces"), QStringLiteral("construction_sites"),
            QStringLiteral("flood_walls"), QStringLiteral("waterlogging_roads"), QStringLiteral("flood_gates"),
            QStringLiteral("greenery"), QStringLiteral("hazards"), QStringLiteral("pumping_stations"),
            QStringLiteral("shelters"), QStringLiteral("warehouses"), QStringLiteral("sensors"),
            QStringLiteral("rescue_teams")};
}

QByteArray geoJson(const QString &layerId)
{
    QFile f(QStringLiteral(":/demo/%1.geojson").arg(layerId));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

LayerStores load(QString *error, const std::atomic_bool *cancel)
{
    LayerStores out;
    OgrReader::registerDrivers();
    for (const QString &id : layerIds()) {
        if (cancel && cancel->load())
            return {};
        const QByteArray json = geoJson(id);
        if (json.isEmpty()) {
            if (error)
                *error = QStringLiteral(":/demo/%1.geojson: missing from the build").arg(id);
            return {};
        }
        // Hand the bytes to OGR through GDAL's in-memory file system (no copy to disk).
        const QString vsi = QStringLiteral("/vsimem/fc_demo_%1_%2.geojson").arg(id).arg(quintptr(&out));
        const QByteArray vsiPath = vsi.toUtf8();
        VSILFILE *fp = VSIFileFromMemBuffer(vsiPath.constData(), reinterpret_cast<GByte *>(const_cast<char *>(json.constData())),
                                            vsi_l_offset(json.size()), FALSE);
        if (!fp) {
            if (error)
                *error = QStringLiteral("%1: cannot map into memory").arg(vsi);
            return {};
        }
        VSIFCloseL(fp);
        OgrReader::Options o;
        o.cancel = cancel;
        QString err;
        auto store = OgrReader::read(vsi, QString(), o, &err);
        VSIUnlink(vsiPath.constData());
        if (!store) {
            if (error)
                *error = QStringLiteral(":/demo/%1.geojson: %2").arg(id, err);
            return {};
        }
        out.insert(id, store);
    }
    return out;
}

LayerStores loadGeoPackage(const QString &path, QString *error, const std::atomic_bool *cancel)
{
    LayerStores out;
    QString err;
    const QStringList names = OgrReader::layerNames(path, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return {};
    }
    for (const QString &id : layerIds()) {
        if (!names.contains(id))
            continue;
        OgrReader::Options o;
        o.cancel = cancel;
        auto store = OgrReader::read(path, id, o, &err);
        if (!store) {
            if (error)
                *error = err;
            return {};
        }
        out.insert(id, store);
    }
    return out;
}

} // namespace fc::DemoDistrict
