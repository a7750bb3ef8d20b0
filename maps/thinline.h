#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>

namespace fc {

// Anti-aliased solid lines of at most one device pixel, blended (source over) straight into an
// ARGB32_Premultiplied or RGB32 image: the picture Qt's raster engine gives a solid pen of that
// width with antialiasing (a line one pixel wide, each column (or row) of a segment split between
// the two pixels nearest the line in proportion, the colour's alpha scaled by the width, ends
// extended by half a pixel for round and square caps), without Qt's per-line set-up and its
// one-pixel spans. Used by the vector layer renderer for roads and outlines, the bulk of a map's
// pixels by count of calls.
//
// Lines are never clipped as geometry: pixels outside the image are skipped. So a line drawn into
// a band of rows gives the same pixels as the same line drawn into the whole frame (Qt's stroker
// restarts a line clipped at the image edge from the clipped point).
class ThinLine
{
public:
    // Whether the image can be drawn into (format and size).
    static bool supports(const QImage &image);
    // width in (0, 1] device pixels: scales the colour's alpha (a 0.5 px line is a half-transparent
    // 1 px line).
    ThinLine(QImage &image, const QColor &color, double width);
    // An open polyline (caps: round or square pen caps, not flat); a polyline whose last point is
    // its first is a closed ring (no caps), as Qt treats it.
    void polyline(const QPointF *p, int n, bool caps);
    // A closed ring: the segments and the one from the last point back to the first.
    void ring(const QPointF *p, int n);

private:
    void segment(double x1, double y1, double x2, double y2, bool capBegin, bool capEnd);
    template<bool Vertical>
    void run(double a1, double b1, double a2, double b2, bool capBegin, bool capEnd);
    void blend(int x, int y, quint32 coverage)
    {
        quint32 *px = reinterpret_cast<quint32 *>(m_bits + qsizetype(y) * m_bpl) + x;
        const quint32 s = byteMul(m_color, coverage);
        *px = s + byteMul(*px, 255 - (s >> 24));
    }
    // Every byte of x times a / 255, rounded.
    static quint32 byteMul(quint32 x, quint32 a)
    {
        quint64 t = ((quint64(x) | (quint64(x) << 24)) & 0x00ff00ff00ff00ffULL) * a;
        t = (t + ((t >> 8) & 0x00ff00ff00ff00ffULL) + 0x0080008000800080ULL) >> 8;
        t &= 0x00ff00ff00ff00ffULL;
        return quint32(t) | quint32(t >> 24);
    }

    uchar *m_bits = nullptr;
    qsizetype m_bpl = 0;
    int m_w = 0, m_h = 0;
    quint32 m_color = 0; // premultiplied ARGB, alpha scaled by the width
};

} // namespace fc
