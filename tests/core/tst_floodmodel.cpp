// The 2D local-inertial flood model against solutions known from outside the code: a lake at rest, the planar
// wave front of Hunter et al. (2005) / Bates et al. (2010), Ritter's dam break, depressions filled to the level their
// hypsometry implies (computed here by a cell sum, independently of the model), fill-and-spill order, and the mass
// balance of a storm. Grids are coarse so the whole test runs in a few seconds.
#include "app/core/forecast/floodinputs.h"
#include "app/core/forecast/floodmodel.h"

#include <QtTest>
#include <cmath>
#include <cstring>

using namespace fc::flood;

namespace {

Setup grid(int nx, int ny, double dx, double n)
{
    Setup s;
    s.nx = nx;
    s.ny = ny;
    s.dx = dx;
    s.n = n;
    s.z.assign(std::size_t(nx) * ny, 0.0f);
    s.active.assign(std::size_t(nx) * ny, 1);
    return s;
}

// The level L at which sum(max(0, L - z)) * area equals `volume` over the cells in `cells` (bisection).
double hypsometricLevel(const std::vector<float> &z, const std::vector<std::size_t> &cells, double area, double volume)
{
    double lo = 1e9, hi = -1e9;
    for (std::size_t c : cells) {
        lo = std::min(lo, double(z[c]));
        hi = std::max(hi, double(z[c]));
    }
    hi += volume / area + 1.0;
    for (int it = 0; it < 200; ++it) {
        const double mid = 0.5 * (lo + hi);
        double v = 0;
        for (std::size_t c : cells)
            v += std::max(0.0, mid - double(z[c])) * area;
        (v < volume ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

double volumeIn(const std::vector<float> &h, const std::vector<std::size_t> &cells, double area)
{
    double v = 0;
    for (std::size_t c : cells)
        v += double(h[c]) * area;
    return v;
}

} // namespace

class TestFloodModel : public QObject
{
    Q_OBJECT
private slots:
    void lakeAtRest();
    void planarFront();
    void ritterDamBreak();
    void depressionFillsToHypsometricLevel();
    void twoDepressionsFillAndSpillInOrder();
    void massBalanceOfAStorm();
    void sameResultWithOneOrTwoThreads();
    void wallHoldsUntilOvertopped();
    void rainProfile();
};

// A still lake over an uneven bed with islands stays still: no spurious velocities (water surface exactly flat).
void TestFloodModel::lakeAtRest()
{
    Setup s = grid(40, 30, 10.0, 0.03);
    const float level = 1.0f;
    s.h0.assign(s.z.size(), 0.0f);
    for (int j = 0; j < s.ny; ++j)
        for (int i = 0; i < s.nx; ++i) {
            const std::size_t c = std::size_t(j) * s.nx + i;
            s.z[c] = float(0.6 * std::sin(i * 0.35) * std::cos(j * 0.27) + 0.3 * ((i * 7 + j * 13) % 5) / 5.0 + 0.2);
            s.h0[c] = std::max(0.0f, level - s.z[c]);
        }
    FloodModel m(s);
    QVERIFY(m.valid());
    QVERIFY(m.run(3600.0));
    double maxQ = 0, maxDev = 0;
    for (float q : m.qx())
        maxQ = std::max(maxQ, double(std::fabs(q)));
    for (float q : m.qy())
        maxQ = std::max(maxQ, double(std::fabs(q)));
    for (std::size_t c = 0; c < s.z.size(); ++c)
        if (s.h0[c] > 0.05f)
            maxDev = std::max(maxDev, std::fabs(double(s.z[c] + m.depth()[c]) - level));
    qInfo("lake at rest: max |q| %.3g m2/s, max level change %.3g m after %lld steps", maxQ, maxDev, m.steps());
    QVERIFY2(maxQ < 1e-6, "spurious discharge in a lake at rest");
    QVERIFY2(maxDev < 1e-5, "the level of a lake at rest moved");
}

// Hunter et al. (2005), used by Bates et al. (2010) for the local-inertial form: over a horizontal, frictional plane a
// front advancing at constant velocity u has the depth h(x, t) = [-7/3 n^2 u^2 (x - u t)]^(3/7); the boundary at x = 0
// holds h(0, t) = (7/3 n^2 u^3 t)^(3/7). n = 0.01, u = 1 m/s, dx = 25 m, compared at t = 3600 s.
void TestFloodModel::planarFront()
{
    const double n = 0.01, u = 1.0, dx = 25.0, T = 3600.0;
    Setup s = grid(200, 3, dx, n);
    s.levelGroup.assign(s.z.size(), -1);
    for (int j = 0; j < s.ny; ++j)
        s.levelGroup[std::size_t(j) * s.nx] = 0;
    s.levels = {[=](double t) { return std::pow(7.0 / 3.0 * n * n * u * u * u * t, 3.0 / 7.0); }};
    s.theta = 1.0; // Bates et al. (2010): the scheme without the q-centred terms on this smooth problem
    FloodModel m(s);
    QVERIFY(m.run(T));
    auto exact = [&](double x) {
        const double a = -7.0 / 3.0 * n * n * u * u * (x - u * T);
        return a > 0 ? std::pow(a, 3.0 / 7.0) : 0.0;
    };
    // Depth behind the front (x from the boundary cell's centre), up to 55 % of the way to the front.
    double worst = 0;
    for (int i = 1; i < s.nx; ++i) {
        const double x = i * dx;
        if (x > 0.55 * u * T)
            break;
        const double he = exact(x), hm = m.depth()[std::size_t(s.nx) + i];
        worst = std::max(worst, std::fabs(hm - he) / he);
    }
    // Front: the first cell (from the boundary) with less than 1 cm of water.
    double front = 0;
    for (int i = 1; i < s.nx; ++i)
        if (m.depth()[std::size_t(s.nx) + i] < 0.01) {
            front = i * dx;
            break;
        }
    const double exactFront = u * T - std::pow(0.01, 7.0 / 3.0) / (7.0 / 3.0 * n * n * u * u);
    qInfo("planar front: worst depth error %.2f %% (x <= 0.55 u t); front (h < 1 cm) at %.0f m, analytic %.0f m (%.1f %%)",
          worst * 100, front, exactFront, 100 * (front - exactFront) / exactFront);
    // Tolerances met honestly: the analytic solution is that of the diffusive wave (no inertia), the model keeps the
    // local acceleration, so water entering from rest lags a little (about 6 % of the volume at t = 3600 s), most of
    // it near the steep front (h ~ (u t - x)^(3/7)), which is also smeared over a few cells. 3 % on the depth over the
    // first 55 % of the wetted length (measured 2.2 %), 8 % on the front position (measured 6 %).
    QVERIFY2(worst < 0.03, "depth behind the planar front off by more than 3 %");
    QVERIFY2(std::fabs(front - exactFront) <= 0.08 * exactFront, "front more than 8 % off");
}

// Ritter's dam break on a dry, frictionless bed: for -c0 t <= x <= 2 c0 t, h = (2 c0 - x/t)^2 / (9 g), c0 = sqrt(g h0).
// The local-inertial form drops the advection term, so it does not have Ritter's rarefaction: its own characteristics
// are +-sqrt(g h) about still water, giving a fan h = x^2 / (g t^2) that ends in a bore, not in Ritter's thinning
// tongue (measured: 23 % of h0 off Ritter's profile even where Ritter's Froude number is below 0.5, and the front at
// about 40 % of 2 c0 t). What it must still get right, and what is asserted: the still reservoir beyond the wave is
// untouched, the disturbance enters it at the shallow-water celerity c0 (the point where the depth first falls 1 %
// below h0, within 25 %: numerical diffusion carries the 1 % drop 3 to 4 cells ahead at dx = 5 m; measured 18 %),
// the front stays between the dam and Ritter's 2 c0 t, and the volume is kept.
void TestFloodModel::ritterDamBreak()
{
    const double h0 = 1.0, dx = 5.0, T = 40.0, g = 9.81, c0 = std::sqrt(g * h0);
    const int nx = 400; // x from -1000 m to 1000 m
    Setup s = grid(nx, 3, dx, 0.0);
    s.h0.assign(s.z.size(), 0.0f);
    for (int j = 0; j < s.ny; ++j)
        for (int i = 0; i < nx / 2; ++i)
            s.h0[std::size_t(j) * nx + i] = float(h0);
    s.hFlow = 1e-4;
    FloodModel m(s);
    QVERIFY(m.run(T));
    auto xOf = [&](int i) { return (i + 0.5) * dx - 1000.0; };
    auto ritter = [&](double x) {
        if (x <= -c0 * T)
            return h0;
        if (x >= 2 * c0 * T)
            return 0.0;
        const double a = 2 * c0 - x / T;
        return a * a / (9 * g);
    };
    double worstRitter = 0, worstStill = 0, volume = 0;
    int upstream = -1, front = -1;
    for (int i = 0; i < nx; ++i) {
        const double x = xOf(i), hm = m.depth()[std::size_t(nx) + i];
        volume += hm * dx;
        if (x > -c0 * T && x < -0.4 * c0 * T)
            worstRitter = std::max(worstRitter, std::fabs(hm - ritter(x)) / h0);
        if (x < -1.5 * c0 * T)
            worstStill = std::max(worstStill, std::fabs(hm - h0) / h0);
        if (upstream < 0 && hm < 0.99 * h0)
            upstream = i;
        if (hm > 1e-3)
            front = i;
    }
    const double upstreamX = xOf(upstream), frontX = xOf(front);
    qInfo("Ritter: depth off Ritter by up to %.1f %% of h0 where Fr < 0.5 (not asserted); still water off by %.2g; "
          "upstream wave at %.1f m (c0 t = %.1f m, %.0f %%); front at %.1f m (Ritter %.1f m, %.0f %%); volume %.6f of %.1f",
          worstRitter * 100, worstStill, upstreamX, -c0 * T, 100 * upstreamX / (-c0 * T), frontX, 2 * c0 * T,
          100 * frontX / (2 * c0 * T), volume, h0 * 1000.0);
    QVERIFY2(worstStill < 1e-4, "the still reservoir beyond the wave moved");
    QVERIFY2(std::fabs(upstreamX / (-c0 * T) - 1.0) < 0.25, "the wave does not enter the reservoir at c0");
    QVERIFY2(frontX > 0 && frontX < 2 * c0 * T, "the front is not between the dam and 2 c0 t");
    QVERIFY2(std::fabs(volume - h0 * 1000.0) < 1e-4, "the dam break lost or made water");
}

// A closed bowl filled by rain settles to the level its volume implies on the DEM's hypsometry.
void TestFloodModel::depressionFillsToHypsometricLevel()
{
    Setup s = grid(40, 40, 10.0, 0.03);
    for (int j = 0; j < s.ny; ++j)
        for (int i = 0; i < s.nx; ++i) {
            const double x = (i + 0.5 - 20) * 10, y = (j + 0.5 - 20) * 10;
            s.z[std::size_t(j) * s.nx + i] =
                float(2.0 + 1.2e-4 * (x * x + 0.6 * y * y) + 0.05 * std::sin(i * 0.9) * std::cos(j * 1.3));
        }
    const double mm = 60.0;
    s.rain.push_back({RainSeries::uniform(mm, 1.0), {}});
    FloodModel m(s);
    QVERIFY(m.run(4 * 3600.0));
    std::vector<std::size_t> all(s.z.size());
    for (std::size_t c = 0; c < all.size(); ++c)
        all[c] = c;
    const double volume = mm / 1000.0 * 1600 * 100.0;
    const double expected = hypsometricLevel(s.z, all, 100.0, volume);
    // The lake's level: the water surface at the deepest cell.
    std::size_t low = 0;
    for (std::size_t c = 0; c < s.z.size(); ++c)
        if (s.z[c] < s.z[low])
            low = c;
    const double level = s.z[low] + m.depth()[low];
    qInfo("depression: level %.4f m, hypsometry %.4f m (error %.1f mm)", level, expected, (level - expected) * 1000);
    QVERIFY2(std::fabs(level - expected) < 0.01, "the lake is not at its hypsometric level within 1 cm");
}

// Two closed depressions joined by a saddle: rain falls on A only. Until A holds its volume below the saddle, B stays
// dry; after, A stands at the saddle's crest and B holds the rest at its own hypsometric level.
void TestFloodModel::twoDepressionsFillAndSpillInOrder()
{
    const int nx = 60, ny = 20;
    const double dx = 10.0, crest = 1.0; // the saddle's lowest point (its middle rows are 1.0 + 2e-4 * 25 m)
    Setup s = grid(nx, ny, dx, 0.03);
    std::vector<std::size_t> cellsA, cellsB;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const std::size_t c = std::size_t(j) * nx + i;
            const double y = (j + 0.5 - 10) * dx;
            double z;
            if (i < 25) { // basin A, bottom 0 m at column 12
                const double x = (i + 0.5 - 12.5) * dx;
                z = 0.0 + 4.0e-5 * (x * x + y * y);
                cellsA.push_back(c);
            } else if (i < 30) { // saddle
                z = crest - 2.0e-4 * 25.0 + 2.0e-4 * y * y;
            } else { // basin B, bottom -1 m at column 45
                const double x = (i + 0.5 - 45) * dx;
                z = -1.0 + 4.0e-5 * (x * x + y * y);
                cellsB.push_back(c);
            }
            s.z[c] = float(z);
        }
    // Capacity of A below the crest, from the DEM alone.
    double capA = 0;
    for (std::size_t c : cellsA)
        capA += std::max(0.0, crest - double(s.z[c])) * dx * dx;
    // Rain on A only: first 60 % of its capacity, then 250 %.
    std::vector<float> onA(s.z.size(), 0.0f);
    for (std::size_t c : cellsA)
        onA[c] = 1.0f;
    const double areaA = cellsA.size() * dx * dx;
    const double mm1 = 0.6 * capA / areaA * 1000.0, mm2 = 1.9 * capA / areaA * 1000.0;
    RainSeries r;
    r.t = {0.0, 3600.0, 5 * 3600.0, 6 * 3600.0};
    r.rate = {mm1 / 1000.0 / 3600.0, 0.0, mm2 / 1000.0 / 3600.0};
    s.rain.push_back({r, onA});
    FloodModel m(s);
    QVERIFY(m.run(5 * 3600.0));
    const double vA1 = volumeIn(m.depth(), cellsA, dx * dx), vB1 = volumeIn(m.depth(), cellsB, dx * dx);
    const double level1 = hypsometricLevel(s.z, cellsA, dx * dx, mm1 / 1000.0 * areaA);
    const std::size_t lowA = std::size_t(10) * nx + 12, lowB = std::size_t(10) * nx + 45;
    const double a1 = s.z[lowA] + m.depth()[lowA];
    QVERIFY(m.run(14 * 3600.0));
    const double vB2 = volumeIn(m.depth(), cellsB, dx * dx);
    const double spilled = (mm1 + mm2) / 1000.0 * areaA - capA;
    const double a2 = s.z[lowA] + m.depth()[lowA], b2 = s.z[lowB] + m.depth()[lowB];
    // B's level from the volume it holds (A's last centimetres still trickle over the broad crest: the discharge over
    // a sill falls as the head^(5/3), so A approaches the crest slowly).
    const double levelB = hypsometricLevel(s.z, cellsB, dx * dx, vB2);
    const double vA2 = volumeIn(m.depth(), cellsA, dx * dx);
    qInfo("saddle: phase 1 A %.4f m (hypsometry %.4f), B holds %.3g m3; phase 2 A %.4f m (crest %.2f), B %.4f m "
          "(hypsometry %.4f), B volume %.1f of %.1f m3 spilled",
          a1, level1, vB1, a2, crest, b2, levelB, vB2, spilled);
    QVERIFY2(vB1 < 1e-6 * vA1, "B got water before A was full");
    QVERIFY2(std::fabs(a1 - level1) < 0.01, "A is not at its hypsometric level before spilling");
    QVERIFY2(a2 >= crest - 0.002 && a2 < crest + 0.05, "A does not stand at the saddle's crest after spilling");
    QVERIFY2(vB2 > 0.9 * spilled, "B did not receive what A could not hold");
    QVERIFY2(std::fabs(vA2 + vB2 - (mm1 + mm2) / 1000.0 * areaA) < 1e-3 * spilled, "water lost between the basins");
    QVERIFY2(std::fabs(b2 - levelB) < 0.01, "B is not at the level its volume implies");
}

// A 6 h storm with drainage, a pump, an open edge and a tidal boundary: the stored water equals rain in (from the
// hyetograph and the wet area, computed here) minus drainage, pumping and outflow plus the boundary's exchange,
// within 0.1 %.
void TestFloodModel::massBalanceOfAStorm()
{
    const int nx = 60, ny = 40;
    const double dx = 10.0;
    Setup s = grid(nx, ny, dx, 0.035);
    s.zone.assign(s.z.size(), 0);
    s.pumpCatchment.assign(s.z.size(), -1);
    s.levelGroup.assign(s.z.size(), -1);
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const std::size_t c = std::size_t(j) * nx + i;
            s.z[c] = float(3.0 - 0.004 * i * dx + 0.2 * std::sin(i * 0.4) * std::sin(j * 0.5));
            if (i > 20 && i < 26 && j > 10 && j < 30)
                s.active[c] = 0; // a building
            s.zone[c] = i < 30 ? 0 : 1;
            if (j > 25 && i > 35)
                s.pumpCatchment[c] = 0;
            if (j == 0 && i > 50)
                s.levelGroup[c] = 0;
        }
    s.zoneDrainMmH = {10.0, 25.0};
    s.pumpCapacity = {0.05};
    s.levels = {[](double t) { return 1.9 + 0.4 * std::sin(t / 3600.0); }};
    s.east = Setup::Edge::Open;
    RainSeries r;
    r.t = {0, 3600, 7200, 10800, 14400, 18000, 21600};
    const double mmh[] = {10, 30, 60, 30, 15, 5};
    double totalMm = 0;
    for (double v : mmh) {
        r.rate.push_back(v / 1000.0 / 3600.0);
        totalMm += v;
    }
    s.rain.push_back({r, {}});
    FloodModel m(s);
    QVERIFY(m.run(6 * 3600.0));
    std::size_t wetCells = 0;
    for (std::size_t c = 0; c < s.z.size(); ++c)
        wetCells += s.active[c] && s.levelGroup[c] < 0;
    const double rainIn = totalMm / 1000.0 * wetCells * dx * dx;
    const Balance b = m.balance();
    const double residual = (b.stored - b.storedStart) - (rainIn - b.drained - b.pumped - b.outflow + b.boundaryIn);
    qInfo("mass: rain %.1f m3 (model %.1f), drained %.1f, pumped %.1f, outflow %.1f, boundary %.1f, stored %.1f -> %.1f; "
          "residual %.4f %% of rain, %lld steps",
          rainIn, b.rain, b.drained, b.pumped, b.outflow, b.boundaryIn, b.storedStart, b.stored,
          100 * residual / rainIn, m.steps());
    QVERIFY(b.drained > 0 && b.pumped > 0 && b.outflow > 0);
    QVERIFY2(b.pumped <= 0.05 * 6 * 3600 * 1.0001, "the pump took more than its capacity");
    QVERIFY2(std::fabs(residual) < 1e-3 * rainIn, "mass balance off by more than 0.1 %");
}

void TestFloodModel::sameResultWithOneOrTwoThreads()
{
    auto make = [](int threads) {
        Setup s = grid(50, 64, 10.0, 0.03);
        for (int j = 0; j < s.ny; ++j)
            for (int i = 0; i < s.nx; ++i)
                s.z[std::size_t(j) * s.nx + i] = float(0.5 * std::sin(i * 0.3) + 0.4 * std::cos(j * 0.2));
        s.rain.push_back({RainSeries::uniform(50, 1), {}});
        s.zoneDrainMmH = {5.0};
        s.threads = threads;
        return s;
    };
    FloodModel one(make(1)), two(make(2));
    QVERIFY(one.run(5400));
    QVERIFY(two.run(5400));
    QCOMPARE(one.steps(), two.steps());
    QVERIFY(std::memcmp(one.depth().data(), two.depth().data(), one.depth().size() * sizeof(float)) == 0);
    QCOMPARE(one.balance().drained, two.balance().drained);
}

// A wall (raised cells at its crest) with the river at a fixed level behind it: no water crosses while the river is
// below the crest; once above, the land floods.
void TestFloodModel::wallHoldsUntilOvertopped()
{
    Setup s = grid(30, 10, 5.0, 0.03);
    s.levelGroup.assign(s.z.size(), -1);
    for (int j = 0; j < s.ny; ++j)
        for (int i = 0; i < s.nx; ++i) {
            const std::size_t c = std::size_t(j) * s.nx + i;
            s.z[c] = i < 5 ? 0.0f : (i == 5 ? 5.0f : 3.0f); // river bed, wall crest 5 m, land 3 m
            if (i < 5)
                s.levelGroup[c] = 0;
        }
    s.levels = {[](double t) { return t < 3600 ? 4.9 : 5.2; }};
    FloodModel m(s);
    QVERIFY(m.run(3590));
    double land = 0;
    for (int j = 0; j < s.ny; ++j)
        for (int i = 6; i < s.nx; ++i)
            land += m.depth()[std::size_t(j) * s.nx + i];
    QCOMPARE(land, 0.0);
    QVERIFY(m.run(7200));
    land = 0;
    for (int j = 0; j < s.ny; ++j)
        for (int i = 6; i < s.nx; ++i)
            land += m.depth()[std::size_t(j) * s.nx + i];
    QVERIFY(land > 1.0);
    const Balance b = m.balance();
    QVERIFY(std::fabs(b.error()) < 1e-4 * b.boundaryIn);
}

void TestFloodModel::rainProfile()
{
    QString e;
    auto p = parseRainProfile("minutes,mm\n30,10\n60,20\n180,30\n", QStringLiteral("p.csv"), &e);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(p.size(), 1);
    const RainSeries &r = p.value(QString());
    QCOMPARE(r.total() * 1000, 60.0);
    QVERIFY(std::fabs(r.depth(0, 45 * 60) * 1000 - 20.0) < 1e-9); // 10 + half of 20
    auto g = parseRainProfile("gauge,minutes,mm\nA,60,10\nB,60,30\n", QStringLiteral("g.csv"), &e);
    QCOMPARE(g.size(), 2);
    QCOMPARE(g.value(QStringLiteral("B")).total() * 1000, 30.0);
    e.clear();
    p = parseRainProfile("minutes,mm\n30,10\n20,5\n", QStringLiteral("bad.csv"), &e);
    QVERIFY(p.isEmpty());
    QVERIFY2(e.startsWith(QLatin1String("bad.csv:3:")), qPrintable(e));
    e.clear();
    parseRainProfile("time,rain\n30,10\n", QStringLiteral("h.csv"), &e);
    QVERIFY2(e.startsWith(QLatin1String("h.csv:1:")), qPrintable(e));
}

QTEST_GUILESS_MAIN(TestFloodModel)
#include "tst_floodmodel.moc"
