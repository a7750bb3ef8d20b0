#pragma once

#include "app/core/typhoon/typhoon.h"
#include "maps/featurestore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace fc {

class Clock;
class LayerRegistry;
class Store;
class VectorLayer;

// The typhoon on the map: three vector layers (group "Typhoon") kept equal to the store's storms at the clock's
// time (live, or the replay time): tracks coloured by grade with the 24 h / 48 h warning lines and the forecast
// tracks dashed; the wind circles of the current position (four quadrant arcs on the ellipsoid per level) and the
// forecast cone; the track points (time, grade, pressure, wind, source on identify), forecast positions, landfalls
// and the current position. Each storm is shown as it was known at that time (points observed by then and the
// forecast issued by then). Storms are read and the features built on a pool thread; one job at a time.
class TyphoonLayers : public QObject
{
    Q_OBJECT
public:
    static const char LinesId[], AreasId[], PointsId[];
    struct WarningLine
    {
        QString id, name;
        QList<GeoPoint> points;
    };
    struct Built
    {
        std::shared_ptr<const FeatureStore> lines, areas, points;
        int current = 0; // storms with a position at the time
    };
    TyphoonLayers(Store *store, Clock *clock, LayerRegistry *registry, QObject *parent = nullptr);
    ~TyphoonLayers() override;

    // The features at a time (pure; any thread).
    static Built build(const QList<Storm> &storms, const QDateTime &at, const QList<WarningLine> &lines);
    // The warning lines of the bundled data (:/typhoon/warning_lines.json), names in the interface language.
    static QList<WarningLine> warningLines();
    QDateTime shownAt() const { return m_shownAt; }
    // Shows these storms at this time at once, on the calling thread (tools, benchmarks, tests without a store).
    void show(const QList<Storm> &storms, const QDateTime &at);
    int pendingJobs() const { return m_running ? 1 : 0; }

Q_SIGNALS:
    void updated();

private:
    struct Result
    {
        bool loaded = false;
        QList<Storm> storms;
        Built built;
        QDateTime at;
    };
    void request(const QDateTime &at);
    void start();
    void finished();

    QPointer<Store> m_store;
    QPointer<Clock> m_clock;
    QPointer<VectorLayer> m_lines, m_areas, m_points;
    QPointer<LayerRegistry> m_registry;
    QList<Storm> m_storms;
    QList<WarningLine> m_warningLines;
    bool m_dirty = true;
    bool m_running = false;
    QDateTime m_wanted, m_shownAt;
    QFutureWatcher<Result> m_watcher;
};

} // namespace fc
