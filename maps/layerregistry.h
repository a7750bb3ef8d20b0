#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace fc {

class MapLayer;

// The one owner of the map's layers and their order (bottom first, the order they are drawn in).
// The layer panel's model, the canvas and feature search observe it; nobody keeps a parallel list.
// Layers are QObject children of the registry.
class LayerRegistry : public QObject
{
    Q_OBJECT
public:
    explicit LayerRegistry(QObject *parent = nullptr);
    ~LayerRegistry() override;

    // Takes the layer (it becomes a child of the registry) at index (bottom first; -1 = on top).
    // A layer with the id of one already registered replaces it in place.
    MapLayer *addLayer(std::unique_ptr<MapLayer> layer, int index = -1);
    // Replaces all layers with these (bottom first); the registry adopts them, deletes the old ones.
    void setLayers(const QList<MapLayer *> &layers);
    // Removes and deletes a layer (later, with deleteLater: views may still hold it this turn).
    bool removeLayer(const QString &id);
    // Moves a layer to index (bottom first) in the whole list.
    bool moveLayer(const QString &id, int index);

    QList<MapLayer *> layers() const { return m_layers; }
    MapLayer *layer(const QString &id) const;
    template<class T>
    T *layerAs(const QString &id) const
    {
        return qobject_cast<T *>(layer(id));
    }
    template<class T>
    QList<T *> layersOf() const
    {
        QList<T *> out;
        for (MapLayer *l : m_layers)
            if (auto *t = qobject_cast<T *>(l))
                out.append(t);
        return out;
    }
    int indexOf(const QString &id) const;
    int count() const { return int(m_layers.size()); }

Q_SIGNALS:
    // Any change of the list or its order (after the change).
    void layersChanged();
    void layerAdded(fc::MapLayer *layer);
    void layerAboutToBeRemoved(fc::MapLayer *layer);
    void orderChanged();

private:
    void layerDestroyed(MapLayer *layer);
    QList<MapLayer *> m_layers; // children of this object
};

} // namespace fc
