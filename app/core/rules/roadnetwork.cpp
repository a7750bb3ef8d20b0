#include "app/core/rules/roadnetwork.h"

#include "maps/featurestore.h"
#include "maps/webmercator.h"

#include <charconv>
#include <cmath>

namespace fc {

double RoadNetwork::speedKmh(const QString &roadClass)
{
    if (roadClass == QLatin1String("motorway") || roadClass == QLatin1String("trunk"))
        return 60;
    if (roadClass == QLatin1String("primary"))
        return 40;
    if (roadClass == QLatin1String("secondary"))
        return 35;
    if (roadClass == QLatin1String("tertiary"))
        return 30;
    if (roadClass == QLatin1String("residential"))
        return 20;
    return 15; // service roads, lanes, unknown
}

namespace {

// The numbers of a WKT text after its first '(' (what the store writes: plain decimal numbers, optionally with
// a sign and an exponent), appended to `out`. One pass over the characters, no regular expression: the roads of
// a city are a few million numbers. std::from_chars rounds correctly, as QString::toDouble does.
void wktNumbers(QStringView wkt, std::vector<double> &out)
{
    const qsizetype open = wkt.indexOf(QLatin1Char('('));
    if (open < 0)
        return;
    char buf[64];
    const qsizetype n = wkt.size();
    for (qsizetype i = open + 1; i < n;) {
        const char16_t c = wkt[i].unicode();
        const bool start = (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'+';
        if (!start) {
            ++i;
            continue;
        }
        // Copy the token (sign, digits, point, exponent) as Latin-1.
        int len = 0;
        qsizetype j = i;
        for (; j < n && len < int(sizeof buf) - 1; ++j) {
            const char16_t d = wkt[j].unicode();
            if (!((d >= u'0' && d <= u'9') || d == u'.' || d == u'-' || d == u'+' || d == u'e' || d == u'E'))
                break;
            buf[len++] = char(d);
        }
        const char *first = buf;
        if (*first == '+')
            ++first;
        double v = 0;
        const auto [end, ec] = std::from_chars(first, buf + len, v);
        if (ec == std::errc() && end > first) {
            out.push_back(v);
            i += (end - buf);
        } else {
            ++i;
        }
    }
}

} // namespace

QList<GeoPoint> RoadNetwork::parseWktPoints(const QString &wkt)
{
    QList<GeoPoint> out;
    std::vector<double> values;
    wktNumbers(wkt, values);
    // 2D only (Z/M values would break the pairs; the store writes 2D).
    for (std::size_t i = 0; i + 1 < values.size(); i += 2)
        out.append(GeoPoint(values[i], values[i + 1]));
    return out;
}

RoadNetwork RoadNetwork::fromRows(const QList<StoreRow> &roads)
{
    RoadNetwork n;
    std::vector<RoadGraph::Line> lines;
    lines.reserve(std::size_t(roads.size()));
    n.m_fidById.reserve(roads.size());
    n.m_names.reserve(roads.size());
    std::vector<double> values;
    for (const StoreRow &r : roads) {
        RoadGraph::Line l;
        values.clear();
        wktNumbers(r.values.value(QStringLiteral("geom")).toString(), values);
        l.points.reserve(values.size() / 2);
        for (std::size_t i = 0; i + 1 < values.size(); i += 2)
            l.points.push_back(GeoPoint(values[i], values[i + 1]));
        if (l.points.size() < 2)
            continue;
        l.featureId = r.fid;
        l.speedKmh = speedKmh(r.values.value(QStringLiteral("class")).toString());
        const int oneway = r.values.value(QStringLiteral("oneway")).toInt();
        l.direction = oneway > 0 ? RoadGraph::Direction::Forward
                                : oneway < 0 ? RoadGraph::Direction::Backward : RoadGraph::Direction::Both;
        lines.push_back(std::move(l));
        n.m_fidById.insert(r.values.value(QStringLiteral("id")).toString(), r.fid);
        n.m_names.insert(r.fid, r.values.value(QStringLiteral("name")).toString());
    }
    n.m_graph = RoadGraph::build(lines);
    return n;
}

std::vector<RoadGraph::Line> RoadNetwork::collectLines(const FeatureStore &roads, RoadNetwork &n)
{
    const int count = roads.count();
    std::vector<RoadGraph::Line> lines;
    lines.reserve(std::size_t(count));
    n.m_fidById.reserve(count);
    n.m_names.reserve(count);
    const int idField = roads.fieldIndex(QStringLiteral("id"));
    const int nameField = roads.fieldIndex(QStringLiteral("name"));
    const int classField = roads.fieldIndex(QStringLiteral("class"));
    const int onewayField = roads.fieldIndex(QStringLiteral("oneway"));
    for (int i = 0; i < count; ++i) {
        if (roads.type(i) != GeometryType::Line)
            continue;
        const qint64 fid = roads.fid(i);
        const double kmh = speedKmh(roads.attribute(i, classField).toString());
        const int oneway = roads.attribute(i, onewayField).toInt();
        const RoadGraph::Direction dir = oneway > 0 ? RoadGraph::Direction::Forward
                                         : oneway < 0 ? RoadGraph::Direction::Backward : RoadGraph::Direction::Both;
        bool any = false;
        for (int p = 0; p < roads.partCount(i); ++p) {
            int m = 0;
            const QPointF *v = roads.part(i, p, &m);
            if (m < 2)
                continue;
            RoadGraph::Line l;
            l.points.reserve(std::size_t(m));
            for (int k = 0; k < m; ++k)
                l.points.push_back(WebMercator::toGeo(v[k]));
            l.featureId = fid;
            l.speedKmh = kmh;
            l.direction = dir;
            lines.push_back(std::move(l));
            any = true;
        }
        if (!any)
            continue;
        n.m_fidById.insert(roads.attribute(i, idField).toString(), fid);
        n.m_names.insert(fid, roads.attribute(i, nameField).toString());
    }
    return lines;
}

RoadNetwork RoadNetwork::fromLayer(const FeatureStore &roads)
{
    RoadNetwork n;
    n.m_graph = RoadGraph::build(collectLines(roads, n));
    return n;
}

RoadNetwork RoadNetwork::fromLayer(std::shared_ptr<const FeatureStore> &&roads)
{
    RoadNetwork n;
    if (!roads)
        return n;
    std::vector<RoadGraph::Line> lines = collectLines(*roads, n);
    roads.reset(); // the layer is freed (when no one else holds it) before the graph's arrays are made
    n.m_graph = RoadGraph::build(lines);
    return n;
}

RoadNetwork RoadNetwork::load(Store &store, const FloodRules &rules, QString *error)
{
    // The layer as the map reads it (packed vertices, no text geometry): a city's roads in a fraction of the
    // time and memory of rows with WKT.
    LayerRead read = store.readLayers({QStringLiteral("roads")}).result();
    if (!read.ok) {
        if (error)
            *error = read.error;
        return {};
    }
    RoadNetwork n = fromLayer(read.layers.take(QStringLiteral("roads")));
    if (n.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: the roads layer has no lines to route on").arg(store.path());
        return n;
    }
    n.setDepths(n.readDepths(store, rules), rules);
    return n;
}

void RoadNetwork::setDepths(const QHash<qint64, double> &depthCm, const FloodRules &rules)
{
    m_depths = depthCm;
    m_rules = rules;
    m_graph.setWeights([&](const RoadGraph::Edge &e) {
        const auto it = m_depths.constFind(e.featureId);
        switch (it == m_depths.cend() ? RoadState::Open : stateOf(*it, rules)) {
        case RoadState::Open:
            return e.baseSeconds;
        case RoadState::Slowed:
            return e.baseSeconds * rules.slowFactor;
        case RoadState::Closed:
            break;
        }
        return RoadGraph::Infinite;
    });
    m_graph.setClosedPartialFactor(rules.slowFactor);
}

RoadNetwork::RoadState RoadNetwork::stateOf(double depthCm, const FloodRules &rules)
{
    if (depthCm >= rules.closedDepthCm)
        return RoadState::Closed;
    return depthCm >= rules.slowDepthCm ? RoadState::Slowed : RoadState::Open;
}

RoadNetwork::RoadState RoadNetwork::state(qint64 roadFid) const
{
    const auto it = m_depths.constFind(roadFid);
    return it == m_depths.cend() ? RoadState::Open : stateOf(*it, m_rules);
}

QList<qint64> RoadNetwork::roadsIn(RoadState s) const
{
    QList<qint64> out;
    for (auto it = m_depths.cbegin(); it != m_depths.cend(); ++it)
        if (state(it.key()) == s)
            out.append(it.key());
    std::sort(out.begin(), out.end());
    return out;
}

ReadingQuery RoadNetwork::latestWaterloggingReadings()
{
    ReadingQuery q;
    q.sensorKind = QStringLiteral("waterlogging");
    q.latestOnly = true;
    return q;
}

QString RoadNetwork::depthIncidentsWhere()
{
    return QStringLiteral("kind = 'waterlogging' AND depth_cm IS NOT NULL AND "
                          "coalesce(state, 'reported') NOT IN ('resolved', 'closed', 'cancelled')");
}

QHash<qint64, double> RoadNetwork::readDepths(Store &store, const FloodRules &rules) const
{
    auto wl = store.rows(QStringLiteral("waterlogging_roads"));
    auto sensors = store.rows(QStringLiteral("sensors"), QStringLiteral("kind = 'waterlogging'"));
    auto readings = store.readingRows(latestWaterloggingReadings());
    auto incidents = store.rows(QStringLiteral("incidents"), depthIncidentsWhere());
    wl.waitForFinished();
    sensors.waitForFinished();
    readings.waitForFinished();
    incidents.waitForFinished();
    return depthsFrom(wl.result(), sensors.result(), readings.result(), incidents.result(), rules);
}

QHash<qint64, double> RoadNetwork::depthsFrom(const QList<StoreRow> &waterloggingRoads, const QList<StoreRow> &sensors,
                                              const QList<StoreRow> &latestReadings, const QList<StoreRow> &incidents,
                                              const FloodRules &rules) const
{
    QHash<qint64, double> depth;
    auto raise = [&](qint64 road, double cm) {
        if (road > 0 && cm > depth.value(road, -1))
            depth.insert(road, cm);
    };
    QHash<QString, qint64> roadOfSection; // waterlogging_roads.id -> roads fid
    for (const StoreRow &r : waterloggingRoads) {
        const qint64 road = m_fidById.value(r.values.value(QStringLiteral("road_segment_id")).toString());
        roadOfSection.insert(r.values.value(QStringLiteral("id")).toString(), road);
        if (rules.assumeHistoricDepth)
            raise(road, r.values.value(QStringLiteral("max_depth_cm")).toDouble());
    }
    QHash<qint64, qint64> roadOfSensor;
    for (const StoreRow &s : sensors)
        if (s.values.value(QStringLiteral("kind")).toString() == QLatin1String("waterlogging"))
            roadOfSensor.insert(s.fid, roadOfSection.value(s.values.value(QStringLiteral("road_id")).toString()));
    for (const StoreRow &r : latestReadings)
        raise(roadOfSensor.value(r.values.value(QStringLiteral("sensor_fid")).toLongLong()),
              r.values.value(QStringLiteral("value")).toDouble());
    for (const StoreRow &r : incidents) {
        const QString state = r.values.value(QStringLiteral("state")).toString();
        if (r.values.value(QStringLiteral("kind")).toString() != QLatin1String("waterlogging")
            || r.values.value(QStringLiteral("depth_cm")).isNull() || state == QLatin1String("resolved")
            || state == QLatin1String("closed") || state == QLatin1String("cancelled"))
            continue;
        const GeoPoint p(r.values.value(QStringLiteral("lon")).toDouble(), r.values.value(QStringLiteral("lat")).toDouble());
        const RoadGraph::Snap s = m_graph.snap(p, 100);
        if (s.isValid())
            raise(m_graph.edge(s.edge).featureId, r.values.value(QStringLiteral("depth_cm")).toDouble());
    }
    return depth;
}

} // namespace fc
