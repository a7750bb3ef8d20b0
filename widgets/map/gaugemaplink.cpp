#include "widgets/map/gaugemaplink.h"
#include "app/core/live/roadnetworkfeed.h"
#include "app/core/live/operation.h"

#include "app/core/live/alarmservice.h"
#include "app/core/district/floodlayers.h"
#include "maps/vectorlayer.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/panels/panel.h"

#include <QDoubleSpinBox>
#include <QMainWindow>

namespace fc {

GaugeMapLink::GaugeMapLink(PanelHost *host, AlarmService *service, QObject *parent)
    : QObject(parent), m_host(host), m_service(service)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(500);
    connect(&m_coalesce, &QTimer::timeout, this, &GaugeMapLink::update);
    connect(service, &AlarmService::readingsChanged, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    // Road states follow the router's network (depths from sensors and incidents).
    if (host && host->operation())
        connect(host->operation()->roads(), &RoadNetworkFeed::depthsChanged, this, [this] {
            if (!m_coalesce.isActive())
                m_coalesce.start();
        });
    // Sensor colours are the alarms in force: a raised or cleared alarm recolours them.
    connect(service, &AlarmService::alarmsChanged, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
}

void GaugeMapLink::update()
{
    MapCanvas *canvas = m_host ? m_host->canvas() : nullptr;
    if (!canvas)
        return;
    const AlarmEngine &e = m_service->engine();
    const bool replay = m_service->isShowingReplay();
    auto sensors = std::make_shared<QHash<QString, FloodLayers::SensorLive>>();
    auto roads = std::make_shared<QHash<QString, FloodLayers::SensorLive>>();
    for (auto it = e.latest().cbegin(); it != e.latest().cend(); ++it) {
        const SensorInfo s = e.sensors().value(it.key());
        FloodLayers::SensorLive live;
        if (s.isRain()) {
            const double h1 = e.rainTotal1h(s.fid);
            live.level = int(m_service->sensorLevel(s.fid)); // the alarm in force, as the list shows it
            live.label = tr("%1 mm/1h").arg(h1, 0, 'f', 1);
        } else {
            live.level = int(m_service->sensorLevel(s.fid)); // the alarm in force, as the list shows it
            const int decimals = s.unit == QLatin1String("m") ? 2 : s.unit == QLatin1String("cm") ? 0 : 1;
            live.label = QStringLiteral("%1 %2").arg(it->value, 0, 'f', decimals).arg(s.unit);
        }
        sensors->insert(s.id, live);
    }
    // Roads: the router's own states (sensor depths, depths reported with incidents, FloodRules), one rule for the
    // map and the dispatch recommendation. While replaying, the depth sensors' state at the replayed time.
    RoadNetworkFeed *feed = m_host->operation() ? m_host->operation()->roads() : nullptr;
    if (!replay && feed && feed->network()) {
        const RoadNetwork &net = *feed->network();
        for (const StoreRow &w : feed->waterloggingRoads()) {
            const qint64 road = net.fidOf(w.values.value(QStringLiteral("road_segment_id")).toString());
            const auto depth = net.depths().constFind(road);
            if (!road || depth == net.depths().cend())
                continue;
            const RoadNetwork::RoadState state = net.state(road);
            roads->insert(w.values.value(QStringLiteral("id")).toString(),
                          {state == RoadNetwork::RoadState::Closed ? 2 : state == RoadNetwork::RoadState::Slowed ? 1 : 0,
                           tr("%1 cm").arg(*depth, 0, 'f', 0)});
        }
    } else if (replay) {
        const FloodRules rules;
        for (auto it = e.latest().cbegin(); it != e.latest().cend(); ++it) {
            const SensorInfo s = e.sensors().value(it.key());
            if (!s.isDepth() || s.roadId.isEmpty())
                continue;
            const RoadNetwork::RoadState state = RoadNetwork::stateOf(it->value, rules);
            const int level = state == RoadNetwork::RoadState::Closed ? 2 : state == RoadNetwork::RoadState::Slowed ? 1 : 0;
            FloodLayers::SensorLive &r = (*roads)[s.roadId];
            if (level >= r.level)
                r = {level, tr("%1 cm").arg(it->value, 0, 'f', 0)};
        }
    }
    const MapTheme theme = canvas->background().lightness() < 128 ? MapTheme::Dark : MapTheme::Light;
    for (MapLayer *ml : canvas->layers()) {
        auto *l = qobject_cast<VectorLayer *>(ml);
        if (!l)
            continue;
        // While replaying, the state at the replay time even when no gauge had reported by then; live and without
        // any reading, the layers' own styles.
        if (l->id() == QLatin1String("sensors")) {
            if (replay || !sensors->isEmpty())
                l->setStyle(FloodLayers::sensorLiveStyle(theme, sensors));
            else if (m_styled)
                l->setStyle(FloodLayers::style(l->id(), theme));
        } else if (l->id() == QLatin1String("waterlogging_roads")) {
            if (replay || !roads->isEmpty())
                l->setStyle(FloodLayers::waterloggingLiveStyle(theme, roads));
            else if (m_styled)
                l->setStyle(FloodLayers::style(l->id(), theme));
        }
    }
    m_styled = replay || !sensors->isEmpty() || !roads->isEmpty();
    // The latest tide reading replaces the hand-typed level (still editable to look ahead at a forecast).
    double tide = 0;
    qint64 at = 0;
    if (e.latestTide(&tide, &at) && m_host->window()) {
        if (auto *box = m_host->window()->findChild<QDoubleSpinBox *>(QStringLiteral("tideLevel"))) {
            if (std::abs(box->value() - tide) > 1e-6)
                box->setValue(tide); // recolours every wall against this (the reference gauge's) level
            // Segments facing another gauge: their own level, as an offset from the reference gauge's.
            auto offsets = std::make_shared<const QHash<qint64, double>>(e.wallTideOffsets());
            if (!offsets->isEmpty()) {
                QList<VectorLayer *> walls;
                for (MapLayer *ml : canvas->layers())
                    if (auto *l = qobject_cast<VectorLayer *>(ml); l && l->id() == QLatin1String("flood_walls"))
                        walls.append(l);
                FloodLayers::applyTide(walls, theme, box->value(), offsets);
            }
            const QString when = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toOffsetFromUtc(8 * 3600).toString(QStringLiteral("MM-dd HH:mm"));
            box->setToolTip(replay ? tr("Replay: Huangpu Park tide reading %1 m at %2 (Beijing time)").arg(tide, 0, 'f', 2).arg(when)
                                   : tr("Latest Huangpu Park tide reading %1 m at %2 (Beijing time); type a value to look ahead")
                                         .arg(tide, 0, 'f', 2)
                                         .arg(when));
        }
    }
}

} // namespace fc
