#include "app/core/store/import/importmapping.h"

#include "app/core/base/gpkg.h"
#include "app/core/store/import/importer.h"

#include <gdal.h>
#include <ogr_api.h>
#include "app/core/store/schema.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

namespace {

// Column -> names that sources use for it. One table for all layers: a layer only offers the columns it has
// (类别 feeds category on hazards and kind elsewhere).
const QHash<QString, QStringList> &synonymTable()
{
    static const QHash<QString, QStringList> t = [] {
        const QList<QPair<const char *, QList<const char *>>> rows = {
            {"name", {"名称", "名字", "名", "站名", "点位名称", "隐患名称", "设施名称", "MC", "NAME", "MINGCHENG"}},
            {"name_en", {"英文名", "英文名称", "NAME_EN", "ENAME", "YWMC"}},
            {"category", {"类别", "类型", "分类", "隐患类别", "隐患类型", "LB", "LX", "FL", "CATEGORY", "TYPE"}},
            {"kind", {"类别", "类型", "分类", "种类", "LB", "LX", "FL", "TYPE"}},
            {"severity", {"等级", "级别", "严重程度", "风险等级", "隐患等级", "DJ", "JB", "LEVEL"}},
            {"unit", {"责任单位", "管理单位", "权属单位", "主管单位", "养护单位", "ZRDW", "GLDW", "QSDW"}},
            {"address", {"地址", "位置", "详细地址", "所在位置", "DZ", "WZ", "ADDR"}},
            {"street", {"所属街道", "街镇", "街道", "所属街镇", "JD", "JZ"}},
            {"crest_m", {"墙顶高程", "顶高程", "堤顶高程", "防汛墙顶高程", "DGC", "QDGC"}},
            {"design_tide_m", {"设计潮位", "设防潮位", "设计高潮位", "SJCW"}},
            {"capacity", {"容量", "可容纳人数", "容纳人数", "安置人数", "RL", "RNRS"}},
            {"occupancy", {"已安置人数", "现有人数", "入住人数"}},
            {"status", {"状态", "整改状态", "处置状态", "ZT"}},
            {"state", {"启闭状态", "开关状态", "状态", "ZT"}},
            {"condition", {"状况", "完好状况", "完好程度", "现状", "WHZK"}},
            {"found", {"发现日期", "发现时间", "排查日期", "FXRQ"}},
            {"deadline", {"整改期限", "期限", "截止日期", "整改时限", "ZGQX"}},
            {"description", {"描述", "情况描述", "隐患描述", "说明", "MS"}},
            {"phone", {"电话", "联系电话", "手机", "联系方式", "DH", "LXDH"}},
            {"leader", {"负责人", "队长", "FZR"}},
            {"members", {"人数", "队员人数", "RS"}},
            {"equipment", {"装备", "主要装备", "ZB"}},
            {"contractor", {"施工单位", "承包单位", "SGDW"}},
            {"operator", {"运营单位", "运行单位", "管理单位", "YYDW"}},
            {"built_year", {"建成年份", "建设年份", "建成年代", "JCNF"}},
            {"length_m", {"长度", "长度米", "CD"}},
            {"width_m", {"宽度", "门宽", "KD"}},
            {"lanes", {"车道数", "CDS"}},
            {"class", {"道路等级", "等级", "DLDJ"}},
            {"road", {"道路", "所在道路", "道路名称", "DLMC"}},
            {"max_depth_cm", {"最大积水深度", "积水深度", "最大积水深度厘米", "JSSD"}},
            {"low_point_elev_m", {"低点高程", "最低点高程"}},
            {"last_event", {"最近积水日期", "最近积水", "上次积水"}},
            {"area_m2", {"面积", "面积平方米", "MJ"}},
            {"levels", {"层数", "地下层数", "CS"}},
            {"entrances", {"出入口数", "出入口", "CRK"}},
            {"flood_barriers", {"挡水板", "防汛挡板", "挡水板数"}},
            {"tower_cranes", {"塔吊数", "塔吊"}},
            {"deep_pit", {"深基坑", "是否深基坑"}},
            {"tall_trees", {"高大乔木数", "乔木数"}},
            {"last_inspection", {"检查日期", "最近检查", "巡查日期"}},
            {"capacity_m3s", {"排水能力", "流量", "设计流量", "PSNL"}},
            {"pumps", {"泵台数", "水泵数", "泵数"}},
            {"warn", {"警戒值", "警戒水位", "JJSW"}},
            {"alarm", {"报警值", "保证水位", "BJZ"}},
            {"kinds", {"物资种类", "种类数"}},
            {"items", {"物资数量", "件数"}},
            {"landuse", {"用地性质", "用地类型", "YDXZ"}},
            {"area_km2", {"面积平方公里"}},
            {"last_operated", {"最近启闭时间", "操作时间"}},
            {"wall_id", {"防汛墙编号", "所属防汛墙"}},
            {"base", {"驻地", "驻扎地"}},
        };
        QHash<QString, QStringList> out;
        for (const auto &r : rows)
            for (const char *s : r.second)
                out[QString::fromLatin1(r.first)].append(QString::fromUtf8(s));
        return out;
    }();
    return t;
}

// Coded column -> source value -> code. Values already equal to a code (any case) need no entry.
const QHash<QString, QHash<QString, QString>> &valueTable()
{
    static const QHash<QString, QHash<QString, QString>> t = [] {
        const QList<QPair<const char *, QList<QPair<const char *, const char *>>>> rows = {
            {"severity",
             {{"特别重大", "major"}, {"重大", "major"}, {"Ⅰ级", "major"}, {"I级", "major"}, {"较大", "high"},
              {"高", "high"}, {"Ⅱ级", "high"}, {"II级", "high"}, {"一般", "medium"}, {"中", "medium"},
              {"中等", "medium"}, {"Ⅲ级", "medium"}, {"III级", "medium"}, {"低", "low"}, {"轻微", "low"},
              {"较小", "low"}, {"较低", "low"}, {"Ⅳ级", "low"}, {"IV级", "low"}}},
            {"state", {{"开启", "open"}, {"开", "open"}, {"打开", "open"}, {"敞开", "open"}, {"关闭", "closed"},
                       {"关", "closed"}, {"闭合", "closed"}, {"封闭", "closed"}}},
            {"condition", {{"好", "good"}, {"良好", "good"}, {"完好", "good"}, {"较好", "fair"}, {"一般", "fair"},
                           {"差", "poor"}, {"较差", "poor"}, {"损坏", "poor"}, {"破损", "poor"}}},
        };
        QHash<QString, QHash<QString, QString>> out;
        for (const auto &r : rows)
            for (const auto &v : r.second)
                out[QString::fromLatin1(r.first)].insert(QString::fromUtf8(v.first), QString::fromLatin1(v.second));
        return out;
    }();
    return t;
}

} // namespace

QString ImportMapping::ruleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::User:
        return tr("chosen by you");
    case MatchRule::Saved:
        return tr("saved mapping");
    case MatchRule::Exact:
        return tr("same name");
    case MatchRule::CaseInsensitive:
        return tr("same name, other case");
    case MatchRule::Truncated:
        return tr("shapefile's 10-character name");
    case MatchRule::Synonym:
        return tr("synonym");
    case MatchRule::Extra:
        return tr("kept as an extra attribute");
    case MatchRule::Ignored:
        return tr("not imported, as you chose");
    case MatchRule::FormatField:
        return tr("the format's own field, not data");
    }
    return {};
}

bool ImportMapping::isFormatField(const QString &extension, const QString &field)
{
    static const QStringList kml = {QStringLiteral("timestamp"), QStringLiteral("begin"), QStringLiteral("end"),
                                    QStringLiteral("altitudeMode"), QStringLiteral("tessellate"),
                                    QStringLiteral("extrude"), QStringLiteral("visibility"),
                                    QStringLiteral("drawOrder"), QStringLiteral("icon")};
    return (extension == QLatin1String("kml") || extension == QLatin1String("kmz")) && kml.contains(field);
}

QStringList ImportMapping::synonyms(const QString &column)
{
    return synonymTable().value(column);
}

QString ImportMapping::match(const QString &field, const TableSpec &table, const QStringList &taken, MatchRule *rule)
{
    const QString f = field.trimmed();
    auto usable = [&](const ColumnSpec &c) {
        return c.name != QLatin1String(ExtraColumn) && !taken.contains(c.name);
    };
    for (const ColumnSpec &c : table.columns)
        if (usable(c) && c.name == f) {
            *rule = MatchRule::Exact;
            return c.name;
        }
    for (const ColumnSpec &c : table.columns)
        if (usable(c) && c.name.compare(f, Qt::CaseInsensitive) == 0) {
            *rule = MatchRule::CaseInsensitive;
            return c.name;
        }
    // Shapefiles cut field names to 10 characters: "design_tid" feeds design_tide_m.
    if (f.size() == 10)
        for (const ColumnSpec &c : table.columns)
            if (usable(c) && c.name.size() > 10 && c.name.startsWith(f, Qt::CaseInsensitive)) {
                *rule = MatchRule::Truncated;
                return c.name;
            }
    for (const ColumnSpec &c : table.columns) {
        if (!usable(c))
            continue;
        for (const QString &s : synonymTable().value(c.name))
            if (s.compare(f, Qt::CaseInsensitive) == 0) {
                *rule = MatchRule::Synonym;
                return c.name;
            }
    }
    return {};
}

QString ImportMapping::shippedValue(const QString &column, const QString &value)
{
    return valueTable().value(column).value(value.trimmed());
}

bool ImportMapping::parseValueMap(const QStringList &pairs, QHash<QString, QHash<QString, QString>> *map,
                                  QString *error)
{
    for (const QString &p : pairs) {
        const qsizetype colon = p.indexOf(QLatin1Char(':'));
        const qsizetype eq = p.indexOf(QLatin1Char('='), colon + 1);
        if (colon <= 0 || eq <= colon + 1 || eq == p.size() - 1) {
            *error = tr("--map-value '%1': expected column:from=to (such as severity:重大=major)").arg(p);
            return false;
        }
        (*map)[p.left(colon).trimmed()].insert(p.mid(colon + 1, eq - colon - 1), p.mid(eq + 1).trimmed());
    }
    return true;
}

QVariantMap ImportMapping::savedRow(const QString &name, const ImportOptions &o, const QList<FieldMapping> &mapping)
{
    QJsonObject fields, values;
    for (const FieldMapping &m : mapping)
        fields.insert(m.sourceField, m.rule == MatchRule::Extra ? QString::fromLatin1(ExtraColumn) : m.column);
    for (auto c = o.valueMap.cbegin(); c != o.valueMap.cend(); ++c) {
        QJsonObject pairs;
        for (auto v = c->cbegin(); v != c->cend(); ++v)
            pairs.insert(v.key(), v.value());
        values.insert(c.key(), pairs);
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), o.kind},
            {QStringLiteral("fields"), QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))},
            {QStringLiteral("value_map"), QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))},
            {QStringLiteral("source"), QFileInfo(o.displayName.isEmpty() ? o.source : o.displayName).fileName()}};
}

QByteArray ImportMapping::exportSql(void *gdalDataset, const TableSpec &table)
{
    if (!gdalDataset || !table.column(QLatin1String(ExtraColumn)))
        return {};
    const QString t = Gpkg::quoted(table.name);
    const QString keysSql = QStringLiteral("SELECT j.key FROM %1 AS t, json_each(t.extra) AS j WHERE t.extra IS NOT NULL "
                                           "AND json_valid(t.extra) GROUP BY j.key ORDER BY min(t.fid), min(j.id)")
                                .arg(t);
    QStringList keys;
    OGRLayerH rs = GDALDatasetExecuteSQL(GDALDatasetH(gdalDataset), keysSql.toUtf8().constData(), nullptr, nullptr);
    if (!rs)
        return {};
    while (OGRFeatureH f = OGR_L_GetNextFeature(rs)) {
        keys.append(QString::fromUtf8(OGR_F_GetFieldAsString(f, 0)));
        OGR_F_Destroy(f);
    }
    GDALDatasetReleaseResultSet(GDALDatasetH(gdalDataset), rs);
    if (keys.isEmpty())
        return {};
    QStringList cols = {QStringLiteral("fid"), QStringLiteral("geom")};
    for (const ColumnSpec &c : table.columns)
        if (c.name != QLatin1String(ExtraColumn))
            cols.append(Gpkg::quoted(c.name));
    for (const QString &k : keys) {
        if (table.column(k)) // a key named like a column would shadow it
            continue;
        QString path = k;
        path.replace(QLatin1Char('"'), QLatin1String("\\\""));
        path.replace(QLatin1Char('\''), QLatin1String("''"));
        cols.append(QStringLiteral("json_extract(extra, '$.\"%1\"') AS %2").arg(path, Gpkg::quoted(k)));
    }
    return QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QLatin1String(", ")), t).toUtf8();
}

void ImportMapping::applySaved(const QVariantMap &row, ImportOptions *o)
{
    o->mappingName = row.value(QStringLiteral("name")).toString();
    o->savedFieldMap.clear();
    const QJsonObject fields = QJsonDocument::fromJson(row.value(QStringLiteral("fields")).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o->savedFieldMap.insert(it.key(), it.value().toString());
    const QJsonObject values = QJsonDocument::fromJson(row.value(QStringLiteral("value_map")).toString().toUtf8()).object();
    for (auto c = values.begin(); c != values.end(); ++c) {
        const QJsonObject pairs = c.value().toObject();
        for (auto v = pairs.begin(); v != pairs.end(); ++v)
            if (!o->valueMap.value(c.key()).contains(v.key()))
                o->valueMap[c.key()].insert(v.key(), v.value().toString());
    }
}

} // namespace fc
