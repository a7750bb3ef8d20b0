#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace fc {

class LayerRegistry;
class MapLayer;

// A tree of map layers for a layer panel, observing the LayerRegistry: groups (by MapLayer::group,
// in first-seen order from the top) holding layers (top of the map first, as GIS users expect),
// each with its legend entries as children (a legend that changes with the style inserts or removes
// rows with the proper signals). Checking a layer toggles its visibility; dragging a layer row within
// its group (mime type LayerMimeType) reorders the map through the registry.
class LayerModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { LayerIdRole = Qt::UserRole + 1, OpacityRole, RawValueRole };
    static constexpr const char *LayerMimeType = "application/x-floodcommand-layer-id";

    explicit LayerModel(LayerRegistry *registry, QObject *parent = nullptr);
    LayerRegistry *registry() const { return m_registry; }
    QList<MapLayer *> layers() const; // bottom first (the registry's order)
    MapLayer *layerForIndex(const QModelIndex &index) const;
    QModelIndex indexForLayer(const QString &id) const;
    void moveLayer(const QString &id, int delta); // +1 = up (drawn later), within the layer's group

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QIcon swatch(const struct Symbol &s, int geometryHint, int size = 16);

Q_SIGNALS:
    void layerOrderChanged();

private:
    struct Group
    {
        QString name;
        QList<QPointer<MapLayer>> layers; // top first
        QList<int> legendRows;            // legend rows shown under each layer, as last announced
    };
    void rebuild();
    void legendMayHaveChanged(MapLayer *layer);
    // Where a drop at (row, parent) puts the dragged layer in the registry (bottom first), or -1.
    int dropTarget(const QString &id, int row, const QModelIndex &parent) const;
    static int shownLegendRows(const MapLayer *layer);
    QPointer<LayerRegistry> m_registry;
    QList<Group> m_groups;
};

} // namespace fc
