#include "maps/labelengine.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>
#include <algorithm>
#include <cmath>

namespace fc {

LabelEngine::LabelEngine(QSize deviceSize, double dpr) : m_size(deviceSize), m_dpr(dpr) {}

QFont LabelEngine::fontFor(const LabelCandidate &c) const
{
    QFont f = m_family.isEmpty() ? QFont() : QFont(m_family);
    f.setPixelSize(std::max(6, int(std::lround(c.pointSize * 96.0 / 72.0 * m_dpr))));
    f.setBold(c.bold);
    // Unhinted outlines: Qt's per-thread font engines otherwise give outlines that depend on what
    // the thread drew before (hinted glyph caches), and the same labels would not be the same pixels.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QRectF LabelEngine::boxOf(const LabelCandidate &c) const
{
    const QFontMetricsF fm(fontFor(c));
    const double w = fm.horizontalAdvance(c.text) + 4 * m_dpr;
    const double h = fm.height() + 2 * m_dpr;
    QRectF r(-w / 2, -h / 2 + c.offsetY, w, h);
    if (c.angle != 0.0)
        r = QTransform().rotate(c.angle).mapRect(r);
    return r.translated(c.anchor);
}

QList<QRectF> LabelEngine::place(QList<LabelCandidate> candidates, const std::atomic_bool *cancel)
{
    m_placed.clear();
    m_boxes.clear();
    m_paths.clear();
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const LabelCandidate &a, const LabelCandidate &b) { return a.priority > b.priority; });

    // Occupied boxes bucketed in a coarse grid for fast collision tests.
    const double cell = 128.0;
    QHash<quint64, QList<int>> grid;
    auto key = [](int gx, int gy) { return (quint64(quint32(gx)) << 32) | quint32(gy); };
    QHash<QString, QList<QPointF>> seen;
    const QRectF bounds(0, 0, m_size.width(), m_size.height());
    const double margin = 3 * m_dpr;

    for (const LabelCandidate &c : candidates) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return m_boxes;
        if (c.text.isEmpty())
            continue;
        const QRectF box = boxOf(c);
        if (!bounds.contains(box))
            continue;
        bool repeat = false;
        for (const QPointF &p : seen.value(c.text))
            if (std::hypot(p.x() - c.anchor.x(), p.y() - c.anchor.y()) < c.repeatDistance * m_dpr) {
                repeat = true;
                break;
            }
        if (repeat)
            continue;
        const QRectF probe = box.adjusted(-margin, -margin, margin, margin);
        const int gx0 = int(std::floor(probe.left() / cell)), gx1 = int(std::floor(probe.right() / cell));
        const int gy0 = int(std::floor(probe.top() / cell)), gy1 = int(std::floor(probe.bottom() / cell));
        bool clash = false;
        for (int gx = gx0; gx <= gx1 && !clash; ++gx)
            for (int gy = gy0; gy <= gy1 && !clash; ++gy)
                for (int idx : grid.value(key(gx, gy)))
                    if (m_boxes[idx].intersects(probe)) {
                        clash = true;
                        break;
                    }
        if (clash)
            continue;
        const int idx = int(m_boxes.size());
        m_boxes.append(box);
        m_placed.append(c);
        // The outline is made once, here; drawing only fills it.
        const QFont f = fontFor(c);
        const QFontMetricsF fm(f);
        QPainterPath path;
        path.addText(-fm.horizontalAdvance(c.text) / 2, fm.ascent() - fm.height() / 2 + c.offsetY, f, c.text);
        m_paths.append(path);
        seen[c.text].append(c.anchor);
        for (int gx = gx0; gx <= gx1; ++gx)
            for (int gy = gy0; gy <= gy1; ++gy)
                grid[key(gx, gy)].append(idx);
    }
    return m_boxes;
}

void LabelEngine::draw(QImage &target, QPoint origin) const
{
    QPainter p(&target);
    p.translate(-origin);
    const QRectF visible(QPointF(origin), QSizeF(target.size()));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype k = 0; k < m_placed.size(); ++k) {
        const LabelCandidate &c = m_placed[k];
        if (!m_boxes[k].adjusted(-8 * m_dpr, -8 * m_dpr, 8 * m_dpr, 8 * m_dpr).intersects(visible))
            continue;
        // A deep copy per draw: the bands of one frame are drawn on several threads at once, and QPainter fills a
        // path's lazily built caches (its vector form, its bounds) inside the shared data of an implicitly shared
        // QPainterPath, which is not safe to do from two threads (it once left a render stroking forever).
        QPainterPath path;
        path.setFillRule(m_paths[k].fillRule());
        path.addPath(m_paths[k]);
        p.save();
        p.translate(c.anchor);
        p.rotate(c.angle);
        if (c.halo.isValid() && c.halo.alpha() > 0) {
            p.setPen(QPen(c.halo, 3.0 * m_dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(c.color);
        p.drawPath(path);
        p.restore();
    }
}

} // namespace fc
