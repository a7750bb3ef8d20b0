#pragma once

#include <QColor>
#include <QFont>

namespace fc {

// How big things must be on the wall, from how it is seen: the panel's pixel pitch (mm per pixel, e.g. 0.49 for an
// 86" 4K panel) and the viewing distance from the back of the room. Key figures (response level, signal badges, the
// clock, counts, team status) are at least distance/250 high, body text and map labels at least distance/500 (24 mm
// and 12 mm at 6 m). "High" is the height of a capital letter or digit on the panel (the smallest glyphs a reader must
// tell apart; CJK characters are taller), so fonts are sized by their cap height, not by a scale factor.
struct WallMetrics
{
    double pitchMm = 0.49;  // mm per pixel of the panel
    double distanceM = 6.0; // viewing distance, metres

    // From settings wall/pitch_mm and wall/distance_m (defaults above).
    static WallMetrics fromSettings();

    double keyHeightMm() const { return distanceM * 1000.0 / 250.0; }
    double bodyHeightMm() const { return distanceM * 1000.0 / 500.0; }
    // Glyph heights in panel pixels (rounded up).
    int keyGlyphPx() const;
    int bodyGlyphPx() const;
    double toMm(double px) const { return px * pitchMm; }

    // A font whose capital letters and digits are at least `glyphPx` high (pixel size chosen from the family's own cap
    // height), bold when asked.
    static QFont fontForGlyph(const QFont &base, int glyphPx, bool bold = false);
    QFont keyFont(const QFont &base) const { return fontForGlyph(base, keyGlyphPx(), true); }
    QFont bodyFont(const QFont &base) const { return fontForGlyph(base, bodyGlyphPx()); }
    // The cap height the font really has (pixels), as the wall's rule measures it.
    static double capHeightPx(const QFont &font);

    // WCAG 2 relative luminance (sRGB) and contrast ratio (1..21) of two colours.
    static double relativeLuminance(const QColor &c);
    static double contrastRatio(const QColor &a, const QColor &b);
    // The least contrast text may have on the wall (WCAG AA, normal text).
    static constexpr double MinimumContrast = 4.5;
    // The shortest half-period of anything that blinks on the wall (on 500 ms, off 500 ms: 1 Hz).
    static constexpr int MinimumBlinkHalfPeriodMs = 500;
};

// The wall's colours (dark theme): every text and signal colour it draws, with its background.
namespace WallColours {
QColor background();      // screen background
QColor panel();           // view background
QColor text();            // body text
QColor dimText();         // secondary text (headers, times)
QColor signalFill(const QString &colour); // badge fill of a warning/alarm colour (blue, yellow, orange, red)
QColor signalInk(const QString &colour);  // text on that fill
QColor signalText(const QString &colour); // a warning/alarm colour used as text on panel()
}

} // namespace fc
