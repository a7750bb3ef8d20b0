#include "app/core/store/import/importerconvert.h"

#include "app/core/store/import/shapefieldmap.h"

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

// FeatureConverter's field side: which source field feeds which column and by what rule, coded values, and the
// extra attributes (source fields without a column, kept as JSON). The geometry side is in importerconvert.cpp.
namespace fc::detail {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool FeatureConverter::setup(OGRFeatureDefn *defn, const TableSpec &table, const ImportOptions &o,
                             const ImportSource &src, QString *error)
{
    m_table = &table;
    m_crsKnown = src.crsKnown();
    m_makeValid = o.makeValid;
    m_area = src.areaOfUse();
    m_projected = src.projected();
    m_crsName = src.crsName();
    m_ct = CoordinateTransform(src.crs(), QStringLiteral("EPSG:4326"));
    if (!m_ct.isValid()) {
        *error = QStringLiteral("%1: %2").arg(src.where(), m_ct.errorString());
        return false;
    }
    const QString ext = suffixOf(o.source);
    // Shapefiles are recoded by their driver; other formats hand over bytes, recoded here when not UTF-8.
    const QString enc = src.encoding().name;
    if (ext != QLatin1String("shp") && ext != QLatin1String("dbf") && !enc.isEmpty()
        && enc.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
        m_encoding = enc.toLatin1();
    m_valueMap = o.valueMap;
    QStringList sourceFields;
    for (int k = 0; k < defn->GetFieldCount(); ++k)
        sourceFields.append(decode(defn->GetFieldDefn(k)->GetNameRef()));
    // The full names of fields a shapefile cut to 10 characters, from the map our export wrote beside it.
    if (ext == QLatin1String("shp")) {
        QString mapError;
        const QHash<QString, QString> full = ShapeFieldMap::read(o.source, &mapError);
        if (!mapError.isEmpty()) {
            *error = mapError;
            return false;
        }
        for (QString &f : sourceFields)
            f = full.value(f, f);
    }
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
    for (auto it = o.valueMap.cbegin(); it != o.valueMap.cend(); ++it) {
        const ColumnSpec *c = table.column(it.key());
        if (!c || c->type != ColumnType::Text || it.key() == QLatin1String(ExtraColumn)) {
            *error = tr("%1: --map-value %2: layer %3 has no text column '%2'").arg(src.where(), it.key(), table.name);
            return false;
        }
        for (const QString &to : it.value())
            if (!c->allowed.isEmpty() && !c->allowed.contains(to)) {
                *error = tr("%1: --map-value %2:…=%3: '%3' is not a code of column '%2' (codes: %4)")
                             .arg(src.where(), it.key(), to, c->allowed.join(QLatin1String(", ")));
                return false;
            }
    }
    // Rules in order: yours, the saved mapping, then per field exact, case-insensitive, shapefile cut, synonym.
    QList<FieldMapping> mapping(sourceFields.size());
    QStringList taken;
    QHash<QString, int> byColumn; // column -> source index
    auto assign = [&](int k, const QString &column, MatchRule rule) {
        mapping[k].column = column;
        mapping[k].rule = rule;
        if (column.isEmpty())
            return true;
        if (byColumn.contains(column))
            return false;
        byColumn.insert(column, k);
        taken.append(column);
        return true;
    };
    QList<bool> decided(sourceFields.size(), false);
    for (int k = 0; k < sourceFields.size(); ++k) {
        const auto it = o.fieldMap.constFind(sourceFields[k]);
        if (it == o.fieldMap.cend())
            continue;
        decided[k] = true;
        if (it.value() == QLatin1String(ExtraColumn)) { // "field=extra": keep it as an extra attribute
            mapping[k].rule = MatchRule::Extra;
            continue;
        }
        if (!assign(k, it.value(), it.value().isEmpty() ? MatchRule::Ignored : MatchRule::User)) {
            *error = QStringLiteral("%1: two source fields are mapped to column '%2'").arg(src.where(), it.value());
            return false;
        }
    }
    for (int k = 0; k < sourceFields.size(); ++k) {
        const auto it = o.savedFieldMap.constFind(sourceFields[k]);
        if (decided[k] || it == o.savedFieldMap.cend())
            continue;
        const QString column = table.column(it.value()) && it.value() != QLatin1String(ExtraColumn) ? it.value() : QString();
        if (!column.isEmpty() && byColumn.contains(column))
            continue; // the column is yours already: the field is matched by the rules below
        decided[k] = true;
        assign(k, column, column.isEmpty() && !it.value().isEmpty() ? MatchRule::Extra
                                                                     : column.isEmpty() ? MatchRule::Ignored
                                                                                        : MatchRule::Saved);
    }
    // Each rule is tried for every field before the next, weaker, rule (an exact "name" beats a synonym 名称).
    for (int pass = 0; pass < 4; ++pass) {
        for (int k = 0; k < sourceFields.size(); ++k) {
            if (decided[k])
                continue;
            MatchRule rule = MatchRule::Extra;
            const QString column = ImportMapping::match(sourceFields[k], table, taken, &rule);
            const MatchRule wanted[] = {MatchRule::Exact, MatchRule::CaseInsensitive, MatchRule::Truncated,
                                        MatchRule::Synonym};
            if (column.isEmpty() || rule != wanted[pass])
                continue;
            decided[k] = true;
            assign(k, column, rule);
        }
    }
    for (const ColumnSpec &c : table.columns) {
        if (c.name == QLatin1String(ExtraColumn))
            continue;
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
        FieldMapping &m = mapping[k];
        m.sourceField = sourceFields[k];
        m.sourceType = QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(defn->GetFieldDefn(k)->GetType()));
        if (!decided[k])
            m.rule = ImportMapping::isFormatField(ext, sourceFields[k]) ? MatchRule::FormatField : MatchRule::Extra;
        if (const ColumnSpec *spec = m.column.isEmpty() ? nullptr : table.column(m.column))
            m.columnType = Schema::sqlType(spec->type);
        if (m.rule == MatchRule::Extra) {
            m_extraIndex.append(k);
            m_extraNames.append(sourceFields[k]);
        }
    }
    m_mapping = mapping;
    if (!m_extraIndex.isEmpty() && table.column(QLatin1String(ExtraColumn)))
        m_columns.append(QLatin1String(ExtraColumn));
    return true;
}

QString FeatureConverter::decode(const char *s) const
{
    if (m_encoding.isEmpty())
        return QString::fromUtf8(s);
    char *u = CPLRecode(s, m_encoding.constData(), CPL_ENC_UTF8);
    const QString r = QString::fromUtf8(u);
    CPLFree(u);
    return r;
}

bool FeatureConverter::mapValue(const QString &fieldName, QString s, const ColumnSpec &c, QVariant *out,
                                QString *why) const
{
    const auto user = m_valueMap.constFind(c.name);
    if (user != m_valueMap.cend() && user->contains(s)) {
        const QString code = user->value(s);
        m_valuesMapped[QStringLiteral("%1: %2 -> %3").arg(c.name, s, code)] += 1;
        s = code;
    }
    if (c.allowed.isEmpty() || c.allowed.contains(s)) {
        *out = s;
        return true;
    }
    if (s.trimmed().isEmpty()) { // a blank coded value is no value
        *out = QVariant();
        return true;
    }
    QString code = ImportMapping::shippedValue(c.name, s);
    for (const QString &a : c.allowed)
        if (code.isEmpty() && a.compare(s.trimmed(), Qt::CaseInsensitive) == 0)
            code = a;
    if (code.isEmpty()) {
        *why = tr("field '%1' value '%2' has no code in column '%3' (codes: %4); map it with --map-value %3:%2=CODE")
                   .arg(fieldName, s.left(60), c.name, c.allowed.join(QLatin1String(", ")));
        return false;
    }
    m_valuesMapped[QStringLiteral("%1: %2 -> %3").arg(c.name, s, code)] += 1;
    *out = code;
    return true;
}

bool FeatureConverter::extraAttributes(OGRFeature *f, QVariant *out, QString *why) const
{
    // Written by hand to keep the source's field order (QJsonObject sorts its keys).
    auto quoted = [](const QString &t) {
        const QByteArray a = QJsonDocument(QJsonArray{t}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(a.mid(1, a.size() - 2));
    };
    QStringList parts;
    bool any = false;
    for (int i = 0; i < m_extraIndex.size(); ++i) {
        const int k = m_extraIndex[i];
        QString value = QStringLiteral("null");
        if (f->IsFieldSetAndNotNull(k)) {
            any = any || QByteArray(f->GetFieldAsString(k)).trimmed().size() > 0;
            const OGRFieldType ft = f->GetFieldDefnRef(k)->GetType();
            if (ft == OFTInteger || ft == OFTInteger64) {
                const qint64 v = f->GetFieldAsInteger64(k);
                if (!integerInRange(v)) {
                    *why = tr("field '%1' holds a whole number beyond the 64-bit range (read as %2)")
                               .arg(m_extraNames[i], QString::fromUtf8(f->GetFieldAsString(k)));
                    return false;
                }
                value = QString::number(v);
            } else if (ft == OFTReal && std::isfinite(f->GetFieldAsDouble(k))) {
                value = QString::number(f->GetFieldAsDouble(k), 'g', 17);
            } else if (ft == OFTString) {
                const char *raw = f->GetFieldAsString(k);
                if (m_encoding.isEmpty() && !CPLIsUTF8(raw, -1)) {
                    *why = tr("field '%1' is not UTF-8 text: give the file's encoding with --encoding (such as GBK)")
                               .arg(m_extraNames[i]);
                    return false;
                }
                value = quoted(decode(raw));
            } else {
                value = quoted(QString::fromUtf8(f->GetFieldAsString(k)));
            }
        }
        parts.append(quoted(m_extraNames[i]) + QLatin1Char(':') + value);
    }
    if (any) {
        m_extraFeatures += 1;
        *out = QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')));
    }
    return true;
}

} // namespace fc::detail
