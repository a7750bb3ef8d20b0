#include "maps/maplayer.h"

#include <algorithm>

namespace fc {

MapLayer::MapLayer(const QString &id, const QString &name, QObject *parent) : QObject(parent), m_id(id), m_name(name) {}

void MapLayer::setName(const QString &n)
{
    if (n == m_name)
        return;
    m_name = n;
    Q_EMIT propertiesChanged();
}

void MapLayer::setVisible(bool v)
{
    if (v == m_visible)
        return;
    m_visible = v;
    Q_EMIT propertiesChanged();
}

void MapLayer::setOpacity(double o)
{
    o = std::clamp(o, 0.0, 1.0);
    if (o == m_opacity)
        return;
    m_opacity = o;
    Q_EMIT propertiesChanged();
}

} // namespace fc
