#pragma once

#include "widgets/panels/panel.h"

#include "app/core/rules/shelters.h"
#include "app/core/rules/supplies.h"

#include <QHash>
#include <QList>
#include <QPointer>

class QComboBox;
class QCustomPlot;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fc {

// The supplies warehouse (物资仓库) and the shelters board (安置点). The warehouse dock charts each category's kinds
// at and below their minimum level, lists the low-stock and expiry alarms (Supplies::alarms) and the latest
// movements, and issues supplies to a shelter; the shelters dock shows occupancy against capacity and records people
// moved in or out (an arrival over capacity needs an override reason). Both follow the change feed (movements and
// transfers are appended as they commit) and, during a replay, show the stock and occupancy at the replay time
// (sums of the movements and transfers up to it; read-only).
class SuppliesPanel : public Panel
{
    Q_OBJECT
public:
    explicit SuppliesPanel(QObject *parent = nullptr);
    ~SuppliesPanel() override;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override { return m_loading == 0; }

    QDockWidget *warehouseDock() const { return m_warehouseDock; }
    QDockWidget *sheltersDock() const { return m_sheltersDock; }

private:
    void reload();
    void onRows(const QList<RowEvent> &events);
    void refresh();
    void refreshWarehouse(const QDateTime &asOf);
    void refreshShelters(const QDateTime &asOf);
    void updateWriteAccess();
    void issue();
    void movepeople(bool arrival);
    void requestSupplies();
    void confirmRequest();

    PanelHost *m_host = nullptr;
    QPointer<Store> m_store;
    int m_loading = 0;
    int m_generation = 0;

    QList<SupplyKind> m_kinds;
    QList<SupplyMovement> m_movements;
    QHash<qint64, QString> m_warehouses;
    QList<StoreRow> m_shelterRows, m_profiles;
    QList<PeopleTransfer> m_transfers;
    QList<StoreRow> m_requests;

    QDockWidget *m_warehouseDock = nullptr;
    QDockWidget *m_sheltersDock = nullptr;
    QCustomPlot *m_chart = nullptr;
    QListWidget *m_alarms = nullptr;
    QTableWidget *m_moves = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_qty = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPushButton *m_issue = nullptr;
    QListWidget *m_pending = nullptr;
    QPushButton *m_confirm = nullptr;

    QTableWidget *m_board = nullptr;
    QLabel *m_boardSummary = nullptr;
    QComboBox *m_shelter = nullptr;
    QSpinBox *m_people = nullptr;
    QLineEdit *m_origin = nullptr;
    QLineEdit *m_override = nullptr;
    QPushButton *m_arrive = nullptr;
    QPushButton *m_depart = nullptr;
    QComboBox *m_askKind = nullptr;
    QSpinBox *m_askQty = nullptr;
    QPushButton *m_ask = nullptr;
};

} // namespace fc
