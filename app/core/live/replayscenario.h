#pragma once

#include "app/core/rules/alarmengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fc {

class Store;

// The Typhoon Bebinca (2024 No. 13) replay built from DOMAIN.md: its track (CMA bulletins), the Shanghai signals and
// response levels, and demo gauge series (rain, Huangpu Park tide, road waterlogging depth) for the demo district's
// sensors. The gauge series and the lifting times are ILLUSTRATIVE (modelled, not observed); every row written says so.
class ReplayScenario
{
    Q_DECLARE_TR_FUNCTIONS(fc::ReplayScenario)
public:
    struct TrackPoint
    {
        QDateTime at; // UTC
        double lat = 0, lon = 0, pressureHpa = 0, windMs = 0;
        QString note;
    };
    struct Summary
    {
        int signalCount = 0, responseLevels = 0;
        qint64 readings = 0, duplicates = 0;
        int alarmChanges = 0;
        int typhoonPoints = 0; // track points added (the illustrative Bebinca track)
        QDateTime from, to;
        QString toText() const;
    };
    static const char Source[]; // warning_signals.source of the replay rows
    static const char Actor[];  // response_levels.decided_by of the replay rows (an actor id, like a user name)
    // Who decided, for display: the replay's actor (or the Source sentence older stores hold there) in the
    // interface language; anyone else as they are.
    static QString actorName(const QString &actor);

    static QList<TrackPoint> bebincaTrack();
    // Position at a time by linear interpolation; false before the first point or after the last.
    static bool positionAt(const QDateTime &t, TrackPoint *p);
    // Illustrative 5-minute series for the demo sensors (by sensor id: S-RAIN-xx, S-TIDE-01, S-WL-xx) over
    // 2024-09-14 00:00 .. 09-17 00:00 Beijing time. Deterministic.
    static ReadingBatch bebincaReadings(const QList<SensorInfo> &sensors);
    static QDateTime periodStart();
    static QDateTime periodEnd();
    // Writes the scenario (signals and levels once; readings idempotently, with the alarms they raise). Blocking.
    static bool writeBebinca(Store &store, Summary *summary, QString *error);
};

// The state of the operation at a time, recomputed from the store: signals in force, the response level, the
// typhoon position, the alarms in force (re-evaluated from the readings of the 48 h before), the latest readings.
struct ReplayState
{
    QDateTime at;
    struct Signal
    {
        QString kind, colour;
        QDateTime issuedAt;
    };
    QList<Signal> signalsInForce;
    QString responseLevel = QStringLiteral("none");
    bool haveTyphoon = false;
    ReplayScenario::TrackPoint typhoon;
    QList<StoreRow> alarms; // alarm rows in force at `at`
    QHash<qint64, SensorInfo> sensors;
    QHash<qint64, LatestReading> latest;
    QHash<qint64, double> rain1h, rain6h;
    QList<WallSegment> walls;
    // The evaluation at `at` (sensors, walls, rain windows, latest readings, alarms in force): what the application
    // shows on the map and in the alarm list while it replays.
    AlarmEngine engine;

    // Blocking (waits on the store): floodctl, tests, worker threads.
    static bool compute(Store &store, const QDateTime &at, ReplayState *state, QString *error);
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace fc
