// floodctl typhoon import / list / show / export: storms from CMA best-track files and bulletins, and what their
// tracks mean for the district or a point (closest approach, wind-circle arrival and departure).
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"
#include "app/ctl/ctltyphoon.h"

#include "app/core/rules/typhoonproposal.h"
#include "app/core/store/store.h"
#include "app/core/typhoon/typhoonexport.h"
#include "app/core/typhoon/typhoonfiles.h"
#include "app/core/typhoon/typhoonstore.h"
#include "app/core/typhoon/typhoontrack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace fc::ctl {

namespace {

const char usageText[] =
    "usage: floodctl typhoon import DB FILE... [--format cma|json] [--storm ID] [--source file|feed] [--user NAME]\n"
    "       floodctl typhoon list DB [--json]\n"
    "       floodctl typhoon show DB --storm ID [--at ISO8601] [--point LON,LAT] [--no-forecast] [--json]\n"
    "       floodctl typhoon export DB --storm ID OUT.(geojson|kml|gpkg) [--at ISO8601] [--overwrite]";

int usage(const QString &e = {})
{
    if (!e.isEmpty())
        err(e);
    err(QString::fromLatin1(usageText));
    return 2;
}

std::unique_ptr<Store> openStore(const QString &path, const Args &a)
{
    QString e;
    auto store = Store::open(path, &e);
    if (!store) {
        err(QStringLiteral("floodctl typhoon: %1").arg(e));
        return nullptr;
    }
    if (a.has("--user"))
        store->setUser(a.value("--user"));
    return store;
}

QDateTime parseTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        return {}; // an offset is required: a time without one is ambiguous
    return t;
}

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
}
// A computed time: Beijing time with its offset.
QJsonValue isoBj(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Typhoon::beijing(t).toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue number(double v, int decimals = 1)
{
    if (std::isnan(v))
        return QJsonValue();
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}
QJsonValue quadJson(const WindQuadrants &q)
{
    if (!q.anyIssued())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("ne"), number(q.ne)}, {QStringLiteral("se"), number(q.se)},
                       {QStringLiteral("sw"), number(q.sw)}, {QStringLiteral("nw"), number(q.nw)}};
}
QString bj(const QDateTime &t)
{
    return t.isValid() ? Typhoon::beijing(t).toString(QStringLiteral("yyyy-MM-dd hh:mm")) + QStringLiteral(" (UTC+8)")
                       : QStringLiteral("-");
}

bool findStorm(Store &store, const QString &id, Storm *storm)
{
    QList<Storm> all;
    QString e;
    if (!TyphoonStore::load(store, &all, &e)) {
        err(QStringLiteral("floodctl typhoon: %1").arg(e));
        return false;
    }
    for (const Storm &s : all)
        if (TyphoonFiles::matches(s, id)) {
            *storm = s;
            return true;
        }
    err(QStringLiteral("floodctl typhoon: no storm '%1' in %2 (floodctl typhoon list shows them)").arg(id, store.path()));
    return false;
}

int importCmd(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--format"), QStringLiteral("--storm"), QStringLiteral("--source"), QStringLiteral("--user")},
               {}, &a, &e)
        || a.pos.size() < 2)
        return usage(e);
    TyphoonFiles::Format format = TyphoonFiles::Format::Auto;
    if (a.has("--format")) {
        const QString f = a.value("--format");
        if (f == QLatin1String("cma"))
            format = TyphoonFiles::Format::Cma;
        else if (f == QLatin1String("json"))
            format = TyphoonFiles::Format::Bulletin;
        else
            return usage(QStringLiteral("--format: '%1' is not cma or json").arg(f));
    }
    const QString source = a.has("--source") ? a.value("--source") : QStringLiteral("file");
    if (source != QLatin1String("file") && source != QLatin1String("feed"))
        return usage(QStringLiteral("--source: '%1' is not file or feed").arg(source));
    // Every file is read and checked before anything is written: one bad file refuses them all.
    QList<Storm> storms;
    const QStringList files = a.pos.mid(1);
    for (const QString &f : files) {
        QList<Storm> got;
        if (!TyphoonFiles::read(f, format, &got, &e) || (a.has("--storm") && !TyphoonFiles::select(&got, a.value("--storm"), f, &e))) {
            err(QStringLiteral("floodctl typhoon import: %1; nothing was imported").arg(e));
            return 1;
        }
        storms += got;
    }
    auto store = openStore(a.pos[0], a);
    if (!store)
        return 1;
    TyphoonStore::ImportSummary sum;
    const QString note = QStringLiteral("typhoon import: %1").arg(files.join(QLatin1String(", ")));
    if (!TyphoonStore::importStorms(*store, storms, source, note, &sum, &e)) {
        err(QStringLiteral("floodctl typhoon import: %1; nothing was imported").arg(e));
        return 1;
    }
    out(sum.toText());
    return 0;
}

int listCmd(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {}, {QStringLiteral("--json")}, &a, &e) || a.pos.size() != 1)
        return usage(e);
    auto store = openStore(a.pos[0], a);
    if (!store)
        return 1;
    QList<Storm> storms;
    if (!TyphoonStore::load(*store, &storms, &e)) {
        err(QStringLiteral("floodctl typhoon list: %1").arg(e));
        return 1;
    }
    QJsonArray arr;
    for (const Storm &s : storms) {
        int maxGrade = -1;
        for (const StormPoint &p : s.points)
            if (p.grade != 9)
                maxGrade = std::max(maxGrade, p.grade);
        const QDateTime first = s.points.isEmpty() ? QDateTime() : s.points.first().at;
        const QDateTime last = s.points.isEmpty() ? QDateTime() : s.points.last().at;
        if (a.has("--json")) {
            arr.append(QJsonObject{{QStringLiteral("code"), s.code},
                                   {QStringLiteral("name_zh"), s.nameZh},
                                   {QStringLiteral("name_en"), s.nameEn},
                                   {QStringLiteral("first"), iso(first)},
                                   {QStringLiteral("last"), iso(last)},
                                   {QStringLiteral("points"), int(s.points.size())},
                                   {QStringLiteral("max_grade"), maxGrade >= 0 ? QJsonValue(Typhoon::gradeCode(maxGrade)) : QJsonValue()},
                                   {QStringLiteral("landfalls"), int(s.landfalls.size())},
                                   {QStringLiteral("forecasts"), int(s.forecasts.size())}});
        } else {
            out(QStringLiteral("%1  %2 .. %3  %4 point(s)  max %5  %6 landfall(s)")
                    .arg(s.displayName(), bj(first), bj(last))
                    .arg(s.points.size())
                    .arg(maxGrade >= 0 ? Typhoon::gradeCode(maxGrade) : QStringLiteral("-"))
                    .arg(s.landfalls.size()));
        }
    }
    if (a.has("--json"))
        std::printf("%s", QJsonDocument(arr).toJson(QJsonDocument::Indented).constData());
    else if (storms.isEmpty())
        out(QStringLiteral("no storms in %1").arg(store->path()));
    return 0;
}

bool lonLat(const QString &s, GeoPoint *p)
{
    const QStringList parts = s.split(QLatin1Char(','));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2) {
        p->lon = parts[0].trimmed().toDouble(&ok1);
        p->lat = parts[1].trimmed().toDouble(&ok2);
    }
    return ok1 && ok2 && p->isValid();
}

int showCmd(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--storm"), QStringLiteral("--at"), QStringLiteral("--point")},
               {QStringLiteral("--json"), QStringLiteral("--no-forecast")}, &a, &e)
        || a.pos.size() != 1 || !a.has("--storm"))
        return usage(e);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (a.has("--at") && !(at = parseTime(a.value("--at"))).isValid())
        return usage(QStringLiteral("--at: '%1' is not an ISO 8601 time with its offset").arg(a.value("--at")));
    GeoPoint point;
    if (a.has("--point") && !lonLat(a.value("--point"), &point))
        return usage(QStringLiteral("--point: '%1' is not LON,LAT (degrees, e.g. 121.4737,31.2304)").arg(a.value("--point")));
    auto store = openStore(a.pos[0], a);
    if (!store)
        return 1;
    Storm storm;
    if (!findStorm(*store, a.value("--storm"), &storm))
        return 1;
    TyphoonTarget target;
    if (a.has("--point")) {
        target = TyphoonTarget::point(point);
    } else {
        QList<GeoPoint> ring;
        if (!TyphoonStore::districtRing(*store, &ring, &e)) {
            err(QStringLiteral("floodctl typhoon show: %1").arg(e));
            return 1;
        }
        target = TyphoonTarget::ring(ring);
    }
    const TyphoonTrack track(storm, !a.has("--no-forecast"));
    const TyphoonFigures fig = TyphoonFigures::compute(track, target, at);
    int forecastPoints = 0;
    for (const StormForecast &f : storm.forecasts)
        forecastPoints += int(f.points.size());
    QJsonArray land;
    for (const Landfall &l : storm.landfalls)
        land.append(QJsonObject{{QStringLiteral("time"), iso(l.at)},
                                {QStringLiteral("place"), l.place},
                                {QStringLiteral("lon"), l.pos.lon},
                                {QStringLiteral("lat"), l.pos.lat}});
    QJsonObject circles;
    for (int i = 0; i < 3; ++i) {
        const TyphoonFigures::Circle &c = fig.circles[i];
        QJsonObject o{{QStringLiteral("enter"), isoBj(c.enter)}, {QStringLiteral("leave"), isoBj(c.leave)}};
        if (c.enter.isValid())
            o.insert(QStringLiteral("enter_forecast"), c.enterForecast);
        if (c.leave.isValid())
            o.insert(QStringLiteral("leave_forecast"), c.leaveForecast);
        o.insert(QStringLiteral("note"), c.note.isEmpty() ? QJsonValue() : QJsonValue(c.note));
        circles.insert(QString::number(TyphoonFigures::levels[i]), o);
    }
    QJsonValue closest;
    if (fig.closest)
        closest = QJsonObject{{QStringLiteral("time"), isoBj(fig.closest->at)},
                              {QStringLiteral("distance_km"), number(fig.closest->distanceKm)},
                              {QStringLiteral("bearing_deg"), number(fig.closest->bearingDeg, 0)},
                              {QStringLiteral("forecast"), fig.closest->forecast}};
    QJsonValue now;
    if (fig.haveNow)
        now = QJsonObject{{QStringLiteral("time"), isoBj(fig.now.at)},
                          {QStringLiteral("lon"), number(fig.now.pos.lon, 3)},
                          {QStringLiteral("lat"), number(fig.now.pos.lat, 3)},
                          {QStringLiteral("grade"), fig.now.grade >= 0 ? QJsonValue(Typhoon::gradeCode(fig.now.grade)) : QJsonValue()},
                          {QStringLiteral("pressure_hpa"), number(fig.now.pressureHpa, 0)},
                          {QStringLiteral("wind_ms"), number(fig.now.windMs)},
                          {QStringLiteral("distance_km"), number(fig.nowDistanceKm)},
                          {QStringLiteral("bearing_deg"), number(fig.nowBearingDeg, 0)},
                          {QStringLiteral("forecast"), fig.now.forecast},
                          {QStringLiteral("radii"), QJsonObject{{QStringLiteral("7"), quadJson(fig.now.r7)},
                                                                {QStringLiteral("10"), quadJson(fig.now.r10)},
                                                                {QStringLiteral("12"), quadJson(fig.now.r12)}}}};
    if (a.has("--json")) {
        QJsonObject o{{QStringLiteral("storm"), QJsonObject{{QStringLiteral("code"), storm.code},
                                                           {QStringLiteral("name_zh"), storm.nameZh},
                                                           {QStringLiteral("name_en"), storm.nameEn}}},
                      {QStringLiteral("target"), a.has("--point") ? QJsonValue(QJsonArray{point.lon, point.lat})
                                                                  : QJsonValue(QStringLiteral("district"))},
                      {QStringLiteral("points"), int(storm.points.size())},
                      {QStringLiteral("forecast_points"), forecastPoints},
                      {QStringLiteral("first"), iso(track.start())},
                      {QStringLiteral("last"), iso(storm.points.isEmpty() ? QDateTime() : storm.points.last().at)},
                      {QStringLiteral("landfall"), land},
                      {QStringLiteral("at"), now},
                      {QStringLiteral("closest"), closest},
                      {QStringLiteral("circles"), circles}};
        std::printf("%s", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    out(QStringLiteral("%1: %2 point(s), %3 forecast point(s), %4 .. %5")
            .arg(storm.displayName()).arg(storm.points.size()).arg(forecastPoints).arg(bj(track.start()), bj(track.end())));
    for (const Landfall &l : storm.landfalls)
        out(QStringLiteral("landfall %1 at %2 (%3, %4)").arg(bj(l.at), l.place).arg(l.pos.lon).arg(l.pos.lat));
    if (fig.haveNow)
        out(QStringLiteral("at %1: %2 km, bearing %3 deg%4").arg(bj(at)).arg(fig.nowDistanceKm, 0, 'f', 1)
                .arg(fig.nowBearingDeg, 0, 'f', 0).arg(fig.now.forecast ? QStringLiteral(" (forecast)") : QString()));
    if (fig.closest)
        out(QStringLiteral("closest approach %1: %2 km%3").arg(bj(fig.closest->at)).arg(fig.closest->distanceKm, 0, 'f', 1)
                .arg(fig.closest->forecast ? QStringLiteral(" (forecast)") : QString()));
    for (int i = 0; i < 3; ++i) {
        const TyphoonFigures::Circle &c = fig.circles[i];
        out(QStringLiteral("%1-level circle: enters %2, leaves %3%4").arg(TyphoonFigures::levels[i]).arg(bj(c.enter), bj(c.leave),
                c.note.isEmpty() ? QString() : QStringLiteral(" (") + c.note + QLatin1Char(')')));
    }
    return 0;
}

int exportCmd(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--storm"), QStringLiteral("--at")}, {QStringLiteral("--overwrite")}, &a, &e)
        || a.pos.size() != 2 || !a.has("--storm"))
        return usage(e);
    QDateTime at;
    if (a.has("--at") && !(at = parseTime(a.value("--at"))).isValid())
        return usage(QStringLiteral("--at: '%1' is not an ISO 8601 time with its offset").arg(a.value("--at")));
    auto store = openStore(a.pos[0], a);
    if (!store)
        return 1;
    Storm storm;
    if (!findStorm(*store, a.value("--storm"), &storm))
        return 1;
    int n = 0;
    if (!TyphoonExport::write(storm, a.pos[1], at, a.has("--overwrite"), &n, &e)) {
        err(QStringLiteral("floodctl typhoon export: %1").arg(e));
        return 1;
    }
    out(QStringLiteral("%1 feature(s) written to %2").arg(n).arg(a.pos[1]));
    return 0;
}

} // namespace

int typhoon(const QStringList &args)
{
    if (args.isEmpty())
        return usage();
    const QString sub = args[0];
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import"))
        return importCmd(rest);
    if (sub == QLatin1String("list"))
        return listCmd(rest);
    if (sub == QLatin1String("show"))
        return showCmd(rest);
    if (sub == QLatin1String("export"))
        return exportCmd(rest);
    return usage(QStringLiteral("floodctl typhoon: unknown sub-command '%1' (import, list, show, export)").arg(sub));
}

} // namespace fc::ctl

namespace fc::ctl {

QJsonValue nearestStormJson(Store &store, const QDateTime &now, const QList<TyphoonProposalRule> &rules,
                            const QString &inForce, QString *text)
{
    text->clear();
    QList<Storm> storms;
    QString e;
    if (store.schemaVersion() < 6 || !TyphoonStore::load(store, &storms, &e) || storms.isEmpty())
        return QJsonValue();
    QList<GeoPoint> ring;
    if (!TyphoonStore::districtRing(store, &ring, &e))
        return QJsonValue();
    const TyphoonTarget target = TyphoonTarget::ring(ring);
    const NearestStorm n = nearestStorm(storms, target, now);
    if (n.index < 0)
        return QJsonValue();
    const Storm &s = storms[n.index];
    // The proposal reads the track as it was known at `now` (the forecast issued by then), not what came after.
    const TyphoonFigures known = TyphoonFigures::compute(TyphoonTrack::asOf(s, now), target, now);
    std::array<TyphoonProposal::Circle, 3> times;
    for (int i = 0; i < 3; ++i)
        times[i] = {known.circles[i].enter, known.circles[i].leave};
    const TyphoonProposal proposal = TyphoonProposal::propose(rules, times, now, inForce);
    const TyphoonFigures &f = n.figures;
    const TyphoonFigures::Circle &c7 = f.circles[0];
    *text = QStringLiteral("typhoon: %1, %2, %3 km from the district (bearing %4 deg); 7-level circle %5")
                .arg(s.displayName(), f.now.grade >= 0 ? Typhoon::gradeCode(f.now.grade) : QStringLiteral("-"))
                .arg(f.nowDistanceKm, 0, 'f', 0)
                .arg(std::isnan(f.nowBearingDeg) ? QStringLiteral("-") : QString::number(f.nowBearingDeg, 'f', 0))
                .arg(c7.enter.isValid() ? QStringLiteral("arrives ") + bj(c7.enter) : QStringLiteral("arrival unknown"));
    if (!proposal.colour.isEmpty())
        *text += QStringLiteral("\nthe plan proposes: typhoon %1 (%2)").arg(proposal.colour, proposal.reason);
    return QJsonObject{{QStringLiteral("code"), s.code},
                       {QStringLiteral("name_zh"), s.nameZh},
                       {QStringLiteral("name_en"), s.nameEn},
                       {QStringLiteral("grade"), f.now.grade >= 0 ? QJsonValue(Typhoon::gradeCode(f.now.grade)) : QJsonValue()},
                       {QStringLiteral("lon"), number(f.now.pos.lon, 3)},
                       {QStringLiteral("lat"), number(f.now.pos.lat, 3)},
                       {QStringLiteral("distance_km"), number(f.nowDistanceKm)},
                       {QStringLiteral("bearing_deg"), number(f.nowBearingDeg, 0)},
                       {QStringLiteral("forecast"), f.now.forecast},
                       {QStringLiteral("closest"), f.closest ? QJsonValue(QJsonObject{{QStringLiteral("time"), isoBj(f.closest->at)},
                                                                                      {QStringLiteral("distance_km"), number(f.closest->distanceKm)}})
                                                             : QJsonValue()},
                       {QStringLiteral("circle7_enter"), isoBj(c7.enter)},
                       {QStringLiteral("circle7_leave"), isoBj(c7.leave)},
                       {QStringLiteral("forecast_circle7_enter"), isoBj(known.circles[0].enter)},
                       {QStringLiteral("proposal"), proposal.colour.isEmpty()
                                                        ? QJsonValue()
                                                        : QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("typhoon")},
                                                                                 {QStringLiteral("colour"), proposal.colour},
                                                                                 {QStringLiteral("reason"), proposal.reason}})}};
}

} // namespace fc::ctl
