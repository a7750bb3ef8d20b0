#pragma once

#include <QColor>
#include <QString>
#include <Qt>

namespace fc {

// How one feature is drawn. Sizes are in logical pixels (scaled by the device pixel ratio).
struct Symbol
{
    enum class Marker : unsigned char { Circle, Square, Triangle, Diamond, Star, Cross, Svg };

    QColor stroke = QColor(60, 60, 60);
    double strokeWidth = 1.0;
    Qt::PenStyle penStyle = Qt::SolidLine;
    QColor casing;              // an outline drawn under the stroke (roads), invalid = none
    double casingWidth = 0.0;   // extra width on each side
    QColor fill;                // polygon or marker fill, invalid = none
    Marker marker = Marker::Circle;
    QString svg;                // resource path of an SVG marker (Marker::Svg)
    double size = 8.0;          // marker diameter

    bool drawsStroke() const { return stroke.isValid() && stroke.alpha() > 0 && strokeWidth > 0 && penStyle != Qt::NoPen; }
    bool drawsFill() const { return fill.isValid() && fill.alpha() > 0; }
};

} // namespace fc
