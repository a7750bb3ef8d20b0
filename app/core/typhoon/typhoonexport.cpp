#include "app/core/typhoon/typhoonexport.h"

#include "app/core/base/outputfile.h"
#include "app/core/typhoon/typhoontrack.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace fc {

namespace {

struct Feature
{
    QString kind;
    std::shared_ptr<OGRGeometry> geom;
    QVariantMap values;
};

OGRLineString *line(const QList<GeoPoint> &pts)
{
    auto *l = new OGRLineString;
    for (const GeoPoint &p : pts)
        l->addPoint(p.lon, p.lat);
    return l;
}

OGRPolygon *polygon(const QList<GeoPoint> &ring)
{
    auto *r = new OGRLinearRing;
    for (const GeoPoint &p : ring)
        r->addPoint(p.lon, p.lat);
    r->closeRings();
    auto *poly = new OGRPolygon;
    poly->addRingDirectly(r);
    return poly;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

const QStringList fieldNames = {QStringLiteral("kind"), QStringLiteral("storm"), QStringLiteral("name"),
                                QStringLiteral("time"), QStringLiteral("grade"), QStringLiteral("grade_code"),
                                QStringLiteral("pressure_hpa"), QStringLiteral("wind_ms"), QStringLiteral("level"),
                                QStringLiteral("quadrant"), QStringLiteral("radius_km"), QStringLiteral("agency"),
                                QStringLiteral("place"), QStringLiteral("source")};

} // namespace

bool TyphoonExport::write(const Storm &storm, const QString &path, const QDateTime &at, bool overwrite, int *features,
                          QString *error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    const char *driverName = ext == QLatin1String("geojson") || ext == QLatin1String("json") ? "GeoJSON"
                             : ext == QLatin1String("kml")                                    ? "KML"
                             : ext == QLatin1String("gpkg")                                   ? "GPKG"
                                                                                              : nullptr;
    if (!driverName) {
        *error = tr("%1: write .geojson, .kml or .gpkg").arg(path);
        return false;
    }
    const QString name = storm.displayName();
    QList<Feature> out;
    auto add = [&](const QString &kind, OGRGeometry *g, QVariantMap v) {
        v.insert(QStringLiteral("kind"), kind);
        v.insert(QStringLiteral("storm"), storm.code);
        v.insert(QStringLiteral("name"), name);
        out.append({kind, std::shared_ptr<OGRGeometry>(g), v});
    };
    auto pointValues = [](const StormPoint &p) {
        QVariantMap v{{QStringLiteral("time"), iso(p.at)}, {QStringLiteral("source"), p.source}};
        if (p.grade >= 0) {
            v.insert(QStringLiteral("grade"), p.grade);
            v.insert(QStringLiteral("grade_code"), Typhoon::gradeCode(p.grade));
        }
        if (!std::isnan(p.pressureHpa))
            v.insert(QStringLiteral("pressure_hpa"), p.pressureHpa);
        if (!std::isnan(p.windMs))
            v.insert(QStringLiteral("wind_ms"), p.windMs);
        return v;
    };
    QList<GeoPoint> trackPts;
    for (const StormPoint &p : storm.points)
        trackPts.append(p.pos);
    if (trackPts.size() >= 2)
        add(QStringLiteral("track"), line(trackPts), {});
    for (const StormPoint &p : storm.points)
        add(QStringLiteral("point"), new OGRPoint(p.pos.lon, p.pos.lat), pointValues(p));
    for (const StormForecast &f : storm.forecasts) {
        QList<GeoPoint> pts;
        if (const StormPoint *base = [&]() -> const StormPoint * {
                for (const StormPoint &p : storm.points)
                    if (p.at == f.baseAt)
                        return &p;
                return nullptr;
            }())
            pts.append(base->pos);
        for (const StormPoint &p : f.points)
            pts.append(p.pos);
        if (pts.size() >= 2)
            add(QStringLiteral("forecast"), line(pts), {{QStringLiteral("agency"), f.agency}, {QStringLiteral("time"), iso(f.baseAt)}});
        for (const StormPoint &p : f.points) {
            QVariantMap v = pointValues(p);
            v.insert(QStringLiteral("agency"), f.agency);
            add(QStringLiteral("forecast_point"), new OGRPoint(p.pos.lon, p.pos.lat), v);
        }
    }
    for (const Landfall &l : storm.landfalls)
        add(QStringLiteral("landfall"), new OGRPoint(l.pos.lon, l.pos.lat),
            {{QStringLiteral("time"), iso(l.at)}, {QStringLiteral("place"), l.place}});
    auto circles = [&](const QDateTime &t, GeoPoint c, const TyphoonTrack::State &s) {
        static const char *quads[4] = {"NE", "SE", "SW", "NW"};
        for (int level : TyphoonFigures::levels)
            for (int q = 0; q < 4; ++q) {
                const QList<GeoPoint> ring = windSector(c, s.radii(level), q);
                if (ring.isEmpty())
                    continue;
                add(QStringLiteral("wind_circle"), polygon(ring),
                    {{QStringLiteral("time"), iso(t)},
                     {QStringLiteral("level"), level},
                     {QStringLiteral("quadrant"), QString::fromLatin1(quads[q])},
                     {QStringLiteral("radius_km"), s.radii(level).quadrant(q)}});
            }
    };
    const TyphoonTrack track(storm, false);
    if (at.isValid()) {
        if (const auto s = track.at(at))
            circles(Typhoon::beijing(at), s->pos, *s);
    } else {
        for (const StormPoint &p : storm.points)
            if (const auto s = track.at(p.at))
                circles(p.at, s->pos, *s);
    }

    OutputFile output({path});
    output.setOverwrite(overwrite);
    if (!output.begin(error))
        return false;
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) {
        *error = tr("GDAL has no %1 driver").arg(QLatin1String(driverName));
        return false;
    }
    const QByteArray staged = output.stagingPath(0).toUtf8();
    GDALDataset *ds = driver->Create(staged.constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) {
        *error = tr("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool oneLayer = QLatin1String(driverName) == QLatin1String("GeoJSON");
    QHash<QString, OGRLayer *> layers;
    bool ok = true;
    auto layerFor = [&](const Feature &f) -> OGRLayer * {
        const QString lname = oneLayer ? QStringLiteral("typhoon_") + storm.code : f.kind;
        if (OGRLayer *l = layers.value(lname))
            return l;
        const OGRwkbGeometryType gt = oneLayer ? wkbUnknown : wkbFlatten(f.geom->getGeometryType());
        OGRLayer *l = ds->CreateLayer(lname.toUtf8().constData(), &wgs84, gt, nullptr);
        if (!l)
            return nullptr;
        for (const QString &n : fieldNames) {
            const OGRFieldType type = (n == QLatin1String("grade") || n == QLatin1String("level")) ? OFTInteger
                                      : (n == QLatin1String("pressure_hpa") || n == QLatin1String("wind_ms")
                                         || n == QLatin1String("radius_km"))
                                          ? OFTReal
                                          : OFTString;
            OGRFieldDefn fd(n.toUtf8().constData(), type);
            if (l->CreateField(&fd) != OGRERR_NONE)
                return nullptr;
        }
        layers.insert(lname, l);
        return l;
    };
    if (!oneLayer)
        ds->StartTransaction();
    for (const Feature &f : out) {
        OGRLayer *l = layerFor(f);
        if (!l) {
            ok = false;
            break;
        }
        OGRFeature feat(l->GetLayerDefn());
        for (auto it = f.values.cbegin(); it != f.values.cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            if (it.value().typeId() == QMetaType::Int)
                feat.SetField(key.constData(), it.value().toInt());
            else if (it.value().typeId() == QMetaType::Double)
                feat.SetField(key.constData(), it.value().toDouble());
            else
                feat.SetField(key.constData(), it.value().toString().toUtf8().constData());
        }
        feat.SetGeometry(f.geom.get());
        if (l->CreateFeature(&feat) != OGRERR_NONE) {
            ok = false;
            break;
        }
    }
    if (ok && !oneLayer)
        ok = ds->CommitTransaction() == OGRERR_NONE;
    if (!ok)
        *error = tr("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    GDALClose(ds);
    if (!ok)
        return false;
    if (!output.commit(error))
        return false;
    *features = int(out.size());
    return true;
}

} // namespace fc
