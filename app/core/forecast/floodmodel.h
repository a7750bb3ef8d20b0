#pragma once

// A 2D local-inertial shallow-water model on a raster grid (the scheme of Bates, Horritt & Fewtrell 2010 with the
// q-centred theta weighting of de Almeida et al. 2012): water depth per cell, unit discharges on the cell faces,
// Manning friction (semi-implicit), an adaptive time step from the CFL condition, wet/dry fronts without negative
// depths, rain, drainage and pump sinks, obstacles (inactive cells), fixed water levels (the river side of a wall)
// and closed or open raster edges. Knows nothing of the operation: a Setup is a raster and its sources.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace fc::flood {

// Rain at one place as a step function of time: intensity rate[k] (m/s) from t[k] to t[k+1] (s since the start),
// nothing outside [t.front(), t.back()). t.size() == rate.size() + 1.
struct RainSeries
{
    std::vector<double> t;
    std::vector<double> rate;

    // `mm` spread evenly over `hours` from time 0.
    static RainSeries uniform(double mm, double hours);
    // Metres of rain fallen between t0 and t1 (exact for the step function).
    double depth(double t0, double t1) const;
    double total() const { return t.empty() ? 0.0 : depth(t.front(), t.back()); }
    double end() const { return t.empty() ? 0.0 : t.back(); }
};

struct Setup
{
    int nx = 0, ny = 0; // columns, rows; row 0 is the north edge, cell (i, j) is z[j * nx + i]
    double dx = 1.0;    // cell size, metres (square cells)

    std::vector<float> z;          // bed elevation, m (walls and raised ground as they are)
    std::vector<std::uint8_t> active; // 1: water may be here; 0: obstacle or outside the domain (never wet)
    std::vector<float> h0;         // initial depth, m (empty: dry)
    std::vector<float> manning;    // Manning's n per cell (empty: `n` everywhere)
    double n = 0.03;

    // Raster edges: closed (no flow) or open (free outflow at the normal depth for `openSlope`).
    enum class Edge { Closed, Open };
    Edge north = Edge::Closed, south = Edge::Closed, west = Edge::Closed, east = Edge::Closed;
    double openSlope = 0.001;

    // Fixed water levels: cells with levelGroup >= 0 hold the water surface levels[group](t) (m) at every step
    // (a river or the sea behind a wall); what flows in or out of them is counted as boundary exchange.
    std::vector<std::int16_t> levelGroup; // empty: none
    std::vector<std::function<double(double t)>> levels;

    // Rain: each series falls with a weight per cell (empty weight: 1 on every active cell). Nothing falls on
    // fixed-level cells.
    struct Rain
    {
        RainSeries series;
        std::vector<float> weight;
    };
    std::vector<Rain> rain;

    // Drainage: a capacity in mm/h per zone, removed from the surface while water is there.
    std::vector<std::int16_t> zone; // empty: zone 0 everywhere
    std::vector<double> zoneDrainMmH;

    // Pumps: capacity (m3/s) taken from the water standing in their catchment (pumpCatchment[cell] = pump index,
    // -1 none), from each cell in proportion to its water.
    std::vector<std::int16_t> pumpCatchment;
    std::vector<double> pumpCapacity;

    // Scheme parameters.
    double g = 9.81;
    double alpha = 0.7;  // CFL coefficient: dt = alpha * dx / sqrt(g * hmax)
    double theta = 0.7;  // de Almeida et al. 2012 weighting (1: Bates 2010 without the q-centred terms)
    double hFlow = 1e-3; // no flow through a face with less water above its sill than this (m)
    double dtMax = 10.0; // s
    int threads = 0;     // 0: the machine's cores (at most 2 used per band split when the grid is small)

    // Outputs: times each cell first exceeds these depths (m), and depth snapshots every snapshotEvery seconds.
    std::vector<double> thresholds = {0.10, 0.15, 0.25};
    std::vector<std::size_t> onsetCells; // cells whose onset times are kept (empty: every cell)
    double snapshotEvery = 0; // 0: none
};

// Volumes (m3) since the start, for the mass balance: stored - storedStart = rain - drained - pumped - outflow
// + boundaryIn.
struct Balance
{
    double storedStart = 0, stored = 0, rain = 0, drained = 0, pumped = 0, outflow = 0, boundaryIn = 0;
    double error() const { return (stored - storedStart) - (rain - drained - pumped - outflow + boundaryIn); }
};

class FloodModel
{
public:
    explicit FloodModel(Setup setup);
    ~FloodModel();
    FloodModel(const FloodModel &) = delete;
    FloodModel &operator=(const FloodModel &) = delete;

    // Checks the setup; false with a message when the arrays do not match the grid.
    bool valid(std::string *error = nullptr) const;

    // Advances to `until` (s). progress(t) is called from this thread every few steps; a cancel stops at the next
    // step (returns false; the state is that of the last whole step).
    bool run(double until, const std::atomic_bool *cancel = nullptr,
             const std::function<void(double t)> &progress = {});
    // One step of at most maxDt (returns the dt taken).
    double step(double maxDt);

    double time() const;
    long long steps() const;
    double lastDt() const;
    const Setup &setup() const;
    const std::vector<float> &depth() const;
    const std::vector<float> &maxDepth() const;
    const std::vector<float> &timeOfMax() const;            // s; -1 where never wet
    const std::vector<float> &onset(int threshold) const;   // s; -1 where never exceeded (or not watched)
    // Unit discharges (m2/s): x faces (ny rows of nx+1, positive east), y faces (ny+1 rows of nx, positive south).
    const std::vector<float> &qx() const;
    const std::vector<float> &qy() const;
    struct Snapshot
    {
        double t;
        std::vector<float> depth;
    };
    const std::vector<Snapshot> &snapshots() const;
    Balance balance() const;
    int threads() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Inverse-distance weights (power 2) of gauges at (gx, gy) (cell coordinates: column, row, may be fractional) for
// every cell of an nx by ny grid: weights[k][cell], summing to 1 at each cell.
std::vector<std::vector<float>> idwWeights(int nx, int ny, const std::vector<double> &gx, const std::vector<double> &gy);

} // namespace fc::flood
