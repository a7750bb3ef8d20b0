#include "maps/layermodel.h"

#include "maps/layerregistry.h"
#include "maps/maplayer.h"
#include "maps/vectorlayer.h"
#include "maps/vectorlayerrenderer.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace fc {

// Internal ids: group rows carry 0; layer rows carry (group+1); legend rows carry a tagged value.
namespace {
constexpr quintptr LegendTag = quintptr(1) << 30;
quintptr layerTag(int group) { return quintptr(group + 1); }
quintptr legendTag(int group, int layer) { return LegendTag | (quintptr(group) << 16) | quintptr(layer); }
} // namespace

LayerModel::LayerModel(LayerRegistry *registry, QObject *parent) : QAbstractItemModel(parent), m_registry(registry)
{
    if (m_registry)
        connect(m_registry, &LayerRegistry::layersChanged, this, &LayerModel::rebuild);
    rebuild();
}

int LayerModel::shownLegendRows(const MapLayer *layer)
{
    const int n = layer ? int(layer->legend().size()) : 0;
    return n > 1 ? n : 0; // a single-symbol layer shows its swatch on its own row
}

void LayerModel::rebuild()
{
    beginResetModel();
    for (const Group &g : std::as_const(m_groups))
        for (const auto &l : g.layers)
            if (l)
                disconnect(l, nullptr, this, nullptr);
    m_groups.clear();
    const QList<MapLayer *> all = layers();
    for (int k = int(all.size()) - 1; k >= 0; --k) {
        MapLayer *l = all[k];
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return g.name == l->group(); });
        if (it == m_groups.end()) {
            m_groups.append({l->group(), {}, {}});
            it = m_groups.end() - 1;
        }
        it->layers.append(l);
        it->legendRows.append(shownLegendRows(l));
        connect(l, &MapLayer::propertiesChanged, this, [this, l] {
            const QModelIndex i = indexForLayer(l->id());
            if (i.isValid())
                Q_EMIT dataChanged(i, i.siblingAtColumn(CountColumn));
        });
        // The legend may change with the style.
        connect(l, &MapLayer::repaintNeeded, this, [this, l] { legendMayHaveChanged(l); });
    }
    endResetModel();
}

void LayerModel::legendMayHaveChanged(MapLayer *layer)
{
    const QModelIndex i = indexForLayer(layer->id());
    if (!i.isValid())
        return;
    int &announced = m_groups[int(i.internalId()) - 1].legendRows[i.row()];
    const int now = shownLegendRows(layer);
    if (now > announced) {
        beginInsertRows(i, announced, now - 1);
        announced = now;
        endInsertRows();
    } else if (now < announced) {
        beginRemoveRows(i, now, announced - 1);
        announced = now;
        endRemoveRows();
    }
    Q_EMIT dataChanged(i, i.siblingAtColumn(CountColumn));
    if (now > 0)
        Q_EMIT dataChanged(index(0, 0, i), index(now - 1, 0, i));
}

QList<MapLayer *> LayerModel::layers() const
{
    return m_registry ? m_registry->layers() : QList<MapLayer *>();
}

MapLayer *LayerModel::layerForIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || (index.internalId() & LegendTag))
        return nullptr;
    const int g = int(index.internalId()) - 1;
    return m_groups.value(g).layers.value(index.row());
}

QModelIndex LayerModel::indexForLayer(const QString &id) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].layers.size(); ++r)
            if (m_groups[g].layers[r] && m_groups[g].layers[r]->id() == id)
                return createIndex(r, 0, layerTag(g));
    return {};
}

void LayerModel::moveLayer(const QString &id, int delta)
{
    if (!m_registry)
        return;
    const QList<MapLayer *> all = layers();
    const int k = m_registry->indexOf(id);
    if (k < 0)
        return;
    // Move within the same group only: find the next layer of the same group in that direction.
    const QString group = all[k]->group();
    const int step = delta > 0 ? 1 : -1;
    int j = k + step;
    while (j >= 0 && j < all.size() && all[j]->group() != group)
        j += step;
    if (j < 0 || j >= all.size())
        return;
    m_registry->moveLayer(id, j);
    Q_EMIT layerOrderChanged();
}

QStringList LayerModel::mimeTypes() const
{
    return {QString::fromLatin1(LayerMimeType)};
}

QMimeData *LayerModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes)
        if (MapLayer *l = layerForIndex(i)) {
            auto *data = new QMimeData;
            data->setData(QString::fromLatin1(LayerMimeType), l->id().toUtf8());
            return data;
        }
    return nullptr;
}

int LayerModel::dropTarget(const QString &id, int row, const QModelIndex &parent) const
{
    if (!m_registry || !parent.isValid() || (parent.internalId() & LegendTag))
        return -1;
    MapLayer *dragged = m_registry->layer(id);
    if (!dragged)
        return -1;
    // Dropped on a layer row: take its place. Between rows of a group: at that row.
    int g = parent.row();
    if (parent.internalId() != 0) {
        g = int(parent.internalId()) - 1;
        row = parent.row();
    }
    if (g < 0 || g >= m_groups.size() || m_groups[g].name != dragged->group())
        return -1; // layers stay in their group
    QList<MapLayer *> group; // top first, without the dragged layer
    for (const auto &l : m_groups[g].layers)
        if (l && l != dragged)
            group.append(l);
    if (group.isEmpty())
        return -1;
    QList<MapLayer *> rest = layers(); // bottom first, without the dragged layer
    rest.removeAll(dragged);
    if (row < 0 || row > group.size())
        row = int(group.size());
    // Above group[row] in the panel is drawn just after it; at the end, just before the last one.
    return row < group.size() ? int(rest.indexOf(group[row])) + 1 : int(rest.indexOf(group.last()));
}

bool LayerModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(LayerMimeType)))
        return false;
    return dropTarget(QString::fromUtf8(data->data(QString::fromLatin1(LayerMimeType))), row, parent) >= 0;
}

bool LayerModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(LayerMimeType)));
    const int to = dropTarget(id, row, parent);
    if (m_registry->indexOf(id) != to) {
        m_registry->moveLayer(id, to);
        Q_EMIT layerOrderChanged();
    }
    // The move is done; the view's "remove the source rows" step finds no removeRows to call.
    return true;
}

QModelIndex LayerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() == 0) {
        const int g = parent.row();
        return row < m_groups[g].layers.size() ? createIndex(row, column, layerTag(g)) : QModelIndex();
    }
    if (parent.internalId() & LegendTag)
        return {};
    const int g = int(parent.internalId()) - 1;
    if (row >= m_groups.value(g).legendRows.value(parent.row()))
        return {};
    return createIndex(row, column, legendTag(g, parent.row()));
}

QModelIndex LayerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() & LegendTag) {
        const int g = int((child.internalId() & ~LegendTag) >> 16);
        const int l = int(child.internalId() & 0xffff);
        return createIndex(l, 0, layerTag(g));
    }
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int LayerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return int(m_groups.value(parent.row()).layers.size());
    if (parent.internalId() & LegendTag)
        return 0;
    // As last announced with row signals (the layer's legend may already be newer).
    return m_groups.value(int(parent.internalId()) - 1).legendRows.value(parent.row());
}

int LayerModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QIcon LayerModel::swatch(const Symbol &s, int geometryHint, int size)
{
    QPixmap pm(size * 2, size * 2);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const double dpr = 2.0;
    if (geometryHint == int(GeometryType::Point)) {
        Symbol small = s;
        small.size = std::min(s.size, double(size) - 2);
        drawMarker(p, small, QPointF(size, size), dpr);
    } else if (geometryHint == int(GeometryType::Line)) {
        if (s.casing.isValid() && s.casingWidth > 0) {
            p.setPen(QPen(s.casing, (s.strokeWidth + 2 * s.casingWidth) * dpr, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(4, size * 1.4), QPointF(size * 2 - 4, size * 0.6));
        }
        p.setPen(QPen(s.stroke, std::max(1.5, s.strokeWidth) * dpr, s.penStyle, Qt::RoundCap));
        p.drawLine(QPointF(4, size * 1.4), QPointF(size * 2 - 4, size * 0.6));
    } else {
        p.setPen(s.drawsStroke() ? QPen(s.stroke, std::max(1.0, s.strokeWidth) * dpr, s.penStyle) : QPen(Qt::NoPen));
        p.setBrush(s.drawsFill() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
        p.drawRect(QRectF(4, 6, size * 2 - 8, size * 2 - 12));
    }
    p.end();
    return QIcon(pm);
}

static int geometryHint(const MapLayer *l)
{
    if (const auto *v = qobject_cast<const VectorLayer *>(l))
        return v->store() ? int(v->store()->geometryType()) : 0;
    return 0;
}

QVariant LayerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[index.row()];
        if (index.column() == NameColumn && (role == Qt::DisplayRole || role == RawValueRole))
            return g.name;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (index.internalId() & LegendTag) {
        const int g = int((index.internalId() & ~LegendTag) >> 16);
        const int li = int(index.internalId() & 0xffff);
        MapLayer *l = m_groups.value(g).layers.value(li);
        if (!l || index.column() != NameColumn)
            return {};
        const auto legend = l->legend();
        if (index.row() >= legend.size())
            return {};
        if (role == Qt::DisplayRole)
            return legend[index.row()].label;
        if (role == Qt::DecorationRole)
            return swatch(legend[index.row()].symbol, geometryHint(l));
        return {};
    }
    MapLayer *l = layerForIndex(index);
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return l->name();
        return l->featureCount() >= 0 ? QVariant(QLocale().toString(l->featureCount())) : QVariant();
    case RawValueRole:
        return index.column() == NameColumn ? QVariant(l->name()) : QVariant(l->featureCount());
    case Qt::CheckStateRole:
        return index.column() == NameColumn ? QVariant(l->isVisible() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        const auto legend = l->legend();
        return legend.size() == 1 ? QVariant(swatch(legend.first().symbol, geometryHint(l))) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LayerIdRole:
        return l->id();
    case OpacityRole:
        return l->opacity();
    default:
        return {};
    }
}

bool LayerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    MapLayer *l = layerForIndex(index);
    if (!l)
        return false;
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        l->setVisible(value.toInt() == Qt::Checked);
        return true;
    }
    if (role == OpacityRole) {
        l->setOpacity(value.toDouble());
        return true;
    }
    return false;
}

Qt::ItemFlags LayerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (layerForIndex(index) && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.internalId() == 0)
        f |= Qt::ItemIsDropEnabled; // between the layers of a group
    return f;
}

QVariant LayerModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Layer") : tr("Features");
}

} // namespace fc
