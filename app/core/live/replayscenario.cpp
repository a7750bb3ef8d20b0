#include "app/core/live/replayscenario.h"

#include "app/core/io/readingingest.h"
#include "app/core/store/store.h"
#include "app/core/typhoon/typhoonfiles.h"
#include "app/core/typhoon/typhoonstore.h"

#include <QFile>
#include <QJsonArray>
#include <QTimeZone>
#include <cmath>

namespace fc {

const char ReplayScenario::Source[] = "Typhoon Bebinca 2024 replay (illustrative)";
const char ReplayScenario::Actor[] = "bebinca-replay";

QString ReplayScenario::actorName(const QString &actor)
{
    if (actor == QLatin1String(Actor) || actor == QLatin1String(Source))
        return tr("Typhoon Bebinca replay (illustrative)");
    return actor;
}

namespace {

QDateTime bj(int month, int day, int h, int m = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(h, m), QTimeZone(8 * 3600)).toUTC();
}

QString bjText(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

// Deterministic noise in [0, 1).
double noise(quint32 *state)
{
    *state = *state * 1664525u + 1013904223u;
    return double(*state >> 8) / double(1u << 24);
}

// Area rain intensity (mm/h) of the storm over the district at a time: onset on the evening of 09-15,
// peak 50-80 mm/h around landfall (09-16 07:30) and the following hours, over by the afternoon.
double rainRate(double hoursFromLandfall)
{
    const double h = hoursFromLandfall;
    if (h < -11 || h > 9)
        return 0;
    const double band = 40 * std::exp(-0.5 * std::pow((h - 1.0) / 1.2, 2)) + 7 * std::exp(-0.5 * std::pow((h + 5) / 2.5, 2));
    return band;
}

} // namespace

QString ReplayScenario::Summary::toText() const
{
    return tr("Typhoon Bebinca replay %1 .. %2 (Beijing time): %3 signals, %4 response level changes, %5 readings stored "
              "(%6 already there), %7 alarm changes. Gauge series are illustrative.")
        .arg(bjText(from), bjText(to))
        .arg(signalCount)
        .arg(responseLevels)
        .arg(readings)
        .arg(duplicates)
        .arg(alarmChanges);
}

QList<ReplayScenario::TrackPoint> ReplayScenario::bebincaTrack()
{
    return {
        {bj(9, 12, 5), 17.1, 140.4, 982, 28, {}},
        {bj(9, 13, 5), 21.1, 137.3, 980, 30, {}},
        {bj(9, 14, 8), 26.2, 131.5, 982, 28, {}},
        {bj(9, 15, 5), 29.1, 127.5, 975, 33, {}},
        {bj(9, 15, 17), 30.2, 125.8, 960, 40, {}},
        {bj(9, 16, 5), 30.7, 122.5, 955, 45, {}},
        {bj(9, 16, 7, 30), 30.85, 121.85, 955, 42, tr("Landfall at Lingang (Pudong), force 14")},
        {bj(9, 16, 9), 31.0, 121.6, 965, 40, {}},
    };
}

bool ReplayScenario::positionAt(const QDateTime &t, TrackPoint *p)
{
    const QList<TrackPoint> track = bebincaTrack();
    if (t < track.first().at || t > track.last().at)
        return false;
    for (int i = 1; i < track.size(); ++i) {
        const TrackPoint &a = track[i - 1], &b = track[i];
        if (t > b.at)
            continue;
        const double f = double(a.at.msecsTo(t)) / double(a.at.msecsTo(b.at));
        *p = a;
        p->at = t;
        p->lat = a.lat + f * (b.lat - a.lat);
        p->lon = a.lon + f * (b.lon - a.lon);
        p->pressureHpa = a.pressureHpa + f * (b.pressureHpa - a.pressureHpa);
        p->windMs = a.windMs + f * (b.windMs - a.windMs);
        p->note = f >= 1.0 ? b.note : QString();
        return true;
    }
    return false;
}

QDateTime ReplayScenario::periodStart()
{
    return bj(9, 14, 0);
}

QDateTime ReplayScenario::periodEnd()
{
    return bj(9, 17, 0);
}

ReadingBatch ReplayScenario::bebincaReadings(const QList<SensorInfo> &sensors)
{
    ReadingBatch b;
    b.qualities = {QStringLiteral("illustrative")};
    const qint64 step = 5 * 60 * 1000;
    const qint64 from = periodStart().toMSecsSinceEpoch(), to = periodEnd().toMSecsSinceEpoch();
    const qint64 landfall = bj(9, 16, 7, 30).toMSecsSinceEpoch();
    const qint64 highWater = bj(9, 16, 11, 0).toMSecsSinceEpoch();
    for (const SensorInfo &s : sensors) {
        quint32 seed = quint32(qHash(s.id));
        const int k = s.id.right(2).toInt();
        if (s.isRain() && s.id.startsWith(QLatin1String("S-RAIN-"))) {
            const double scale = 0.85 + 0.08 * (k % 5); // some gauges get the heavier cells
            for (qint64 t = from; t < to; t += step) {
                const double h = double(t - landfall) / 3.6e6;
                const double rate = rainRate(h - 0.1 * (k % 3)) * scale * (0.7 + 0.6 * noise(&seed));
                b.rows.push_back({t, std::round(rate / 12.0 * 10) / 10, qint32(s.fid), 0});
            }
        } else if (s.isTide() && s.id == QLatin1String("S-TIDE-01")) {
            for (qint64 t = from; t < to; t += step) {
                const double h = double(t - highWater) / 3.6e6;
                const double astro = 2.55 + 1.35 * std::cos(2 * M_PI * h / 12.42);
                // Storm surge: builds with the approach, peaks near landfall and the late-morning high water.
                const double surge = 1.4 * std::exp(-0.5 * std::pow((double(t - landfall) / 3.6e6 - 2.5) / 7.0, 2));
                b.rows.push_back({t, std::round((astro + surge + 0.03 * (noise(&seed) - 0.5)) * 100) / 100, qint32(s.fid), 0});
            }
        } else if (s.isDepth() && s.id.startsWith(QLatin1String("S-WL-"))) {
            // Water gathers where the rain exceeds the drains' capacity (about 30 mm/h) and drains away after.
            const double factor = 1.2 + 0.12 * (12 - k), capacity = 28 + 2 * (k % 4);
            double depth = 0;
            for (qint64 t = from; t < to; t += step) {
                const double h = double(t - landfall) / 3.6e6;
                const double rate = rainRate(h) * (0.8 + 0.4 * noise(&seed));
                const double target = std::max(0.0, (rate - capacity) * factor);
                depth += (target - depth) * (target > depth ? 0.35 : 0.15);
                b.rows.push_back({t, std::round(depth), qint32(s.fid), 0});
            }
        }
    }
    return b;
}

bool ReplayScenario::writeBebinca(Store &store, Summary *summary, QString *error)
{
    ReadingIngest ingest(store, true);
    if (!ingest.load(error))
        return false;
    const QList<SensorInfo> sensors = ingest.engine().sensors().values();
    ReadingBatch batch = bebincaReadings(sensors);
    if (batch.rows.empty()) {
        *error = tr("the store has none of the demo district's sensors (S-RAIN-xx, S-TIDE-01, S-WL-xx)");
        return false;
    }
    summary->from = periodStart();
    summary->to = periodEnd();
    const QString src = QString::fromLatin1(Source);
    const bool haveSignals = !store.rows(QStringLiteral("warning_signals"), QStringLiteral("source = ?"), {src}).result().isEmpty();
    if (!haveSignals) {
        struct Sig
        {
            const char *kind, *colour;
            QDateTime issued, lifted;
            QString text;
        };
        // The texts are data as the observatory and the HQ wrote them (in Chinese), whatever the language of the
        // tool that writes the scenario: stored text is never in the writer's interface language.
        const QList<Sig> sigs = {
            {"typhoon", "blue", bj(9, 14, 17), bj(9, 15, 8), QStringLiteral("台风蓝色预警（贝碧嘉）")},
            {"typhoon", "yellow", bj(9, 15, 8), bj(9, 15, 17), QStringLiteral("台风黄色预警（贝碧嘉）")},
            {"high_tide", "blue", bj(9, 15, 8), bj(9, 16, 18), QStringLiteral("黄浦江高潮位蓝色预警；解除时间为示意")},
            {"typhoon", "orange", bj(9, 15, 17), bj(9, 16, 18), QStringLiteral("台风橙色预警（贝碧嘉）；解除时间为示意")},
        };
        QList<RowChange> changes;
        for (const Sig &s : sigs)
            changes.append({RowChange::Kind::Insert, QStringLiteral("warning_signals"), 0,
                            {{QStringLiteral("kind"), QString::fromLatin1(s.kind)},
                             {QStringLiteral("colour"), QString::fromLatin1(s.colour)},
                             {QStringLiteral("issued_at"), s.issued},
                             {QStringLiteral("lifted_at"), s.lifted},
                             {QStringLiteral("source"), src},
                             {QStringLiteral("text"), s.text}}});
        const WriteResult sr = store.apply(changes, tr("Typhoon Bebinca replay: signals")).result();
        if (!sr.ok) {
            *error = sr.error;
            return false;
        }
        struct Lvl
        {
            const char *level;
            QDateTime at;
            int signal; // index into sigs, -1 none
            QString reason;
        };
        const QList<Lvl> lv = {
            {"IV", bj(9, 14, 17), 0, QStringLiteral("台风蓝色预警")},
            {"III", bj(9, 15, 8), 1, QStringLiteral("台风黄色预警")},
            {"II", bj(9, 15, 17), 3, QStringLiteral("台风橙色预警")},
            {"none", bj(9, 16, 18), -1, QStringLiteral("响应结束（时间为示意）")},
        };
        changes.clear();
        // History, not the response in force: each level ended when the next began (the last row marks the end).
        for (int k = 0; k < lv.size(); ++k) {
            const Lvl &l = lv[k];
            changes.append({RowChange::Kind::Insert, QStringLiteral("response_levels"), 0,
                            {{QStringLiteral("level"), QString::fromLatin1(l.level)},
                             {QStringLiteral("changed_at"), l.at},
                             {QStringLiteral("ended_at"), k + 1 < lv.size() ? lv[k + 1].at : l.at},
                             {QStringLiteral("signal_fid"), l.signal >= 0 ? QVariant(sr.fids.value(l.signal)) : QVariant()},
                             {QStringLiteral("reason"), l.reason},
                             {QStringLiteral("decided_by"), QString::fromLatin1(Actor)}}});
        }
        const WriteResult lr = store.apply(changes, tr("Typhoon Bebinca replay: response levels")).result();
        if (!lr.ok) {
            *error = lr.error;
            return false;
        }
        summary->signalCount = int(sigs.size());
        summary->responseLevels = int(lv.size());
    }
    {
        // The storm's track (illustrative radii and forecasts; the file says so), imported like a bulletin file.
        QList<Storm> storms;
        QFile f(QStringLiteral(":/typhoon/bebinca_2024.json"));
        TyphoonStore::ImportSummary ts;
        if (!f.open(QIODevice::ReadOnly) || !TyphoonFiles::parseBulletin(f.readAll(), f.fileName(), &storms, error)
            || !TyphoonStore::importStorms(store, storms, QStringLiteral("file"), tr("Typhoon Bebinca replay: track (illustrative)"),
                                           &ts, error))
            return false;
        summary->typhoonPoints = ts.pointsAdded;
    }
    const ReadingIngest::Summary s = ingest.ingestBatch(std::move(batch), tr("Typhoon Bebinca replay"));
    if (!s.ok) {
        *error = s.error;
        return false;
    }
    summary->readings = s.stored;
    summary->duplicates = s.duplicates;
    summary->alarmChanges = s.alarmChanges;
    return true;
}

} // namespace fc
