#include "app/core/store/hazardworkflow.h"
#include "app/core/district/floodlayers.h"

#include "app/core/rules/freeboard.h"
#include "app/core/rules/roadnetwork.h"

#include "maps/featurestore.h"
#include "maps/maplayer.h"
#include "maps/vectorlayer.h"

#include <QLocale>
#include <algorithm>

namespace fc {

namespace {

Symbol fillSym(QColor fill, QColor stroke, double w = 1.0, Qt::PenStyle ps = Qt::SolidLine)
{
    Symbol s;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidth = w;
    s.penStyle = ps;
    return s;
}

Symbol lineSym(QColor c, double w, QColor casing = {}, double casingW = 0, Qt::PenStyle ps = Qt::SolidLine)
{
    Symbol s;
    s.stroke = c;
    s.strokeWidth = w;
    s.casing = casing;
    s.casingWidth = casingW;
    s.penStyle = ps;
    return s;
}

Symbol marker(Symbol::Marker m, QColor fill, double size, QColor stroke = QColor(255, 255, 255, 220), double w = 1.2)
{
    Symbol s;
    s.marker = m;
    s.fill = fill;
    s.size = size;
    s.stroke = stroke;
    s.strokeWidth = w;
    return s;
}

Symbol svg(const QString &name, double size)
{
    Symbol s;
    s.marker = Symbol::Marker::Svg;
    s.svg = QStringLiteral(":/icons/%1.svg").arg(name);
    s.size = size;
    return s;
}

void labels(VectorStyle &st, const MapPalette &pal, const QString &field, double minZoom, int priority,
            double pt = 9.0, bool bold = false)
{
    st.labelField = field;
    // In an English interface, label with English names where the data has them.
    if (field == QLatin1String("name") && QLocale().language() != QLocale::Chinese) {
        st.labelField = QStringLiteral("name_en");
        st.labelFallbackField = field;
    }
    st.labelMinZoom = minZoom;
    st.labelPriority = priority;
    st.labelPointSize = pt;
    st.labelBold = bold;
    st.labelColor = pal.label;
    st.haloColor = pal.halo;
}

} // namespace

MapPalette MapPalette::forTheme(MapTheme t)
{
    if (t == MapTheme::Dark)
        return {QColor(9, 14, 22), QColor(21, 31, 44), QColor(36, 50, 68), QColor(16, 58, 92), QColor(120, 180, 230),
                QColor(112, 128, 148), QColor(10, 16, 24), QColor(200, 210, 222), QColor(225, 232, 240),
                QColor(9, 14, 22, 230)};
    return {QColor(226, 230, 234), QColor(246, 244, 238), QColor(214, 210, 200), QColor(160, 200, 232),
            QColor(40, 90, 150), QColor(255, 255, 255), QColor(170, 170, 170), QColor(60, 60, 60), QColor(30, 30, 30),
            QColor(255, 255, 255, 230)};
}

QList<FloodLayers::Spec> FloodLayers::specs()
{
    const QString basemap = tr("Basemap"), infra = tr("Flood defences"), hazards = tr("Hazards"), ops = tr("Operations");
    return {
        {QStringLiteral("district_boundary"), tr("District boundary"), basemap},
        {QStringLiteral("blocks"), tr("City blocks"), basemap},
        {QStringLiteral("river"), tr("River and creek"), basemap},
        {QStringLiteral("roads"), tr("Roads"), basemap},
        {QStringLiteral("underground_spaces"), tr("Underground spaces"), hazards},
        {QStringLiteral("construction_sites"), tr("Construction sites"), hazards},
        {QStringLiteral("flood_walls"), tr("Flood walls"), infra},
        {QStringLiteral("waterlogging_roads"), tr("Waterlogging-prone roads"), hazards},
        {QStringLiteral("flood_gates"), tr("Flood gates"), infra},
        {QStringLiteral("greenery"), tr("Rooftop greenery"), hazards},
        {QStringLiteral("hazards"), tr("Hazard points"), hazards},
        {QStringLiteral("pumping_stations"), tr("Pumping stations"), infra},
        {QStringLiteral("shelters"), tr("Shelters"), ops},
        {QStringLiteral("warehouses"), tr("Supplies warehouse"), ops},
        {QStringLiteral("sensors"), tr("Gauges and sensors"), ops, true},
        {QStringLiteral("rescue_teams"), tr("Rescue teams"), ops, true},
    };
}

FloodLayers::Spec FloodLayers::spec(const QString &id)
{
    for (const Spec &s : specs())
        if (s.id == id)
            return s;
    return {id, id, tr("Other")};
}

QHash<QString, QString> FloodLayers::fieldCaptions()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("name_en"), tr("English name")},
        {QStringLiteral("class"), tr("Road class")},
        {QStringLiteral("lanes"), tr("Lanes")},
        {QStringLiteral("landuse"), tr("Land use")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("area_km2"), tr("Area (km²)")},
        {QStringLiteral("area_m2"), tr("Area (m²)")},
        {QStringLiteral("crest_m"), tr("Crest elevation (m)")},
        {QStringLiteral("design_tide_m"), tr("Design tide level (m)")},
        {QStringLiteral("unit"), tr("Responsible unit")},
        {QStringLiteral("condition"), tr("Condition")},
        {QStringLiteral("built_year"), tr("Year built")},
        {QStringLiteral("wall_id"), tr("Flood wall")},
        {QStringLiteral("width_m"), tr("Width (m)")},
        {QStringLiteral("state"), tr("State")},
        {QStringLiteral("last_operated"), tr("Last operated")},
        {QStringLiteral("road"), tr("Road")},
        {QStringLiteral("max_depth_cm"), tr("Historical max depth (cm)")},
        {QStringLiteral("last_event"), tr("Last waterlogging")},
        {QStringLiteral("low_point_elev_m"), tr("Low point elevation (m)")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("tall_trees"), tr("Tall trees")},
        {QStringLiteral("last_inspection"), tr("Last inspection")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("category"), tr("Category")},
        {QStringLiteral("severity"), tr("Severity")},
        {QStringLiteral("found"), tr("Found")},
        {QStringLiteral("deadline"), tr("Deadline")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("extra"), tr("Extra attributes (from the source file)")},
        {QStringLiteral("levels"), tr("Levels")},
        {QStringLiteral("entrances"), tr("Entrances")},
        {QStringLiteral("flood_barriers"), tr("Flood barriers")},
        {QStringLiteral("contractor"), tr("Contractor")},
        {QStringLiteral("tower_cranes"), tr("Tower cranes")},
        {QStringLiteral("deep_pit"), tr("Deep foundation pit")},
        {QStringLiteral("capacity_m3s"), tr("Capacity (m³/s)")},
        {QStringLiteral("pumps"), tr("Pumps")},
        {QStringLiteral("operator"), tr("Operator")},
        {QStringLiteral("capacity"), tr("Capacity (people)")},
        {QStringLiteral("occupancy"), tr("Occupancy")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("kinds"), tr("Kinds of supplies")},
        {QStringLiteral("items"), tr("Items in stock")},
        {QStringLiteral("warn"), tr("Warning threshold")},
        {QStringLiteral("alarm"), tr("Alarm threshold")},
        {QStringLiteral("road_id"), tr("Road section")},
        {QStringLiteral("members"), tr("Members")},
        {QStringLiteral("leader"), tr("Leader")},
        {QStringLiteral("equipment"), tr("Equipment")},
    };
}

QString FloodLayers::valueCaption(const QString &field, const QVariant &value)
{
    static const QHash<QString, const char *> codes = {
        {QStringLiteral("primary"), QT_TR_NOOP("Primary")},
        {QStringLiteral("secondary"), QT_TR_NOOP("Secondary")},
        {QStringLiteral("tertiary"), QT_TR_NOOP("Tertiary")},
        {QStringLiteral("residential"), QT_TR_NOOP("Residential")},
        {QStringLiteral("good"), QT_TR_NOOP("Good")},
        {QStringLiteral("fair"), QT_TR_NOOP("Fair")},
        {QStringLiteral("poor"), QT_TR_NOOP("Poor")},
        {QStringLiteral("open"), QT_TR_NOOP("Open")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("rectifying"), QT_TR_NOOP("Being rectified")},
        {QStringLiteral("rectified"), QT_TR_NOOP("Rectified")},
        {QStringLiteral("major"), QT_TR_NOOP("Major")},
        {QStringLiteral("high"), QT_TR_NOOP("High")},
        {QStringLiteral("medium"), QT_TR_NOOP("Medium")},
        {QStringLiteral("low"), QT_TR_NOOP("Low")},
        {QStringLiteral("ok"), QT_TR_NOOP("OK")},
        {QStringLiteral("needs_pruning"), QT_TR_NOOP("Needs pruning")},
        {QStringLiteral("needs_bracing"), QT_TR_NOOP("Needs bracing")},
        {QStringLiteral("standby"), QT_TR_NOOP("Standby")},
        {QStringLiteral("rain"), QT_TR_NOOP("Rain gauge")},
        {QStringLiteral("tide"), QT_TR_NOOP("Tide gauge")},
        {QStringLiteral("waterlogging"), QT_TR_NOOP("Waterlogging sensor")},
        {QStringLiteral("riverside"), QT_TR_NOOP("Riverside area")},
        {QStringLiteral("tourist"), QT_TR_NOOP("Tourist area")},
        {QStringLiteral("old_town"), QT_TR_NOOP("Old town")},
        {QStringLiteral("high_rise"), QT_TR_NOOP("High-rise building")},
        {QStringLiteral("underground"), QT_TR_NOOP("Underground space")},
        {QStringLiteral("construction"), QT_TR_NOOP("Construction site")},
        {QStringLiteral("land_expropriation"), QT_TR_NOOP("Land-expropriation plot")},
        {QStringLiteral("facade"), QT_TR_NOOP("Building facade")},
        {QStringLiteral("shop_sign"), QT_TR_NOOP("Shop sign")},
        {QStringLiteral("flood_wall"), QT_TR_NOOP("Flood wall")},
        {QStringLiteral("rooftop"), QT_TR_NOOP("Rooftop")},
        {QStringLiteral("podium"), QT_TR_NOOP("Podium roof")},
        {QStringLiteral("garage"), QT_TR_NOOP("Underground garage")},
        {QStringLiteral("mall"), QT_TR_NOOP("Underground mall")},
        {QStringLiteral("metro"), QT_TR_NOOP("Metro station")},
        {QStringLiteral("civil_defence"), QT_TR_NOOP("Civil-defence works")},
        {QStringLiteral("drainage"), QT_TR_NOOP("Drainage")},
        {QStringLiteral("fire"), QT_TR_NOOP("Fire and rescue")},
        {QStringLiteral("greenery"), QT_TR_NOOP("Greenery")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("power"), QT_TR_NOOP("Power")},
        {QStringLiteral("medical"), QT_TR_NOOP("Medical")},
        {QStringLiteral("commercial"), QT_TR_NOOP("Commercial")},
        {QStringLiteral("office"), QT_TR_NOOP("Office")},
        {QStringLiteral("park"), QT_TR_NOOP("Park")},
        {QStringLiteral("public"), QT_TR_NOOP("Public")},
        {QStringLiteral("historic"), QT_TR_NOOP("Historic")},
        {QStringLiteral("river"), QT_TR_NOOP("River")},
        {QStringLiteral("creek"), QT_TR_NOOP("Creek")},
    };
    // Codes whose meaning depends on the field: a hazard's status "open" is not a gate's state "open".
    static const QHash<QString, const char *> byField = {
        {QStringLiteral("status=open"), QT_TR_NOOP("Not rectified")},
        {QStringLiteral("status=closed"), QT_TR_NOOP("Closed out")},
        {QStringLiteral("status=found"), QT_TR_NOOP("Found, not yet assigned")},
        {QStringLiteral("status=assigned"), QT_TR_NOOP("Assigned for rectification")},
        {QStringLiteral("status=awaiting_check"), QT_TR_NOOP("Awaiting check")},
    };
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("Yes") : tr("No");
    const auto specific = byField.constFind(field + QLatin1Char('=') + value.toString());
    if (specific != byField.cend())
        return tr(*specific);
    const auto it = codes.constFind(value.toString());
    return it != codes.cend() ? tr(*it) : value.toString();
}

VectorStyle FloodLayers::floodWallStyle(MapTheme theme, double tide, std::shared_ptr<const QHash<qint64, double>> offsets)
{
    const MapPalette pal = MapPalette::forTheme(theme);
    VectorStyle st(lineSym(QColor(60, 200, 120), 4.0, pal.roadCasing, 1.0));
    auto wall = [&](QColor c) { return lineSym(c, 4.0, pal.roadCasing, 1.0); };
    // The bands are the freeboard states of FreeboardRules (the alarm list's and the summary's), nothing of its own.
    const FreeboardRules r;
    auto m = [](double v) { return QString::number(v, 'f', 1); };
    st.setGraduated(QStringLiteral("freeboard"),
                    {{-100, r.redMarginM, wall(QColor(235, 50, 50)), tr("Freeboard < %1 m (red)").arg(m(r.redMarginM))},
                     {r.redMarginM, r.marginM, wall(QColor(245, 140, 30)), tr("Freeboard %1–%2 m (orange)").arg(m(r.redMarginM), m(r.marginM))},
                     {r.marginM, r.watchMarginM, wall(QColor(240, 210, 40)), tr("Freeboard %1–%2 m (watched)").arg(m(r.marginM), m(r.watchMarginM))},
                     {r.watchMarginM, 100, wall(QColor(60, 200, 120)), tr("Freeboard ≥ %1 m").arg(m(r.watchMarginM))}});
    // Freeboard = crest elevation - current water level; computed per render from the tide reading.
    st.setValueFunction([tide, offsets](const FeatureStore &fs, int i) -> QVariant {
        const QVariant crest = fs.attribute(i, QStringLiteral("crest_m"));
        if (!crest.isValid())
            return {};
        return crest.toDouble() - tide - (offsets ? offsets->value(fs.fid(i)) : 0.0);
    });
    st.setWidthGrowth(0.35);
    labels(st, pal, QStringLiteral("name"), 15.5, 3, 8.5);
    return st;
}

VectorStyle FloodLayers::style(const QString &id, MapTheme theme, double tide)
{
    const MapPalette pal = MapPalette::forTheme(theme);
    const bool dark = theme == MapTheme::Dark;
    VectorStyle st;
    if (id == QLatin1String("district_boundary")) {
        st.setSymbol(fillSym(pal.land, dark ? QColor(90, 130, 170) : QColor(120, 120, 140), 2.0, Qt::DashLine));
    } else if (id == QLatin1String("blocks")) {
        const QColor b = pal.blockStroke;
        auto blk = [&](QColor c) { return fillSym(c, b, 0.6); };
        st.setSymbol(blk(dark ? QColor(27, 39, 54) : QColor(236, 232, 224)));
        st.setCategorized(QStringLiteral("landuse"),
                          {{QStringLiteral("residential"), blk(dark ? QColor(27, 39, 54) : QColor(238, 230, 220)), tr("Residential")},
                           {QStringLiteral("commercial"), blk(dark ? QColor(34, 42, 60) : QColor(240, 226, 222)), tr("Commercial")},
                           {QStringLiteral("office"), blk(dark ? QColor(30, 44, 62) : QColor(230, 228, 236)), tr("Office")},
                           {QStringLiteral("park"), blk(dark ? QColor(22, 52, 40) : QColor(204, 232, 200)), tr("Park")},
                           {QStringLiteral("public"), blk(dark ? QColor(36, 40, 52) : QColor(234, 228, 210)), tr("Public")},
                           {QStringLiteral("historic"), blk(dark ? QColor(48, 40, 36) : QColor(236, 220, 200)), tr("Historic")}});
    } else if (id == QLatin1String("river")) {
        st.setSymbol(fillSym(pal.water, pal.water.lighter(120), 1.0));
        labels(st, pal, QStringLiteral("name"), 12, 5, 13, true);
        st.labelColor = pal.waterLabel;
        st.haloColor = dark ? QColor(16, 58, 92, 200) : QColor(220, 236, 250, 200);
        st.labelRepeatDistancePx = 600;
    } else if (id == QLatin1String("roads")) {
        const QColor c = pal.road, k = pal.roadCasing;
        st.setSymbol(lineSym(c, 1.0, k, 0.5));
        st.setCategorized(QStringLiteral("class"),
                          {{QStringLiteral("residential"), lineSym(c.darker(dark ? 130 : 100), 1.2, k, 0.5), tr("Residential road")},
                           {QStringLiteral("tertiary"), lineSym(c, 2.0, k, 0.6), tr("Tertiary road")},
                           {QStringLiteral("secondary"), lineSym(c.lighter(dark ? 115 : 100), 3.0, k, 0.8), tr("Secondary road")},
                           {QStringLiteral("primary"), lineSym(dark ? QColor(190, 160, 100) : QColor(250, 210, 120), 4.2, k, 0.9), tr("Primary road")}});
        st.setWidthGrowth(0.5);
        labels(st, pal, QStringLiteral("name"), 15, 1, 8.5);
        st.labelColor = pal.roadLabel;
    } else if (id == QLatin1String("underground_spaces")) {
        st.setSymbol(fillSym(QColor(140, 100, 230, 70), QColor(160, 130, 255), 1.4, Qt::DashLine));
        labels(st, pal, QStringLiteral("name"), 16, 2, 8);
    } else if (id == QLatin1String("construction_sites")) {
        st.setSymbol(fillSym(QColor(230, 150, 40, 60), QColor(235, 160, 50), 1.4, Qt::DashDotLine));
        labels(st, pal, QStringLiteral("name"), 16, 2, 8);
    } else if (id == QLatin1String("flood_walls")) {
        return floodWallStyle(theme, tide);
    } else if (id == QLatin1String("waterlogging_roads")) {
        auto wl = [](QColor c) { return lineSym(c, 6.0, QColor(0, 0, 0, 0), 0); };
        st.setSymbol(wl(QColor(80, 170, 255, 170)));
        st.setGraduated(QStringLiteral("max_depth_cm"),
                        {{0, 25, wl(QColor(100, 200, 255, 170)), tr("Historical max < 25 cm")},
                         {25, 40, wl(QColor(40, 120, 255, 190)), tr("Historical max 25–40 cm")},
                         {40, 1000, wl(QColor(150, 70, 255, 200)), tr("Historical max ≥ 40 cm")}});
        st.setWidthGrowth(0.4);
        labels(st, pal, QStringLiteral("name"), 16, 4, 8);
    } else if (id == QLatin1String("flood_gates")) {
        st.setSymbol(marker(Symbol::Marker::Square, QColor(60, 200, 120), 11));
        st.setCategorized(QStringLiteral("state"),
                          {{QStringLiteral("open"), marker(Symbol::Marker::Square, QColor(245, 140, 30), 11), tr("Gate open")},
                           {QStringLiteral("closed"), marker(Symbol::Marker::Square, QColor(60, 200, 120), 11), tr("Gate closed")}});
        labels(st, pal, QStringLiteral("name"), 15, 6, 8);
    } else if (id == QLatin1String("greenery")) {
        st.setSymbol(marker(Symbol::Marker::Circle, QColor(70, 190, 90), 8));
        st.setCategorized(QStringLiteral("status"),
                          {{QStringLiteral("ok"), marker(Symbol::Marker::Circle, QColor(70, 190, 90), 8), tr("Greenery OK")},
                           {QStringLiteral("needs_pruning"), marker(Symbol::Marker::Circle, QColor(200, 220, 60), 9), tr("Needs pruning")},
                           {QStringLiteral("needs_bracing"), marker(Symbol::Marker::Circle, QColor(240, 170, 40), 10), tr("Needs bracing")}});
        st.cluster = true;
        st.clusterColor = QColor(60, 150, 80);
    } else if (id == QLatin1String("hazards")) {
        auto tri = [](QColor c, double s) { return marker(Symbol::Marker::Triangle, c, s); };
        st.setSymbol(tri(QColor(140, 140, 140), 9));
        st.setCategorized(QStringLiteral("severity"),
                          {{QStringLiteral("rectified"), tri(QColor(120, 130, 140), 8), tr("Rectified")},
                           {QStringLiteral("low"), tri(QColor(70, 150, 255), 10), tr("Low severity")},
                           {QStringLiteral("medium"), tri(QColor(240, 210, 40), 11), tr("Medium severity")},
                           {QStringLiteral("high"), tri(QColor(245, 140, 30), 12), tr("High severity")},
                           {QStringLiteral("major"), tri(QColor(235, 50, 50), 14), tr("Major hazard")}});
        // Open hazards by severity; rectified ones fade to grey.
        st.setValueFunction([](const FeatureStore &fs, int i) -> QVariant {
            if (!HazardWorkflow::isOpen(fs.attribute(i, QStringLiteral("status")).toString()))
                return QStringLiteral("rectified");
            return fs.attribute(i, QStringLiteral("severity"));
        });
        st.cluster = true;
        st.clusterColor = QColor(220, 80, 50);
    } else if (id == QLatin1String("pumping_stations")) {
        st.setSymbol(svg(QStringLiteral("pump"), 22));
        labels(st, pal, QStringLiteral("name"), 14, 7, 8.5);
    } else if (id == QLatin1String("shelters")) {
        // Filled by occupancy against capacity (the sum of the people moved there, kept by the store).
        st.setSymbol(svg(QStringLiteral("shelter"), 22));
        auto box = [](QColor c) {
            Symbol b = marker(Symbol::Marker::Square, c, 18); // larger than a gate's square, with a white rim
            b.stroke = QColor(255, 255, 255);
            b.strokeWidth = 2.5;
            return b;
        };
        st.setCategorized(QStringLiteral("fill"),
                          {{QStringLiteral("empty"), box(QColor(150, 160, 170)), tr("Shelter empty")},
                           {QStringLiteral("low"), box(QColor(70, 190, 90)), tr("Shelter under half full")},
                           {QStringLiteral("high"), box(QColor(240, 210, 40)), tr("Shelter half full or more")},
                           {QStringLiteral("near"), box(QColor(245, 140, 30)), tr("Shelter 90% full or more")},
                           {QStringLiteral("full"), box(QColor(235, 50, 50)), tr("Shelter full")}});
        st.setValueFunction([](const FeatureStore &fs, int i) -> QVariant {
            const double cap = fs.attribute(i, QStringLiteral("capacity")).toDouble();
            const double occ = fs.attribute(i, QStringLiteral("occupancy")).toDouble();
            if (occ <= 0)
                return QStringLiteral("empty");
            if (cap <= 0 || occ >= cap)
                return QStringLiteral("full");
            return occ >= 0.9 * cap ? QStringLiteral("near") : occ >= 0.5 * cap ? QStringLiteral("high") : QStringLiteral("low");
        });
        labels(st, pal, QStringLiteral("name"), 14, 7, 8.5);
    } else if (id == QLatin1String("warehouses")) {
        st.setSymbol(svg(QStringLiteral("warehouse"), 26));
        labels(st, pal, QStringLiteral("name"), 13, 9, 9, true);
    } else if (id == QLatin1String("sensors")) {
        st.setSymbol(marker(Symbol::Marker::Circle, QColor(80, 170, 255), 8));
        st.setCategorized(QStringLiteral("kind"),
                          {{QStringLiteral("rain"), marker(Symbol::Marker::Diamond, QColor(60, 210, 230), 11), tr("Rain gauge")},
                           {QStringLiteral("tide"), marker(Symbol::Marker::Star, QColor(90, 160, 255), 16), tr("Tide gauge")},
                           {QStringLiteral("waterlogging"), marker(Symbol::Marker::Circle, QColor(80, 140, 255), 8), tr("Waterlogging sensor")}});
        labels(st, pal, QStringLiteral("name"), 16, 5, 8);
    } else if (id == QLatin1String("rescue_teams")) {
        st.setSymbol(svg(QStringLiteral("team"), 24));
        labels(st, pal, QStringLiteral("name"), 14, 8, 8.5, true);
    }
    return st;
}

// -- live gauge styles --
namespace {
QColor levelColour(int level)
{
    switch (level) {
    case 0:
        return QColor(60, 200, 120);
    case 1:
        return QColor(60, 140, 255);
    case 2:
        return QColor(240, 210, 40);
    case 3:
        return QColor(245, 140, 30);
    case 4:
        return QColor(235, 50, 50);
    default:
        return QColor(140, 140, 150);
    }
}
} // namespace

VectorStyle FloodLayers::hazardLiveStyle(MapTheme theme, std::shared_ptr<const QSet<qint64>> overdue)
{
    // The hazard layer's own style (severity, closed ones grey), with the hazards past their deadline (HazardDesk's
    // rule, at the clock's time: the set is made by the caller) drawn larger with a red ring.
    VectorStyle st = style(QStringLiteral("hazards"), theme);
    auto tri = [](QColor c, double s) { return marker(Symbol::Marker::Triangle, c, s, QColor(255, 30, 30), 3.0); };
    st.setCategorized(QStringLiteral("severity"),
                      {{QStringLiteral("rectified"), marker(Symbol::Marker::Triangle, QColor(120, 130, 140), 8), tr("Rectified")},
                       {QStringLiteral("low"), marker(Symbol::Marker::Triangle, QColor(70, 150, 255), 10), tr("Low severity")},
                       {QStringLiteral("medium"), marker(Symbol::Marker::Triangle, QColor(240, 210, 40), 11), tr("Medium severity")},
                       {QStringLiteral("high"), marker(Symbol::Marker::Triangle, QColor(245, 140, 30), 12), tr("High severity")},
                       {QStringLiteral("major"), marker(Symbol::Marker::Triangle, QColor(235, 50, 50), 14), tr("Major hazard")},
                       {QStringLiteral("overdue_low"), tri(QColor(70, 150, 255), 15), tr("Low severity, overdue")},
                       {QStringLiteral("overdue_medium"), tri(QColor(240, 210, 40), 16), tr("Medium severity, overdue")},
                       {QStringLiteral("overdue_high"), tri(QColor(245, 140, 30), 17), tr("High severity, overdue")},
                       {QStringLiteral("overdue_major"), tri(QColor(235, 50, 50), 19), tr("Major hazard, overdue")}});
    st.setValueFunction([overdue](const FeatureStore &fs, int i) -> QVariant {
        if (!HazardWorkflow::isOpen(fs.attribute(i, QStringLiteral("status")).toString()))
            return QStringLiteral("rectified");
        const QString sev = fs.attribute(i, QStringLiteral("severity")).toString();
        return overdue && overdue->contains(fs.fid(i)) ? QStringLiteral("overdue_") + sev : sev;
    });
    st.cluster = false; // every overdue one stays visible (a district's year is about a hundred points)
    return st;
}

VectorStyle FloodLayers::sensorLiveStyle(MapTheme theme, std::shared_ptr<const QHash<QString, SensorLive>> live)
{
    const MapPalette pal = MapPalette::forTheme(theme);
    VectorStyle st(marker(Symbol::Marker::Circle, levelColour(-1), 10));
    auto m = [](int level, double size) { return marker(Symbol::Marker::Circle, levelColour(level), size); };
    st.setGraduated(QStringLiteral("level"), {{-1, 0, m(-1, 9), tr("No reading")},
                                              {0, 1, m(0, 10), tr("Normal")},
                                              {1, 2, m(1, 12), tr("Blue level")},
                                              {2, 3, m(2, 13), tr("Yellow level")},
                                              {3, 4, m(3, 15), tr("Orange level")},
                                              {4, 5, m(4, 17), tr("Red level")}});
    st.setValueFunction([live](const FeatureStore &fs, int i) -> QVariant {
        const auto it = live->constFind(fs.attribute(i, QStringLiteral("id")).toString());
        return it == live->cend() ? -1 : it->level;
    });
    labels(st, pal, QStringLiteral("name"), 14, 6, 8.5);
    st.labelFunction = [live](const FeatureStore &fs, int i) -> QString {
        return live->value(fs.attribute(i, QStringLiteral("id")).toString()).label;
    };
    return st;
}

VectorStyle FloodLayers::waterloggingLiveStyle(MapTheme theme, std::shared_ptr<const QHash<QString, SensorLive>> roads)
{
    const MapPalette pal = MapPalette::forTheme(theme);
    auto wl = [](QColor c) { return lineSym(c, 6.0, QColor(0, 0, 0, 0), 0); };
    VectorStyle st(wl(QColor(80, 170, 255, 120)));
    // The router's road states (RoadNetwork::state under FloodRules), so the map never shows open a road the
    // dispatch recommendation treats as closed: level -1 no depth known, 0 open, 1 slowed, 2 closed.
    const FloodRules rules;
    st.setGraduated(QStringLiteral("depth"), {{-1, 0, wl(QColor(120, 130, 150, 120)), tr("No depth known")},
                                              {0, 1, wl(QColor(100, 200, 255, 150)), tr("Open")},
                                              {1, 2, wl(QColor(245, 140, 30, 220)), tr("Slowed (from %1 cm)").arg(rules.slowDepthCm)},
                                              {2, 3, wl(QColor(235, 50, 50, 230)), tr("Closed (from %1 cm)").arg(rules.closedDepthCm)}});
    st.setValueFunction([roads](const FeatureStore &fs, int i) -> QVariant {
        const auto it = roads->constFind(fs.attribute(i, QStringLiteral("id")).toString());
        return it == roads->cend() ? -1 : it->level;
    });
    st.setWidthGrowth(0.4);
    labels(st, pal, QStringLiteral("name"), 16, 4, 8);
    st.labelFunction = [roads](const FeatureStore &fs, int i) -> QString {
        return roads->value(fs.attribute(i, QStringLiteral("id")).toString()).label;
    };
    return st;
}
// -- end live gauge styles --

QList<VectorLayer *> FloodLayers::createLayers(const LayerStores &stores, MapTheme theme, QObject *parent)
{
    QList<VectorLayer *> out;
    const QHash<QString, QString> captions = fieldCaptions();
    for (const Spec &s : specs()) {
        const auto it = stores.constFind(s.id);
        if (it == stores.cend())
            continue;
        auto *layer = new VectorLayer(s.id, s.name, *it, parent);
        layer->setGroup(s.group);
        layer->setLive(s.live);
        layer->setStyle(style(s.id, theme));
        layer->setFieldCaptions(captions);
        out.append(layer);
    }
    return out;
}

QString FloodLayers::addedLayerId(int n)
{
    return QStringLiteral("added_%1").arg(n);
}

bool FloodLayers::isAddedLayer(const QString &id)
{
    return id.startsWith(QLatin1String("added_"));
}

VectorStyle FloodLayers::addedLayerStyle(GeometryType t, MapTheme theme)
{
    const bool dark = theme == MapTheme::Dark;
    const QColor ink = dark ? QColor(255, 120, 200) : QColor(200, 30, 130);
    Symbol s;
    s.stroke = ink;
    s.strokeWidth = 1.6;
    if (t == GeometryType::Polygon)
        s.fill = QColor(ink.red(), ink.green(), ink.blue(), 50);
    if (t == GeometryType::Point) {
        s.fill = ink;
        s.stroke = dark ? QColor(Qt::white) : QColor(60, 0, 40);
        s.size = 9;
    }
    VectorStyle st(s);
    st.labelField = QStringLiteral("name");
    st.labelMinZoom = 15;
    st.labelColor = dark ? QColor(255, 210, 240) : QColor(90, 0, 60);
    st.haloColor = MapPalette::forTheme(theme).halo;
    return st;
}

void FloodLayers::restyle(const QList<VectorLayer *> &layers, MapTheme theme, double tideLevelM)
{
    const QList<Spec> all = specs();
    for (VectorLayer *l : layers) {
        if (isAddedLayer(l->id())) {
            if (l->store())
                l->setStyle(addedLayerStyle(l->store()->geometryType(), theme));
        } else if (std::any_of(all.begin(), all.end(), [&](const Spec &sp) { return sp.id == l->id(); })) {
            l->setStyle(style(l->id(), theme, tideLevelM));
        }
    }
}

void FloodLayers::applyTide(const QList<VectorLayer *> &layers, MapTheme theme, double tideLevelM,
                            std::shared_ptr<const QHash<qint64, double>> offsets)
{
    for (VectorLayer *l : layers)
        if (l->id() == QLatin1String("flood_walls"))
            l->setStyle(floodWallStyle(theme, tideLevelM, offsets));
}

bool FloodLayers::isSampleData(const FeatureStore *boundary)
{
    return boundary && boundary->count() > 0
           && boundary->attribute(0, QStringLiteral("name_en")).toString().contains(QLatin1String("sample"), Qt::CaseInsensitive);
}

int FloodLayers::imageryIndex(const QList<MapLayer *> &layers)
{
    int at = 0;
    for (int i = 0; i < layers.size(); ++i)
        if (layers[i]->id() == QLatin1String("roads"))
            at = i + 1;
    return at;
}

} // namespace fc
