#pragma once

#include "maps/labelcandidate.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <atomic>

namespace fc {

// Places labels greedily by priority without overlaps (each label keeps the box it claims, with a
// margin), skips repeats of the same text nearby, and draws them with a halo. Thread-agnostic: a
// render job runs it on a worker thread after the layers.
class LabelEngine
{
public:
    explicit LabelEngine(QSize deviceSize, double dpr);
    // Empty: the platform's default sans serif.
    void setFontFamily(const QString &family) { m_family = family; }
    // Returns the boxes of the labels placed (device pixels), in drawing order.
    QList<QRectF> place(QList<LabelCandidate> candidates, const std::atomic_bool *cancel = nullptr);
    // Draws the placed labels; origin is where target's top-left pixel lies in the frame (a region).
    void draw(QImage &target, QPoint origin = QPoint()) const;
    const QList<LabelCandidate> &placed() const { return m_placed; }

    // Box of a candidate as the engine measures it (device pixels, axis-aligned after rotation).
    QRectF boxOf(const LabelCandidate &c) const;

private:
    QFont fontFor(const LabelCandidate &c) const;
    QSize m_size;
    double m_dpr;
    QString m_family;
    QList<LabelCandidate> m_placed;
    QList<QRectF> m_boxes;
    QList<QPainterPath> m_paths; // text outlines of the placed labels, made once by place()
};

} // namespace fc
