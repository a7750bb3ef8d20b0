#include "widgets/panels/datatablepanel.h"

#include "app/core/district/floodlayers.h"
#include "app/core/store/store.h"
#include "app/core/models/storetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

DataTablePanel::DataTablePanel(Store *store, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo)
{
    m_tables = new QComboBox(this);
    // Map layers people maintain, then the audit trail.
    for (const FloodLayers::Spec &s : FloodLayers::specs()) {
        if (s.id == QLatin1String("district_boundary") || s.id == QLatin1String("blocks") || s.id == QLatin1String("river")
            || s.id == QLatin1String("roads"))
            continue;
        m_tables->addItem(s.name, s.id);
    }
    m_tables->addItem(tr("Audit log (read-only)"), QStringLiteral("audit_log"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setVisible(false);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(StoreTableModel::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_status = new QLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tables);
    top->addWidget(m_filter, 1);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(top);
    lay->addWidget(m_view, 1);
    lay->addWidget(m_status);

    connect(m_tables, &QComboBox::currentIndexChanged, this, [this] { showTable(m_tables->currentData().toString()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (!m_model || m_model->table() == QLatin1String("audit_log"))
            return;
        const QModelIndex src = m_proxy->mapToSource(i);
        if (src.column() == 0 || !(m_model->flags(src) & Qt::ItemIsEditable))
            Q_EMIT rowActivated(m_model->table(), m_model->fidAt(src.row()));
    });
    showTable(m_tables->currentData().toString());
}

void DataTablePanel::showTable(const QString &table)
{
    const int idx = m_tables->findData(table);
    if (idx >= 0 && idx != m_tables->currentIndex()) {
        m_tables->setCurrentIndex(idx); // re-enters through the signal
        return;
    }
    auto *model = new StoreTableModel(m_store, table, this);
    if (table != QLatin1String("audit_log"))
        model->setUndoStack(m_undo);
    else // every committed change appends to the audit log: show new entries as they come
        connect(m_store, &Store::rowsChanged, model, &StoreTableModel::reload);
    connect(model, &StoreTableModel::loaded, this, [this, model] {
        m_status->setText(tr("%n row(s). Double-click the first column to show a row on the map; edits can be undone.", nullptr,
                             model->rowCount()));
        m_view->resizeColumnsToContents();
        for (int c = 0; c < model->columnCount(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 260));
    });
    m_proxy->setSourceModel(model);
    if (m_model)
        m_model->deleteLater();
    m_model = model;
    m_status->setText(tr("Loading…"));
}

} // namespace fc
