#include "app/core/forecast/floodmodel.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

namespace fc::flood {

// ---------------------------------------------------------------------------------------------------------------
// Rain series

RainSeries RainSeries::uniform(double mm, double hours)
{
    RainSeries s;
    if (hours <= 0)
        return s;
    s.t = {0.0, hours * 3600.0};
    s.rate = {mm / 1000.0 / (hours * 3600.0)};
    return s;
}

double RainSeries::depth(double t0, double t1) const
{
    double sum = 0;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
        const double a = std::max(t0, t[k]), b = std::min(t1, t[k + 1]);
        if (b > a)
            sum += rate[k] * (b - a);
    }
    return sum;
}

std::vector<std::vector<float>> idwWeights(int nx, int ny, const std::vector<double> &gx, const std::vector<double> &gy)
{
    const std::size_t k = gx.size();
    std::vector<std::vector<float>> w(k, std::vector<float>(std::size_t(nx) * ny, 0.0f));
    std::vector<double> inv(k);
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const double cx = i + 0.5, cy = j + 0.5;
            double sum = 0;
            int exact = -1;
            for (std::size_t g = 0; g < k; ++g) {
                const double d2 = (cx - gx[g]) * (cx - gx[g]) + (cy - gy[g]) * (cy - gy[g]);
                if (d2 < 1e-12) {
                    exact = int(g);
                    break;
                }
                inv[g] = 1.0 / d2;
                sum += inv[g];
            }
            const std::size_t c = std::size_t(j) * nx + i;
            for (std::size_t g = 0; g < k; ++g)
                w[g][c] = exact >= 0 ? (int(g) == exact ? 1.0f : 0.0f) : float(inv[g] / sum);
        }
    return w;
}

// ---------------------------------------------------------------------------------------------------------------
// A fixed set of threads that run one function over row bands and wait for all of them.

namespace {

class BandPool
{
public:
    explicit BandPool(int n) : m_n(std::max(1, n))
    {
        for (int b = 1; b < m_n; ++b)
            m_threads.emplace_back([this, b] { loop(b); });
    }
    ~BandPool()
    {
        {
            std::lock_guard<std::mutex> l(m_mutex);
            m_stop = true;
            ++m_generation;
        }
        m_wake.notify_all();
        for (auto &t : m_threads)
            t.join();
    }
    int size() const { return m_n; }
    template<typename F>
    void run(F &&f)
    {
        if (m_n == 1) {
            f(0);
            return;
        }
        {
            std::lock_guard<std::mutex> l(m_mutex);
            m_fn = std::function<void(int)>(f);
            m_pending = m_n - 1;
            ++m_generation;
        }
        m_wake.notify_all();
        f(0);
        std::unique_lock<std::mutex> l(m_mutex);
        m_done.wait(l, [this] { return m_pending == 0; });
    }

private:
    void loop(int band)
    {
        unsigned long long seen = 0;
        for (;;) {
            std::function<void(int)> fn;
            {
                std::unique_lock<std::mutex> l(m_mutex);
                m_wake.wait(l, [&] { return m_generation != seen; });
                seen = m_generation;
                if (m_stop)
                    return;
                fn = m_fn;
            }
            fn(band);
            {
                std::lock_guard<std::mutex> l(m_mutex);
                if (--m_pending == 0)
                    m_done.notify_one();
            }
        }
    }
    int m_n;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    std::function<void(int)> m_fn;
    unsigned long long m_generation = 0;
    int m_pending = 0;
    bool m_stop = false;
};

// x^(1/3) for x > 0 without a library call (so the face loops vectorise): a bit-level first guess (within 3.5 %)
// and two Newton steps (relative error below 2e-6; it only scales the friction term).
inline float cbrtPositive(float x)
{
    // Exponent / 3 on the bit pattern, done in float arithmetic so it vectorises without integer division.
    const float bits = float(std::bit_cast<std::int32_t>(x));
    float y = std::bit_cast<float>(std::int32_t(bits * (1.0f / 3.0f)) + 709921077);
    y = (2.0f * y + x / (y * y)) * (1.0f / 3.0f);
    y = (2.0f * y + x / (y * y)) * (1.0f / 3.0f);
    return y;
}

// By value (std::max returns a reference, which keeps the compiler from turning the loops' selects into vector code).
inline float vmax(float a, float b)
{
    return a > b ? a : b;
}
inline float vmin(float a, float b)
{
    return a < b ? a : b;
}
// A select of two values already loaded (a conditional load would keep the loop scalar).
inline float pick(bool c, float a, float b)
{
    return c ? a : b;
}

// The q-centred weighting takes a neighbouring face's discharge only where water flows through it: a closed, dry
// or edge face (exactly zero) counts as the face itself, so walls, the domain's edge and a wet/dry front do not
// drag the discharge towards zero.
inline float sideOr(float neighbour, float self)
{
    return neighbour != 0.0f ? neighbour : self;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

struct FloodModel::Impl
{
    Setup s;
    int nx = 0, ny = 0;
    std::size_t ncell = 0;
    double area = 1;
    std::vector<float> h, qxOld, qxNew, qyOld, qyNew, factor;
    std::vector<float> openX, openY; // 1 where flow may cross the face (x: ny*(nx+1), y: (ny+1)*nx)
    std::vector<float> wet;          // 1 on active cells that are not fixed level
    std::vector<float> n2;           // Manning's n squared per cell
    std::vector<float> drainRate;    // m/s
    std::vector<float> zAdj;         // fixed cells: lowest bed of their free neighbours (for the time step)
    std::vector<std::size_t> fixedCells, fixedStart;
    std::vector<std::size_t> onsetStart; // row j's watched cells start at s.onsetCells[onsetStart[j]] // active fixed-level cells in row order; row j's from fixedStart[j]
    std::vector<float> hMax, tMax;
    std::vector<std::vector<float>> onsets;
    std::vector<Snapshot> snaps;
    // Per-row partial sums (a deterministic reduction whatever the thread count).
    std::vector<double> rowRain, rowDrain, rowOut, rowBoundary, rowPumpVol, rowPumped;
    std::vector<float> rowHmax;
    std::vector<double> levelNow;
    std::vector<double> pumpFrac;
    int npumps = 0;
    double t = 0, dtLast = 0, hmax = 0, nextSnapshot = 0;
    long long nsteps = 0;
    Balance bal;
    std::unique_ptr<BandPool> pool;

    int bandBegin(int b) const { return int(std::int64_t(ny) * b / pool->size()); }
    int bandEnd(int b) const { return int(std::int64_t(ny) * (b + 1) / pool->size()); }
    bool fixedAt(std::size_t c) const { return !s.levelGroup.empty() && s.levelGroup[c] >= 0; }

    void init();
    void applyLevels(double time);
    double computeDt() const;
    // The Courant number used: alpha, but never above the 2D stability bound of the theta scheme. A von Neumann
    // analysis of the linearised scheme for the grid-scale (checkerboard) mode in both directions gives
    // lambda^2 - (1 + A - s) lambda + A = 0 with A = 2 theta - 1 and s = 8 C^2, stable while C <= sqrt(theta / 2)
    // (0.59 for theta = 0.7; 0.71 for theta = 1, Bates et al.'s alpha = 0.7). A lake at rest with alpha = 0.7 and
    // theta = 0.7 grows such a mode from rounding noise, so the bound is kept with a 5 % margin.
    double courant() const { return std::min(s.alpha, 0.95 * std::sqrt(s.theta / 2.0)); }
    void fluxRows(int j0, int j1, float dt);
    void factorRows(int j0, int j1, float dt);
    void continuityRows(int j0, int j1, float dt, const std::vector<double> &rainDepth);
    double doStep(double maxDt);
};

void FloodModel::Impl::init()
{
    nx = s.nx;
    ny = s.ny;
    ncell = std::size_t(nx) * ny;
    area = s.dx * s.dx;
    h = s.h0.empty() ? std::vector<float>(ncell, 0.0f) : s.h0;
    qxOld.assign(std::size_t(ny) * (nx + 1), 0.0f);
    qxNew = qxOld;
    qyOld.assign(std::size_t(ny + 1) * nx, 0.0f);
    qyNew = qyOld;
    factor.assign(ncell, 1.0f);
    wet.assign(ncell, 0.0f);
    n2.assign(ncell, float(s.n * s.n));
    drainRate.assign(ncell, 0.0f);
    zAdj.assign(ncell, std::numeric_limits<float>::max());
    for (std::size_t c = 0; c < ncell; ++c) {
        if (!s.active[c])
            h[c] = 0;
        wet[c] = s.active[c] && !fixedAt(c) ? 1.0f : 0.0f;
        if (!s.manning.empty())
            n2[c] = s.manning[c] * s.manning[c];
        if (wet[c] > 0) {
            const int zid = s.zone.empty() ? 0 : s.zone[c];
            if (zid >= 0 && std::size_t(zid) < s.zoneDrainMmH.size())
                drainRate[c] = float(s.zoneDrainMmH[std::size_t(zid)] / 1000.0 / 3600.0);
        }
    }
    // Faces: open between two active cells unless both hold a fixed level; raster edges when open.
    openX.assign(qxOld.size(), 0.0f);
    openY.assign(qyOld.size(), 0.0f);
    for (int j = 0; j < ny; ++j) {
        for (int i = 0; i <= nx; ++i) {
            float open = 0;
            if (i == 0)
                open = s.west == Setup::Edge::Open && wet[std::size_t(j) * nx] > 0;
            else if (i == nx)
                open = s.east == Setup::Edge::Open && wet[std::size_t(j) * nx + nx - 1] > 0;
            else {
                const std::size_t a = std::size_t(j) * nx + i - 1, b = a + 1;
                open = s.active[a] && s.active[b] && (wet[a] > 0 || wet[b] > 0);
            }
            openX[std::size_t(j) * (nx + 1) + i] = open;
        }
    }
    for (int j = 0; j <= ny; ++j) {
        for (int i = 0; i < nx; ++i) {
            float open = 0;
            if (j == 0)
                open = s.north == Setup::Edge::Open && wet[std::size_t(i)] > 0;
            else if (j == ny)
                open = s.south == Setup::Edge::Open && wet[std::size_t(ny - 1) * nx + i] > 0;
            else {
                const std::size_t a = std::size_t(j - 1) * nx + i, b = a + nx;
                open = s.active[a] && s.active[b] && (wet[a] > 0 || wet[b] > 0);
            }
            openY[std::size_t(j) * nx + i] = open;
        }
    }
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const std::size_t c = std::size_t(j) * nx + i;
            if (!fixedAt(c) || !s.active[c])
                continue;
            auto consider = [&](int ii, int jj) {
                if (ii < 0 || jj < 0 || ii >= nx || jj >= ny)
                    return;
                const std::size_t o = std::size_t(jj) * nx + ii;
                if (wet[o] > 0)
                    zAdj[c] = std::min(zAdj[c], s.z[o]);
            };
            consider(i - 1, j);
            consider(i + 1, j);
            consider(i, j - 1);
            consider(i, j + 1);
        }
    fixedStart.assign(std::size_t(ny) + 1, 0);
    for (int j = 0; j < ny; ++j) {
        fixedStart[std::size_t(j)] = fixedCells.size();
        for (int i = 0; i < nx; ++i) {
            const std::size_t c = std::size_t(j) * nx + i;
            if (s.active[c] && fixedAt(c))
                fixedCells.push_back(c);
        }
    }
    fixedStart[std::size_t(ny)] = fixedCells.size();
    std::sort(s.onsetCells.begin(), s.onsetCells.end());
    s.onsetCells.erase(std::unique(s.onsetCells.begin(), s.onsetCells.end()), s.onsetCells.end());
    while (!s.onsetCells.empty() && s.onsetCells.back() >= ncell)
        s.onsetCells.pop_back();
    onsetStart.assign(std::size_t(ny) + 1, 0);
    for (int r = 0; r <= ny; ++r)
        onsetStart[std::size_t(r)] = std::size_t(
            std::lower_bound(s.onsetCells.begin(), s.onsetCells.end(), std::size_t(r) * nx) - s.onsetCells.begin());
    npumps = int(s.pumpCapacity.size());
    rowRain.assign(ny, 0);
    rowDrain.assign(ny, 0);
    rowOut.assign(ny, 0);
    rowBoundary.assign(ny, 0);
    rowHmax.assign(ny, 0);
    rowPumpVol.assign(std::size_t(ny) * std::max(1, npumps), 0);
    rowPumped.assign(ny, 0);
    pumpFrac.assign(std::max(1, npumps), 0);
    levelNow.assign(s.levels.size(), 0);
    hMax.assign(ncell, 0.0f);
    tMax.assign(ncell, -1.0f);
    onsets.assign(s.thresholds.size(), std::vector<float>(ncell, -1.0f));
    int threads = s.threads > 0 ? s.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, ny / 8 + 1));
    pool = std::make_unique<BandPool>(threads);

    applyLevels(0.0);
    double stored = 0;
    float hm = 0;
    for (std::size_t c = 0; c < ncell; ++c) {
        stored += double(h[c]) * area;
        if (wet[c] > 0)
            hm = std::max(hm, h[c]);
        else if (s.active[c] && zAdj[c] < std::numeric_limits<float>::max())
            hm = std::max(hm, s.z[c] + h[c] - zAdj[c]);
    }
    hmax = hm;
    bal.storedStart = bal.stored = stored;
    for (std::size_t c = 0; c < ncell; ++c)
        if (h[c] > 0) {
            hMax[c] = h[c];
            tMax[c] = 0;
        }
    nextSnapshot = s.snapshotEvery > 0 ? 0.0 : std::numeric_limits<double>::infinity();
    if (s.snapshotEvery > 0) {
        snaps.push_back({0.0, h});
        nextSnapshot = s.snapshotEvery;
    }
}

void FloodModel::Impl::applyLevels(double time)
{
    if (s.levelGroup.empty())
        return;
    for (std::size_t g = 0; g < s.levels.size(); ++g)
        levelNow[g] = s.levels[g] ? s.levels[g](time) : 0.0;
    for (std::size_t c = 0; c < ncell; ++c)
        if (s.levelGroup[c] >= 0 && s.active[c])
            h[c] = float(std::max(0.0, levelNow[std::size_t(s.levelGroup[c])] - double(s.z[c])));
}

double FloodModel::Impl::computeDt() const
{
    if (hmax <= 1e-9)
        return s.dtMax;
    return std::min(s.dtMax, courant() * s.dx / std::sqrt(s.g * hmax));
}

// Face discharges at the new time (de Almeida et al. 2012, eq. 10 with the friction term of Bates et al. 2010):
//   q_new = (theta q + (1 - theta)/2 (q_prev + q_next) - g hf dt dEta/dx) / (1 + g dt n^2 |q| / hf^(7/3))
// with hf = max(eta_a, eta_b) - max(z_a, z_b), the water that can flow over the higher of the two beds.
namespace {
// One row of faces between the cells a[] and b[] (interior faces only).
inline void faceRow(int count, const float *__restrict za, const float *__restrict ha, const float *__restrict zb,
                    const float *__restrict hb, const float *__restrict n2a, const float *__restrict n2b,
                    const float *__restrict q, const float *__restrict qPrev, const float *__restrict qNext,
                    const float *__restrict open, float *__restrict out, float th, float side, float gdt, float invdx,
                    float hmin)
{
    for (int i = 0; i < count; ++i) {
        const float ea = za[i] + ha[i], eb = zb[i] + hb[i];
        const float hf = vmax(ea, eb) - vmax(za[i], zb[i]);
        const float hs = vmax(hf, hmin);
        const float q0 = q[i];
        const float qp = qPrev[i] != 0.0f ? qPrev[i] : q0;
        const float qn = qNext[i] != 0.0f ? qNext[i] : q0;
        const float qc = th * q0 + side * (qp + qn);
        const float nn = 0.5f * (n2a[i] + n2b[i]);
        const float hs73 = hs * hs * cbrtPositive(hs);
        const float val = (qc - gdt * hs * (eb - ea) * invdx) / (1.0f + gdt * nn * std::fabs(q0) / hs73);
        out[i] = (hf > hmin ? val : 0.0f) * open[i];
    }
}

// Free outflow at a raster edge: Manning's normal depth discharge for the edge slope, outward (sign).
inline float edgeOutflow(float d, float n2, float open, float sqrtSlope, float hmin, float sign)
{
    return (d > hmin && open > 0) ? sign * d * cbrtPositive(d * d) * sqrtSlope / std::sqrt(n2) : 0.0f;
}
} // namespace

void FloodModel::Impl::fluxRows(int j0, int j1, float dt)
{
    const float g = float(s.g), th = float(s.theta), side = float((1.0 - s.theta) * 0.5), invdx = float(1.0 / s.dx);
    const float hmin = float(s.hFlow), gdt = g * dt, sq = float(std::sqrt(s.openSlope));
    const float *z = s.z.data();
    const float *hh = h.data();
    const float *nn = n2.data();
    const int W = nx + 1;
    for (int j = j0; j < j1; ++j) {
        const std::size_t row = std::size_t(j) * nx;
        const float *qo = qxOld.data() + std::size_t(j) * W;
        float *qn = qxNew.data() + std::size_t(j) * W;
        const float *op = openX.data() + std::size_t(j) * W;
        // x faces 1..nx-1 between cells i-1 and i; neighbours along x are faces i-1 and i+1.
        faceRow(nx - 1, z + row, hh + row, z + row + 1, hh + row + 1, nn + row, nn + row + 1, qo + 1, qo, qo + 2,
                op + 1, qn + 1, th, side, gdt, invdx, hmin);
        qn[0] = edgeOutflow(hh[row], nn[row], op[0], sq, hmin, -1.0f);
        qn[nx] = edgeOutflow(hh[row + nx - 1], nn[row + nx - 1], op[nx], sq, hmin, 1.0f);
        // y faces: face j lies between row j-1 (north) and row j; positive southward.
        const float *qyo = qyOld.data() + std::size_t(j) * nx;
        float *qyn = qyNew.data() + std::size_t(j) * nx;
        const float *opy = openY.data() + std::size_t(j) * nx;
        if (j == 0) {
            for (int i = 0; i < nx; ++i)
                qyn[i] = edgeOutflow(hh[i], nn[i], opy[i], sq, hmin, -1.0f);
        } else {
            faceRow(nx, z + row - nx, hh + row - nx, z + row, hh + row, nn + row - nx, nn + row, qyo, qyo - nx,
                    qyo + nx, opy, qyn, th, side, gdt, invdx, hmin);
        }
        if (j == ny - 1) {
            float *qs = qyNew.data() + std::size_t(ny) * nx;
            const float *ops = openY.data() + std::size_t(ny) * nx;
            for (int i = 0; i < nx; ++i)
                qs[i] = edgeOutflow(hh[row + i], nn[row + i], ops[i], sq, hmin, 1.0f);
        }
    }
}

// The share of its planned outflow a cell can give without going below zero (fixed-level cells give all).
void FloodModel::Impl::factorRows(int j0, int j1, float dt)
{
    const float k = float(dt / s.dx);
    const int W = nx + 1;
    for (int j = j0; j < j1; ++j) {
        const std::size_t row = std::size_t(j) * nx;
        const float *qx = qxNew.data() + std::size_t(j) * W;
        const float *qn = qyNew.data() + std::size_t(j) * nx;
        const float *qs = qyNew.data() + std::size_t(j + 1) * nx;
        for (int i = 0; i < nx; ++i) {
            const std::size_t c = row + i;
            const float out = k * (std::max(0.0f, -qx[i]) + std::max(0.0f, qx[i + 1]) + std::max(0.0f, -qn[i])
                                   + std::max(0.0f, qs[i]));
            const float hc = h[c];
            const float f = out > hc ? hc / out : 1.0f;
            factor[c] = wet[c] > 0 ? f : 1.0f;
        }
    }
}

// New depths: h += dt/dx (inflow - outflow) + rain, then drainage; the limited face discharges are kept (in the
// old buffers) for the next step; per-row sums for the balance and the time step. The cell loops are written for
// the vectoriser (selects, no calls); the few fixed-level cells of a row are handled after them.
namespace {
inline void cellRow(int nx, const float *__restrict qxKeep, const float *__restrict qnKeep,
                    const float *__restrict qsKeep, const float *__restrict rRow, const float *__restrict drainRow,
                    const float *__restrict wetRow, float *__restrict hRow, float *__restrict hnRow,
                    float *__restrict drRow, float *__restrict hMaxRow, float *__restrict tMaxRow, float k, float dt,
                    float tEnd)
{
    for (int i = 0; i < nx; ++i) {
        const float dh = k * (qxKeep[i] - qxKeep[i + 1] + qnKeep[i] - qsKeep[i]);
        const float h0 = hRow[i];
        float hn = vmax(0.0f, h0 + dh + rRow[i]);
        const float dr = vmin(hn, drainRow[i] * dt);
        hn -= dr;
        const float w = wetRow[i];
        hnRow[i] = hn * w;
        drRow[i] = dr;
        hRow[i] = pick(w > 0, hn, h0);
        const float hw = hn * w, hmOld = hMaxRow[i];
        tMaxRow[i] = pick(hw > hmOld, tEnd, tMaxRow[i]);
        hMaxRow[i] = vmax(hw, hmOld);
    }
}
} // namespace

void FloodModel::Impl::continuityRows(int j0, int j1, float dt, const std::vector<double> &rainDepth)
{
    const float k = float(dt / s.dx);
    const int W = nx + 1;
    const float tEnd = float(t + dt);
    const std::size_t nrain = s.rain.size();
    float uniformRain = 0;
    for (std::size_t g = 0; g < nrain; ++g)
        if (s.rain[g].weight.empty())
            uniformRain += float(rainDepth[g]);
    std::vector<float> scratch(std::size_t(4) * nx);
    float *__restrict hnRow = scratch.data();
    float *__restrict rRow = hnRow + nx;
    float *__restrict drRow = rRow + nx;
    float *__restrict qsKeep = drRow + nx;
    for (int j = j0; j < j1; ++j) {
        const std::size_t row = std::size_t(j) * nx;
        const float *__restrict qx = qxNew.data() + std::size_t(j) * W;
        const float *__restrict qn = qyNew.data() + std::size_t(j) * nx;
        const float *__restrict qs = qyNew.data() + std::size_t(j + 1) * nx;
        float *__restrict qxKeep = qxOld.data() + std::size_t(j) * W;
        float *__restrict qnKeep = qyOld.data() + std::size_t(j) * nx;
        const float *__restrict f = factor.data() + row;
        const float *__restrict wetRow = wet.data() + row;
        const float *__restrict drainRow = drainRate.data() + row;
        float *__restrict hRow = h.data() + row;
        // Limited discharges: each face scaled by the factor of the cell it drains (the same value for both cells).
        qxKeep[0] = qx[0] * (qx[0] > 0 ? 1.0f : f[0]);
        for (int i = 1; i < nx; ++i)
            qxKeep[i] = qx[i] * pick(qx[i] > 0, f[i - 1], f[i]);
        qxKeep[nx] = qx[nx] * (qx[nx] > 0 ? f[nx - 1] : 1.0f);
        if (j > 0) {
            const float *__restrict fNorth = factor.data() + row - nx;
            for (int i = 0; i < nx; ++i)
                qnKeep[i] = qn[i] * pick(qn[i] > 0, fNorth[i], f[i]);
        } else {
            for (int i = 0; i < nx; ++i)
                qnKeep[i] = qn[i] * pick(qn[i] > 0, 1.0f, f[i]);
        }
        // The south faces belong to the next row's band: their limited values computed here with the same
        // arithmetic.
        if (j + 1 < ny) {
            const float *__restrict fSouth = factor.data() + row + nx;
            for (int i = 0; i < nx; ++i)
                qsKeep[i] = qs[i] * pick(qs[i] > 0, f[i], fSouth[i]);
        } else {
            for (int i = 0; i < nx; ++i)
                qsKeep[i] = qs[i] * pick(qs[i] > 0, f[i], 1.0f);
        }
        for (int i = 0; i < nx; ++i)
            rRow[i] = uniformRain * wetRow[i];
        for (std::size_t g = 0; g < nrain; ++g) {
            if (s.rain[g].weight.empty())
                continue;
            const float rg = float(rainDepth[g]);
            const float *__restrict w = s.rain[g].weight.data() + row;
            for (int i = 0; i < nx; ++i)
                rRow[i] += rg * w[i] * wetRow[i];
        }
        // hnRow holds the new depth on free cells and 0 elsewhere (fixed cells: see below).
        cellRow(nx, qxKeep, qnKeep, qsKeep, rRow, drainRow, wetRow, hRow, hnRow, drRow, hMax.data() + row,
                tMax.data() + row, k, dt, tEnd);
        if (s.onsetCells.empty()) {
            for (std::size_t th = 0; th < onsets.size(); ++th) {
                float *__restrict on = onsets[th].data() + row;
                const float thr = float(s.thresholds[th]);
                for (int i = 0; i < nx; ++i)
                    on[i] = pick((on[i] < 0) & (hnRow[i] > thr), tEnd, on[i]);
            }
        } else {
            for (std::size_t idx = onsetStart[std::size_t(j)]; idx < onsetStart[std::size_t(j) + 1]; ++idx) {
                const std::size_t c = s.onsetCells[idx];
                const float hn = hnRow[c - row];
                for (std::size_t th = 0; th < onsets.size(); ++th)
                    if (onsets[th][c] < 0 && hn > float(s.thresholds[th]))
                        onsets[th][c] = tEnd;
            }
        }
        // Row sums in float lanes of 8 (vectorised; a row is at most a few thousand cells), then in double.
        float rainL[8] = {}, drainL[8] = {}, hmL[8] = {};
        int i8 = 0;
        for (; i8 + 8 <= nx; i8 += 8)
            for (int l = 0; l < 8; ++l) {
                rainL[l] += rRow[i8 + l];
                drainL[l] += drRow[i8 + l];
                hmL[l] = vmax(hmL[l], hnRow[i8 + l]);
            }
        double rain = 0, drained = 0, out = 0, boundary = 0;
        float hm = 0;
        for (int l = 0; l < 8; ++l) {
            rain += rainL[l];
            drained += drainL[l];
            hm = vmax(hm, hmL[l]);
        }
        for (; i8 < nx; ++i8) {
            rain += rRow[i8];
            drained += drRow[i8];
            hm = vmax(hm, hnRow[i8]);
        }
        // Fixed level: reset, and count what the boundary gave or took.
        if (!fixedCells.empty()) {
            for (std::size_t idx = fixedStart[std::size_t(j)]; idx < fixedStart[std::size_t(j) + 1]; ++idx) {
                const std::size_t c = fixedCells[idx];
                const float level = float(levelNow[std::size_t(s.levelGroup[c])]);
                const float hf = vmax(0.0f, level - s.z[c]);
                const std::size_t i = c - row;
                const float hn = vmax(0.0f, h[c] + k * (qxKeep[i] - qxKeep[i + 1] + qnKeep[i] - qsKeep[i]));
                boundary += double(hf) - double(hn);
                h[c] = hf;
                if (zAdj[c] < std::numeric_limits<float>::max())
                    hm = vmax(hm, level - zAdj[c]);
            }
        }
        // Raster edge outflow (edge faces carry only outflow).
        out += -double(qxKeep[0]) + double(qxKeep[nx]);
        if (j == 0)
            for (int i = 0; i < nx; ++i)
                out += -double(qnKeep[i]);
        if (j == ny - 1)
            for (int i = 0; i < nx; ++i)
                out += double(qs[i] * f[i]);
        rowRain[j] = rain * area;
        rowDrain[j] = drained * area;
        rowOut[j] = out * dt * s.dx;
        rowBoundary[j] = boundary * area;
        rowHmax[j] = hm;
        if (npumps > 0) {
            double *pv = rowPumpVol.data() + std::size_t(j) * npumps;
            std::fill(pv, pv + npumps, 0.0);
            for (int i = 0; i < nx; ++i) {
                const int p = s.pumpCatchment[row + i];
                if (p >= 0 && p < npumps && wet[row + i] > 0)
                    pv[p] += double(h[row + i]) * area;
            }
        }
    }
    // Keep the south edge's limited values too (the last band owns them).
    if (j1 == ny) {
        const float *qs = qyNew.data() + std::size_t(ny) * nx;
        float *keep = qyOld.data() + std::size_t(ny) * nx;
        const float *f = factor.data() + std::size_t(ny - 1) * nx;
        for (int i = 0; i < nx; ++i)
            keep[i] = qs[i] * (qs[i] > 0 ? f[i] : 1.0f);
    }
}

double FloodModel::Impl::doStep(double maxDt)
{
    double dt = std::min(computeDt(), maxDt);
    if (dt <= 0)
        return 0;
    std::vector<double> rainDepth(s.rain.size());
    for (std::size_t g = 0; g < s.rain.size(); ++g)
        rainDepth[g] = s.rain[g].series.depth(t, t + dt);
    for (std::size_t g = 0; g < s.levels.size(); ++g)
        levelNow[g] = s.levels[g] ? s.levels[g](t + dt) : 0.0;
    const float fdt = float(dt);
    pool->run([&](int b) { fluxRows(bandBegin(b), bandEnd(b), fdt); });
    pool->run([&](int b) { factorRows(bandBegin(b), bandEnd(b), fdt); });
    pool->run([&](int b) { continuityRows(bandBegin(b), bandEnd(b), fdt, rainDepth); });
    double rain = 0, drained = 0, out = 0, boundary = 0;
    float hm = 0;
    for (int j = 0; j < ny; ++j) {
        rain += rowRain[j];
        drained += rowDrain[j];
        out += rowOut[j];
        boundary += rowBoundary[j];
        hm = std::max(hm, rowHmax[j]);
    }
    if (npumps > 0) {
        bool any = false;
        for (int p = 0; p < npumps; ++p) {
            double v = 0;
            for (int j = 0; j < ny; ++j)
                v += rowPumpVol[std::size_t(j) * npumps + p];
            pumpFrac[p] = v > 0 ? std::min(1.0, s.pumpCapacity[p] * dt / v) : 0.0;
            any = any || pumpFrac[p] > 0;
        }
        if (any) {
            pool->run([&](int b) {
                for (int j = bandBegin(b); j < bandEnd(b); ++j) {
                    double taken = 0;
                    const std::size_t row = std::size_t(j) * nx;
                    for (int i = 0; i < nx; ++i) {
                        const int p = s.pumpCatchment[row + i];
                        if (p < 0 || p >= npumps || wet[row + i] <= 0)
                            continue;
                        const float d = float(double(h[row + i]) * pumpFrac[p]);
                        h[row + i] -= d;
                        taken += d;
                    }
                    rowPumped[j] = taken * area;
                }
            });
            double pumped = 0;
            for (int j = 0; j < ny; ++j)
                pumped += rowPumped[j];
            bal.pumped += pumped;
        }
    }
    bal.rain += rain;
    bal.drained += drained;
    bal.outflow += out;
    bal.boundaryIn += boundary;
    hmax = hm;
    t += dt;
    dtLast = dt;
    ++nsteps;
    if (t >= nextSnapshot - 1e-9) {
        snaps.push_back({t, h});
        nextSnapshot += s.snapshotEvery;
    }
    return dt;
}

// ---------------------------------------------------------------------------------------------------------------

FloodModel::FloodModel(Setup setup) : d(std::make_unique<Impl>())
{
    d->s = std::move(setup);
    if (valid())
        d->init();
}

FloodModel::~FloodModel() = default;

bool FloodModel::valid(std::string *error) const
{
    const Setup &s = d->s;
    const std::size_t n = std::size_t(std::max(0, s.nx)) * std::max(0, s.ny);
    auto fail = [&](const char *m) {
        if (error)
            *error = m;
        return false;
    };
    if (s.nx < 2 || s.ny < 2 || !(s.dx > 0))
        return fail("the grid needs at least 2 x 2 cells and a positive cell size");
    if (s.z.size() != n || s.active.size() != n)
        return fail("the bed and the active mask must have one value per cell");
    if ((!s.h0.empty() && s.h0.size() != n) || (!s.manning.empty() && s.manning.size() != n)
        || (!s.levelGroup.empty() && s.levelGroup.size() != n) || (!s.zone.empty() && s.zone.size() != n)
        || (!s.pumpCatchment.empty() && s.pumpCatchment.size() != n))
        return fail("a per-cell array does not match the grid");
    if (!s.pumpCapacity.empty() && s.pumpCatchment.empty())
        return fail("pumps need a catchment raster");
    for (const auto &r : s.rain)
        if ((!r.weight.empty() && r.weight.size() != n)
            || (r.series.t.size() != r.series.rate.size() + 1 && !(r.series.t.empty() && r.series.rate.empty())))
            return fail("a rain series or its weights do not match");
    if (!s.levelGroup.empty())
        for (std::int16_t g : s.levelGroup)
            if (g >= 0 && std::size_t(g) >= s.levels.size())
                return fail("a fixed-level cell names a level that is not given");
    return true;
}

bool FloodModel::run(double until, const std::atomic_bool *cancel, const std::function<void(double)> &progress)
{
    if (!d->pool)
        return false;
    long long sinceReport = 0;
    while (d->t < until - 1e-9) {
        if (cancel && cancel->load())
            return false;
        double maxDt = until - d->t;
        if (d->nextSnapshot > d->t)
            maxDt = std::min(maxDt, d->nextSnapshot - d->t);
        d->doStep(maxDt);
        if (progress && ++sinceReport >= 50) {
            sinceReport = 0;
            progress(d->t);
        }
    }
    if (progress)
        progress(d->t);
    return true;
}

double FloodModel::step(double maxDt)
{
    return d->pool ? d->doStep(maxDt) : 0.0;
}

double FloodModel::time() const { return d->t; }
long long FloodModel::steps() const { return d->nsteps; }
double FloodModel::lastDt() const { return d->dtLast; }
const Setup &FloodModel::setup() const { return d->s; }
const std::vector<float> &FloodModel::depth() const { return d->h; }
const std::vector<float> &FloodModel::maxDepth() const { return d->hMax; }
const std::vector<float> &FloodModel::timeOfMax() const { return d->tMax; }
const std::vector<float> &FloodModel::onset(int threshold) const { return d->onsets.at(std::size_t(threshold)); }
const std::vector<float> &FloodModel::qx() const { return d->qxOld; }
const std::vector<float> &FloodModel::qy() const { return d->qyOld; }
const std::vector<FloodModel::Snapshot> &FloodModel::snapshots() const { return d->snaps; }
int FloodModel::threads() const { return d->pool ? d->pool->size() : 0; }

Balance FloodModel::balance() const
{
    Balance b = d->bal;
    double stored = 0;
    for (float v : d->h)
        stored += double(v) * d->area;
    b.stored = stored;
    return b;
}

} // namespace fc::flood
