#pragma once

#include "widgets/map/mapcanvas.h"

#include <QLineEdit>

class QCompleter;

namespace fc {

class FeatureSearchModel;

// Find a feature by name or id across the map's vector layers; choosing one emits found().
class FeatureSearch : public QLineEdit
{
    Q_OBJECT
public:
    explicit FeatureSearch(QWidget *parent = nullptr);
    // Searches the registry's vector layers; follows layers coming, going and changing data.
    void setRegistry(LayerRegistry *registry);
    // Matches for a text (case-insensitive substring of name, English name or id).
    QList<IdentifyHit> find(const QString &text, int limit = 50) const;

Q_SIGNALS:
    void found(const fc::IdentifyHit &hit);

private:
    void rebuild();
    QPointer<LayerRegistry> m_registry;
    QList<QPointer<VectorLayer>> m_layers; // index into the completion model, rebuilt from the registry
    FeatureSearchModel *m_model;
    QCompleter *m_completer;
};

} // namespace fc
