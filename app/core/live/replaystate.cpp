// ReplayState: the operation at a past time, recomputed from the store (declared in replayscenario.h).
#include "app/core/io/readingingest.h"
#include "app/core/live/replayscenario.h"
#include "app/core/store/store.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

QString stored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString bjText(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

QString bjMs(qint64 ms)
{
    return bjText(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

bool ReplayState::compute(Store &store, const QDateTime &at, ReplayState *s, QString *error)
{
    s->at = at.toUTC();
    const QString t = stored(at);
    for (const StoreRow &r : store.rows(QStringLiteral("warning_signals"),
                                        QStringLiteral("issued_at <= ? AND (lifted_at IS NULL OR lifted_at > ?)"), {t, t})
                                 .result())
        s->signalsInForce.append({r.values.value(QStringLiteral("kind")).toString(), r.values.value(QStringLiteral("colour")).toString(),
                           QDateTime::fromString(r.values.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs)});
    QList<StoreRow> levels = store.rows(QStringLiteral("response_levels"), QStringLiteral("changed_at <= ?"), {t}).result();
    std::sort(levels.begin(), levels.end(), [](const StoreRow &a, const StoreRow &b) {
        return a.values.value(QStringLiteral("changed_at")).toString() < b.values.value(QStringLiteral("changed_at")).toString();
    });
    if (!levels.isEmpty())
        s->responseLevel = levels.last().values.value(QStringLiteral("level")).toString();
    s->haveTyphoon = ReplayScenario::positionAt(at, &s->typhoon);

    // Alarms in force: re-evaluated from the readings of the 48 h before, so the level is the one of that moment.
    AlarmEngine &engine = s->engine;
    engine = AlarmEngine();
    QList<SensorInfo> sensors;
    for (const StoreRow &r : store.rows(QStringLiteral("sensors")).result())
        sensors.append(SensorInfo::fromRow(r));
    engine.setSensors(sensors);
    s->walls = ReadingIngest::loadWalls(store);
    engine.setWalls(s->walls);
    ReadingQuery window;
    window.after = at.addSecs(-48 * 3600);
    window.until = at;
    const ReadingBatch readings = store.readings(window).result();
    struct R
    {
        qint64 sensor, ms;
        double v;
    };
    std::vector<R> rs;
    rs.reserve(readings.rows.size());
    for (const Reading &r : readings.rows)
        if (!std::isnan(r.value))
            rs.push_back({r.sensorFid, r.atMs, r.value});
    std::sort(rs.begin(), rs.end(), [](const R &a, const R &b) { return a.ms < b.ms; });
    for (const R &r : rs)
        engine.feed(r.sensor, r.ms, r.v);
    s->alarms = engine.alarmsInForce();
    s->sensors = engine.sensors();
    s->latest = engine.latest();
    for (const SensorInfo &si : sensors)
        if (si.isRain() && s->latest.contains(si.fid)) {
            // Totals at the replay time, not at the gauge's last reading.
            s->rain1h.insert(si.fid, engine.rainTotal1h(si.fid));
            s->rain6h.insert(si.fid, engine.rainTotal6h(si.fid));
        }
    Q_UNUSED(error)
    return true;
}

QJsonObject ReplayState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("at"), bjText(at));
    QJsonArray sig;
    for (const Signal &x : signalsInForce)
        sig.append(QJsonObject{{QStringLiteral("kind"), x.kind}, {QStringLiteral("colour"), x.colour},
                               {QStringLiteral("issued_at"), bjText(x.issuedAt)}});
    o.insert(QStringLiteral("signals"), sig);
    o.insert(QStringLiteral("response_level"), responseLevel);
    if (haveTyphoon)
        o.insert(QStringLiteral("typhoon"), QJsonObject{{QStringLiteral("lat"), std::round(typhoon.lat * 100) / 100},
                                                        {QStringLiteral("lon"), std::round(typhoon.lon * 100) / 100},
                                                        {QStringLiteral("pressure_hpa"), std::round(typhoon.pressureHpa)},
                                                        {QStringLiteral("wind_ms"), std::round(typhoon.windMs)}});
    QHash<qint64, QString> wallNames;
    for (const WallSegment &w : walls)
        wallNames.insert(w.fid, w.name);
    QJsonArray al;
    QList<StoreRow> sorted = alarms;
    std::sort(sorted.begin(), sorted.end(), [](const StoreRow &a, const StoreRow &b) {
        const AlarmLevel la = AlarmLevels::fromCode(a.values.value(QStringLiteral("level")).toString());
        const AlarmLevel lb = AlarmLevels::fromCode(b.values.value(QStringLiteral("level")).toString());
        if (la != lb)
            return la > lb;
        return a.values.value(QStringLiteral("raised_at")).toDateTime() < b.values.value(QStringLiteral("raised_at")).toDateTime();
    });
    for (const StoreRow &r : sorted) {
        const qint64 sf = r.values.value(QStringLiteral("sensor_fid")).toLongLong();
        const qint64 wf = r.values.value(QStringLiteral("wall_fid")).toLongLong();
        QJsonObject a{{QStringLiteral("sensor"), sensors.value(sf).id},
                      {QStringLiteral("name"), wf ? wallNames.value(wf) : sensors.value(sf).name},
                      {QStringLiteral("source"), r.values.value(QStringLiteral("source")).toString()},
                      {QStringLiteral("level"), r.values.value(QStringLiteral("level")).toString()},
                      {QStringLiteral("value"), std::round(r.values.value(QStringLiteral("value")).toDouble() * 100) / 100},
                      {QStringLiteral("raised_at"), bjText(r.values.value(QStringLiteral("raised_at")).toDateTime())}};
        if (wf)
            a.insert(QStringLiteral("wall_fid"), wf);
        al.append(a);
    }
    o.insert(QStringLiteral("alarms"), al);
    QJsonArray rd;
    QList<qint64> fids = latest.keys();
    std::sort(fids.begin(), fids.end());
    for (qint64 f : fids) {
        const SensorInfo &si = sensors[f];
        const LatestReading &l = latest[f];
        QJsonObject x{{QStringLiteral("sensor"), si.id}, {QStringLiteral("name"), si.name}, {QStringLiteral("kind"), si.kind},
                      {QStringLiteral("unit"), si.unit}, {QStringLiteral("at"), bjMs(l.atMs)}, {QStringLiteral("value"), l.value},
                      {QStringLiteral("level"), AlarmLevels::code(l.level)}};
        if (rain1h.contains(f)) {
            x.insert(QStringLiteral("rain_1h_mm"), std::round(rain1h.value(f) * 10) / 10);
            x.insert(QStringLiteral("rain_6h_mm"), std::round(rain6h.value(f) * 10) / 10);
        }
        rd.append(x);
    }
    o.insert(QStringLiteral("readings"), rd);
    return o;
}

QString ReplayState::toText() const
{
    QStringList out;
    out.append(QStringLiteral("at %1").arg(bjText(at)));
    QStringList sig;
    for (const Signal &x : signalsInForce)
        sig.append(x.kind + QLatin1Char(' ') + x.colour);
    out.append(QStringLiteral("signals: %1").arg(sig.isEmpty() ? QStringLiteral("none") : sig.join(QStringLiteral(", "))));
    out.append(QStringLiteral("response level: %1").arg(responseLevel));
    if (haveTyphoon)
        out.append(QStringLiteral("typhoon: %1 N %2 E, %3 hPa, %4 m/s")
                       .arg(typhoon.lat, 0, 'f', 2)
                       .arg(typhoon.lon, 0, 'f', 2)
                       .arg(typhoon.pressureHpa, 0, 'f', 0)
                       .arg(typhoon.windMs, 0, 'f', 0));
    out.append(QStringLiteral("alarms in force: %1").arg(alarms.size()));
    for (const QJsonValue &a : toJson().value(QStringLiteral("alarms")).toArray()) {
        const QJsonObject o = a.toObject();
        out.append(QStringLiteral("  %1 %2 %3 %4 (%5)")
                       .arg(o.value(QStringLiteral("level")).toString(), o.value(QStringLiteral("source")).toString(),
                            o.value(QStringLiteral("name")).toString())
                       .arg(o.value(QStringLiteral("value")).toDouble())
                       .arg(o.value(QStringLiteral("raised_at")).toString()));
    }
    out.append(QStringLiteral("latest readings: %1").arg(latest.size()));
    return out.join(QLatin1Char('\n'));
}

} // namespace fc
