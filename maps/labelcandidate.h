#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

namespace fc {

// A label a layer renderer would like to draw, in device pixels. The label engine decides.
struct LabelCandidate
{
    QString text;
    QPointF anchor;          // centre of the label, device pixels
    double angle = 0.0;      // degrees, for labels along lines (kept within +-90)
    double offsetY = 0.0;    // shift below a point symbol, device pixels
    double pointSize = 9.0;  // logical points
    bool bold = false;
    QColor color;
    QColor halo;
    int priority = 0;
    double repeatDistance = 250; // device pixels

    bool operator==(const LabelCandidate &) const = default;
};

} // namespace fc
