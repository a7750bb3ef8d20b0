#include "widgets/map/routeoverlay.h"

#include "maps/webmercator.h"
#include "widgets/map/mapcanvas.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace fc {

RouteOverlay::RouteOverlay(MapCanvas *canvas) : QWidget(canvas), m_canvas(canvas)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::viewChanged, this, qOverload<>(&QWidget::update));
    show();
}

bool RouteOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return false;
}

void RouteOverlay::setRoute(const std::vector<GeoPoint> &points, const QString &label)
{
    m_route = points;
    m_routeLabel = label;
    update();
}

void RouteOverlay::setRoads(const std::vector<std::vector<GeoPoint>> &closed,
                            const std::vector<std::vector<GeoPoint>> &slowed)
{
    m_closed = closed;
    m_slowed = slowed;
    update();
}

void RouteOverlay::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    update();
}

void RouteOverlay::setPick(const GeoPoint *p)
{
    m_hasPick = p != nullptr;
    if (p)
        m_pick = *p;
    update();
}

void RouteOverlay::setScale(double s)
{
    m_scale = s;
    update();
}

void RouteOverlay::setRoadsVisible(bool v)
{
    m_roadsVisible = v;
    update();
}

QPointF RouteOverlay::toPixel(GeoPoint p) const
{
    return m_canvas->settings().toPixel(WebMercator::fromGeo(p));
}

void RouteOverlay::paintEvent(QPaintEvent *)
{
    if (!m_canvas)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    auto line = [&](const std::vector<GeoPoint> &pts) {
        QPainterPath path;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const QPointF px = toPixel(pts[i]);
            if (i == 0)
                path.moveTo(px);
            else
                path.lineTo(px);
        }
        return path;
    };
    if (m_roadsVisible) {
        QPen slowed(QColor(255, 171, 0, 220), 5 * m_scale, Qt::SolidLine, Qt::RoundCap);
        for (const auto &r : m_slowed)
            p.strokePath(line(r), slowed);
        QPen closed(QColor(229, 57, 53), 7 * m_scale, Qt::DashLine, Qt::FlatCap);
        for (const auto &r : m_closed) {
            p.strokePath(line(r), QPen(QColor(20, 20, 20, 200), 9 * m_scale));
            p.strokePath(line(r), closed);
        }
    }
    if (m_route.size() >= 2) {
        const QPainterPath path = line(m_route);
        p.strokePath(path, QPen(QColor(0, 0, 0, 160), 9 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.strokePath(path, QPen(QColor(0, 229, 255), 5 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF start = toPixel(m_route.front());
        p.setBrush(QColor(0, 229, 255));
        p.setPen(QPen(Qt::black, 2));
        p.drawEllipse(start, 6 * m_scale, 6 * m_scale);
        if (!m_routeLabel.isEmpty()) {
            QFont f = font();
            f.setPointSizeF(f.pointSizeF() * m_scale * 1.1);
            f.setBold(true);
            p.setFont(f);
            const QRectF box = p.fontMetrics().boundingRect(m_routeLabel).adjusted(-6, -3, 6, 3);
            const QRectF at = box.translated(start + QPointF(10 * m_scale, -10 * m_scale) - box.bottomLeft());
            p.setBrush(QColor(0, 0, 0, 190));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(at, 4, 4);
            p.setPen(QColor(0, 229, 255));
            p.drawText(at, Qt::AlignCenter, m_routeLabel);
        }
    }
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * m_scale);
    f.setBold(true);
    p.setFont(f);
    for (const Marker &m : std::as_const(m_markers)) {
        const QPointF c = toPixel(m.at);
        const double r = (m.selected ? 11 : 8) * m_scale;
        QPolygonF diamond({c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)});
        p.setBrush(m.colour);
        p.setPen(QPen(m.selected ? Qt::white : Qt::black, m.selected ? 3 : 1.5));
        p.drawPolygon(diamond);
        if (!m.label.isEmpty()) {
            p.setPen(QPen(Qt::black));
            p.drawText(c + QPointF(r + 3, r / 2 + 1), m.label);
            p.setPen(Qt::white);
            p.drawText(c + QPointF(r + 2, r / 2), m.label);
        }
    }
    if (m_hasPick) {
        const QPointF c = toPixel(m_pick);
        p.setPen(QPen(QColor(255, 235, 59), 3 * m_scale));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, 12 * m_scale, 12 * m_scale);
        p.drawLine(c - QPointF(18 * m_scale, 0), c + QPointF(18 * m_scale, 0));
        p.drawLine(c - QPointF(0, 18 * m_scale), c + QPointF(0, 18 * m_scale));
    }
}

} // namespace fc
