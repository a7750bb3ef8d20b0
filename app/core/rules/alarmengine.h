#pragma once

#include "app/core/rules/freeboard.h"
#include "app/core/rules/raintotals.h"
#include "app/core/store/store.h"
#include "app/core/rules/thresholdevaluator.h"

#include <QHash>
#include <QList>
#include <QVariantMap>
#include <map>
#include <tuple>
#include <vector>

namespace fc {

// A sensor as alarm evaluation needs it (from a row of `sensors`).
struct SensorInfo
{
    qint64 fid = 0;
    QString id, code, name, kind, unit, roadId;
    Thresholds thresholds;

    // Per-level columns blue..red; a sensor with none of them set falls back to warn -> yellow, alarm -> red.
    static SensorInfo fromRow(const StoreRow &row);
    bool isRain() const { return kind == QLatin1String("rain"); }
    bool isTide() const { return kind == QLatin1String("tide"); }
    bool isDepth() const { return kind == QLatin1String("waterlogging"); }
};

// The latest reading of a sensor and the level of its own value.
struct LatestReading
{
    qint64 atMs = 0;
    double value = 0;
    AlarmLevel level = AlarmLevel::None;
};

// Turns readings into alarm rows: each sensor's own value against its thresholds, rain gauges' 1 h / 6 h totals
// against the rainstorm thresholds, each tide gauge's level as freeboard of the wall segments facing it (their
// nearest gauge; WallSegment::tideFid). One alarm row
// per episode (raised .. cleared); escalation updates the row and asks for a new acknowledgement. Pure: no store
// access, no clock; the caller loads the state (sensors, walls, alarms in force, recent readings), feeds readings
// in time order per sensor and writes takeChanges() through the store.
class AlarmEngine
{
public:
    enum class Source { Reading, Rain1h, Rain6h, Freeboard };
    static QString sourceCode(Source s);
    static bool sourceFromCode(const QString &code, Source *s);

    void setSensors(const QList<SensorInfo> &sensors);
    void setWalls(const QList<WallSegment> &walls);
    void setRainThresholds(const RainThresholds &t);
    const RainThresholds &rainThresholds() const { return m_rain; }
    const FreeboardRules &freeboardRules() const { return m_freeboard; }
    void setFreeboardRules(const FreeboardRules &r);
    const QHash<qint64, SensorInfo> &sensors() const { return m_sensors; }
    const QList<WallSegment> &walls() const { return m_walls; }

    // State from the store: an alarm row (in force, or cleared: then forgotten), a reading already stored
    // (sets the latest value and fills rain windows, raises nothing).
    void adoptAlarm(const StoreRow &row);
    void primeReading(qint64 sensorFid, qint64 atMs, double value);

    // Evaluates one new reading. Returns false for an unknown sensor.
    bool feed(qint64 sensorFid, qint64 atMs, double value);

    // Alarm rows to write (inserts first-come order; updates carry only changed columns). `records` gets one
    // token per change; after the write, give the new fids back with committed(tokens, fids).
    QList<RowChange> takeChanges(QList<int> *records = nullptr);
    void committed(const QList<int> &records, const QList<qint64> &fids);
    bool hasChanges() const;

    const QHash<qint64, LatestReading> &latest() const { return m_latest; }
    // Latest depth (cm) per waterlogging road id, from the road depth sensors.
    QHash<QString, double> roadDepths() const;
    // Latest tide reading (m) of the first tide gauge; false when none.
    bool latestTide(double *m, qint64 *atMs = nullptr) const;
    // For segments facing another tide gauge than the first: that gauge's latest reading minus the first's
    // (wall fid -> metres). Empty when the district has one gauge or the readings are missing.
    QHash<qint64, double> wallTideOffsets() const;
    // Alarms in force (fid 0 = not yet written), as rows.
    QList<StoreRow> alarmsInForce() const;
    double rainTotal1h(qint64 sensorFid) const;
    double rainTotal6h(qint64 sensorFid) const;
    // The highest rainstorm level over all gauges' 1 h / 6 h totals now (proposed rainstorm signal).
    AlarmLevel proposedRainstormLevel() const;

private:
    using Key = std::tuple<int, qint64, qint64>; // source, sensor fid, wall fid
    struct Record
    {
        qint64 fid = 0;
        Key key;
        QVariantMap values;
        QVariantMap changed;
        bool active = true;
        bool written = false; // known to the store (fid > 0)
        bool dirty = false;   // listed in m_dirty
    };
    ThresholdEvaluator &evaluator(const Key &key, qint64 lastMs);
    Thresholds thresholdsFor(const Key &key) const;
    void evaluate(const Key &key, qint64 sensorFid, qint64 atMs, double value);
    void notePeak(const Key &key, double value);
    void apply(const Key &key, const ThresholdEvaluator::Transition &t, qint64 sensorFid, double peakValue);
    qint64 tideSensor() const;
    bool facesGauge(const WallSegment &w, qint64 tideFid) const;

    QHash<qint64, SensorInfo> m_sensors;
    QList<WallSegment> m_walls;
    RainThresholds m_rain;
    FreeboardRules m_freeboard;
    std::map<Key, ThresholdEvaluator> m_evaluators;
    std::map<Key, int> m_activeRecord; // key -> record id
    std::map<int, Record> m_records;   // id -> record (in force, or not yet written)
    std::vector<int> m_dirty;          // record ids with unwritten changes, in order
    int m_nextId = 1;
    QHash<qint64, RainWindow> m_rainWindows;
    QHash<qint64, LatestReading> m_latest;
    qint64 m_tideFid = 0;
};

// What an alarm's source is called on screen (translated): rain 1 h, rain 6 h, freeboard, reading.
QString alarmSourceLabel(const QString &source);

} // namespace fc
