#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <algorithm>
#include <limits>

namespace fc {

// An axis-aligned rectangle in map coordinates (x right, y up). A default Extent is empty (null).
class Extent
{
public:
    constexpr Extent() = default;
    constexpr Extent(double xMin, double yMin, double xMax, double yMax)
        : m_xMin(xMin), m_yMin(yMin), m_xMax(xMax), m_yMax(yMax) {}

    static Extent fromCenter(QPointF c, double width, double height)
    {
        return {c.x() - width / 2, c.y() - height / 2, c.x() + width / 2, c.y() + height / 2};
    }

    double xMin() const { return m_xMin; }
    double yMin() const { return m_yMin; }
    double xMax() const { return m_xMax; }
    double yMax() const { return m_yMax; }
    double width() const { return m_xMax - m_xMin; }
    double height() const { return m_yMax - m_yMin; }
    QPointF center() const { return {(m_xMin + m_xMax) / 2, (m_yMin + m_yMax) / 2}; }
    bool isNull() const { return m_xMin > m_xMax || m_yMin > m_yMax; }

    bool contains(QPointF p) const
    {
        return p.x() >= m_xMin && p.x() <= m_xMax && p.y() >= m_yMin && p.y() <= m_yMax;
    }
    bool contains(const Extent &o) const
    {
        return o.m_xMin >= m_xMin && o.m_xMax <= m_xMax && o.m_yMin >= m_yMin && o.m_yMax <= m_yMax;
    }
    bool intersects(const Extent &o) const
    {
        return !(o.m_xMin > m_xMax || o.m_xMax < m_xMin || o.m_yMin > m_yMax || o.m_yMax < m_yMin);
    }
    Extent intersected(const Extent &o) const
    {
        return {std::max(m_xMin, o.m_xMin), std::max(m_yMin, o.m_yMin), std::min(m_xMax, o.m_xMax),
                std::min(m_yMax, o.m_yMax)};
    }
    void include(QPointF p)
    {
        m_xMin = std::min(m_xMin, p.x());
        m_yMin = std::min(m_yMin, p.y());
        m_xMax = std::max(m_xMax, p.x());
        m_yMax = std::max(m_yMax, p.y());
    }
    void include(const Extent &o)
    {
        if (o.isNull())
            return;
        m_xMin = std::min(m_xMin, o.m_xMin);
        m_yMin = std::min(m_yMin, o.m_yMin);
        m_xMax = std::max(m_xMax, o.m_xMax);
        m_yMax = std::max(m_yMax, o.m_yMax);
    }
    Extent buffered(double d) const { return {m_xMin - d, m_yMin - d, m_xMax + d, m_yMax + d}; }
    Extent scaled(double f) const { return fromCenter(center(), width() * f, height() * f); }

    QString toString(int precision = 6) const
    {
        return QStringLiteral("%1,%2,%3,%4")
            .arg(m_xMin, 0, 'f', precision).arg(m_yMin, 0, 'f', precision)
            .arg(m_xMax, 0, 'f', precision).arg(m_yMax, 0, 'f', precision);
    }
    friend bool operator==(const Extent &, const Extent &) = default;

private:
    double m_xMin = std::numeric_limits<double>::max();
    double m_yMin = std::numeric_limits<double>::max();
    double m_xMax = std::numeric_limits<double>::lowest();
    double m_yMax = std::numeric_limits<double>::lowest();
};

} // namespace fc
