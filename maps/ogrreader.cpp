#include "maps/ogrreader.h"

#include "maps/coordinatetransform.h"
#include "maps/gpkgreader.h"
#include "maps/webmercator.h"

#include <gdal.h>
#include <ogrsf_frmts.h>

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <mutex>

namespace fc {

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openVector(const QString &path, const QString &encoding, QString *error)
{
    OgrReader::registerDrivers();
    if (!path.startsWith(QLatin1String("/vsi")) && !QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1: file not found").arg(path);
        return {};
    }
    QByteArray enc = encoding.isEmpty() ? QByteArray() : ("ENCODING=" + encoding.toUtf8());
    const char *openOptions[] = {enc.isEmpty() ? nullptr : enc.constData(), nullptr};
    CPLErrorReset();
    GDALDataset *ds = GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                        enc.isEmpty() ? nullptr : openOptions, nullptr);
    if (!ds && error) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        *error = QStringLiteral("%1: not a readable vector data source%2")
                     .arg(path, why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
    }
    return DatasetPtr(ds);
}

QVariant fieldValue(OGRFeature *f, int k, OGRFieldType type)
{
    if (!f->IsFieldSetAndNotNull(k))
        return {};
    switch (type) {
    case OFTInteger:
        return f->GetFieldAsInteger(k);
    case OFTInteger64:
        return qint64(f->GetFieldAsInteger64(k));
    case OFTReal:
        return f->GetFieldAsDouble(k);
    default:
        return QString::fromUtf8(f->GetFieldAsString(k));
    }
}

void addGeometry(FeatureStoreBuilder &b, const OGRGeometry *g, const CoordinateTransform &ct, QPolygonF &buf, bool *bad)
{
    auto toMerc = [&](double x, double y) {
        if (!ct.transform(x, y)) {
            *bad = true;
            return QPointF();
        }
        return WebMercator::fromLonLat(x, y);
    };
    auto addCurve = [&](const OGRSimpleCurve *c) {
        buf.resize(0);
        const int n = c->getNumPoints();
        for (int k = 0; k < n; ++k)
            buf.append(toMerc(c->getX(k), c->getY(k)));
        b.addPart(buf.constData(), buf.size());
    };
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
        const auto *p = g->toPoint();
        if (p->IsEmpty())
            return;
        const QPointF q = toMerc(p->getX(), p->getY());
        b.addPart(&q, 1);
        break;
    }
    case wkbLineString:
        addCurve(g->toLineString());
        break;
    case wkbPolygon: {
        const auto *poly = g->toPolygon();
        for (const auto *ring : *poly)
            addCurve(ring);
        break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const auto *sub : *g->toGeometryCollection())
            addGeometry(b, sub, ct, buf, bad);
        break;
    default: {
        // Curves and other types: linearise.
        std::unique_ptr<OGRGeometry> lin(g->getLinearGeometry());
        if (lin && wkbFlatten(lin->getGeometryType()) != wkbFlatten(g->getGeometryType()))
            addGeometry(b, lin.get(), ct, buf, bad);
        break;
    }
    }
}

GeometryType typeOf(const OGRGeometry *g)
{
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryType::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return GeometryType::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
        return GeometryType::Polygon;
    default:
        return GeometryType::Unknown;
    }
}

} // namespace

void OgrReader::registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    });
}

std::shared_ptr<const FeatureStore> OgrReader::fromWkt(const QStringList &wkt)
{
    FeatureStoreBuilder b;
    const CoordinateTransform identity;
    QPolygonF buf;
    qint64 fid = 0;
    for (const QString &w : wkt) {
        const QByteArray utf8 = w.toUtf8();
        OGRGeometry *g = nullptr;
        if (OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &g) != OGRERR_NONE || !g)
            continue;
        std::unique_ptr<OGRGeometry> owned(g);
        const GeometryType type = typeOf(g);
        if (type == GeometryType::Unknown || g->IsEmpty())
            continue;
        bool bad = false;
        b.beginFeature(++fid, type);
        addGeometry(b, g, identity, buf, &bad);
        b.endFeature({});
    }
    return b.build();
}

bool OgrReader::appendFeature(FeatureStoreBuilder &builder, qint64 fid, const OGRGeometry &lonLat,
                              const QList<QVariant> &attributes)
{
    const GeometryType type = typeOf(&lonLat);
    if (type == GeometryType::Unknown || lonLat.IsEmpty())
        return false;
    static const CoordinateTransform identity;
    QPolygonF buf;
    bool bad = false;
    builder.beginFeature(fid, type);
    addGeometry(builder, &lonLat, identity, buf, &bad);
    builder.endFeature(attributes);
    return true;
}

QStringList OgrReader::layerNames(const QString &path, QString *error)
{
    QStringList out;
    DatasetPtr ds = openVector(path, {}, error);
    if (!ds)
        return out;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        out.append(QString::fromUtf8(ds->GetLayer(i)->GetName()));
    return out;
}

std::shared_ptr<const FeatureStore> OgrReader::read(const QString &path, const QString &layerName,
                                                    const Options &options, QString *error)
{
    DatasetPtr ds = openVector(path, options.encoding, error);
    if (!ds)
        return {};
    OGRLayer *layer = layerName.isEmpty() ? ds->GetLayer(0) : ds->GetLayerByName(layerName.toUtf8().constData());
    if (!layer) {
        if (error)
            *error = QStringLiteral("%1: no layer '%2'").arg(path, layerName);
        return {};
    }
    const QString where = QStringLiteral("%1 (layer %2)").arg(path, QString::fromUtf8(layer->GetName()));

    QString source = options.sourceCrs;
    if (source.isEmpty()) {
        if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
            char *wkt = nullptr;
            srs->exportToWkt(&wkt);
            source = QString::fromUtf8(wkt);
            CPLFree(wkt);
        } else {
            source = QStringLiteral("EPSG:4326");
        }
    }
    CoordinateTransform ct(source, QStringLiteral("EPSG:4326"));
    if (!ct.isValid()) {
        if (error)
            *error = where + QStringLiteral(": ") + ct.errorString();
        return {};
    }

    OGRFeatureDefn *defn = layer->GetLayerDefn();
    QStringList fields;
    QList<OGRFieldType> types;
    QList<int> ogrIndex; // the layer's index of each field read
    for (int k = 0; k < defn->GetFieldCount(); ++k) {
        const QString name = QString::fromUtf8(defn->GetFieldDefn(k)->GetNameRef());
        if (options.fields && !options.fields->contains(name))
            continue;
        fields.append(name);
        types.append(defn->GetFieldDefn(k)->GetType());
        ogrIndex.append(k);
    }
    const GIntBig total = layer->GetFeatureCount(FALSE);

    // -- render read speed: GeoPackage tables read with SQLite directly --
    if (options.fastGeoPackage && options.encoding.isEmpty() && !path.startsWith(QLatin1String("/vsi"))
        && ds->GetDriver() && EQUAL(ds->GetDriver()->GetDescription(), "GPKG") && defn->GetGeomFieldCount() == 1
        && *layer->GetFIDColumn() && *layer->GetGeometryColumn()) {
        GpkgReader::Table table;
        table.name = QString::fromUtf8(layer->GetName());
        table.fidColumn = QString::fromUtf8(layer->GetFIDColumn());
        table.geometryColumn = QString::fromUtf8(layer->GetGeometryColumn());
        table.expectedRows = total;
        bool supported = true;
        for (int k = 0; k < fields.size(); ++k) {
            const OGRFieldType t = types[k];
            const GpkgReader::Kind kind = t == OFTInteger ? GpkgReader::Kind::Int
                                          : t == OFTInteger64 ? GpkgReader::Kind::Int64
                                          : t == OFTReal ? GpkgReader::Kind::Real
                                                         : GpkgReader::Kind::Text;
            supported = supported && (t == OFTInteger || t == OFTInteger64 || t == OFTReal || t == OFTString);
            table.columns.push_back({fields[k], kind});
        }
        if (supported) {
            GpkgReader::Options fo;
            fo.cancel = options.cancel;
            fo.progress = options.progress;
            fo.threads = options.threads;
            fo.makeTransform = [&source] { return CoordinateTransform(source, QStringLiteral("EPSG:4326")); };
            fo.decodeOther = [](FeatureStoreBuilder &b, qint64 fid, const unsigned char *wkb, int size,
                                const QList<QVariant> &attributes, const CoordinateTransform &ct) {
                OGRGeometry *raw = nullptr;
                if (size <= 0 || OGRGeometryFactory::createFromWkb(wkb, nullptr, &raw, size) != OGRERR_NONE || !raw)
                    return 0;
                std::unique_ptr<OGRGeometry> g(raw);
                if (g->IsEmpty())
                    return 0;
                const GeometryType type = typeOf(g.get());
                if (type == GeometryType::Unknown)
                    return 0;
                bool bad = false;
                QPolygonF buf;
                b.beginFeature(fid, type);
                addGeometry(b, g.get(), ct, buf, &bad);
                if (bad)
                    return -1;
                b.endFeature(attributes);
                return 1;
            };
            FeatureStoreBuilder fast(fields);
            QString why;
            GpkgReader::Stats stats;
            switch (GpkgReader::read(path, table, ct, fo, fast, &why, &stats)) {
            case GpkgReader::Outcome::Done:
                if (options.stats)
                    *options.stats = {stats.rows, stats.fast, stats.other, false};
                return fast.build(options.lazyIndex);
            case GpkgReader::Outcome::Failed:
                if (error)
                    *error = where + QStringLiteral(": ") + why;
                return {};
            case GpkgReader::Outcome::Fallback:
                break; // read it through OGR below
            }
        }
    }
    if (options.stats)
        *options.stats = {0, 0, 0, true};
    // -- end render read speed --

    FeatureStoreBuilder builder(fields);
    if (total > 0)
        builder.reserve(qsizetype(total), qsizetype(total) * 4);
    layer->ResetReading();
    QPolygonF buf;
    QList<QVariant> attrs;
    qint64 done = 0;
    for (auto &feature : *layer) {
        if (options.cancel && options.cancel->load()) {
            if (error)
                *error = where + QStringLiteral(": cancelled");
            return {};
        }
        ++done;
        if (options.progress && (done % 10000) == 0)
            options.progress(done, total);
        const OGRGeometry *g = feature->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        const GeometryType type = typeOf(g);
        if (type == GeometryType::Unknown)
            continue;
        attrs.resize(0);
        for (int k = 0; k < fields.size(); ++k)
            attrs.append(fieldValue(feature.get(), ogrIndex[k], types[k]));
        bool bad = false;
        builder.beginFeature(feature->GetFID(), type);
        addGeometry(builder, g, ct, buf, &bad);
        if (bad) {
            if (error)
                *error = where + QStringLiteral(": feature %1 cannot be transformed to WGS84").arg(feature->GetFID());
            return {};
        }
        builder.endFeature(attrs);
    }
    if (options.progress)
        options.progress(done, total);
    return builder.build(options.lazyIndex);
}

} // namespace fc
