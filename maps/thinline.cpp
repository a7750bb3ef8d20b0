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

void ThinLine::segment(double x1, double y1, double x2, double y2, bool capBegin, bool capEnd)
{
    if (!std::isfinite(x1) || !std::isfinite(y1) || !std::isfinite(x2) || !std::isfinite(y2))
        return;
    // Positions to 1/64 of a pixel, as Qt's stroker takes them (rounded down, not towards zero: the
    // same pixels whatever the image's origin) (so that both place a line alike).
    auto q = [](double v) { return std::floor(v * 64.0) / 64.0; };
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
// of a polyline share their vertex's column without blending it twice over).
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
    const double c0f = std::floor(s), c1f = std::floor(e);
    // As Qt places a capped line: b is measured from the first column before the cap and moved
    // back half a step (not a whole column's step when the cap adds a column).
    const double shift = capBegin ? (std::floor(a1) - c0f - 0.5) * slope : 0.0;
    const double base = b1 - 0.5 + shift - (a1 - 0.5) * slope; // b(c) = base + c * slope
    const int majorLimit = Vertical ? m_h : m_w;
    const int minorLimit = Vertical ? m_w : m_h;
    // Columns inside the image, and where the line's b lies within a pixel of it.
    double lo = std::max(c0f, 0.0), hi = std::min(c1f, double(majorLimit - 1));
    if (slope != 0) {
        double ca = (-2.0 - base) / slope, cb = (double(minorLimit) + 1.0 - base) / slope;
        if (ca > cb)
            std::swap(ca, cb);
        lo = std::max(lo, std::floor(ca) - 1);
        hi = std::min(hi, std::ceil(cb) + 1);
    } else if (base < -2.0 || base > double(minorLimit) + 1.0) {
        return;
    }
    if (!(lo <= hi))
        return;
    const int cFirst = int(c0f < -1e9 ? -1e9 : c0f), cLast = int(c1f > 1e9 ? 1e9 : c1f);
    for (int c = int(lo), end = int(hi); c <= end; ++c) {
        double cov = 1.0;
        if (c == cFirst)
            cov = (c == cLast ? e : c0f + 1.0) - s;
        else if (c == cLast)
            cov = e - c1f;
        if (cov <= 0)
            continue;
        const double b = base + double(c) * slope;
        const double fb = std::floor(b);
        const int r = int(fb);
        const quint32 alpha = quint32(std::min(255.0, (b - fb) * 256.0)); // share of the next pixel
        quint32 near = 255 - alpha, far = alpha;
        if (cov < 1.0) {
            near = quint32(double(near) * cov);
            far = quint32(double(far) * cov);
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
