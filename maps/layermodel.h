#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>
#include <QPointer>

namespace fc {

class MapLayer;

// A tree of map layers for a layer panel: groups (by MapLayer::group, in first-seen order) holding
// layers (top of the map first, as GIS users expect), each with its legend entries as children.
// Checking a layer toggles its visibility; dragging rows within a group reorders the map.
class LayerModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { LayerIdRole = Qt::UserRole + 1, OpacityRole, RawValueRole };

    explicit LayerModel(QObject *parent = nullptr);
    // Layers bottom first (map drawing order).
    void setLayers(const QList<MapLayer *> &layers);
    QList<MapLayer *> layers() const; // bottom first
    MapLayer *layerForIndex(const QModelIndex &index) const;
    QModelIndex indexForLayer(const QString &id) const;
    void moveLayer(const QString &id, int delta); // +1 = up (drawn later)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    static QIcon swatch(const struct Symbol &s, int geometryHint, int size = 16);

Q_SIGNALS:
    void layerOrderChanged();

private:
    struct Group
    {
        QString name;
        QList<QPointer<MapLayer>> layers; // top first
    };
    void rebuild();
    QList<QPointer<MapLayer>> m_layers; // bottom first
    QList<Group> m_groups;
};

} // namespace fc
