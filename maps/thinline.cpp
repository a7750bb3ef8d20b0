#include "maps/thinline.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace fc {

bool ThinLine::supports(const QImage &image)
{
    return !image.isNull()
           && (image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_RGB32);
}

ThinLine::ThinLine(QImage &image, const QColor &color, double width)
    : m_bits(image.bits()), m_bpl(image.bytesPerLine()), m_w(image.width()), m_h(image.height())
{
    const quint32 c = qPremultiply(color.rgba());
    const quint32 scale = quint32(std::clamp(int(256 * width), 0, 256));
    m_color = 0;
    for (int shift = 0; shift < 32; shift += 8)
        m_color |= ((((c >> shift) & 0xff) * scale) >> 8) << shift;
}

void ThinLine::polyline(const QPointF *p, int n, bool caps)
{
    if (n < 2)
        return;
    if (p[0] == p[n - 1])
        caps = false; // closed: Qt draws no caps
    for (int k = 1; k < n; ++k)
        segment(p[k - 1].x(), p[k - 1].y(), p[k].x(), p[k].y(), caps && k == 1, caps && k == n - 1);
}

void ThinLine::ring(const QPointF *p, int n)
{
    if (n < 2)
        return;
    for (int k = 1; k < n; ++k)
        segment(p[k - 1].x(), p[k - 1].y(), p[k].x(), p[k].y(), false, false);
    if (p[n - 1] != p[0])
        segment(p[n - 1].x(), p[n - 1].y(), p[0].x(), p[0].y(), false, false);
}

namespace {

// floor() for values well inside int's range (std::floor is a library call without SSE4.1).
int ifloor(double v)
{
    const int i = int(v);
    return i - (double(i) > v);
}

// Clips the segment to the square [-limit, limit]^2 (Liang-Barsky), dropping a cap at a clipped
// end. False when nothing is left.
bool clipToSquare(double &x1, double &y1, double &x2, double &y2, bool &capBegin, bool &capEnd, double limit)
{
    double t0 = 0, t1 = 1;
    const double dx = x2 - x1, dy = y2 - y1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {x1 + limit, limit - x1, y1 + limit, limit - y1};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] < 0)
                return false;
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t0 > t1)
        return false;
    if (t1 < 1) {
        x2 = x1 + t1 * dx, y2 = y1 + t1 * dy;
        capEnd = false;
    }
    if (t0 > 0) {
        x1 += t0 * dx, y1 += t0 * dy;
        capBegin = false;
    }
    return true;
}

} // namespace

void ThinLine::segment(double x1, double y1, double x2, double y2, bool capBegin, bool capEnd)
{
    if (!std::isfinite(x1) || !std::isfinite(y1) || !std::isfinite(x2) || !std::isfinite(y2))
        return;
    // Far-away ends (a long line of a zoomed-in view) are cut at a million pixels from the image:
    // the arithmetic below then stays in range.
    constexpr double Far = 1 << 20;
    if (std::abs(x1) > Far || std::abs(y1) > Far || std::abs(x2) > Far || std::abs(y2) > Far)
        if (!clipToSquare(x1, y1, x2, y2, capBegin, capEnd, Far))
            return;
    // Positions to 1/64 of a pixel, as Qt's stroker takes them (rounded down, not towards zero: the
    // same pixels whatever the image's origin).
    auto q = [](double v) { return double(ifloor(v * 64.0)) / 64.0; };
    x1 = q(x1), y1 = q(y1), x2 = q(x2), y2 = q(y2);
    const double dx = x2 - x1, dy = y2 - y1;
    if (std::abs(dx) >= std::abs(dy)) {
        if (dx != 0)
            run<false>(x1, y1, x2, y2, capBegin, capEnd);
    } else {
        run<true>(y1, x1, y2, x2, capBegin, capEnd);
    }
}

// One segment along its major axis a (x, or y when Vertical), b the minor axis: for every pixel
// column c of the major axis the segment crosses, the line's b at the column's centre, less half a
// pixel, splits the column's coverage between the two pixels around it. The first and last columns
// are covered in proportion to the part of the column the segment spans (so consecutive segments
// of a polyline share their vertex's column without blending it twice over). b steps in 16.16
// fixed point from the segment's first column, so a band of the image gets the same values as the
// whole image.
template<bool Vertical>
void ThinLine::run(double a1, double b1, double a2, double b2, bool capBegin, bool capEnd)
{
    if (a1 > a2) {
        std::swap(a1, a2);
        std::swap(b1, b2);
        std::swap(capBegin, capEnd);
    }
    const double slope = (b2 - b1) / (a2 - a1);
    const double s = capBegin ? a1 - 0.5 : a1; // caps: half a pixel further at either end
    const double e = capEnd ? a2 + 0.5 : a2;
    const int c0 = ifloor(s), c1 = ifloor(e);
    // As Qt places a capped line: b is measured from the first column before the cap and moved
    // back half a step (not a whole column's step when the cap adds a column).
    const double shift = capBegin ? (double(ifloor(a1) - c0) - 0.5) * slope : 0.0;
    const double first = b1 - 0.5 + shift + (double(c0) + 0.5 - a1) * slope; // b at column c0
    const int majorLimit = Vertical ? m_h : m_w;
    const int minorLimit = Vertical ? m_w : m_h;
    // Columns inside the image, and where the line's b lies within a pixel of it.
    int lo = std::max(c0, 0), hi = std::min(c1, majorLimit - 1);
    if (slope != 0) {
        double ca = (-2.0 - first) / slope, cb = (double(minorLimit) + 1.0 - first) / slope;
        if (ca > cb)
            std::swap(ca, cb);
        if (cb < double(lo - c0) - 1 || ca > double(hi - c0) + 1)
            return;
        lo = std::max(lo, c0 + ifloor(std::max(ca, -1.0)) - 1);
        hi = std::min(hi, c0 + ifloor(std::min(cb, double(hi - c0) + 1)) + 1);
    } else if (first < -2.0 || first > double(minorLimit) + 1.0) {
        return;
    }
    if (lo > hi)
        return;
    const qint64 step = std::llround(slope * 65536.0);
    qint64 b = std::llround(first * 65536.0) + qint64(lo - c0) * step;
    // Coverage of the first and last columns, 64ths of a pixel (the positions are in 64ths).
    const int covFirst = int((c0 == c1 ? e - s : double(c0 + 1) - s) * 64.0 + 0.5);
    const int covLast = int((e - double(c1)) * 64.0 + 0.5);
    for (int c = lo; c <= hi; ++c, b += step) {
        const int r = int(b >> 16);
        const quint32 alpha = quint32(b >> 8) & 0xff; // share of the next pixel
        quint32 near = 255 - alpha, far = alpha;
        if (c == c0 || c == c1) {
            const int cov = c == c0 ? covFirst : covLast;
            near = near * quint32(cov) >> 6;
            far = far * quint32(cov) >> 6;
        }
        if (r >= 0 && r < minorLimit && near)
            Vertical ? blend(r, c, near) : blend(c, r, near);
        if (r + 1 >= 0 && r + 1 < minorLimit && far)
            Vertical ? blend(r + 1, c, far) : blend(c, r + 1, far);
    }
}

template void ThinLine::run<false>(double, double, double, double, bool, bool);
template void ThinLine::run<true>(double, double, double, double, bool, bool);

} // namespace fc
