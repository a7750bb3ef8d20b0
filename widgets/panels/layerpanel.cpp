#include "widgets/panels/layerpanel.h"

#include "maps/layermodel.h"
#include "maps/maplayer.h"
#include "widgets/map/mapcanvas.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace fc {

LayerPanel::LayerPanel(LayerModel *model, MapCanvas *canvas, QWidget *parent)
    : QWidget(parent), m_model(model), m_canvas(canvas)
{
    m_view = new QTreeView(this);
    m_view->setModel(model);
    m_view->setHeaderHidden(false);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(QSize(18, 18));
    // Drag a layer within its group to reorder the map (the model moves it in the registry).
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->header()->setSectionResizeMode(LayerModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LayerModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->expandToDepth(0);
    connect(model, &QAbstractItemModel::modelReset, m_view, [this] { m_view->expandToDepth(0); });

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    m_up = new QToolButton(this);
    m_up->setText(QStringLiteral("▲"));
    m_up->setToolTip(tr("Move layer up"));
    m_down = new QToolButton(this);
    m_down->setText(QStringLiteral("▼"));
    m_down->setToolTip(tr("Move layer down"));
    m_zoom = new QToolButton(this);
    m_zoom->setText(tr("Zoom to layer"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Opacity"), this));
    row->addWidget(m_opacity, 1);
    row->addWidget(m_up);
    row->addWidget(m_down);
    row->addWidget(m_zoom);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addWidget(m_view, 1);
    lay->addLayout(row);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::selectionChanged,
                Qt::UniqueConnection);
        selectionChanged();
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        const QModelIndex i = m_model->indexForLayer(currentLayerId());
        if (i.isValid())
            m_model->setData(i, v / 100.0, LayerModel::OpacityRole);
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const QString id = currentLayerId();
        m_model->moveLayer(id, +1);
        m_view->setCurrentIndex(m_model->indexForLayer(id));
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const QString id = currentLayerId();
        m_model->moveLayer(id, -1);
        m_view->setCurrentIndex(m_model->indexForLayer(id));
    });
    connect(m_zoom, &QToolButton::clicked, this, [this] { m_canvas->zoomToLayer(currentLayerId()); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        if (MapLayer *l = m_model->layerForIndex(i))
            m_canvas->zoomToLayer(l->id());
    });
    selectionChanged();
}

QString LayerPanel::currentLayerId() const
{
    MapLayer *l = m_model->layerForIndex(m_view->currentIndex().siblingAtColumn(0));
    return l ? l->id() : QString();
}

void LayerPanel::selectionChanged()
{
    MapLayer *l = m_model->layerForIndex(m_view->currentIndex().siblingAtColumn(0));
    for (QWidget *w : {static_cast<QWidget *>(m_opacity), static_cast<QWidget *>(m_up), static_cast<QWidget *>(m_down),
                       static_cast<QWidget *>(m_zoom)})
        w->setEnabled(l != nullptr);
    if (l) {
        const QSignalBlocker block(m_opacity);
        m_opacity->setValue(int(l->opacity() * 100));
    }
}

} // namespace fc
