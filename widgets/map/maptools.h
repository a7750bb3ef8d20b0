#pragma once

#include <QCursor>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QTimer>

class QMouseEvent;
class QPainter;

namespace fc {

class MapCanvas;
class VectorLayer;

// What the mouse does on the map. The canvas hands its mouse events to the current tool, and lets
// it draw its overlay; a tool changes the view only through the canvas's public interface.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);
    virtual void press(QMouseEvent *) {}
    virtual void move(QMouseEvent *) {}
    virtual void release(QMouseEvent *) {}
    // True when the tool used the double click (otherwise the canvas zooms in).
    virtual bool doubleClick(QMouseEvent *) { return false; }
    virtual void cancel() {} // Escape
    virtual void paint(QPainter &) {}
    virtual QCursor cursor() const { return Qt::CrossCursor; }

protected:
    MapCanvas *m_canvas;
};

// Drag to pan (with a kinetic glide), click to identify, hover highlights point features.
class PanTool : public MapTool
{
    Q_OBJECT
public:
    explicit PanTool(MapCanvas *canvas);
    void press(QMouseEvent *e) override;
    void move(QMouseEvent *e) override;
    void release(QMouseEvent *e) override;
    QCursor cursor() const override { return Qt::OpenHandCursor; }

private:
    void hover(QPointF pixel);
    bool m_dragging = false;
    bool m_moved = false;
    QPointF m_pressPos, m_lastPos;
    QPointF m_velocity; // pixels per ms
    QElapsedTimer m_moveClock;
    QTimer m_kinetic;
    QPointer<VectorLayer> m_hoverLayer;
};

// Drag a box to zoom to it.
class ZoomBoxTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    void press(QMouseEvent *e) override;
    void move(QMouseEvent *e) override;
    void release(QMouseEvent *e) override;
    void cancel() override { m_box = {}; }
    void paint(QPainter &p) override;
    bool isActive() const { return m_active; }

private:
    bool m_active = false;
    QRectF m_box;
};

// Click points to measure a distance (or, as an area tool, a polygon's area); double click ends the
// figure, which stays on screen until the next click starts a new one.
class MeasureTool : public MapTool
{
    Q_OBJECT
public:
    MeasureTool(MapCanvas *canvas, bool area);
    void move(QMouseEvent *e) override;
    void release(QMouseEvent *e) override;
    bool doubleClick(QMouseEvent *e) override;
    void cancel() override;
    void paint(QPainter &p) override;
    double length() const; // ground metres
    double area() const;   // ground square metres (area tool)

private:
    bool m_area;
    bool m_finished = false;
    bool m_skipRelease = false; // the release that ends a double click
    QList<QPointF> m_points; // Mercator
    QPointF m_hover;         // Mercator
};

} // namespace fc
