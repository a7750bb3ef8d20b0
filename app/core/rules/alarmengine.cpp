#include "app/core/rules/alarmengine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

double realOr(const QVariant &v, double fallback)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return v.isNull() || !ok ? fallback : d;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

SensorInfo SensorInfo::fromRow(const StoreRow &row)
{
    SensorInfo s;
    const QVariantMap &v = row.values;
    s.fid = row.fid;
    s.id = v.value(QStringLiteral("id")).toString();
    s.code = v.value(QStringLiteral("code")).toString();
    s.name = v.value(QStringLiteral("name")).toString();
    s.kind = v.value(QStringLiteral("kind")).toString();
    s.unit = v.value(QStringLiteral("unit")).toString();
    s.roadId = v.value(QStringLiteral("road_id")).toString();
    const char *names[] = {"blue", "yellow", "orange", "red"};
    for (int k = 0; k < 4; ++k)
        s.thresholds.level[size_t(k)] = realOr(v.value(QString::fromLatin1(names[k])), Thresholds::Unused);
    if (s.thresholds.isEmpty()) {
        s.thresholds.level[1] = realOr(v.value(QStringLiteral("warn")), Thresholds::Unused);
        s.thresholds.level[3] = realOr(v.value(QStringLiteral("alarm")), Thresholds::Unused);
    }
    s.thresholds.hysteresis = realOr(v.value(QStringLiteral("hysteresis")), 0.0);
    s.thresholds.minDurationS = v.value(QStringLiteral("min_duration_s")).toLongLong();
    return s;
}

QString AlarmEngine::sourceCode(Source s)
{
    switch (s) {
    case Source::Reading:
        return QStringLiteral("reading");
    case Source::Rain1h:
        return QStringLiteral("rain_1h");
    case Source::Rain6h:
        return QStringLiteral("rain_6h");
    case Source::Freeboard:
        return QStringLiteral("freeboard");
    }
    return {};
}

bool AlarmEngine::sourceFromCode(const QString &code, Source *s)
{
    for (Source c : {Source::Reading, Source::Rain1h, Source::Rain6h, Source::Freeboard})
        if (sourceCode(c) == code) {
            *s = c;
            return true;
        }
    return false;
}

void AlarmEngine::setSensors(const QList<SensorInfo> &sensors)
{
    m_sensors.clear();
    m_tideFid = 0;
    for (const SensorInfo &s : sensors) {
        m_sensors.insert(s.fid, s);
        if (s.isTide() && (m_tideFid == 0 || s.fid < m_tideFid))
            m_tideFid = s.fid;
    }
    for (auto &[key, ev] : m_evaluators)
        ev.setThresholds(thresholdsFor(key));
}

void AlarmEngine::setWalls(const QList<WallSegment> &walls)
{
    m_walls = walls;
}

void AlarmEngine::setRainThresholds(const RainThresholds &t)
{
    m_rain = t;
    for (auto &[key, ev] : m_evaluators)
        ev.setThresholds(thresholdsFor(key));
}

void AlarmEngine::setFreeboardRules(const FreeboardRules &r)
{
    m_freeboard = r;
    for (auto &[key, ev] : m_evaluators)
        ev.setThresholds(thresholdsFor(key));
}

qint64 AlarmEngine::tideSensor() const
{
    return m_tideFid;
}

bool AlarmEngine::facesGauge(const WallSegment &w, qint64 tideFid) const
{
    // A segment without an assigned gauge (or one whose gauge is gone) faces the district's first tide gauge.
    if (w.tideFid != 0 && m_sensors.contains(w.tideFid))
        return w.tideFid == tideFid;
    return tideFid == m_tideFid;
}

Thresholds AlarmEngine::thresholdsFor(const Key &key) const
{
    switch (Source(std::get<0>(key))) {
    case Source::Reading:
        return m_sensors.value(std::get<1>(key)).thresholds;
    case Source::Rain1h:
        return m_rain.forOneHour();
    case Source::Rain6h:
        return m_rain.forSixHours();
    case Source::Freeboard: {
        // A wall's freeboard alarm needs its level to last as long as the gauge's own alarm does: one spike of the
        // tide must not raise every wall facing it while the gauge stays quiet.
        Thresholds t = m_freeboard.thresholds();
        t.minDurationS = std::max(t.minDurationS, m_sensors.value(std::get<1>(key)).thresholds.minDurationS);
        return t;
    }
    }
    return {};
}

ThresholdEvaluator &AlarmEngine::evaluator(const Key &key, qint64 lastMs)
{
    auto it = m_evaluators.find(key);
    if (it == m_evaluators.end()) {
        AlarmLevel level = AlarmLevel::None;
        const auto a = m_activeRecord.find(key);
        if (a != m_activeRecord.end())
            level = AlarmLevels::fromCode(m_records.at(a->second).values.value(QStringLiteral("level")).toString());
        it = m_evaluators.emplace(key, ThresholdEvaluator(thresholdsFor(key), level)).first;
        if (lastMs != 0)
            it->second.skipTo(lastMs);
    }
    return it->second;
}

void AlarmEngine::adoptAlarm(const StoreRow &row)
{
    const QVariantMap &v = row.values;
    Source src;
    if (!sourceFromCode(v.value(QStringLiteral("source")).toString(), &src))
        return;
    const Key key{int(src), v.value(QStringLiteral("sensor_fid")).toLongLong(), v.value(QStringLiteral("wall_fid")).toLongLong()};
    const bool active = v.value(QStringLiteral("cleared_at")).isNull();
    const AlarmLevel level = AlarmLevels::fromCode(v.value(QStringLiteral("level")).toString());
    auto a = m_activeRecord.find(key);
    if (!active) {
        if (a != m_activeRecord.end() && m_records.at(a->second).fid == row.fid) {
            m_records.erase(a->second);
            m_activeRecord.erase(a);
            auto ev = m_evaluators.find(key);
            if (ev != m_evaluators.end() && ev->second.level() != AlarmLevel::None)
                ev->second.setLevel(AlarmLevel::None);
        }
        return;
    }
    if (a != m_activeRecord.end()) {
        Record &r = m_records.at(a->second);
        if (r.fid != 0 && r.fid != row.fid)
            return; // a stale row of an older episode
        r.fid = row.fid;
        r.written = true;
        // The stored row is the truth, except for columns we changed and have not written yet.
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            if (!r.changed.contains(it.key()))
                r.values.insert(it.key(), it.value());
    } else {
        Record r;
        r.fid = row.fid;
        r.key = key;
        r.values = v;
        r.written = true;
        const int id = m_nextId++;
        m_records.emplace(id, r);
        m_activeRecord[key] = id;
    }
    auto ev = m_evaluators.find(key);
    if (ev != m_evaluators.end() && ev->second.level() != level)
        ev->second.setLevel(level);
}

void AlarmEngine::primeReading(qint64 sensorFid, qint64 atMs, double value)
{
    const auto s = m_sensors.constFind(sensorFid);
    if (s == m_sensors.cend())
        return;
    LatestReading &l = m_latest[sensorFid];
    if (atMs >= l.atMs) {
        l.atMs = atMs;
        l.value = value;
        l.level = s->thresholds.plainLevel(value);
    }
    if (s->isRain())
        m_rainWindows[sensorFid].add(atMs, value);
    // Evaluators start after the primed readings.
    const auto bump = [&](Source src, qint64 wall) { evaluator({int(src), sensorFid, wall}, atMs).skipTo(atMs); };
    if (s->isRain()) {
        bump(Source::Rain1h, 0);
        bump(Source::Rain6h, 0);
    } else {
        bump(Source::Reading, 0);
    }
    if (s->isTide())
        for (const WallSegment &w : std::as_const(m_walls))
            if (facesGauge(w, sensorFid))
                bump(Source::Freeboard, w.fid);
}

bool AlarmEngine::feed(qint64 sensorFid, qint64 atMs, double value)
{
    const auto s = m_sensors.constFind(sensorFid);
    if (s == m_sensors.cend())
        return false;
    LatestReading &l = m_latest[sensorFid];
    if (atMs >= l.atMs) {
        l.atMs = atMs;
        l.value = value;
        l.level = s->thresholds.plainLevel(value);
    }
    if (s->isRain()) {
        RainWindow &w = m_rainWindows[sensorFid];
        if (!w.add(atMs, value))
            return true;
        const Key k1{int(Source::Rain1h), sensorFid, 0}, k6{int(Source::Rain6h), sensorFid, 0};
        evaluate(k1, sensorFid, atMs, w.total1h());
        evaluate(k6, sensorFid, atMs, w.total6h());
        return true;
    }
    const Key k{int(Source::Reading), sensorFid, 0};
    if (!s->thresholds.isEmpty()) {
        evaluate(k, sensorFid, atMs, value);
    }
    if (s->isTide()) {
        for (const WallSegment &w : std::as_const(m_walls)) {
            if (!facesGauge(w, sensorFid))
                continue;
            const Key kw{int(Source::Freeboard), sensorFid, w.fid};
            evaluate(kw, sensorFid, atMs, w.crestM - value);
        }
    }
    return true;
}

void AlarmEngine::evaluate(const Key &key, qint64 sensorFid, qint64 atMs, double value)
{
    ThresholdEvaluator &ev = evaluator(key, 0);
    const bool fresh = atMs > ev.lastMs() && !std::isnan(value); // later than the last one evaluated
    if (auto t = ev.feedMs(atMs, value))
        apply(key, *t, sensorFid, value);
    else if (fresh)
        notePeak(key, value);
}

void AlarmEngine::notePeak(const Key &key, double value)
{
    // The worst value of an alarm in force, whether or not its level changed (a 1 h total peaking at 48 mm while
    // the level stays orange is stored as 48).
    const auto a = m_activeRecord.find(key);
    if (a == m_activeRecord.end())
        return;
    Record &r = m_records.at(a->second);
    const bool falling = Source(std::get<0>(key)) == Source::Freeboard;
    const QVariant stored = r.values.value(QStringLiteral("peak_value"));
    if (!stored.isNull() && !(falling ? value < stored.toDouble() : value > stored.toDouble()))
        return;
    r.values.insert(QStringLiteral("peak_value"), value);
    r.changed.insert(QStringLiteral("peak_value"), value);
    if (!r.dirty) {
        r.dirty = true;
        m_dirty.push_back(a->second);
    }
}

void AlarmEngine::apply(const Key &key, const ThresholdEvaluator::Transition &t, qint64 sensorFid, double value)
{
    const bool falling = Source(std::get<0>(key)) == Source::Freeboard;
    const QDateTime at = utc(t.at.toMSecsSinceEpoch());
    auto a = m_activeRecord.find(key);
    auto set = [](Record &r, const QString &k, const QVariant &v) {
        r.values.insert(k, v);
        r.changed.insert(k, v);
    };
    auto markDirty = [this](int id) {
        Record &r = m_records.at(id); // a flag, not a search of the list: a year of readings has ~40,000 changes
        if (!r.dirty) {
            r.dirty = true;
            m_dirty.push_back(id);
        }
    };
    if (a == m_activeRecord.end()) {
        if (t.to == AlarmLevel::None)
            return;
        Record r;
        r.key = key;
        const int id = m_nextId++;
        m_records.emplace(id, std::move(r));
        Record &n = m_records.at(id);
        set(n, QStringLiteral("sensor_fid"), sensorFid);
        set(n, QStringLiteral("source"), sourceCode(Source(std::get<0>(key))));
        set(n, QStringLiteral("wall_fid"), std::get<2>(key) ? QVariant(std::get<2>(key)) : QVariant());
        set(n, QStringLiteral("level"), AlarmLevels::code(t.to));
        set(n, QStringLiteral("peak_level"), AlarmLevels::code(t.to));
        set(n, QStringLiteral("value"), value);
        set(n, QStringLiteral("peak_value"), value);
        set(n, QStringLiteral("raised_at"), at);
        m_activeRecord[key] = id;
        markDirty(id);
        return;
    }
    const int id = a->second;
    Record &r = m_records.at(id);
    set(r, QStringLiteral("value"), value);
    const double peak = r.values.value(QStringLiteral("peak_value")).toDouble();
    if (falling ? value < peak : value > peak)
        set(r, QStringLiteral("peak_value"), value);
    if (t.to == AlarmLevel::None) {
        set(r, QStringLiteral("cleared_at"), at);
        r.active = false;
        m_activeRecord.erase(a);
    } else {
        set(r, QStringLiteral("level"), AlarmLevels::code(t.to));
        if (t.to > t.from) {
            set(r, QStringLiteral("escalated_at"), at);
            if (t.to > AlarmLevels::fromCode(r.values.value(QStringLiteral("peak_level")).toString()))
                set(r, QStringLiteral("peak_level"), AlarmLevels::code(t.to));
            // A higher level needs a new acknowledgement.
            for (const char *k : {"acknowledged_by", "acknowledged_at", "remark"})
                if (!r.values.value(QString::fromLatin1(k)).isNull())
                    set(r, QString::fromLatin1(k), QVariant());
        }
    }
    markDirty(id);
}

bool AlarmEngine::hasChanges() const
{
    return !m_dirty.empty();
}

QList<RowChange> AlarmEngine::takeChanges(QList<int> *records)
{
    QList<RowChange> out;
    for (int id : m_dirty) {
        Record &r = m_records.at(id);
        RowChange c;
        c.table = QStringLiteral("alarms");
        if (r.written) {
            c.kind = RowChange::Kind::Update;
            c.fid = r.fid;
            c.values = r.changed;
        } else {
            c.kind = RowChange::Kind::Insert;
            c.values = r.values;
        }
        r.changed.clear();
        r.dirty = false;
        out.append(c);
        if (records)
            records->append(id);
    }
    m_dirty.clear();
    return out;
}

void AlarmEngine::committed(const QList<int> &records, const QList<qint64> &fids)
{
    for (int i = 0; i < records.size(); ++i) {
        auto it = m_records.find(records[i]);
        if (it == m_records.end())
            continue;
        if (i < fids.size()) {
            it->second.fid = fids[i];
            it->second.written = true;
        }
        if (!it->second.active && !it->second.dirty)
            m_records.erase(it);
    }
}

QHash<QString, double> AlarmEngine::roadDepths() const
{
    QHash<QString, double> out;
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        const SensorInfo s = m_sensors.value(it.key());
        if (s.isDepth() && !s.roadId.isEmpty())
            out.insert(s.roadId, std::max(out.value(s.roadId, 0.0), it->value));
    }
    return out;
}

QHash<qint64, double> AlarmEngine::wallTideOffsets() const
{
    QHash<qint64, double> out;
    const auto ref = m_latest.constFind(m_tideFid);
    if (m_tideFid == 0 || ref == m_latest.cend())
        return out;
    for (const WallSegment &w : m_walls) {
        if (w.tideFid == 0 || w.tideFid == m_tideFid)
            continue;
        const auto own = m_latest.constFind(w.tideFid);
        if (own != m_latest.cend())
            out.insert(w.fid, own->value - ref->value);
    }
    return out;
}

bool AlarmEngine::latestTide(double *m, qint64 *atMs) const
{
    const auto it = m_latest.constFind(tideSensor());
    if (tideSensor() == 0 || it == m_latest.cend())
        return false;
    *m = it->value;
    if (atMs)
        *atMs = it->atMs;
    return true;
}

QList<StoreRow> AlarmEngine::alarmsInForce() const
{
    QList<StoreRow> out;
    for (const auto &[key, id] : m_activeRecord) {
        const Record &r = m_records.at(id);
        out.append(StoreRow{r.fid, r.values});
    }
    return out;
}

double AlarmEngine::rainTotal1h(qint64 sensorFid) const
{
    return m_rainWindows.value(sensorFid).total1h();
}

double AlarmEngine::rainTotal6h(qint64 sensorFid) const
{
    return m_rainWindows.value(sensorFid).total6h();
}

AlarmLevel AlarmEngine::proposedRainstormLevel() const
{
    AlarmLevel out = AlarmLevel::None;
    for (auto it = m_rainWindows.cbegin(); it != m_rainWindows.cend(); ++it)
        out = std::max(out, m_rain.level(it->total1h(), it->total6h()));
    return out;
}

QString alarmSourceLabel(const QString &source)
{
    const char *text = source == QLatin1String("rain_1h")     ? QT_TRANSLATE_NOOP("fc::AlarmListModel", "Rain 1 h")
                       : source == QLatin1String("rain_6h")   ? QT_TRANSLATE_NOOP("fc::AlarmListModel", "Rain 6 h")
                       : source == QLatin1String("freeboard") ? QT_TRANSLATE_NOOP("fc::AlarmListModel", "Freeboard")
                                                              : QT_TRANSLATE_NOOP("fc::AlarmListModel", "Reading");
    return QCoreApplication::translate("fc::AlarmListModel", text);
}

} // namespace fc
