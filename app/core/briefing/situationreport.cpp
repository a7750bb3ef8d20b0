#include "app/core/briefing/situationreport.h"

#include "app/core/briefing/reportcharts.h"
#include "app/core/briefing/reportmap.h"
#include "app/core/live/replayscenario.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/rules/incidentreporting.h"
#include "app/core/rules/raintotals.h"
#include "app/core/rules/roadnetwork.h"
#include "app/core/rules/warningstate.h"
#include "app/core/store/asofrows.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/typhoon/typhoonstore.h"
#include "app/core/typhoon/typhoontrack.h"

#include <QLocale>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

QString s(const char *t)
{
    return QString::fromLatin1(t);
}

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

QString v(const StoreRow &r, const char *column)
{
    return r.values.value(QString::fromLatin1(column)).toString();
}

QDateTime timeOf(const StoreRow &r, const char *column)
{
    const QVariant x = r.values.value(QString::fromLatin1(column));
    if (x.metaType().id() == QMetaType::QDateTime)
        return x.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(x.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(x.toString(), Qt::ISODate);
    return t.toUTC();
}

// What one section offers the template: its placeholders' values and its blocks by kind:name.
struct Content
{
    bool hasData = false;
    QHash<QString, QString> values;
    QHash<QString, ReportBlock> blocks;
};

const QColor Blue(52, 101, 164), Orange(230, 126, 34), Red(204, 0, 0), Green(78, 154, 6), Grey(150, 150, 150);

QString levelText(const QString &level)
{
    if (level.isEmpty() || level == QLatin1String("none"))
        return SituationReport::tr("no response in force");
    return SituationReport::tr("Level %1 response").arg(level);
}

QString chineseNumeral(int n)
{
    static const QStringList d = {QStringLiteral("零"), QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                  QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"),
                                  QStringLiteral("八"), QStringLiteral("九"), QStringLiteral("十")};
    if (n <= 10)
        return d.value(n);
    if (n < 20)
        return d[10] + d[n % 10];
    return QString::number(n);
}

struct Ctx
{
    Store &store;
    BriefingOptions o;
    QDateTime at;
    qint64 atMs = 0;
    double contentWidthMm = 170;
    AsOfRows::Tables rows;
    QStringList unrecoverable;
    WarningState ws;
    ReplayState rs;
    QList<StoreRow> sensorRows;
    QHash<qint64, SensorInfo> sensors;

    QList<StoreRow> list(const QString &table) const
    {
        QList<StoreRow> out = rows.value(table).values();
        std::sort(out.begin(), out.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
        return out;
    }
    double chartWidth() const { return std::min(contentWidthMm, 180.0); }
    double chartHeight() const { return chartWidth() * 0.42; }
};

// -- the sections, in the order a Chinese flood-control report uses --

Content cover(Ctx &c)
{
    Content x;
    x.hasData = true;
    QStringList sig;
    for (const WarningSignal &w : c.ws.inForce())
        sig.append(WarningSignal::kindName(w.kind) + (c.o.language == QLatin1String("en") ? QStringLiteral(" ") : QString())
                   + WarningSignal::colourName(w.colour));
    x.values.insert(s("signals"), sig.isEmpty() ? SituationReport::tr("none")
                                                 : sig.join(c.o.language == QLatin1String("en") ? QStringLiteral(", ") : QStringLiteral("、")));
    const ResponseRecord r = c.ws.currentResponse();
    const QString level = r.fid && r.inForce() ? r.level : QStringLiteral("none");
    x.values.insert(s("response_level"), levelText(level));
    x.values.insert(s("level_since"), level != QLatin1String("none") ? SituationReport::timeText(c.ws.levelSince()) : QString());
    // The officer on duty: who took the last handover before the time, else who issues the report.
    QString officer = c.o.author;
    QDateTime last;
    for (const StoreRow &h : c.list(s("shift_handovers"))) {
        const QDateTime t = timeOf(h, "at");
        if (t.isValid() && t <= c.at && (!last.isValid() || t > last)) {
            last = t;
            officer = v(h, "to_officer");
        }
    }
    if (officer.trimmed().isEmpty())
        officer = QStringLiteral("—");
    x.values.insert(s("officer"), officer);
    QList<QPair<QString, QString>> facts = {
        {SituationReport::tr("As of"), SituationReport::asOfText(c.at, c.o.language)},
        {SituationReport::tr("Signals in force"), x.values.value(s("signals"))},
        {SituationReport::tr("Response level"),
         level != QLatin1String("none") ? SituationReport::tr("%1 since %2").arg(levelText(level), x.values.value(s("level_since")))
                                        : levelText(level)},
        {SituationReport::tr("Officer on duty"), officer},
    };
    if (!c.unrecoverable.isEmpty())
        facts.append({SituationReport::tr("Note"),
                      SituationReport::tr("imported after this time, shown as now: %1").arg(c.unrecoverable.join(QStringLiteral(", ")))});
    x.blocks.insert(s("facts:cover"), ReportBlock::facts(facts));
    return x;
}

Content rain(Ctx &c, QHash<qint64, QList<QPair<qint64, double>>> &readings)
{
    Content x;
    const QDateTime eventStart = c.ws.eventStart();
    const qint64 eventMs = eventStart.isValid() && eventStart < c.at ? c.atMs - eventStart.toMSecsSinceEpoch() : 0;
    struct Row
    {
        QString name;
        double h1, h3, h24, ev;
        bool alert;
    };
    QList<Row> rows;
    const RainThresholds thresholds;
    for (const SensorInfo &si : c.sensors) {
        if (!si.isRain())
            continue;
        const auto &r = readings.value(si.fid);
        if (r.isEmpty())
            continue;
        const double h1 = RainWindow::totalOf(r, RainWindow::OneHourMs, c.atMs);
        const double h6 = RainWindow::totalOf(r, RainWindow::SixHoursMs, c.atMs);
        Row row{si.name, h1, RainWindow::totalOf(r, 3 * RainWindow::OneHourMs, c.atMs),
                RainWindow::totalOf(r, 24 * RainWindow::OneHourMs, c.atMs),
                eventMs > 0 ? RainWindow::totalOf(r, eventMs, c.atMs) : std::nan(""),
                thresholds.level(h1, h6) != AlarmLevel::None};
        rows.append(row);
    }
    if (rows.isEmpty())
        return x;
    x.hasData = true;
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.h24 > b.h24; });
    QList<QStringList> cells;
    QList<int> alert;
    double sum24 = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        cells.append({r.name, num(r.h1), num(r.h3), num(r.h24), std::isnan(r.ev) ? QStringLiteral("—") : num(r.ev)});
        if (r.alert)
            alert.append(i);
        sum24 += r.h24;
    }
    const Row &w = rows.first();
    x.values = {{s("rain_gauges"), QString::number(rows.size())}, {s("wettest_gauge"), w.name},
                {s("wettest_1h"), num(w.h1)}, {s("wettest_3h"), num(w.h3)}, {s("wettest_24h"), num(w.h24)},
                {s("wettest_event"), std::isnan(w.ev) ? QStringLiteral("—") : num(w.ev)},
                {s("mean_24h"), num(sum24 / rows.size())}};
    x.blocks.insert(s("table:rain_totals"),
                    ReportBlock::table({SituationReport::tr("Rain gauge"), SituationReport::tr("1 h (mm)"),
                                        SituationReport::tr("3 h (mm)"), SituationReport::tr("24 h (mm)"),
                                        SituationReport::tr("Event (mm)")},
                                       cells, alert));
    // Hourly rain of the wettest gauge over the 24 hours before the time (the same window rule, hour by hour).
    qint64 wettest = 0;
    for (const SensorInfo &si : c.sensors)
        if (si.isRain() && si.name == w.name)
            wettest = si.fid;
    QStringList labels;
    QList<double> hourly;
    for (int h = 23; h >= 0; --h) {
        const qint64 end = c.atMs - qint64(h) * RainWindow::OneHourMs;
        hourly.append(RainWindow::totalOf(readings.value(wettest), RainWindow::OneHourMs, end));
        labels.append(QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH")));
    }
    x.blocks.insert(s("chart:rain"),
                    ReportBlock::picture(ReportCharts::bars(SituationReport::tr("Hourly rainfall at %1, last 24 hours").arg(w.name),
                                                            SituationReport::tr("mm"), labels, {hourly}, {}, {Blue},
                                                            c.chartWidth(), c.chartHeight(), c.o.dpi),
                                         s("chart-rain"), SituationReport::tr("Hourly rainfall (hour ending, Beijing time)"),
                                         c.chartWidth()));
    return x;
}

Content water(Ctx &c, const QHash<qint64, QList<QPair<qint64, double>>> &levels)
{
    Content x;
    const FreeboardRules &rules = c.rs.engine.freeboardRules();
    QList<QStringList> gaugeRows;
    QList<int> gaugeAlert;
    QList<ReportCharts::Series> tideSeries, riverSeries;
    QList<ReportCharts::RefLine> tideRefs, riverRefs;
    qint64 firstTide = 0;
    double warning = std::nan("");
    for (const StoreRow &row : c.sensorRows) {
        const SensorInfo si = c.sensors.value(row.fid);
        const bool river = si.kind == QLatin1String("water_level") || si.kind == QLatin1String("river");
        if (!si.isTide() && !river)
            continue;
        if (!c.rs.latest.contains(si.fid))
            continue;
        const LatestReading lr = c.rs.latest.value(si.fid);
        const double warn = !std::isnan(si.thresholds.level[1]) ? si.thresholds.level[1] : row.values.value(s("warn")).toDouble();
        const AlarmLevel level = si.thresholds.plainLevel(lr.value);
        gaugeRows.append({si.name, num(lr.value, 2), SituationReport::timeText(QDateTime::fromMSecsSinceEpoch(lr.atMs, Qt::UTC)),
                          num(warn, 2), level == AlarmLevel::None ? QStringLiteral("—") : AlarmLevels::caption(level)});
        if (level >= AlarmLevel::Yellow)
            gaugeAlert.append(gaugeRows.size() - 1);
        ReportCharts::Series ser{si.name, si.isTide() ? Blue : Green, levels.value(si.fid)};
        if (si.isTide()) {
            if (!firstTide) {
                firstTide = si.fid;
                warning = warn;
                x.values.insert(s("tide_gauge"), si.name);
                x.values.insert(s("tide_level"), num(lr.value, 2));
                x.values.insert(s("tide_warning"), num(warn, 2));
                x.values.insert(s("tide_time"), SituationReport::timeText(QDateTime::fromMSecsSinceEpoch(lr.atMs, Qt::UTC)));
            }
            tideSeries.append(ser);
        } else {
            riverSeries.append(ser);
            riverRefs.append({SituationReport::tr("warning %1").arg(si.name), Orange, warn});
        }
    }
    x.values.insert(s("river_gauges"), QString::number(riverSeries.size()));
    // Freeboard of every wall segment against its own (nearest) tide gauge: the rule the map and alarms use.
    QList<SegmentFreeboard> fb;
    for (const WallSegment &w : c.rs.walls) {
        const qint64 gauge = w.tideFid ? w.tideFid : firstTide;
        if (!c.rs.latest.contains(gauge))
            continue;
        fb += rules.evaluate({w}, c.rs.latest.value(gauge).value);
    }
    int orange = 0, red = 0;
    for (const SegmentFreeboard &f : fb) {
        if (f.level >= AlarmLevel::Orange)
            ++orange;
        if (f.level >= AlarmLevel::Red)
            ++red;
    }
    if (gaugeRows.isEmpty() && fb.isEmpty())
        return x;
    x.hasData = true;
    x.values.insert(s("walls_orange"), QString::number(orange));
    x.values.insert(s("walls_red"), QString::number(red));
    x.blocks.insert(s("table:tide_gauges"),
                    ReportBlock::table({SituationReport::tr("Gauge"), SituationReport::tr("Level (m)"), SituationReport::tr("Time"),
                                        SituationReport::tr("Warning level (m)"), SituationReport::tr("Alarm")},
                                       gaugeRows, gaugeAlert));
    double lowestCrest = std::nan("");
    if (!fb.isEmpty()) {
        std::stable_sort(fb.begin(), fb.end(), [](const SegmentFreeboard &a, const SegmentFreeboard &b) { return a.freeboardM < b.freeboardM; });
        const SegmentFreeboard low = FreeboardRules::lowest(fb);
        x.values.insert(s("lowest_wall"), low.name);
        x.values.insert(s("lowest_freeboard"), num(low.freeboardM, 2));
        lowestCrest = low.crestM;
        QList<QStringList> rows;
        QList<int> alert;
        for (int i = 0; i < std::min<qsizetype>(8, fb.size()); ++i) {
            const SegmentFreeboard &f = fb[i];
            rows.append({f.name, num(f.crestM, 2), num(f.crestM - f.freeboardM, 2), num(f.freeboardM, 2),
                         f.level == AlarmLevel::None ? QStringLiteral("—")
                         : f.level == AlarmLevel::Yellow ? SituationReport::tr("watched")
                                                         : AlarmLevels::caption(f.level)});
            if (f.level >= AlarmLevel::Orange)
                alert.append(i);
        }
        x.blocks.insert(s("table:lowest_freeboard"),
                        ReportBlock::table({SituationReport::tr("Flood wall segment (lowest freeboard)"), SituationReport::tr("Crest (m)"),
                                            SituationReport::tr("Water level (m)"), SituationReport::tr("Freeboard (m)"),
                                            SituationReport::tr("State")},
                                           rows, alert));
    }
    if (!tideSeries.isEmpty() && !tideSeries.first().points.isEmpty()) {
        if (!std::isnan(warning))
            tideRefs.append({SituationReport::tr("warning level"), Orange, warning});
        if (!std::isnan(lowestCrest))
            tideRefs.append({SituationReport::tr("lowest crest"), Red, lowestCrest});
        x.blocks.insert(s("chart:tide"),
                        ReportBlock::picture(ReportCharts::lines(SituationReport::tr("Tide level, last 24 hours"), SituationReport::tr("m"),
                                                                 tideSeries, tideRefs, c.chartWidth(), c.chartHeight(), c.o.dpi),
                                             s("chart-tide"), SituationReport::tr("Tide level against the warning level and the lowest wall crest"),
                                             c.chartWidth()));
    }
    if (!riverSeries.isEmpty())
        x.blocks.insert(s("chart:river"),
                        ReportBlock::picture(ReportCharts::lines(SituationReport::tr("River levels, last 24 hours"), SituationReport::tr("m"),
                                                                 riverSeries, riverRefs, c.chartWidth(), c.chartHeight(), c.o.dpi),
                                             s("chart-river"), SituationReport::tr("River levels against their warning levels"), c.chartWidth()));
    return x;
}

Content works(Ctx &c)
{
    Content x;
    const QList<StoreRow> gates = c.list(s("flood_gates")), pumps = c.list(s("pumping_stations"));
    const int walls = int(c.rs.walls.size());
    if (gates.isEmpty() && pumps.isEmpty() && walls == 0)
        return x;
    x.hasData = true;
    int open = 0, closed = 0;
    QList<QStringList> openRows;
    for (const StoreRow &g : gates) {
        if (v(g, "state") == QLatin1String("open")) {
            ++open;
            const QDateTime op = timeOf(g, "last_operated");
            openRows.append({v(g, "name"), v(g, "unit"), op.isValid() ? SituationReport::timeText(op) : QStringLiteral("—")});
        } else if (v(g, "state") == QLatin1String("closed"))
            ++closed;
    }
    double capacity = 0;
    QList<QStringList> pumpRows;
    for (const StoreRow &p : pumps) {
        capacity += p.values.value(s("capacity_m3s")).toDouble();
        pumpRows.append({v(p, "name"), v(p, "pumps"), num(p.values.value(s("capacity_m3s")).toDouble()), v(p, "operator")});
    }
    x.values = {{s("walls"), QString::number(walls)}, {s("gates"), QString::number(gates.size())},
                {s("gates_open"), QString::number(open)}, {s("gates_closed"), QString::number(closed)},
                {s("pumps"), QString::number(pumps.size())}, {s("pump_capacity"), num(capacity)}};
    x.blocks.insert(s("facts:works"),
                    ReportBlock::facts({{SituationReport::tr("Flood wall segments"), QString::number(walls)},
                                        {SituationReport::tr("Flood gates open / closed"), QStringLiteral("%1 / %2").arg(open).arg(closed)},
                                        {SituationReport::tr("Pumping stations (capacity)"),
                                         SituationReport::tr("%1 (%2 m³/s)").arg(pumps.size()).arg(num(capacity))}}));
    if (!openRows.isEmpty())
        x.blocks.insert(s("table:gates_open"), ReportBlock::table({SituationReport::tr("Open flood gate"), SituationReport::tr("Unit"),
                                                                   SituationReport::tr("Last operated")},
                                                                  openRows));
    if (!pumpRows.isEmpty())
        x.blocks.insert(s("table:pumps"), ReportBlock::table({SituationReport::tr("Pumping station"), SituationReport::tr("Pumps"),
                                                              SituationReport::tr("Capacity (m³/s)"), SituationReport::tr("Operator")},
                                                             pumpRows));
    return x;
}

// The storm: the track as it was known at the report's time (observed points, then the latest forecast issued by
// then), its position and the district's figures from the typhoon rules (closest approach, when each wind circle
// reaches the boundary and leaves it). Left out when no storm has a position at that time.
Content typhoon(Ctx &c)
{
    Content x;
    QList<Storm> storms;
    QString e;
    if (!TyphoonStore::load(c.store, &storms, &e) || storms.isEmpty())
        return x;
    QList<GeoPoint> ring;
    if (!TyphoonStore::districtRing(c.store, &ring, &e))
        return x;
    const TyphoonTarget district = TyphoonTarget::ring(ring);
    const Storm *best = nullptr;
    TyphoonFigures fig;
    for (const Storm &st : storms) {
        const TyphoonTrack track = TyphoonTrack::asOf(st, c.at);
        if (track.isEmpty())
            continue;
        const TyphoonFigures f = TyphoonFigures::compute(track, district, c.at);
        if (!f.haveNow || std::isnan(f.nowDistanceKm))
            continue;
        if (!best || f.nowDistanceKm < fig.nowDistanceKm) {
            best = &st;
            fig = f;
        }
    }
    if (!best)
        return x;
    x.hasData = true;
    auto when = [](const QDateTime &t) { return t.isValid() ? SituationReport::timeText(t) : QStringLiteral("—"); };
    auto forecastMark = [](bool f) { return f ? SituationReport::tr(" (forecast)") : QString(); };
    x.values = {{s("typhoon_name"), best->displayName()},
                {s("typhoon_time"), SituationReport::timeText(fig.now.at)},
                {s("typhoon_position"), QStringLiteral("%1°N %2°E").arg(num(fig.now.pos.lat, 1), num(fig.now.pos.lon, 1))},
                {s("typhoon_distance"), num(fig.nowDistanceKm, 0)}};
    QList<QStringList> rows;
    rows.append({SituationReport::tr("Grade"), Typhoon::gradeName(fig.now.grade)});
    rows.append({SituationReport::tr("Central pressure (hPa)"),
                 std::isnan(fig.now.pressureHpa) ? QStringLiteral("—") : num(fig.now.pressureHpa, 0)});
    rows.append({SituationReport::tr("Maximum wind (m/s)"), std::isnan(fig.now.windMs) ? QStringLiteral("—") : num(fig.now.windMs, 0)});
    rows.append({SituationReport::tr("Distance and bearing from the district"),
                 SituationReport::tr("%1 km, bearing %2°").arg(num(fig.nowDistanceKm, 0), num(fig.nowBearingDeg, 0))});
    if (fig.closest)
        rows.append({SituationReport::tr("Closest approach"),
                     SituationReport::tr("%1 km at %2").arg(num(fig.closest->distanceKm, 0), when(fig.closest->at))
                         + forecastMark(fig.closest->forecast)});
    for (int i = 0; i < 3; ++i) {
        const TyphoonFigures::Circle &cc = fig.circles[size_t(i)];
        QString text;
        if (!cc.enter.isValid())
            text = cc.note.isEmpty() ? SituationReport::tr("does not reach the district") : cc.note;
        else if (cc.leave.isValid())
            text = SituationReport::tr("reaches %1%2, leaves %3%4")
                       .arg(when(cc.enter), forecastMark(cc.enterForecast), when(cc.leave), forecastMark(cc.leaveForecast));
        else
            text = SituationReport::tr("reaches %1%2; %3")
                       .arg(when(cc.enter), forecastMark(cc.enterForecast),
                            cc.note.isEmpty() ? SituationReport::tr("leaving time unknown") : cc.note);
        rows.append({SituationReport::tr("Level-%1 wind circle").arg(TyphoonFigures::levels[i]), text});
    }
    x.blocks.insert(s("table:typhoon"), ReportBlock::table({SituationReport::tr("Figure"), SituationReport::tr("Value")}, rows));
    return x;
}

Content incidents(Ctx &c, const QHash<qint64, double> &roadDepths, const RoadNetwork &roads, QList<ReportMap::Marker> *markers)
{
    Content x;
    QList<StoreRow> open;
    for (const StoreRow &r : c.list(s("incidents"))) {
        const QDateTime rep = timeOf(r, "reported_at");
        if (rep.isValid() && rep > c.at)
            continue;
        if (IncidentReportRules::isOpenState(IncidentDesk::stateOf(r)))
            open.append(r);
    }
    QList<QStringList> roadRows;
    QList<int> roadAlert;
    QList<QPair<double, qint64>> wet;
    for (auto it = roadDepths.cbegin(); it != roadDepths.cend(); ++it)
        if (RoadNetwork::stateOf(it.value(), roads.rules()) != RoadNetwork::RoadState::Open)
            wet.append({it.value(), it.key()});
    std::sort(wet.begin(), wet.end(), std::greater<>());
    for (const auto &w : wet) {
        const bool closed = RoadNetwork::stateOf(w.first, roads.rules()) == RoadNetwork::RoadState::Closed;
        roadRows.append({roads.roadName(w.second), num(w.first, 0), closed ? SituationReport::tr("closed") : SituationReport::tr("slowed")});
        if (closed)
            roadAlert.append(roadRows.size() - 1);
    }
    if (open.isEmpty() && roadRows.isEmpty())
        return x;
    x.hasData = true;
    std::sort(open.begin(), open.end(), [](const StoreRow &a, const StoreRow &b) {
        const int pa = IncidentDesk::priorities().indexOf(v(a, "priority")), pb = IncidentDesk::priorities().indexOf(v(b, "priority"));
        if (pa != pb)
            return pa > pb;
        return timeOf(a, "reported_at") < timeOf(b, "reported_at");
    });
    int urgent = 0;
    QMap<QString, QHash<QString, int>> byKind;
    QList<QStringList> rows;
    QList<int> alert;
    const IncidentReportRules reporting;
    for (int i = 0; i < open.size(); ++i) {
        const StoreRow &r = open[i];
        const QString pr = v(r, "priority").isEmpty() ? s("normal") : v(r, "priority");
        if (pr == QLatin1String("urgent"))
            ++urgent;
        byKind[v(r, "kind")][pr] += 1;
        rows.append({QString::number(i + 1), SituationReport::timeText(timeOf(r, "reported_at")), IncidentDesk::titleOf(r),
                     v(r, "address"), IncidentDesk::kindLabel(v(r, "kind")), IncidentDesk::priorityLabel(pr),
                     IncidentDesk::stateLabel(IncidentDesk::stateOf(r))});
        if (IncidentReportRules::isSerious(pr))
            alert.append(i);
        if (markers)
            markers->append({r.values.value(s("lon")).toDouble(), r.values.value(s("lat")).toDouble(), QString::number(i + 1),
                             pr == QLatin1String("urgent") ? Red : IncidentReportRules::isSerious(pr) ? Orange : Blue});
    }
    Q_UNUSED(reporting)
    x.values = {{s("incidents_open"), QString::number(open.size())}, {s("incidents_urgent"), QString::number(urgent)},
                {s("roads_waterlogged"), QString::number(roadRows.size())}};
    if (!open.isEmpty()) {
        QStringList cols{SituationReport::tr("Kind")};
        const QStringList prs = IncidentDesk::priorities();
        for (int k = prs.size() - 1; k >= 0; --k)
            cols.append(IncidentDesk::priorityLabel(prs[k]));
        cols.append(SituationReport::tr("Total"));
        QList<QStringList> kindRows;
        QStringList labels;
        QList<QList<double>> stacks(prs.size());
        for (const QString &kind : IncidentDesk::kinds() + byKind.keys()) {
            if (!byKind.contains(kind) || labels.contains(IncidentDesk::kindLabel(kind)))
                continue;
            QStringList row{IncidentDesk::kindLabel(kind)};
            int total = 0;
            for (int k = prs.size() - 1; k >= 0; --k) {
                const int n = byKind[kind].value(prs[k]);
                row.append(QString::number(n));
                total += n;
                stacks[prs.size() - 1 - k].append(n);
            }
            row.append(QString::number(total));
            kindRows.append(row);
            labels.append(IncidentDesk::kindLabel(kind));
        }
        x.blocks.insert(s("table:incidents_by_kind"), ReportBlock::table(cols, kindRows));
        QStringList stackNames;
        for (int k = prs.size() - 1; k >= 0; --k)
            stackNames.append(IncidentDesk::priorityLabel(prs[k]));
        x.blocks.insert(s("chart:incidents"),
                        ReportBlock::picture(ReportCharts::bars(SituationReport::tr("Open incidents by kind and priority"),
                                                                SituationReport::tr("incidents"), labels, stacks, stackNames,
                                                                {Red, Orange, Blue, Grey}, c.chartWidth(), c.chartHeight() * 0.9, c.o.dpi),
                                             s("chart-incidents"), SituationReport::tr("Open incidents by kind and priority"), c.chartWidth()));
        x.blocks.insert(s("table:incidents_open"),
                        ReportBlock::table({SituationReport::tr("No."), SituationReport::tr("Reported"), SituationReport::tr("Incident"),
                                            SituationReport::tr("Address"), SituationReport::tr("Kind"), SituationReport::tr("Priority"),
                                            SituationReport::tr("State")},
                                           rows, alert));
    }
    if (!roadRows.isEmpty())
        x.blocks.insert(s("table:waterlogged_roads"),
                        ReportBlock::table({SituationReport::tr("Waterlogged road"), SituationReport::tr("Depth (cm)"), SituationReport::tr("Traffic")},
                                           roadRows, roadAlert));
    return x;
}

Content impact(Ctx &c, const QHash<qint64, double> &roadDepths, const RoadNetwork &roads)
{
    Content x;
    QList<QStringList> shelterRows;
    int people = 0, capacity = 0;
    for (const StoreRow &r : c.list(s("shelters"))) {
        const int occ = r.values.value(s("occupancy")).toInt(), cap = r.values.value(s("capacity")).toInt();
        if (occ <= 0)
            continue;
        people += occ;
        capacity += cap;
        shelterRows.append({v(r, "name"), QString::number(cap), QString::number(occ),
                            cap > 0 ? QStringLiteral("%1%").arg(std::lround(100.0 * occ / cap)) : QStringLiteral("—")});
    }
    QList<QStringList> closedRows;
    for (auto it = roadDepths.cbegin(); it != roadDepths.cend(); ++it)
        if (RoadNetwork::stateOf(it.value(), roads.rules()) == RoadNetwork::RoadState::Closed)
            closedRows.append({roads.roadName(it.key()), num(it.value(), 0)});
    std::sort(closedRows.begin(), closedRows.end());
    if (shelterRows.isEmpty() && closedRows.isEmpty())
        return x;
    x.hasData = true;
    x.values = {{s("shelters_open"), QString::number(shelterRows.size())}, {s("people_sheltered"), QString::number(people)},
                {s("shelter_capacity"), QString::number(capacity)}, {s("roads_closed"), QString::number(closedRows.size())}};
    if (!shelterRows.isEmpty())
        x.blocks.insert(s("table:shelters"), ReportBlock::table({SituationReport::tr("Shelter"), SituationReport::tr("Capacity"),
                                                                 SituationReport::tr("People"), SituationReport::tr("Occupancy")},
                                                                shelterRows));
    if (!closedRows.isEmpty())
        x.blocks.insert(s("table:roads_closed"),
                        ReportBlock::table({SituationReport::tr("Road closed"), SituationReport::tr("Depth (cm)")}, closedRows));
    return x;
}

Content measures(Ctx &c)
{
    Content x;
    struct Unit
    {
        int total = 0, done = 0, open = 0, overdue = 0;
    };
    QMap<QString, Unit> units;
    QList<QStringList> overdueRows;
    int total = 0, done = 0, overdue = 0;
    for (const ChecklistItem &it : c.ws.checklist()) {
        if (it.startedAt.isValid() && it.startedAt > c.at)
            continue;
        const QString unit = it.unit.isEmpty() ? SituationReport::tr("(no unit)") : it.unit;
        Unit &u = units[unit];
        ++u.total;
        ++total;
        if (it.isDone()) {
            ++u.done;
            ++done;
        } else if (it.isOpen()) {
            ++u.open;
            if (it.isOverdue(c.at)) {
                ++u.overdue;
                ++overdue;
                overdueRows.append({it.task, unit, SituationReport::timeText(it.dueAt)});
            }
        }
    }
    QList<QStringList> teamRows;
    QHash<qint64, StoreRow> incidentsByFid = c.rows.value(s("incidents"));
    QHash<qint64, StoreRow> teams = c.rows.value(s("rescue_teams"));
    for (const StoreRow &d : c.list(s("dispatches"))) {
        if (!IncidentDesk::isActiveDispatch(v(d, "status")))
            continue;
        const QDateTime ordered = timeOf(d, "ordered_at");
        if (ordered.isValid() && ordered > c.at)
            continue;
        const StoreRow inc = incidentsByFid.value(d.values.value(s("incident_fid")).toLongLong());
        teamRows.append({v(teams.value(d.values.value(s("team_fid")).toLongLong()), "name"), IncidentDesk::titleOf(inc),
                         SituationReport::timeText(ordered), v(d, "status")});
    }
    // Supplies issued during the event (or the 24 hours before the time): stock movements out.
    QList<QStringList> supplyRows;
    const QDateTime eventStart = c.ws.eventStart().isValid() ? c.ws.eventStart() : c.at.addSecs(-24 * 3600);
    const QHash<qint64, StoreRow> items = c.rows.value(s("stock_items"));
    for (const StoreRow &m : c.list(s("stock_movements"))) {
        const QDateTime t = timeOf(m, "at");
        if (v(m, "direction") != QLatin1String("out") || !t.isValid() || t > c.at || t < eventStart)
            continue;
        const StoreRow item = items.value(m.values.value(s("item_fid")).toLongLong());
        supplyRows.append({SituationReport::timeText(t), v(item, "name"), v(m, "quantity") + QLatin1Char(' ') + v(item, "unit"),
                           v(m, "counterparty")});
    }
    if (total == 0 && teamRows.isEmpty() && supplyRows.isEmpty())
        return x;
    x.hasData = true;
    x.values = {{s("checklist_items"), QString::number(total)}, {s("checklist_done"), QString::number(done)},
                {s("checklist_overdue"), QString::number(overdue)}, {s("teams_dispatched"), QString::number(teamRows.size())},
                {s("supplies_issued"), QString::number(supplyRows.size())}};
    if (total > 0) {
        QList<QStringList> rows;
        QList<int> alert;
        QStringList labels;
        QList<QList<double>> stacks(3);
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            rows.append({it.key(), QString::number(it->total), QString::number(it->done), QString::number(it->open),
                         QString::number(it->overdue)});
            if (it->overdue > 0)
                alert.append(rows.size() - 1);
            labels.append(it.key());
            stacks[0].append(it->done);
            stacks[1].append(it->open - it->overdue);
            stacks[2].append(it->overdue);
        }
        x.blocks.insert(s("table:checklist_units"),
                        ReportBlock::table({SituationReport::tr("Unit"), SituationReport::tr("Tasks"), SituationReport::tr("Done"),
                                            SituationReport::tr("Open"), SituationReport::tr("Overdue")},
                                           rows, alert));
        x.blocks.insert(s("chart:checklist"),
                        ReportBlock::picture(ReportCharts::bars(SituationReport::tr("Response tasks by unit"), SituationReport::tr("tasks"),
                                                                labels, stacks,
                                                                {SituationReport::tr("done"), SituationReport::tr("open"), SituationReport::tr("overdue")},
                                                                {Green, Blue, Red}, c.chartWidth(), c.chartHeight(), c.o.dpi),
                                             s("chart-checklist"), SituationReport::tr("Response tasks by unit"), c.chartWidth()));
    }
    if (!overdueRows.isEmpty()) {
        QList<int> all;
        for (int i = 0; i < overdueRows.size(); ++i)
            all.append(i);
        x.blocks.insert(s("table:overdue_items"), ReportBlock::table({SituationReport::tr("Overdue task"), SituationReport::tr("Unit"),
                                                                      SituationReport::tr("Due")},
                                                                     overdueRows, all));
    }
    if (!teamRows.isEmpty())
        x.blocks.insert(s("table:teams_dispatched"),
                        ReportBlock::table({SituationReport::tr("Team"), SituationReport::tr("Incident"), SituationReport::tr("Ordered"),
                                            SituationReport::tr("Status")},
                                           teamRows));
    if (!supplyRows.isEmpty())
        x.blocks.insert(s("table:supplies_issued"),
                        ReportBlock::table({SituationReport::tr("Issued"), SituationReport::tr("Item"), SituationReport::tr("Quantity"),
                                            SituationReport::tr("To")},
                                           supplyRows));
    return x;
}

} // namespace

QString SituationReport::timeText(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("MM-dd HH:mm"));
}

QString SituationReport::asOfText(const QDateTime &t, const QString &language)
{
    const QDateTime bj = t.toOffsetFromUtc(8 * 3600);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English).toString(bj, QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" (Beijing time)");
    return QStringLiteral("%1年%2月%3日 %4时").arg(bj.date().year()).arg(bj.date().month()).arg(bj.date().day())
        .arg(bj.time().hour(), 2, 10, QLatin1Char('0'));
}

bool SituationReport::build(Store &store, const BriefingOptions &options, ReportDocument *out, QString *error)
{
    Ctx c{store, options, options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc()};
    c.atMs = c.at.toMSecsSinceEpoch();
    c.contentWidthMm = options.paper == ReportPaper::A3Landscape ? 380 : 170;
    BriefingTemplate tm = options.templ.sections.isEmpty() ? BriefingTemplate::builtin(options.language) : options.templ;
    if (tm.sections.isEmpty()) {
        if (error)
            *error = tr("no template for the language %1").arg(options.language);
        return false;
    }
    // -- the operation as it stood at the time --
    const QStringList tables = {s("incidents"), s("dispatches"), s("rescue_teams"), s("shelters"), s("flood_gates"),
                                s("pumping_stations"), s("stock_items"), s("stock_movements"), s("shift_handovers")};
    AsOfRows::Tables now;
    for (const QString &t : tables) {
        QFuture<QList<StoreRow>> f = store.rows(t);
        f.waitForFinished();
        for (const StoreRow &r : f.result())
            now[t].insert(r.fid, r);
    }
    // The audit trail is read after the rows (AsOfRows: exact even when rows lag).
    QFuture<QList<StoreRow>> audit = store.rows(s("audit_log"), AsOfRows::auditWhere(tables), AsOfRows::auditBinds(tables, c.at));
    audit.waitForFinished();
    AsOfRows undone = AsOfRows::rewind(now, audit.result());
    c.rows = undone.rows;
    c.unrecoverable = undone.unrecoverable;
    QString e;
    c.ws = WarningState::read(store, &e).asOf(c.at);
    c.ws.setNow(c.at);
    if (!ReplayState::compute(store, c.at, &c.rs, &e)) {
        if (error)
            *error = e;
        return false;
    }
    c.sensorRows = store.rows(s("sensors")).result();
    std::sort(c.sensorRows.begin(), c.sensorRows.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
    for (const StoreRow &r : c.sensorRows)
        c.sensors.insert(r.fid, SensorInfo::fromRow(r));
    // Rain over the 24 hours or the event, whichever is longer; levels over 24 hours.
    QDateTime from = c.at.addSecs(-24 * 3600);
    if (c.ws.eventStart().isValid() && c.ws.eventStart() < from)
        from = c.ws.eventStart();
    QHash<qint64, QList<QPair<qint64, double>>> rainReadings, levelReadings;
    {
        ReadingQuery q;
        q.sensorKind = s("rain");
        q.after = from.addSecs(-1);
        q.until = c.at;
        for (const Reading &r : store.readings(q).result().rows)
            if (!std::isnan(r.value))
                rainReadings[r.sensorFid].append({r.atMs, r.value});
        for (const QString &kind : {s("tide"), s("water_level"), s("river")}) {
            ReadingQuery l;
            l.sensorKind = kind;
            l.after = c.at.addSecs(-24 * 3600);
            l.until = c.at;
            for (const Reading &r : store.readings(l).result().rows)
                if (!std::isnan(r.value))
                    levelReadings[r.sensorFid].append({r.atMs, r.value});
        }
    }
    // Roads: the router's depths at the time (sensors' latest readings then, open incidents then).
    RoadNetwork roads = RoadNetwork::fromRows(store.rows(s("roads"), {}, {}, true).result());
    ReadingQuery latestWl = RoadNetwork::latestWaterloggingReadings();
    latestWl.until = c.at;
    const QHash<qint64, double> depths = roads.depthsFrom(store.rows(s("waterlogging_roads")).result(), c.sensorRows,
                                                          store.readingRows(latestWl).result(), c.list(s("incidents")),
                                                          FloodRules());
    QString district;
    for (const StoreRow &r : store.rows(s("district_boundary")).result()) {
        district = options.language == QLatin1String("en") && !v(r, "name_en").isEmpty() ? v(r, "name_en") : v(r, "name");
        break;
    }

    // -- the sections --
    QList<ReportMap::Marker> markers;
    QHash<QString, Content> content;
    content.insert(s("cover"), cover(c));
    content.insert(s("rain"), rain(c, rainReadings));
    content.insert(s("water"), water(c, levelReadings));
    content.insert(s("works"), works(c));
    content.insert(s("typhoon"), typhoon(c));
    content.insert(s("incidents"), incidents(c, depths, roads, &markers));
    content.insert(s("impact"), impact(c, depths, roads));
    content.insert(s("measures"), measures(c));
    Content next;
    next.hasData = !options.nextSteps.trimmed().isEmpty();
    next.values.insert(s("next_steps"), options.nextSteps.trimmed());
    content.insert(s("next"), next);

    ReportDocument d;
    d.kind = s("situation");
    d.language = options.language;
    d.district = district;
    d.serial = options.serial;
    d.asOf = c.at;
    d.issuedAt = QDateTime::currentDateTimeUtc();
    d.author = options.author;
    const QHash<QString, QString> global = {{s("district"), district}, {s("serial"), options.serial},
                                            {s("as_of"), asOfText(c.at, options.language)},
                                            {s("issued_at"), asOfText(d.issuedAt, options.language)},
                                            {s("author"), options.author}};
    d.title = BriefingTemplate::fill(tm.title, global);
    d.subtitle = options.serial.isEmpty() ? QString() : BriefingTemplate::fill(tm.subtitle, global);
    d.header = BriefingTemplate::fill(tm.header, global);
    QHash<QString, QString> footerValues = global;
    footerValues.insert(s("page"), s("{page}"));
    footerValues.insert(s("pages"), s("{pages}"));
    d.footer = BriefingTemplate::fill(tm.footer, footerValues);
    int n = 0;
    for (const BriefingTemplate::Section &ts : tm.sections) {
        const Content &ct = content.value(ts.id);
        if (!ct.hasData)
            continue; // no empty heading, no empty table
        ReportSection sec;
        sec.id = ts.id;
        QHash<QString, QString> values = global;
        for (auto it = ct.values.cbegin(); it != ct.values.cend(); ++it)
            values.insert(it.key(), it.value());
        const bool numbered = std::any_of(ts.items.begin(), ts.items.end(), [](const BriefingTemplate::Item &i) {
            return i.kind == QLatin1String("heading") && i.value.contains(QLatin1String("{n}"));
        });
        if (numbered)
            ++n;
        values.insert(s("n"), tm.chineseNumerals ? chineseNumeral(n) : QString::number(n));
        for (const BriefingTemplate::Item &item : ts.items) {
            if (item.kind == QLatin1String("heading")) {
                sec.blocks.append(ReportBlock::heading(BriefingTemplate::fill(item.value, values)));
            } else if (item.kind == QLatin1String("text")) {
                const QString t = BriefingTemplate::fill(item.value, values).trimmed();
                if (!t.isEmpty())
                    sec.blocks.append(ReportBlock::paragraph(t));
            } else if (item.kind == QLatin1String("map")) {
                if (!options.withMap || markers.isEmpty())
                    continue;
                QFuture<LayerRead> lf = store.readLayers(Schema::featureKinds());
                lf.waitForFinished();
                const LayerRead lr = lf.result();
                if (!lr.ok)
                    continue;
                const double w = c.contentWidthMm, h = options.paper == ReportPaper::A3Landscape ? 190 : 150;
                const ReportMap::Result m = ReportMap::render(lr.layers, markers, w, h, options.dpi);
                if (m.image.isNull())
                    continue;
                ReportBlock b = ReportBlock::picture(m.image, s("map"), tr("Open incidents on the district map (numbers as in the table)"), w);
                b.extentLonLat = m.extentLonLat;
                sec.blocks.append(b);
            } else {
                const auto it = ct.blocks.constFind(item.kind + QLatin1Char(':') + item.value);
                if (it != ct.blocks.cend() && (it->kind != ReportBlock::Kind::Table || !it->rows.isEmpty()))
                    sec.blocks.append(*it);
            }
        }
        d.sections.append(sec);
    }
    *out = d;
    return true;
}

} // namespace fc
