#pragma once

#include "maps/extent.h"
#include "maps/geopoint.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QPoint>
#include <QPointer>
#include <QSize>

namespace fc {

class MapLayer;

// Everything a render needs to know about the view, as a value. The display CRS is Web Mercator;
// the view is a centre and a resolution (Mercator metres per logical pixel). Layers are listed
// bottom first as weak pointers (a layer deleted meanwhile simply drops out); they are only
// dereferenced on the GUI thread, to make renderer snapshots.
class MapSettings
{
public:
    QPointF center() const { return m_center; }
    void setCenter(QPointF c) { m_center = c; }
    double resolution() const { return m_resolution; }
    void setResolution(double r) { m_resolution = r; }
    QSize outputSize() const { return m_size; }
    void setOutputSize(QSize s) { m_size = s; }
    double devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(double r) { m_dpr = r; }
    // The layers still alive, bottom first.
    QList<MapLayer *> layers() const;
    void setLayers(const QList<MapLayer *> &l);
    // Font family for labels and cluster counts (from the application's settings; empty = the
    // platform's default sans serif).
    QString fontFamily() const { return m_fontFamily; }
    void setFontFamily(const QString &f) { m_fontFamily = f; }
    // Symbols, line widths and labels are drawn this much larger (wall displays read from afar).
    double symbolScale() const { return m_symbolScale; }
    void setSymbolScale(double s) { m_symbolScale = s; }
    // Device pixels per logical symbol pixel: device pixel ratio times symbol scale.
    double symbolPixelRatio() const { return m_dpr * m_symbolScale; }
    QDateTime time() const { return m_time; }
    void setTime(const QDateTime &t) { m_time = t; }

    Extent extent() const { return Extent::fromCenter(m_center, m_size.width() * m_resolution, m_size.height() * m_resolution); }
    // Fit an extent (Mercator) into the output size, keeping square pixels.
    void setExtent(const Extent &e);
    void setExtentLonLat(const Extent &lonLat);
    double zoom() const; // XYZ zoom level equivalent to the resolution
    // Map scale denominator at the view centre for a screen of 96 logical dpi.
    double scaleDenominator() const;
    QSize deviceSize() const { return QSize(int(m_size.width() * m_dpr + 0.5), int(m_size.height() * m_dpr + 0.5)); }

    // Logical pixel <-> Mercator
    QPointF toPixel(QPointF map) const;
    QPointF toMap(QPointF pixel) const;
    GeoPoint toGeo(QPointF pixel) const;

    bool hasSameView(const MapSettings &o) const
    {
        return m_center == o.m_center && m_resolution == o.m_resolution && m_size == o.m_size && m_dpr == o.m_dpr
               && m_symbolScale == o.m_symbolScale;
    }

private:
    QPointF m_center;
    double m_resolution = 1.0;
    QSize m_size{800, 600};
    double m_dpr = 1.0;
    double m_symbolScale = 1.0;
    QList<QPointer<MapLayer>> m_layers;
    QDateTime m_time;
    QString m_fontFamily;
};

// Map -> device pixel mapping, cheap and inlined for the render loop.
struct MapToPixel
{
    double xMin = 0, yMax = 0, scale = 1; // scale = device pixels per map unit
    MapToPixel() = default;
    explicit MapToPixel(const MapSettings &s)
        : xMin(s.extent().xMin()), yMax(s.extent().yMax()), scale(s.devicePixelRatio() / s.resolution()) {}
    // Shifted so device pixel (dx, dy) of the frame maps to (0, 0): a region of a larger frame.
    MapToPixel shifted(QPoint origin) const
    {
        MapToPixel m = *this;
        m.ox += origin.x();
        m.oy += origin.y();
        return m;
    }
    QPointF operator()(QPointF p) const { return {(p.x() - xMin) * scale - ox, (yMax - p.y()) * scale - oy}; }
    QPointF toMap(QPointF px) const { return {xMin + (px.x() + ox) / scale, yMax - (px.y() + oy) / scale}; }
    double ox = 0, oy = 0; // device-pixel origin of the region drawn (0 for a whole frame)
};

} // namespace fc
