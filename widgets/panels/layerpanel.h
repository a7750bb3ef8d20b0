#pragma once

#include <QWidget>

class QTreeView;
class QSlider;
class QToolButton;

namespace fc {

class LayerModel;
class MapCanvas;

// The layer list: groups, visibility check boxes, legend swatches, feature counts, opacity and
// order of the selected layer, zoom to layer.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    LayerPanel(LayerModel *model, MapCanvas *canvas, QWidget *parent = nullptr);

private:
    void selectionChanged();
    QString currentLayerId() const;

    LayerModel *m_model;
    MapCanvas *m_canvas;
    QTreeView *m_view;
    QSlider *m_opacity;
    QToolButton *m_up, *m_down, *m_zoom;
};

} // namespace fc
