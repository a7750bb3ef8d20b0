#include "app/core/importerconvert.h"

#include "app/core/audit.h"
#include "app/core/geometrycheck.h"
#include "app/core/gpkg.h"
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
    if (ext == QLatin1String("shp") && !checkShapefileHeaders(o.source, name, error))
        return false;
    QList<QByteArray> opts;
    if (!o.encoding.isEmpty() && (ext == QLatin1String("shp") || ext == QLatin1String("dbf")))
        opts.append("ENCODING=" + o.encoding.toUtf8());
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
    m_ds.reset(GDALDataset::Open(o.source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                 raw.constData(), nullptr));
    if (!m_ds) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        *error = QStringLiteral("%1: not a readable vector file%2")
                     .arg(name, why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
        return false;
    }
    if (m_ds->GetLayerCount() == 0) {
        *error = QStringLiteral("%1: contains no vector layer").arg(name);
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
    return true;
}

qint64 ImportSource::featureCount() const
{
    return m_layer ? qint64(m_layer->GetFeatureCount(FALSE)) : -1;
}

bool FeatureConverter::setup(OGRFeatureDefn *defn, const TableSpec &table, const ImportOptions &o,
                             const ImportSource &src, QString *error)
{
    m_table = &table;
    m_crsKnown = src.crsKnown();
    m_makeValid = o.makeValid;
    m_ct = CoordinateTransform(src.crs(), QStringLiteral("EPSG:4326"));
    if (!m_ct.isValid()) {
        *error = QStringLiteral("%1: %2").arg(src.where(), m_ct.errorString());
        return false;
    }
    const QString ext = suffixOf(o.source);
    if (!o.encoding.isEmpty() && ext != QLatin1String("shp") && ext != QLatin1String("dbf")) {
        char *probe = CPLRecode("", o.encoding.toUtf8().constData(), CPL_ENC_UTF8);
        CPLFree(probe);
        m_encoding = o.encoding.toUtf8();
    }
    QStringList sourceFields;
    for (int k = 0; k < defn->GetFieldCount(); ++k)
        sourceFields.append(QString::fromUtf8(defn->GetFieldDefn(k)->GetNameRef()));
    // Explicit mappings must name real fields and columns.
    for (auto it = o.fieldMap.cbegin(); it != o.fieldMap.cend(); ++it) {
        if (!sourceFields.contains(it.key())) {
            *error = QStringLiteral("%1: --map %2=%3: the source has no field '%2' (fields: %4)")
                         .arg(src.where(), it.key(), it.value(), sourceFields.join(QLatin1String(", ")));
            return false;
        }
        if (!it.value().isEmpty() && !table.column(it.value())) {
            *error = QStringLiteral("%1: --map %2=%3: layer %4 has no column '%3' (columns: %5)")
                         .arg(src.where(), it.key(), it.value(), table.name,
                              table.columnNames().join(QLatin1String(", ")));
            return false;
        }
    }
    QHash<QString, int> byColumn; // column -> source index
    for (auto it = o.fieldMap.cbegin(); it != o.fieldMap.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (byColumn.contains(it.value())) {
            *error = QStringLiteral("%1: two source fields are mapped to column '%2'").arg(src.where(), it.value());
            return false;
        }
        byColumn.insert(it.value(), int(sourceFields.indexOf(it.key())));
    }
    for (const ColumnSpec &c : table.columns) {
        if (byColumn.contains(c.name))
            continue;
        int found = -1;
        for (int k = 0; k < sourceFields.size() && found < 0; ++k)
            if (!o.fieldMap.contains(sourceFields[k]) && sourceFields[k].compare(c.name, Qt::CaseInsensitive) == 0)
                found = k;
        // Shapefiles cut field names to 10 characters: "design_tid" feeds design_tide_m.
        if (found < 0 && c.name.size() > 10) {
            for (int k = 0; k < sourceFields.size(); ++k)
                if (!o.fieldMap.contains(sourceFields[k]) && sourceFields[k].size() == 10
                    && c.name.startsWith(sourceFields[k], Qt::CaseInsensitive))
                    found = k;
        }
        if (found >= 0 && !byColumn.values().contains(found))
            byColumn.insert(c.name, found);
    }
    for (const ColumnSpec &c : table.columns) {
        const auto it = byColumn.constFind(c.name);
        if (it == byColumn.cend()) {
            m_unmapped.append(c.name);
            continue;
        }
        m_columns.append(c.name);
        m_sourceIndex.append(*it);
        m_specs.append(&c);
    }
    for (int k = 0; k < sourceFields.size(); ++k) {
        const QString col = byColumn.key(k);
        const ColumnSpec *spec = col.isEmpty() ? nullptr : table.column(col);
        m_mapping.append({sourceFields[k], col,
                          QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(defn->GetFieldDefn(k)->GetType())),
                          spec ? Schema::sqlType(spec->type) : QString()});
    }
    return true;
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
    const QString fieldName = QString::fromUtf8(fd->GetNameRef());
    auto text = [&]() -> QString {
        const char *s = f->GetFieldAsString(k);
        if (!m_encoding.isEmpty()) {
            char *u = CPLRecode(s, m_encoding.constData(), CPL_ENC_UTF8);
            const QString r = QString::fromUtf8(u);
            CPLFree(u);
            return r;
        }
        return QString::fromUtf8(s);
    };
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
            *why = tr("field '%1' is not UTF-8 text: give the file's encoding (such as GBK)").arg(fieldName);
            return false;
        }
        if (!c.allowed.isEmpty() && !c.allowed.contains(s)) {
            *why = tr("field '%1' value '%2' is not allowed in column '%3' (allowed: %4)")
                       .arg(fieldName, s.left(60), c.name, c.allowed.join(QLatin1String(", ")));
            return false;
        }
        *out = s;
        return true;
    }
    }
    return true;
}

bool FeatureConverter::convert(OGRFeature *f, QList<Row> *rows, bool *exploded, QString *why) const
{
    rows->clear();
    *exploded = false;
    QVariantList values;
    values.reserve(m_columns.size());
    for (int i = 0; i < m_columns.size(); ++i) {
        QVariant v;
        if (!convertValue(f, m_sourceIndex[i], *m_specs[i], &v, why))
            return false;
        values.append(v);
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
    if (owned && !m_ct.isIdentity() && !transformInPlace(owned.get(), m_ct)) {
        *why = tr("coordinates cannot be transformed to WGS84");
        return false;
    }
    OGREnvelope env;
    g->getEnvelope(&env);
    if (!std::isfinite(env.MinX) || !std::isfinite(env.MinY) || !std::isfinite(env.MaxX) || !std::isfinite(env.MaxY)
        || env.MinX < -180 || env.MaxX > 180 || env.MinY < -90 || env.MaxY > 90) {
        *why = m_crsKnown ? tr("coordinates (%1, %2) fall outside longitude/latitude after reprojection")
                                .arg(env.MinX, 0, 'f', 3)
                                .arg(env.MinY, 0, 'f', 3)
                          : tr("coordinates (%1, %2) are not longitude/latitude and the file has no CRS: "
                               "give the source CRS (--src-crs)")
                                .arg(env.MinX, 0, 'f', 3)
                                .arg(env.MinY, 0, 'f', 3);
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
