#include "maps/layerregistry.h"

#include "maps/maplayer.h"

#include <algorithm>

namespace fc {

LayerRegistry::LayerRegistry(QObject *parent) : QObject(parent) {}

LayerRegistry::~LayerRegistry()
{
    // The layers die with us (children); they must not call back into a half-destroyed registry.
    for (MapLayer *l : std::as_const(m_layers))
        disconnect(l, nullptr, this, nullptr);
}

MapLayer *LayerRegistry::layer(const QString &id) const
{
    for (MapLayer *l : m_layers)
        if (l->id() == id)
            return l;
    return nullptr;
}

int LayerRegistry::indexOf(const QString &id) const
{
    for (int i = 0; i < m_layers.size(); ++i)
        if (m_layers[i]->id() == id)
            return i;
    return -1;
}

MapLayer *LayerRegistry::addLayer(std::unique_ptr<MapLayer> owned, int index)
{
    if (!owned)
        return nullptr;
    MapLayer *l = owned.release();
    l->setParent(this);
    const int existing = indexOf(l->id());
    if (existing >= 0) {
        MapLayer *old = m_layers[existing];
        Q_EMIT layerAboutToBeRemoved(old);
        m_layers[existing] = l;
        old->deleteLater();
    } else {
        if (index < 0 || index > m_layers.size())
            index = int(m_layers.size());
        m_layers.insert(index, l);
    }
    connect(l, &QObject::destroyed, this, [this, l] { layerDestroyed(l); });
    Q_EMIT layerAdded(l);
    Q_EMIT layersChanged();
    return l;
}

void LayerRegistry::setLayers(const QList<MapLayer *> &layers)
{
    const QList<MapLayer *> old = m_layers;
    for (MapLayer *l : old)
        if (!layers.contains(l)) {
            Q_EMIT layerAboutToBeRemoved(l);
            disconnect(l, nullptr, this, nullptr);
            l->deleteLater();
        }
    m_layers.clear();
    for (MapLayer *l : layers) {
        if (!l)
            continue;
        l->setParent(this);
        m_layers.append(l);
        if (!old.contains(l)) {
            connect(l, &QObject::destroyed, this, [this, l] { layerDestroyed(l); });
            Q_EMIT layerAdded(l);
        }
    }
    Q_EMIT layersChanged();
}

void LayerRegistry::layerDestroyed(MapLayer *layer)
{
    // Deleted by someone else: it drops out of the list (only its QObject part is left here).
    if (m_layers.removeAll(layer) > 0)
        Q_EMIT layersChanged();
}

bool LayerRegistry::removeLayer(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    MapLayer *l = m_layers[i];
    Q_EMIT layerAboutToBeRemoved(l);
    m_layers.removeAt(i);
    disconnect(l, nullptr, this, nullptr);
    l->deleteLater();
    Q_EMIT layersChanged();
    return true;
}

bool LayerRegistry::moveLayer(const QString &id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    index = std::clamp(index, 0, int(m_layers.size()) - 1);
    if (index == from)
        return false;
    m_layers.move(from, index);
    Q_EMIT orderChanged();
    Q_EMIT layersChanged();
    return true;
}

} // namespace fc
