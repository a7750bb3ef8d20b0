#include "widgets/map/maptools.h"

#include "maps/measure.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"
#include "widgets/map/mapcanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace fc {

MapTool::MapTool(MapCanvas *canvas) : QObject(canvas), m_canvas(canvas) {}

// --- PanTool ---

PanTool::PanTool(MapCanvas *canvas) : MapTool(canvas)
{
    m_kinetic.setInterval(16);
    connect(&m_kinetic, &QTimer::timeout, this, [this] {
        m_velocity *= 0.90;
        if (std::hypot(m_velocity.x(), m_velocity.y()) < 0.02) {
            m_kinetic.stop();
            return;
        }
        m_canvas->panBy(m_velocity * 16.0);
    });
}

void PanTool::press(QMouseEvent *e)
{
    m_kinetic.stop();
    m_pressPos = m_lastPos = e->position();
    m_moved = false;
    if (e->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_velocity = {};
    m_moveClock.start();
    m_canvas->setCursor(Qt::ClosedHandCursor);
}

void PanTool::move(QMouseEvent *e)
{
    const QPointF pos = e->position();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    if (m_dragging) {
        const QPointF d = pos - m_lastPos;
        const qint64 dt = std::max<qint64>(1, m_moveClock.restart());
        m_velocity = m_velocity * 0.3 + (d / double(dt)) * 0.7;
        m_canvas->panBy(d);
    } else if (!(e->buttons() & Qt::LeftButton)) {
        hover(pos);
    }
    m_lastPos = pos;
}

void PanTool::release(QMouseEvent *e)
{
    if (m_dragging) {
        m_dragging = false;
        m_canvas->setCursor(Qt::OpenHandCursor);
        if (m_moved && m_moveClock.elapsed() < 60 && std::hypot(m_velocity.x(), m_velocity.y()) > 0.3)
            m_kinetic.start();
    }
    if (m_moved || e->button() != Qt::LeftButton)
        return;
    Q_EMIT m_canvas->identified(m_canvas->identifyAt(e->position()));
}

void PanTool::hover(QPointF pixel)
{
    // Highlight the point feature under the cursor (operational layers are points); only the layer
    // concerned re-renders.
    IdentifyHit top;
    for (const IdentifyHit &h : m_canvas->identifyAt(pixel, 4))
        if (h.layer && h.layer->store() && h.layer->store()->geometryType() == GeometryType::Point) {
            top = h;
            break;
        }
    if (m_hoverLayer && m_hoverLayer != top.layer)
        m_hoverLayer->setHovered(-1);
    m_hoverLayer = top.layer;
    if (top.layer)
        top.layer->setHovered(top.layer->store()->fid(top.feature));
    m_canvas->setCursor(top.layer ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

// --- ZoomBoxTool ---

void ZoomBoxTool::press(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_active = true;
    m_box = QRectF(e->position(), QSizeF(0, 0));
}

void ZoomBoxTool::move(QMouseEvent *e)
{
    if (!m_active)
        return;
    m_box.setBottomRight(e->position());
    m_canvas->update();
}

void ZoomBoxTool::release(QMouseEvent *)
{
    if (!m_active)
        return;
    m_active = false;
    const QRectF r = m_box.normalized();
    m_box = {};
    if (r.width() > 8 && r.height() > 8) {
        Extent ex;
        ex.include(m_canvas->settings().toMap(r.topLeft()));
        ex.include(m_canvas->settings().toMap(r.bottomRight()));
        m_canvas->setExtent(ex);
    }
    m_canvas->update();
}

void ZoomBoxTool::paint(QPainter &p)
{
    if (!m_active || m_box.isNull())
        return;
    p.setPen(QPen(QColor(0, 200, 255), 1.5, Qt::DashLine));
    p.setBrush(QColor(0, 200, 255, 40));
    p.drawRect(m_box.normalized());
}

// --- MeasureTool ---

MeasureTool::MeasureTool(MapCanvas *canvas, bool area) : MapTool(canvas), m_area(area) {}

void MeasureTool::move(QMouseEvent *e)
{
    m_hover = m_canvas->settings().toMap(e->position());
    if (!m_points.isEmpty() && !m_finished)
        m_canvas->update();
}

void MeasureTool::release(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (m_skipRelease) {
        m_skipRelease = false;
        return;
    }
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.append(m_canvas->settings().toMap(e->position()));
    m_hover = m_points.last();
    Q_EMIT m_canvas->measureChanged(length(), area());
    m_canvas->update();
}

bool MeasureTool::doubleClick(QMouseEvent *)
{
    m_finished = true;
    m_skipRelease = true;
    Q_EMIT m_canvas->measureChanged(length(), area());
    m_canvas->update();
    return true;
}

void MeasureTool::cancel()
{
    m_points.clear();
    m_finished = false;
    Q_EMIT m_canvas->measureChanged(0, 0);
}

double MeasureTool::length() const
{
    return Measure::groundLength(m_points, m_area);
}

double MeasureTool::area() const
{
    return m_area ? Measure::groundArea(m_points) : 0.0;
}

void MeasureTool::paint(QPainter &p)
{
    if (m_points.isEmpty())
        return;
    QPolygonF px;
    for (const QPointF &m : m_points)
        px.append(m_canvas->settings().toPixel(m));
    if (!m_finished)
        px.append(m_canvas->settings().toPixel(m_hover));
    p.setPen(QPen(QColor(255, 220, 0), 2.5, Qt::DashLine));
    if (m_area && px.size() >= 3) {
        p.setBrush(QColor(255, 220, 0, 50));
        p.drawPolygon(px);
    } else {
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(px);
    }
    for (const QPointF &q : px)
        p.drawEllipse(q, 3, 3);
}

} // namespace fc
