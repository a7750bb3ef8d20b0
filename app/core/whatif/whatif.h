#pragma once

// What-if forecast of waterlogging for an operation: the flood model (app/core/forecast) set up from the operation's
// layers (district boundary, river, flood walls and gates, pumping stations, rain gauges, roads) and a DEM, run off
// the caller's thread if the caller wishes (no Qt objects, no GUI), with progress and cancel. The roads' onset times
// (first time above 10 / 15 / 25 cm) and peaks come out with the depth rasters.

#include "app/core/forecast/floodinputs.h"
#include "app/core/forecast/floodmodel.h"

#include "maps/featurestore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace fc {

class Store;

namespace whatif {

using Layers = QHash<QString, std::shared_ptr<const FeatureStore>>;

struct Options
{
    // Rain: `rainMm` over `rainHours` evenly, or a profile (see flood::parseRainProfile; with a gauge column the
    // gauges are the operation's rain gauges, spread by inverse-distance weights).
    double rainMm = 0, rainHours = 0;
    QString profileName;
    QByteArray profileCsv;
    std::optional<double> drainMmH; // drainage capacity per zone; default: the design standard (operation), none (DEM alone)
    std::optional<double> tide;     // river level (m); default: the latest tide reading, else 3.2 m
    QString demPath;                // a DEM (any GDAL raster); empty: the demo district's generated DEM
    double cellM = 10;
    double untilH = 0;              // 0: the rain's end plus 2 h
    double snapshotMinutes = 10;
    int threads = 0;
    QDateTime start;                // the forecast's time zero (default: now)
};

// The drainage design standard used when no --drain is given (mm/h): the 1-in-1-year hourly rain the district's
// network is built for.
constexpr double designDrainMmH = 36.0;
// Depth thresholds of the road onset times (m).
constexpr double roadThresholds[3] = {0.10, 0.15, 0.25};

struct RoadForecast
{
    QString id, name;
    double onsetS[3] = {-1, -1, -1}; // seconds from the start; -1: never
    double peakM = 0;
    double peakAtS = -1;
};

struct Result
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    flood::RasterGeo geo;
    std::vector<std::uint8_t> mask;   // 1 where the model computes (land, not river)
    std::vector<float> ground;        // the DEM used (m)
    std::vector<float> finalDepth, maxDepth;
    std::vector<flood::FloodModel::Snapshot> snapshots;
    QList<RoadForecast> roads;        // every road that exceeds the first threshold, earliest first
    flood::Balance balance;
    QString demSource;                // "generated demo DEM" or the file
    double tideM = 0, drainMmH = 0, rainMm = 0, untilS = 0, wallSeconds = 0;
    struct Zone
    {
        QString station;
        double areaKm2 = 0, stationMmH = 0; // the station's capacity spread over its catchment
    };
    QList<Zone> zones; // drainage zones (pumping station catchments)
    long long steps = 0;
    int threads = 0;
    QDateTime start;
};

// Reads the layers a forecast needs from an operation store (blocks until read; call off the GUI thread).
Layers readLayers(Store &store, QString *error);
// The latest tide reading of the operation (metres), if any.
std::optional<double> latestTide(Store &store);
// True when the layers are the bundled demo district's (its DEM can be generated).
bool isDemoDistrict(const Layers &layers);

// Runs the forecast. progress(fraction) is called from the calling thread.
Result run(const Layers &layers, const Options &options, const std::atomic_bool *cancel = nullptr,
           const std::function<void(double fraction)> &progress = {});

// The model grid over the district boundary (Web Mercator, cells of cellM metres at the district's latitude, two
// cells of margin); nx = 0 without a boundary.
flood::RasterGeo districtGrid(const Layers &layers, double cellM);

// The demo district's DEM, generated deterministically from its own geometry on the grid `geo` (Web Mercator):
// ground 2.8-4.5 m rising towards the river bank, blocks 0.25 m above the streets around them, roads 0.12 m below,
// dips to the recorded low points of the waterlogging-prone roads, the river bed at 0.5 m, flood walls at their
// crest height (open gates at ground level).
std::vector<float> demoGround(const Layers &layers, const flood::RasterGeo &geo, std::vector<std::uint8_t> *river,
                              std::vector<std::uint8_t> *inside, std::vector<std::uint8_t> *wall);

} // namespace whatif
} // namespace fc
