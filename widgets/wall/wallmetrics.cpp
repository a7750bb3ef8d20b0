#include "widgets/wall/wallmetrics.h"

#include "app/core/rules/warningsignal.h"

#include <QFontMetricsF>
#include <QSettings>
#include <cmath>

namespace fc {

WallMetrics WallMetrics::fromSettings()
{
    QSettings s;
    WallMetrics m;
    m.pitchMm = std::clamp(s.value(QStringLiteral("wall/pitch_mm"), m.pitchMm).toDouble(), 0.05, 5.0);
    m.distanceM = std::clamp(s.value(QStringLiteral("wall/distance_m"), m.distanceM).toDouble(), 0.5, 50.0);
    return m;
}

int WallMetrics::keyGlyphPx() const
{
    return int(std::ceil(keyHeightMm() / pitchMm - 1e-9));
}

int WallMetrics::bodyGlyphPx() const
{
    return int(std::ceil(bodyHeightMm() / pitchMm - 1e-9));
}

double WallMetrics::capHeightPx(const QFont &font)
{
    const QFontMetricsF fm(font);
    double cap = fm.capHeight();
    if (cap <= 0)
        cap = fm.ascent() * 0.72;
    return cap;
}

QFont WallMetrics::fontForGlyph(const QFont &base, int glyphPx, bool bold)
{
    QFont f = base;
    f.setBold(bold);
    // Cap height is close to proportional to the pixel size: start from the ratio at a large size, then step up
    // until it holds (hinting rounds cap heights at some sizes).
    f.setPixelSize(200);
    const double ratio = std::max(0.3, capHeightPx(f) / 200.0);
    int px = std::max(6, int(std::ceil(glyphPx / ratio)));
    f.setPixelSize(px);
    for (int i = 0; i < 20 && capHeightPx(f) < glyphPx; ++i)
        f.setPixelSize(++px);
    return f;
}

double WallMetrics::relativeLuminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * lin(rgb.redF()) + 0.7152 * lin(rgb.greenF()) + 0.0722 * lin(rgb.blueF());
}

double WallMetrics::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace WallColours {

QColor background() { return QColor(0x08, 0x0c, 0x12); }
QColor panel() { return QColor(0x10, 0x16, 0x20); }
QColor text() { return QColor(0xe8, 0xee, 0xf4); }
QColor dimText() { return QColor(0xa8, 0xb4, 0xc2); }

QColor signalFill(const QString &colour)
{
    return WarningSignal::colourValue(colour);
}

QColor signalInk(const QString &colour)
{
    // The darkest or the lightest ink, whichever stands out more on the fill.
    const QColor fill = signalFill(colour);
    const QColor dark(0x10, 0x10, 0x10), light(Qt::white);
    return WallMetrics::contrastRatio(fill, dark) >= WallMetrics::contrastRatio(fill, light) ? dark : light;
}

QColor signalText(const QString &colour)
{
    // As text on the dark panel: the signal colour, lightened until it reads (a deep blue or red is too dark).
    QColor c = signalFill(colour);
    for (int i = 0; i < 12 && WallMetrics::contrastRatio(c, panel()) < WallMetrics::MinimumContrast + 0.5; ++i)
        c = c.lighter(115);
    return c;
}

} // namespace WallColours

} // namespace fc
