#include "widgets/map/featuresearch.h"

#include "maps/layerregistry.h"

#include "maps/vectorlayer.h"

#include <QAbstractListModel>
#include <QCompleter>

#include <vector>

namespace fc {

namespace {
constexpr int LayerRole = Qt::UserRole + 1;
constexpr int FeatureRole = Qt::UserRole + 2;
} // namespace

// The completion list: one text, layer and feature per entry in plain arrays (a city's 300,000 road names as
// QStandardItems took about 100 MB).
class FeatureSearchModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;
    struct Entry
    {
        QString text;
        int layer;
        int feature;
    };
    void reset(std::vector<Entry> entries)
    {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= int(m_entries.size()))
            return {};
        const Entry &e = m_entries[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return e.text;
        case LayerRole:
            return e.layer;
        case FeatureRole:
            return e.feature;
        default:
            return {};
        }
    }

private:
    std::vector<Entry> m_entries;
};

FeatureSearch::FeatureSearch(QWidget *parent) : QLineEdit(parent), m_model(new FeatureSearchModel(this))
{
    setPlaceholderText(tr("Search name or ID…"));
    setClearButtonEnabled(true);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(15);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        const int layer = i.data(LayerRole).toInt();
        const int feature = i.data(FeatureRole).toInt();
        if (layer >= 0 && layer < m_layers.size() && m_layers[layer])
            Q_EMIT found({m_layers[layer], feature});
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        const QList<IdentifyHit> hits = find(text(), 1);
        if (!hits.isEmpty())
            Q_EMIT found(hits.first());
    });
}

void FeatureSearch::setRegistry(LayerRegistry *registry)
{
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    m_registry = registry;
    if (m_registry)
        connect(m_registry, &LayerRegistry::layersChanged, this, &FeatureSearch::rebuild);
    rebuild();
}

void FeatureSearch::rebuild()
{
    for (const auto &l : std::as_const(m_layers))
        if (l)
            disconnect(l, nullptr, this, nullptr);
    m_layers.clear();
    std::vector<FeatureSearchModel::Entry> entries;
    const QList<MapLayer *> layers = m_registry ? m_registry->layers() : QList<MapLayer *>();
    for (MapLayer *l : layers) {
        if (auto *v = qobject_cast<VectorLayer *>(l))
            connect(v, &VectorLayer::storeChanged, this, &FeatureSearch::rebuild, Qt::UniqueConnection);
        auto *v = qobject_cast<VectorLayer *>(l);
        if (!v || !v->store() || v->id() == QLatin1String("blocks") || v->id() == QLatin1String("district_boundary"))
            continue;
        const int li = int(m_layers.size());
        m_layers.append(v);
        const FeatureStore &fs = *v->store();
        const int nameIdx = fs.fieldIndex(QStringLiteral("name")), idIdx = fs.fieldIndex(QStringLiteral("id"));
        QSet<QString> seen; // roads: one entry per street name
        for (int i = 0; i < fs.count(); ++i) {
            const QString name = fs.attribute(i, nameIdx).toString();
            const QString id = fs.attribute(i, idIdx).toString();
            const QString text = v->id() == QLatin1String("roads") ? name : QStringLiteral("%1  %2").arg(name, id).trimmed();
            if (text.isEmpty() || seen.contains(text))
                continue;
            seen.insert(text);
            entries.push_back({QStringLiteral("%1 · %2").arg(text, v->name()), li, i});
        }
    }
    m_model->reset(std::move(entries));
}

QList<IdentifyHit> FeatureSearch::find(const QString &text, int limit) const
{
    QList<IdentifyHit> out;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return out;
    for (const auto &v : m_layers) {
        if (!v || !v->store())
            continue;
        const FeatureStore &fs = *v->store();
        const int a = fs.fieldIndex(QStringLiteral("name")), b = fs.fieldIndex(QStringLiteral("name_en")),
                  c = fs.fieldIndex(QStringLiteral("id"));
        for (int i = 0; i < fs.count() && out.size() < limit; ++i) {
            if (fs.attribute(i, c).toString().contains(t, Qt::CaseInsensitive)
                || fs.attribute(i, a).toString().contains(t, Qt::CaseInsensitive)
                || fs.attribute(i, b).toString().contains(t, Qt::CaseInsensitive))
                out.append({v, i});
        }
    }
    return out;
}

} // namespace fc
