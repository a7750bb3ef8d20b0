#include "app/core/store/import/importerconvert.h"

#include "app/core/store/audit.h"
#include "app/core/base/geometrycheck.h"
#include "app/core/base/gpkg.h"
#include "maps/ogrreader.h"

#include <cpl_string.h>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace fc::detail {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

// The local zone for times given without one (Chinese sources write Beijing time).
const QTimeZone &localZone()
{
    static const QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
    return z;
}

QString family(const QString &geometryType)
{
    if (geometryType == QLatin1String("POINT"))
        return FeatureConverter::tr("points");
    if (geometryType == QLatin1String("LINESTRING"))
        return FeatureConverter::tr("lines");
    return FeatureConverter::tr("polygons");
}

bool transformInPlace(OGRGeometry *g, const CoordinateTransform &ct)
{
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
        auto *p = g->toPoint();
        double x = p->getX(), y = p->getY();
        if (!ct.transform(x, y))
            return false;
        p->setX(x);
        p->setY(y);
        return true;
    }
    case wkbLineString:
    case wkbLinearRing: {
        auto *c = g->toSimpleCurve();
        for (int i = 0; i < c->getNumPoints(); ++i) {
            double x = c->getX(i), y = c->getY(i);
            if (!ct.transform(x, y))
                return false;
            c->setPoint(i, x, y);
        }
        return true;
    }
    case wkbPolygon:
        for (auto *ring : *g->toPolygon())
            if (!transformInPlace(ring, ct))
                return false;
        return true;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (auto *part : *g->toGeometryCollection())
            if (!transformInPlace(part, ct))
                return false;
        return true;
    default:
        return false;
    }
}

// Shapefile headers state the file sizes; a header that claims more than the files hold (a truncated copy, or
// a forged header claiming a gigabyte) is refused before reading, since OGR would quietly read what is there.
bool checkShapefileHeaders(const QString &shp, const QString &name, QString *error)
{
    auto readHead = [](const QString &path, int n, QByteArray *out, qint64 *size) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        *size = f.size();
        *out = f.read(n);
        return out->size() == n;
    };
    QByteArray h;
    qint64 size = 0;
    if (readHead(shp, 100, &h, &size)) {
        const qint64 claimed = 2 * qint64(qFromBigEndian<quint32>(h.constData() + 24));
        if (claimed > size) {
            *error = FeatureConverter::tr("%1: the header claims %2 bytes but the file has %3 (truncated or damaged); "
                                          "nothing was imported")
                         .arg(name)
                         .arg(claimed)
                         .arg(size);
            return false;
        }
    }
    QString dbf = shp.left(shp.size() - 3) + QStringLiteral("dbf");
    if (!QFileInfo::exists(dbf))
        dbf = shp.left(shp.size() - 3) + QStringLiteral("DBF");
    if (readHead(dbf, 32, &h, &size)) {
        const qint64 records = qFromLittleEndian<quint32>(h.constData() + 4);
        const qint64 header = qFromLittleEndian<quint16>(h.constData() + 8);
        const qint64 length = qFromLittleEndian<quint16>(h.constData() + 10);
        if (header + records * length > size) {
            *error = FeatureConverter::tr("%1: the attribute table (.dbf) claims %2 records (%3 bytes) but the file has "
                                          "%4 bytes (truncated or damaged); nothing was imported")
                         .arg(name)
                         .arg(records)
                         .arg(header + records * length)
                         .arg(size);
            return false;
        }
    }
    return true;
}

} // namespace

QString compact(double v)
{
    return QString::number(v, 'g', 10);
}

QString explainGdalError(const QString &message)
{
    // GDAL's streaming JSON parser stops at 10 million characters in one token and calls it a number.
    static const QRegularExpression tooLong(QStringLiteral("character (\\d+): Too many characters"));
    const QRegularExpressionMatch m = tooLong.match(message);
    if (m.hasMatch())
        return FeatureConverter::tr("a value ending near character %1 is longer than the GeoJSON reader accepts "
                                    "(10 million characters); shorten it, or convert the file to GeoPackage")
            .arg(m.captured(1));
    return message;
}

bool integerInRange(qint64 v)
{
    // OGR clamps integers beyond 64 bits to the limits (with a warning only): a limit value is a clamped one.
    return v != std::numeric_limits<qint64>::max() && v != std::numeric_limits<qint64>::min();
}

void ImportSource::Closer::operator()(GDALDataset *d) const
{
    GDALClose(d);
}

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;

bool ImportSource::open(const ImportOptions &o, QString *error)
{
    OgrReader::registerDrivers();
    const QString name = o.displayName.isEmpty() ? o.source : o.displayName;
    if (!o.source.startsWith(QLatin1String("/vsi")) && !QFileInfo::exists(o.source)) {
        *error = QStringLiteral("%1: file not found").arg(name);
        return false;
    }
    const QString ext = suffixOf(o.source);
    if (ext == QLatin1String("shp")) {
        // Without its .dbf a shapefile has geometry only: every attribute would be lost. Refused, not counted.
        const QString base = o.source.left(o.source.size() - 3);
        if (!QFileInfo::exists(base + QStringLiteral("dbf")) && !QFileInfo::exists(base + QStringLiteral("DBF"))) {
            *error = FeatureConverter::tr("%1: the attribute table %2 is missing; a shapefile without its .dbf has no attributes. "
                        "Put the .dbf next to the .shp; nothing was imported")
                         .arg(name, QFileInfo(base + QStringLiteral("dbf")).fileName());
            return false;
        }
        if (!checkShapefileHeaders(o.source, name, error))
            return false;
    }
    QString why;
    if (!SourceEncoding::choose(o.source, o.encoding, &m_encoding, &why)) {
        *error = QStringLiteral("%1: %2").arg(name, why);
        return false;
    }
    QList<QByteArray> opts;
    if (!m_encoding.name.isEmpty() && (ext == QLatin1String("shp") || ext == QLatin1String("dbf")))
        opts.append("ENCODING=" + m_encoding.name.toLatin1());
    if (ext == QLatin1String("csv")) {
        opts.append("GEOM_POSSIBLE_NAMES=WKT,wkt,geom,geometry,the_geom,shape");
        opts.append("X_POSSIBLE_NAMES=lon,longitude,lng,x,经度");
        opts.append("Y_POSSIBLE_NAMES=lat,latitude,y,纬度");
        opts.append("KEEP_GEOM_COLUMNS=NO");
    }
    QList<const char *> raw;
    for (const QByteArray &b : opts)
        raw.append(b.constData());
    raw.append(nullptr);
    CPLErrorReset();
    // Collect GDAL's failures while opening: the first one is the cause, the last is often a summary.
    QStringList failures;
    CPLPushErrorHandlerEx(
        [](CPLErr level, CPLErrorNum, const char *msg) {
            if (level >= CE_Failure)
                static_cast<QStringList *>(CPLGetErrorHandlerUserData())->append(QString::fromUtf8(msg));
        },
        &failures);
    m_ds.reset(GDALDataset::Open(o.source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                 raw.constData(), nullptr));
    CPLPopErrorHandler();
    if (!m_ds) {
        const QString why = explainGdalError(failures.isEmpty() ? QString::fromUtf8(CPLGetLastErrorMsg())
                                                                 : failures.first());
        *error = QStringLiteral("%1: not a readable vector file%2")
                     .arg(name, why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
        return false;
    }
    if (m_ds->GetLayerCount() == 0) {
        *error = QStringLiteral("%1: contains no vector layer").arg(name);
        return false;
    }
    if (o.sourceLayer.isEmpty() && m_ds->GetLayerCount() > 1) {
        // Which layer is meant is not ours to guess: taking the first one imported an empty layer and reported
        // success while the features were in another.
        QStringList names;
        for (int i = 0; i < m_ds->GetLayerCount(); ++i) {
            OGRLayer *l = m_ds->GetLayer(i);
            names.append(FeatureConverter::tr("%1 (%n feature(s))", nullptr, int(l->GetFeatureCount()))
                             .arg(QString::fromUtf8(l->GetName())));
        }
        *error = FeatureConverter::tr("%1 holds %2 layers: %3. Name the one to import (--src-layer NAME, or the "
                                      "layer list of the import dialog); nothing was imported")
                     .arg(name)
                     .arg(m_ds->GetLayerCount())
                     .arg(names.join(QLatin1String(", ")));
        return false;
    }
    m_layer = o.sourceLayer.isEmpty() ? m_ds->GetLayer(0) : m_ds->GetLayerByName(o.sourceLayer.toUtf8().constData());
    if (!m_layer) {
        QStringList names;
        for (int i = 0; i < m_ds->GetLayerCount(); ++i)
            names.append(QString::fromUtf8(m_ds->GetLayer(i)->GetName()));
        *error = QStringLiteral("%1: no layer '%2' (layers: %3)").arg(name, o.sourceLayer, names.join(QLatin1String(", ")));
        return false;
    }
    m_where = QStringLiteral("%1 (layer %2)").arg(name, QString::fromUtf8(m_layer->GetName()));
    if (!o.sourceCrs.isEmpty()) {
        m_crs = o.sourceCrs;
        m_crsKnown = true;
        QString why;
        if (!CoordinateTransform::isKnownCrs(m_crs, &why) && m_crs.compare(QLatin1String("GCJ02"), Qt::CaseInsensitive)
            && m_crs.compare(QLatin1String("GCJ-02"), Qt::CaseInsensitive)) {
            *error = QStringLiteral("%1: %2").arg(m_where, why);
            return false;
        }
    } else if (const OGRSpatialReference *srs = m_layer->GetSpatialRef()) {
        char *wkt = nullptr;
        srs->exportToWkt(&wkt);
        m_crs = QString::fromUtf8(wkt);
        CPLFree(wkt);
        m_crsKnown = true;
    } else {
        m_crs = QStringLiteral("EPSG:4326");
        m_crsKnown = false;
    }
    // The CRS's name and area of use, for messages and the range check.
    m_crsName = m_crs.left(40);
    m_area = QRectF();
    m_projected = false;
    if (m_crs.compare(QLatin1String("GCJ02"), Qt::CaseInsensitive) == 0
        || m_crs.compare(QLatin1String("GCJ-02"), Qt::CaseInsensitive) == 0) {
        m_crsName = QStringLiteral("GCJ-02");
        m_area = QRectF(QPointF(72.0, 0.8), QPointF(137.9, 55.9)); // China, where GCJ-02 is defined
    } else {
        OGRSpatialReference srs;
        const OGRSpatialReference *layerSrs = o.sourceCrs.isEmpty() ? m_layer->GetSpatialRef() : nullptr;
        if (layerSrs ? (srs = *layerSrs, true) : srs.SetFromUserInput(m_crs.toUtf8().constData()) == OGRERR_NONE) {
            if (const char *n = srs.GetName())
                m_crsName = QString::fromUtf8(n);
            m_projected = srs.IsProjected();
            double west = 0, south = 0, east = 0, north = 0;
            const char *area = nullptr;
            bool known = srs.GetAreaOfUse(&west, &south, &east, &north, &area);
            if (!known) {
                // A CRS read from WKT (.prj) carries no area: take the EPSG definition it matches, if any.
                OGRSpatialReference byCode;
                const char *auth = srs.GetAuthorityName(nullptr);
                const char *code = srs.GetAuthorityCode(nullptr);
                if (auth && code && QByteArray(auth) == "EPSG" && byCode.importFromEPSG(atoi(code)) == OGRERR_NONE)
                    known = byCode.GetAreaOfUse(&west, &south, &east, &north, &area);
            }
            if (known && west > -1000 && west <= east)
                m_area = QRectF(QPointF(west, south), QPointF(east, north));
        }
    }
    return true;
}

qint64 ImportSource::featureCount() const
{
    return m_layer ? qint64(m_layer->GetFeatureCount(FALSE)) : -1;
}

bool FeatureConverter::convertValue(OGRFeature *f, int k, const ColumnSpec &c, QVariant *out, QString *why) const
{
    *out = QVariant();
    if (!f->IsFieldSetAndNotNull(k)) {
        if (c.notNull) {
            *why = tr("column '%1' needs a value").arg(c.name);
            return false;
        }
        return true;
    }
    const OGRFieldDefn *fd = f->GetFieldDefnRef(k);
    const OGRFieldType ft = fd->GetType();
    const QString fieldName = decode(fd->GetNameRef());
    // Blank text (CSV and DBF cells) in a number or date column is no value.
    if (ft == OFTString && c.type != ColumnType::Text && QByteArray(f->GetFieldAsString(k)).trimmed().isEmpty()) {
        if (c.notNull) {
            *why = tr("column '%1' needs a value").arg(c.name);
            return false;
        }
        return true;
    }
    auto text = [&]() -> QString { return decode(f->GetFieldAsString(k)); };
    auto bad = [&](const QString &value, const QString &what) {
        *why = tr("field '%1' value '%2' is not %3 (column '%4')").arg(fieldName, value.left(60), what, c.name);
        return false;
    };
    switch (c.type) {
    case ColumnType::Integer:
    case ColumnType::Boolean: {
        qint64 v = 0;
        if (ft == OFTInteger || ft == OFTInteger64) {
            v = f->GetFieldAsInteger64(k);
            if (!integerInRange(v)) {
                *why = tr("field '%1' holds a whole number beyond the 64-bit range (read as %2; column '%3')")
                           .arg(fieldName, QString::fromUtf8(f->GetFieldAsString(k)), c.name);
                return false;
            }
        } else if (ft == OFTReal) {
            const double d = f->GetFieldAsDouble(k);
            if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9e15)
                return bad(QString::number(d), tr("a whole number"));
            v = qint64(d);
        } else {
            const QString s = text().trimmed();
            bool ok = false;
            v = s.toLongLong(&ok);
            if (!ok && c.type == ColumnType::Boolean) {
                const QString l = s.toLower();
                ok = true;
                if (l == QLatin1String("true") || l == QLatin1String("yes") || s == QStringLiteral("是"))
                    v = 1;
                else if (l == QLatin1String("false") || l == QLatin1String("no") || s == QStringLiteral("否"))
                    v = 0;
                else
                    ok = false;
            }
            if (!ok)
                return bad(s, c.type == ColumnType::Boolean ? tr("true or false") : tr("a whole number"));
        }
        if (c.type == ColumnType::Boolean && v != 0 && v != 1)
            return bad(QString::number(v), tr("true or false"));
        *out = v;
        return true;
    }
    case ColumnType::Real: {
        double d = 0;
        if (ft == OFTInteger || ft == OFTInteger64 || ft == OFTReal) {
            d = f->GetFieldAsDouble(k);
        } else {
            const QString s = text().trimmed();
            bool ok = false;
            d = s.toDouble(&ok);
            if (!ok)
                return bad(s, tr("a number"));
        }
        if (!std::isfinite(d))
            return bad(QString::number(d), tr("a finite number"));
        *out = d;
        return true;
    }
    case ColumnType::Date:
    case ColumnType::DateTime: {
        QDateTime t;
        if (ft == OFTDate || ft == OFTDateTime) {
            int y, mo, d, h, mi, tz;
            float sec;
            f->GetFieldAsDateTime(k, &y, &mo, &d, &h, &mi, &sec, &tz);
            const QDate date(y, mo, d);
            const QTime time(h, mi, int(sec), int((sec - int(sec)) * 1000));
            if (tz == 100)
                t = QDateTime(date, time, QTimeZone::utc());
            else if (tz > 1)
                t = QDateTime(date, time, QTimeZone((tz - 100) * 15 * 60));
            else
                t = QDateTime(date, time, localZone());
            if (ft == OFTDate && c.type == ColumnType::Date) {
                if (!date.isValid())
                    return bad(QString::fromUtf8(f->GetFieldAsString(k)), tr("a date"));
                *out = date.toString(Qt::ISODate);
                return true;
            }
        } else {
            QString s = text().trimmed();
            // GDAL writes times as text in its own form ("2024/09/15 08:00:00.000+08"): make that ISO 8601.
            static const QRegularExpression gdalForm(QStringLiteral(
                "^(\\d{4})/(\\d{2})/(\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([+-]\\d{2})?(?::?(\\d{2}))?$"));
            const QRegularExpressionMatch m = gdalForm.match(s);
            if (m.hasMatch())
                s = QStringLiteral("%1-%2-%3T%4%5").arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                                        m.captured(5).isEmpty() ? QString()
                                                        : m.captured(5) + QLatin1Char(':')
                                                              + (m.captured(6).isEmpty() ? QStringLiteral("00") : m.captured(6)));
            t = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!t.isValid()) {
                const QDate date = QDate::fromString(s, Qt::ISODate);
                if (date.isValid())
                    t = QDateTime(date, QTime(0, 0), localZone());
            } else if (t.timeSpec() == Qt::LocalTime) {
                t = QDateTime(t.date(), t.time(), localZone());
            }
            if (!t.isValid())
                return bad(s, c.type == ColumnType::Date ? tr("a date (YYYY-MM-DD)")
                                                         : tr("a date and time (ISO 8601)"));
        }
        if (!t.isValid())
            return bad(QString::fromUtf8(f->GetFieldAsString(k)), tr("a date"));
        *out = c.type == ColumnType::Date ? t.date().toString(Qt::ISODate) : Audit::toStored(t);
        return true;
    }
    case ColumnType::Text: {
        const QString s = (ft == OFTString) ? text() : QString::fromUtf8(f->GetFieldAsString(k));
        if (ft == OFTString && m_encoding.isEmpty() && !CPLIsUTF8(f->GetFieldAsString(k), -1)) {
            *why = tr("field '%1' is not UTF-8 text: give the file's encoding with --encoding (such as GBK)")
                       .arg(fieldName);
            return false;
        }
        return mapValue(fieldName, s, c, out, why);
    }
    case ColumnType::Blob:
        *why = tr("column '%1' holds binary data and cannot be imported into").arg(c.name);
        return false;
    }
    return true;
}

bool FeatureConverter::convert(OGRFeature *f, QList<Row> *rows, bool *exploded, QString *why) const
{
    rows->clear();
    *exploded = false;
    QVariantList values;
    values.reserve(m_columns.size());
    for (int i = 0; i < m_specs.size(); ++i) {
        QVariant v;
        if (!convertValue(f, m_sourceIndex[i], *m_specs[i], &v, why))
            return false;
        values.append(v);
    }
    if (m_columns.size() > m_specs.size()) {
        QVariant extra;
        if (!extraAttributes(f, &extra, why))
            return false;
        values.append(extra);
    }
    const OGRGeometry *src = f->GetGeometryRef();
    if (!src || src->IsEmpty()) {
        *why = tr("empty geometry");
        return false;
    }
    OGRwkbGeometryType single = wkbUnknown, multi = wkbUnknown;
    if (m_table->geometryType == QLatin1String("POINT"))
        single = wkbPoint, multi = wkbMultiPoint;
    else if (m_table->geometryType == QLatin1String("LINESTRING"))
        single = wkbLineString, multi = wkbMultiLineString;
    else
        single = wkbPolygon, multi = wkbMultiPolygon;
    // Copy only when the geometry must change (curves, Z/M, reprojection); a plain 2D geometry is encoded as it is.
    std::unique_ptr<OGRGeometry> owned;
    const OGRGeometry *g = src;
    if (src->hasCurveGeometry() || src->Is3D() || src->IsMeasured() || !m_ct.isIdentity()) {
        owned.reset(src->hasCurveGeometry() ? src->getLinearGeometry() : src->clone());
        if (!owned) {
            *why = tr("unsupported geometry");
            return false;
        }
        owned->flattenTo2D();
        g = owned.get();
    }
    // Non-finite coordinates and structurally invalid geometry are refused, or repaired under --make-valid.
    bool repaired = false;
    if (const QString bad = GeometryCheck::problem(*g); !bad.isEmpty()) {
        QString cannot;
        std::unique_ptr<OGRGeometry> fixed = m_makeValid ? GeometryCheck::repair(*g, &cannot) : nullptr;
        if (!fixed) {
            // Offer the repair only where it would work.
            *why = m_makeValid ? cannot : GeometryCheck::repair(*g, &cannot) ? tr("%1 (--make-valid repairs it)").arg(bad) : bad;
            return false;
        }
        owned = std::move(fixed);
        g = owned.get();
        repaired = true;
    }
    const OGRwkbGeometryType flat = wkbFlatten(g->getGeometryType());
    if (flat != single && flat != multi) {
        *why = tr("geometry is a %1; layer %2 holds %3")
                   .arg(QString::fromUtf8(OGRGeometryTypeToName(flat)), m_table->name, family(m_table->geometryType));
        return false;
    }
    OGREnvelope srcEnv;
    src->getEnvelope(&srcEnv);
    const QString srcXY = QStringLiteral("(%1, %2)").arg(compact(srcEnv.MinX), compact(srcEnv.MinY));
    // Degrees read as metres (lon/lat data given a projected CRS such as EPSG:3857) would land near 0°, 0°.
    if (m_projected && std::abs(srcEnv.MinX) <= 180 && std::abs(srcEnv.MaxX) <= 180 && std::abs(srcEnv.MinY) <= 90
        && std::abs(srcEnv.MaxY) <= 90 && (srcEnv.MaxX != 0 || srcEnv.MaxY != 0 || srcEnv.MinX != 0 || srcEnv.MinY != 0)) {
        *why = tr("coordinates %1 look like longitude/latitude, but %2 is a projected coordinate system (metres): "
                  "check the source CRS")
                   .arg(srcXY, m_crsName);
        return false;
    }
    if (owned && !m_ct.isIdentity() && !transformInPlace(owned.get(), m_ct)) {
        *why = tr("coordinates %1 cannot be transformed from %2 to WGS84 (outside the coordinate system's range?)")
                   .arg(srcXY, m_crsName);
        return false;
    }
    OGREnvelope env;
    g->getEnvelope(&env);
    if (!std::isfinite(env.MinX) || !std::isfinite(env.MinY) || !std::isfinite(env.MaxX) || !std::isfinite(env.MaxY)
        || env.MinX < -180 || env.MaxX > 180 || env.MinY < -90 || env.MaxY > 90) {
        *why = !m_crsKnown      ? tr("coordinates %1 are not longitude/latitude and the file has no CRS: "
                                     "give the source CRS (--src-crs)")
                                      .arg(srcXY)
               : m_ct.isIdentity() ? tr("coordinates %1 are outside longitude -180..180, latitude -90..90").arg(srcXY)
                                   : tr("coordinates %1 in %2 fall outside longitude/latitude after reprojection")
                                         .arg(srcXY, m_crsName);
        return false;
    }
    // Refuse what lies well outside the area the source CRS is defined for (a wrong CRS, or a wild number):
    // a Gauss-Kruger zone, for instance, distorts beyond use a few degrees from its meridian.
    constexpr double Margin = 1.0;
    if (m_area.isValid()
        && (env.MinX < m_area.left() - Margin || env.MaxX > m_area.right() + Margin
            || env.MinY < m_area.top() - Margin || env.MaxY > m_area.bottom() + Margin)) {
        *why = tr("coordinates %1 lie at longitude %2, latitude %3, outside the area where %4 is valid "
                  "(longitude %5..%6, latitude %7..%8): check the source CRS")
                   .arg(srcXY, compact(env.MinX), compact(env.MinY), m_crsName, compact(m_area.left()),
                        compact(m_area.right()), compact(m_area.top()), compact(m_area.bottom()));
        return false;
    }
    m_repaired += repaired;
    if (flat == single) {
        rows->append({Gpkg::encode(*g), values});
        return true;
    }
    const auto *coll = g->toGeometryCollection();
    for (const OGRGeometry *part : *coll)
        if (!part->IsEmpty())
            rows->append({Gpkg::encode(*part), values});
    if (rows->isEmpty()) {
        *why = tr("empty geometry");
        return false;
    }
    *exploded = rows->size() > 1;
    return true;
}

} // namespace fc::detail
