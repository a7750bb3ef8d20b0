#include "app/core/whatif/whatif.h"

#include "app/core/store/store.h"

#include "maps/webmercator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <ogr_srs_api.h>
#include <cpl_conv.h>

namespace fc {
// The context of this file's user-visible texts.
class WhatIf
{
    Q_DECLARE_TR_FUNCTIONS(fc::WhatIf)
};
} // namespace fc

namespace fc::whatif {

namespace {


constexpr double kPi = 3.14159265358979323846;

QString webMercatorWkt()
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 3857);
    char *wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    return out;
}

// Cell geometry of a north-up grid in its CRS units.
struct GridMap
{
    double x0 = 0, y0 = 0, px = 1;
    int nx = 0, ny = 0;
    explicit GridMap(const flood::RasterGeo &g) : x0(g.originX), y0(g.originY), px(g.pixel), nx(g.nx), ny(g.ny) {}
    double col(double x) const { return (x - x0) / px; }
    double row(double y) const { return (y0 - y) / px; }
    double cx(int i) const { return x0 + (i + 0.5) * px; }
    double cy(int j) const { return y0 - (j + 0.5) * px; }
    bool inside(int i, int j) const { return i >= 0 && j >= 0 && i < nx && j < ny; }
};

// Even-odd fill of one polygon feature (all its rings): visit(cell) for each cell whose centre is inside.
template<typename F>
void fillPolygon(const FeatureStore &fs, int f, const GridMap &g, F &&visit)
{
    const Extent &b = fs.bbox(f);
    const int j0 = std::max(0, int(std::floor(g.row(b.yMax()))) - 1), j1 = std::min(g.ny - 1, int(std::ceil(g.row(b.yMin()))) + 1);
    std::vector<double> xs;
    for (int j = j0; j <= j1; ++j) {
        const double y = g.cy(j);
        xs.clear();
        for (int p = 0; p < fs.partCount(f); ++p) {
            int n = 0;
            const QPointF *pts = fs.part(f, p, &n);
            for (int k = 0; k < n; ++k) {
                const QPointF a = pts[k], c = pts[(k + 1) % n];
                if ((a.y() > y) != (c.y() > y))
                    xs.push_back(a.x() + (y - a.y()) * (c.x() - a.x()) / (c.y() - a.y()));
            }
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
            const int i0 = std::max(0, int(std::ceil(g.col(xs[k]) - 0.5)));
            const int i1 = std::min(g.nx - 1, int(std::floor(g.col(xs[k + 1]) - 0.5)));
            for (int i = i0; i <= i1; ++i)
                visit(std::size_t(j) * g.nx + i);
        }
    }
}

// Cells along a line feature, 4-connected (no diagonal gaps water could pass), plus those whose centre lies within
// `radius` (CRS units) of the line.
template<typename F>
void walkLine(const FeatureStore &fs, int f, const GridMap &g, double radius, F &&visit)
{
    for (int p = 0; p < fs.partCount(f); ++p) {
        int n = 0;
        const QPointF *pts = fs.part(f, p, &n);
        int pi = std::numeric_limits<int>::min(), pj = 0;
        for (int k = 0; k + 1 < n; ++k) {
            const QPointF a = pts[k], b = pts[k + 1];
            const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
            const int steps = std::max(1, int(std::ceil(len / (g.px * 0.25))));
            for (int s = 0; s <= steps; ++s) {
                const double t = double(s) / steps;
                const double x = a.x() + t * (b.x() - a.x()), y = a.y() + t * (b.y() - a.y());
                const int i = int(std::floor(g.col(x))), j = int(std::floor(g.row(y)));
                if (pi != std::numeric_limits<int>::min() && i != pi && j != pj && g.inside(i, pj))
                    visit(std::size_t(pj) * g.nx + i); // close the diagonal
                if (g.inside(i, j))
                    visit(std::size_t(j) * g.nx + i);
                pi = i;
                pj = j;
                if (radius > g.px * 0.5) {
                    const int r = int(std::ceil(radius / g.px));
                    for (int jj = j - r; jj <= j + r; ++jj)
                        for (int ii = i - r; ii <= i + r; ++ii)
                            if (g.inside(ii, jj) && std::hypot(g.cx(ii) - x, g.cy(jj) - y) <= radius)
                                visit(std::size_t(jj) * g.nx + ii);
                }
            }
        }
    }
}

QPointF midPoint(const FeatureStore &fs, int f)
{
    int n = 0;
    const QPointF *pts = fs.part(f, 0, &n);
    if (n == 0)
        return {};
    if (n % 2 == 1)
        return pts[n / 2];
    return (pts[n / 2 - 1] + pts[n / 2]) * 0.5;
}

// Chamfer (3-4) distance in cells from the cells where `from` is set.
std::vector<float> distanceFrom(const std::vector<std::uint8_t> &from, int nx, int ny)
{
    const float big = 1e9f;
    std::vector<float> d(from.size(), big);
    for (std::size_t c = 0; c < from.size(); ++c)
        if (from[c])
            d[c] = 0;
    auto at = [&](int i, int j) -> float & { return d[std::size_t(j) * nx + i]; };
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            float v = at(i, j);
            if (i > 0) v = std::min(v, at(i - 1, j) + 1.0f);
            if (j > 0) v = std::min(v, at(i, j - 1) + 1.0f);
            if (i > 0 && j > 0) v = std::min(v, at(i - 1, j - 1) + 1.4142f);
            if (i + 1 < nx && j > 0) v = std::min(v, at(i + 1, j - 1) + 1.4142f);
            at(i, j) = v;
        }
    for (int j = ny - 1; j >= 0; --j)
        for (int i = nx - 1; i >= 0; --i) {
            float v = at(i, j);
            if (i + 1 < nx) v = std::min(v, at(i + 1, j) + 1.0f);
            if (j + 1 < ny) v = std::min(v, at(i, j + 1) + 1.0f);
            if (i + 1 < nx && j + 1 < ny) v = std::min(v, at(i + 1, j + 1) + 1.4142f);
            if (i > 0 && j + 1 < ny) v = std::min(v, at(i - 1, j + 1) + 1.4142f);
            at(i, j) = v;
        }
    return d;
}

std::shared_ptr<const FeatureStore> layer(const Layers &l, const char *name)
{
    const auto s = l.value(QString::fromLatin1(name));
    return s && s->count() > 0 ? s : nullptr;
}

} // namespace

Layers readLayers(Store &store, QString *error)
{
    const QStringList tables = {QStringLiteral("district_boundary"), QStringLiteral("blocks"), QStringLiteral("river"),
                                QStringLiteral("roads"), QStringLiteral("flood_walls"), QStringLiteral("flood_gates"),
                                QStringLiteral("pumping_stations"), QStringLiteral("sensors"),
                                QStringLiteral("waterlogging_roads")};
    LayerRead read = store.readLayers(tables).result();
    if (!read.ok) {
        if (error)
            *error = read.error;
        return {};
    }
    return read.layers;
}

std::optional<double> latestTide(Store &store)
{
    ReadingQuery q;
    q.sensorKind = QStringLiteral("tide");
    q.latestOnly = true;
    const ReadingBatch b = store.readings(q).result();
    std::optional<double> out;
    for (const Reading &r : b.rows)
        out = out ? std::max(*out, r.value) : r.value;
    return out;
}

bool isDemoDistrict(const Layers &layers)
{
    const auto b = layer(layers, "district_boundary");
    return b && b->count() == 1 && b->attribute(0, QStringLiteral("id")).toString() == QLatin1String("D-01")
           && b->attribute(0, QStringLiteral("name_en")).toString().contains(QLatin1String("Demo District"));
}

flood::RasterGeo districtGrid(const Layers &layers, double cellM)
{
    flood::RasterGeo geo;
    const auto boundary = layer(layers, "district_boundary");
    if (!boundary)
        return geo;
    const Extent e = boundary->extent();
    const double lat0 = WebMercator::toGeo(QPointF(0.5 * (e.xMin() + e.xMax()), 0.5 * (e.yMin() + e.yMax()))).lat;
    geo.pixel = cellM / std::cos(lat0 * kPi / 180.0);
    const double margin = 2 * geo.pixel;
    geo.originX = e.xMin() - margin;
    geo.originY = e.yMax() + margin;
    geo.nx = int(std::ceil((e.xMax() - e.xMin() + 2 * margin) / geo.pixel));
    geo.ny = int(std::ceil((e.yMax() - e.yMin() + 2 * margin) / geo.pixel));
    geo.crsWkt = webMercatorWkt();
    return geo;
}

std::vector<float> demoGround(const Layers &layers, const flood::RasterGeo &geo, std::vector<std::uint8_t> *river,
                              std::vector<std::uint8_t> *inside, std::vector<std::uint8_t> *wall)
{
    const GridMap g(geo);
    const std::size_t n = std::size_t(g.nx) * g.ny;
    // Metres per CRS unit at the grid's middle latitude (Web Mercator).
    const double lat0 = WebMercator::toGeo(QPointF(g.cx(g.nx / 2), g.cy(g.ny / 2))).lat;
    const double m = std::cos(lat0 * kPi / 180.0);
    river->assign(n, 0);
    inside->assign(n, 0);
    wall->assign(n, 0);
    if (const auto b = layer(layers, "district_boundary"))
        for (int f = 0; f < b->count(); ++f)
            fillPolygon(*b, f, g, [&](std::size_t c) { (*inside)[c] = 1; });
    if (const auto r = layer(layers, "river"))
        for (int f = 0; f < r->count(); ++f)
            fillPolygon(*r, f, g, [&](std::size_t c) { (*river)[c] = 1; });
    // Gentle undulation (wavelengths of a few hundred metres to 2 km) around 3.45 m.
    std::vector<float> z(n);
    const std::vector<float> bankDist = distanceFrom(*river, g.nx, g.ny);
    for (int j = 0; j < g.ny; ++j)
        for (int i = 0; i < g.nx; ++i) {
            const double u = i * g.px * m, v = j * g.px * m;
            double h = 3.45 + 0.25 * std::sin(2 * kPi * u / 1700.0 + 0.7) * std::cos(2 * kPi * v / 2300.0 + 0.3)
                       + 0.12 * std::sin(2 * kPi * (u + v) / 900.0);
            // The bank rises towards the river (the old embankments along the Huangpu and Suzhou Creek).
            const double dist = bankDist[std::size_t(j) * g.nx + i] * g.px * m;
            h += 0.9 * std::exp(-dist / 250.0);
            z[std::size_t(j) * g.nx + i] = float(h);
        }
    if (const auto bl = layer(layers, "blocks"))
        for (int f = 0; f < bl->count(); ++f)
            fillPolygon(*bl, f, g, [&](std::size_t c) { z[c] += 0.25f; });
    if (const auto rd = layer(layers, "roads")) {
        std::vector<std::uint8_t> road(n, 0);
        const int lanes = rd->fieldIndex(QStringLiteral("lanes"));
        for (int f = 0; f < rd->count(); ++f) {
            const double halfWidth = std::max(3.0, (lanes >= 0 ? rd->attribute(f, lanes).toDouble() : 2.0) * 1.75);
            walkLine(*rd, f, g, halfWidth / m, [&](std::size_t c) { road[c] = 1; });
        }
        // Streets: the undulating base 0.12 m down, below the blocks they run between.
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                const std::size_t c = std::size_t(j) * g.nx + i;
                if (!road[c])
                    continue;
                const double u = i * g.px * m, v = j * g.px * m;
                const double dist = bankDist[c] * g.px * m;
                z[c] = float(3.45 + 0.25 * std::sin(2 * kPi * u / 1700.0 + 0.7) * std::cos(2 * kPi * v / 2300.0 + 0.3)
                             + 0.12 * std::sin(2 * kPi * (u + v) / 900.0) + 0.9 * std::exp(-dist / 250.0) - 0.12);
            }
    }
    // The recorded low points of the waterlogging-prone roads: dips (sigma 90 m) down to their elevation.
    if (const auto wl = layer(layers, "waterlogging_roads")) {
        const int fLow = wl->fieldIndex(QStringLiteral("low_point_elev_m"));
        for (int f = 0; f < wl->count() && fLow >= 0; ++f) {
            bool ok = false;
            const double low = wl->attribute(f, fLow).toDouble(&ok);
            if (!ok)
                continue;
            const QPointF p = midPoint(*wl, f);
            const double sigma = 90.0 / m;
            const int r = int(std::ceil(3 * sigma / g.px));
            const int ci = int(std::floor(g.col(p.x()))), cj = int(std::floor(g.row(p.y())));
            for (int j = cj - r; j <= cj + r; ++j)
                for (int i = ci - r; i <= ci + r; ++i) {
                    if (!g.inside(i, j))
                        continue;
                    const std::size_t c = std::size_t(j) * g.nx + i;
                    const double d2 = std::pow(g.cx(i) - p.x(), 2) + std::pow(g.cy(j) - p.y(), 2);
                    if (z[c] > low)
                        z[c] = float(z[c] - (z[c] - low) * std::exp(-d2 / (2 * sigma * sigma)));
                }
        }
    }
    for (std::size_t c = 0; c < n; ++c) {
        z[c] = std::clamp(z[c], 2.8f, 4.5f);
        if ((*river)[c] && !(*inside)[c])
            z[c] = 0.5f; // river bed (held at the river level; its depth does not matter to the model)
    }
    // Flood walls at their crest; open gates leave the wall open over their width at ground level.
    if (const auto w = layer(layers, "flood_walls")) {
        const int fCrest = w->fieldIndex(QStringLiteral("crest_m"));
        for (int f = 0; f < w->count(); ++f) {
            const float crest = float(fCrest >= 0 ? w->attribute(f, fCrest).toDouble() : 6.0);
            walkLine(*w, f, g, 0.0, [&](std::size_t c) {
                (*wall)[c] = 1;
                z[c] = std::max(crest, z[c]);
            });
        }
    }
    if (const auto gates = layer(layers, "flood_gates")) {
        const int fState = gates->fieldIndex(QStringLiteral("state")), fWidth = gates->fieldIndex(QStringLiteral("width_m"));
        for (int f = 0; f < gates->count(); ++f) {
            if (fState < 0 || gates->attribute(f, fState).toString() != QLatin1String("open"))
                continue;
            int np = 0;
            const QPointF p = gates->part(f, 0, &np)[0];
            const double half = std::max(g.px * 0.5, (fWidth >= 0 ? gates->attribute(f, fWidth).toDouble() : 6.0) / m * 0.5);
            const int r = int(std::ceil(half / g.px)) + 1;
            const int ci = int(std::floor(g.col(p.x()))), cj = int(std::floor(g.row(p.y())));
            for (int j = cj - r; j <= cj + r; ++j)
                for (int i = ci - r; i <= ci + r; ++i) {
                    if (!g.inside(i, j))
                        continue;
                    const std::size_t c = std::size_t(j) * g.nx + i;
                    if ((*wall)[c] && std::hypot(g.cx(i) - p.x(), g.cy(j) - p.y()) <= half + g.px * 0.71)
                        z[c] = 4.4f; // the gate's sill: the bank's ground
                }
        }
    }
    return z;
}

Result run(const Layers &layers, const Options &o, const std::atomic_bool *cancel,
           const std::function<void(double)> &progress)
{
    QElapsedTimer wall;
    wall.start();
    Result res;
    res.start = o.start.isValid() ? o.start : QDateTime::currentDateTime();
    if (!(o.cellM >= 1.0 && o.cellM <= 200.0)) {
        res.error = WhatIf::tr("the cell size must be between 1 and 200 m");
        return res;
    }
    const auto boundary = layer(layers, "district_boundary");
    const bool model_alone = !boundary;
    if (model_alone && o.demPath.isEmpty()) {
        res.error = WhatIf::tr("the operation has no district boundary: give a DEM (--dem FILE)");
        return res;
    }
    if (!model_alone && o.demPath.isEmpty() && !isDemoDistrict(layers)) {
        res.error = WhatIf::tr("no DEM for this district: give one (--dem FILE; any GDAL raster)");
        return res;
    }
    // The grid.
    flood::RasterGeo geo;
    if (model_alone) {
        QString e;
        if (!flood::rasterInfo(o.demPath, &geo, &e)) {
            res.error = e;
            return res;
        }
        const double w = geo.nx * geo.pixel, h = geo.ny * geo.pixel;
        geo.pixel = o.cellM; // the DEM's CRS is taken to be in metres
        geo.nx = std::max(2, int(std::round(w / o.cellM)));
        geo.ny = std::max(2, int(std::round(h / o.cellM)));
    } else {
        geo = districtGrid(layers, o.cellM);
    }
    if (double(geo.nx) * geo.ny > 4e7) {
        res.error = WhatIf::tr("%1 x %2 cells is too many: give a larger cell size").arg(geo.nx).arg(geo.ny);
        return res;
    }
    res.geo = geo;
    const std::size_t n = std::size_t(geo.nx) * geo.ny;
    const GridMap g(geo);
    flood::Setup s;
    s.nx = geo.nx;
    s.ny = geo.ny;
    s.dx = o.cellM;
    s.threads = o.threads;
    s.snapshotEvery = o.snapshotMinutes > 0 ? o.snapshotMinutes * 60.0 : 0.0;
    s.thresholds = {roadThresholds[0], roadThresholds[1], roadThresholds[2]};
    std::vector<std::uint8_t> river(n, 0), inside(n, 1), wallCells(n, 0);
    if (o.demPath.isEmpty()) {
        s.z = demoGround(layers, geo, &river, &inside, &wallCells);
        res.demSource = WhatIf::tr("generated demo DEM");
    } else {
        QString e;
        if (!flood::readRaster(o.demPath, geo, &s.z, &e)) {
            res.error = e;
            return res;
        }
        res.demSource = o.demPath;
        if (!model_alone) {
            // The district, river and walls from the layers; walls raised to their crest over the DEM (a DEM rarely
            // resolves a wall a metre thick), open gates left at the DEM's ground.
            const std::vector<float> layered = demoGround(layers, geo, &river, &inside, &wallCells);
            for (std::size_t c = 0; c < n; ++c)
                if (wallCells[c] && layered[c] > 4.5f && std::isfinite(s.z[c]))
                    s.z[c] = std::max(s.z[c], layered[c]);
        }
    }
    // Active cells: the district (land) and the river beside it (held at the river level); no data: outside.
    s.active.assign(n, 0);
    s.levelGroup.assign(n, -1);
    for (std::size_t c = 0; c < n; ++c) {
        const bool hasZ = std::isfinite(s.z[c]);
        if (!hasZ) {
            s.z[c] = 0;
            continue;
        }
        if (river[c] && !inside[c] && !wallCells[c]) {
            s.active[c] = 1;
            s.levelGroup[c] = 0;
        } else if (inside[c] || wallCells[c]) {
            s.active[c] = 1;
        }
    }
    res.tideM = o.tide.value_or(3.2);
    const double tide = res.tideM;
    s.levels = {[tide](double) { return tide; }};
    // Drainage: one zone per pumping station (its nearest cells: the network drains to it), each at the network's
    // capacity (the design standard unless given). The stations' pumping capacity is not added on top: it is where
    // the zone's drained water goes.
    const double drain = o.drainMmH.value_or(model_alone ? 0.0 : designDrainMmH);
    res.drainMmH = drain;
    const auto pumps = model_alone ? nullptr : layer(layers, "pumping_stations");
    if (pumps && drain > 0) {
        const int fCap = pumps->fieldIndex(QStringLiteral("capacity_m3s"));
        std::vector<QPointF> at;
        for (int f = 0; f < pumps->count(); ++f) {
            int np = 0;
            at.push_back(pumps->part(f, 0, &np)[0]);
        }
        s.zone.assign(n, -1);
        std::vector<double> zoneArea(at.size(), 0.0);
        for (int j = 0; j < g.ny; ++j)
            for (int i = 0; i < g.nx; ++i) {
                const std::size_t c = std::size_t(j) * g.nx + i;
                if (!s.active[c] || s.levelGroup[c] >= 0)
                    continue;
                int best = 0;
                double bd = 1e300;
                for (std::size_t k = 0; k < at.size(); ++k) {
                    const double d = std::pow(g.cx(i) - at[k].x(), 2) + std::pow(g.cy(j) - at[k].y(), 2);
                    if (d < bd) {
                        bd = d;
                        best = int(k);
                    }
                }
                s.zone[c] = std::int16_t(best);
                zoneArea[std::size_t(best)] += o.cellM * o.cellM;
            }
        for (std::size_t k = 0; k < at.size(); ++k) {
            const double cap = fCap >= 0 ? pumps->attribute(int(k), fCap).toDouble() : 0.0;
            res.zones.append({pumps->attribute(int(k), QStringLiteral("id")).toString(), zoneArea[k] / 1e6,
                              zoneArea[k] > 0 ? cap / zoneArea[k] * 1000.0 * 3600.0 : 0.0});
            s.zoneDrainMmH.push_back(drain);
        }
    } else {
        s.zoneDrainMmH = {drain};
    }
    // Rain.
    if (!o.profileCsv.isEmpty()) {
        QString e;
        const QMap<QString, flood::RainSeries> profile = flood::parseRainProfile(o.profileCsv, o.profileName, &e);
        if (!e.isEmpty()) {
            res.error = e;
            return res;
        }
        if (profile.size() == 1 && profile.firstKey().isEmpty()) {
            s.rain.push_back({profile.first(), {}});
        } else {
            const auto sensors = layer(layers, "sensors");
            std::vector<double> gx, gy;
            for (auto it = profile.begin(); it != profile.end(); ++it) {
                int found = -1;
                for (int f = 0; sensors && f < sensors->count(); ++f)
                    if (sensors->attribute(f, QStringLiteral("id")).toString() == it.key())
                        found = f;
                if (found < 0) {
                    res.error = WhatIf::tr("%1: gauge '%2' is not a sensor of this operation").arg(o.profileName, it.key());
                    return res;
                }
                int np = 0;
                const QPointF p = sensors->part(found, 0, &np)[0];
                gx.push_back(g.col(p.x()));
                gy.push_back(g.row(p.y()));
            }
            const auto w = flood::idwWeights(g.nx, g.ny, gx, gy);
            int k = 0;
            for (auto it = profile.begin(); it != profile.end(); ++it, ++k)
                s.rain.push_back({it.value(), w[std::size_t(k)]});
        }
    } else if (o.rainMm > 0 && o.rainHours > 0) {
        s.rain.push_back({flood::RainSeries::uniform(o.rainMm, o.rainHours), {}});
    } else {
        res.error = WhatIf::tr("no rain: give --rain MM --hours H or --profile FILE.csv");
        return res;
    }
    double rainEnd = 0, rainMax = 0;
    for (const auto &r : s.rain) {
        rainEnd = std::max(rainEnd, r.series.end());
        rainMax = std::max(rainMax, r.series.total() * 1000.0);
    }
    res.rainMm = rainMax;
    res.untilS = o.untilH > 0 ? o.untilH * 3600.0 : rainEnd + 2 * 3600.0;
    // Road cells (centre lines) for the onset times.
    struct RoadCells
    {
        QString id, name;
        std::vector<std::size_t> cells;
    };
    std::vector<RoadCells> roads;
    if (const auto rd = model_alone ? nullptr : layer(layers, "roads")) {
        const int fId = rd->fieldIndex(QStringLiteral("id")), fName = rd->fieldIndex(QStringLiteral("name"));
        for (int f = 0; f < rd->count(); ++f) {
            RoadCells rc;
            rc.id = fId >= 0 ? rd->attribute(f, fId).toString() : QString::number(rd->fid(f));
            rc.name = fName >= 0 ? rd->attribute(f, fName).toString() : QString();
            walkLine(*rd, f, g, 0.0, [&](std::size_t c) {
                if (s.active[c] && s.levelGroup[c] < 0 && !wallCells[c])
                    rc.cells.push_back(c);
            });
            std::sort(rc.cells.begin(), rc.cells.end());
            rc.cells.erase(std::unique(rc.cells.begin(), rc.cells.end()), rc.cells.end());
            if (!rc.cells.empty())
                roads.push_back(std::move(rc));
        }
    }
    for (const RoadCells &rc : roads)
        s.onsetCells.insert(s.onsetCells.end(), rc.cells.begin(), rc.cells.end());
    if (s.onsetCells.empty())
        s.onsetCells.push_back(0); // nothing to watch: keep the per-cell arrays idle
    res.ground = s.z;
    res.mask.assign(n, 0);
    for (std::size_t c = 0; c < n; ++c)
        res.mask[c] = s.active[c] && s.levelGroup[c] < 0;
    flood::FloodModel model(std::move(s));
    std::string why;
    if (!model.valid(&why)) {
        res.error = QString::fromStdString(why);
        return res;
    }
    const double until = res.untilS;
    const bool done = model.run(until, cancel, [&](double t) {
        if (progress)
            progress(std::min(1.0, t / until));
    });
    res.cancelled = !done;
    res.steps = model.steps();
    res.threads = model.threads();
    res.balance = model.balance();
    res.finalDepth = model.depth();
    res.maxDepth = model.maxDepth();
    res.snapshots = model.snapshots();
    for (const RoadCells &rc : roads) {
        RoadForecast r;
        r.id = rc.id;
        r.name = rc.name;
        for (std::size_t c : rc.cells) {
            for (int k = 0; k < 3; ++k) {
                const float t = model.onset(k)[c];
                if (t >= 0 && (r.onsetS[k] < 0 || t < r.onsetS[k]))
                    r.onsetS[k] = t;
            }
            if (model.maxDepth()[c] > r.peakM) {
                r.peakM = model.maxDepth()[c];
                r.peakAtS = model.timeOfMax()[c];
            }
        }
        if (r.onsetS[0] >= 0)
            res.roads.append(r);
    }
    std::stable_sort(res.roads.begin(), res.roads.end(),
                     [](const RoadForecast &a, const RoadForecast &b) { return a.onsetS[0] < b.onsetS[0]; });
    res.wallSeconds = wall.elapsed() / 1000.0;
    res.ok = done;
    if (!done)
        res.error = WhatIf::tr("cancelled");
    return res;
}

} // namespace fc::whatif
