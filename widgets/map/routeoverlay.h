#pragma once

#include "maps/geopoint.h"

#include <QColor>
#include <QPointer>
#include <QWidget>
#include <vector>

namespace fc {

class MapCanvas;

// Drawn over the map canvas without touching its layers or re-rendering the basemap: roads closed or slowed
// by water, incidents, the recommended route and a picked location. Transparent to the mouse.
class RouteOverlay : public QWidget
{
    Q_OBJECT
public:
    struct Marker
    {
        GeoPoint at;
        QColor colour;
        QString label;
        bool selected = false;
    };
    explicit RouteOverlay(MapCanvas *canvas);

    void setRoute(const std::vector<GeoPoint> &points, const QString &label = {});
    void setRoads(const std::vector<std::vector<GeoPoint>> &closed, const std::vector<std::vector<GeoPoint>> &slowed);
    void setMarkers(const QList<Marker> &markers);
    void setPick(const GeoPoint *p);
    void setScale(double s);
    void setRoadsVisible(bool v);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *) override;

private:
    QPointF toPixel(GeoPoint p) const;
    QPointer<MapCanvas> m_canvas;
    std::vector<GeoPoint> m_route;
    QString m_routeLabel;
    std::vector<std::vector<GeoPoint>> m_closed, m_slowed;
    QList<Marker> m_markers;
    bool m_hasPick = false;
    GeoPoint m_pick;
    double m_scale = 1.0;
    bool m_roadsVisible = true;
};

} // namespace fc
