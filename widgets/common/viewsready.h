#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace fc {

class MapCanvas;
class Panel;

// Tells when a window shows all its data: every panel is ready (its rows loaded; in a paused replay, the replayed
// state shown) and the map has a complete frame, and that has held for a few checks in a row (data arriving in
// a panel restyles the map, which then draws again). For screenshots and briefings, never a fixed delay.
class ViewsReady : public QObject
{
    Q_OBJECT
public:
    ViewsReady(MapCanvas *canvas, const QList<Panel *> &panels, QObject *parent = nullptr);
    // Starts checking (every 100 ms); ready() is emitted once.
    void start();
    bool allReady() const;

Q_SIGNALS:
    void ready();

private:
    void check();

    QPointer<MapCanvas> m_canvas;
    QList<QPointer<Panel>> m_panels;
    QTimer m_timer;
    int m_stable = 0;
};

} // namespace fc
