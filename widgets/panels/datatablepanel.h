#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;
class QSortFilterProxyModel;
class QUndoStack;

namespace fc {

class Store;
class StoreTableModel;

// The operation's tables as a spreadsheet: pick a table (hazards, shelters, gates, teams ... and the
// read-only audit log), filter, sort by raw values, edit cells. Edits become undo commands on the
// shared undo stack and are written by the store thread with an audit entry.
class DataTablePanel : public QWidget
{
    Q_OBJECT
public:
    DataTablePanel(Store *store, QUndoStack *undo, QWidget *parent = nullptr);
    void showTable(const QString &table);
    StoreTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // A row was activated (double-click): its table and fid, to locate it on the map.
    void rowActivated(const QString &table, qint64 fid);

private:
    Store *m_store;
    QUndoStack *m_undo;
    QComboBox *m_tables;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    StoreTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
};

} // namespace fc
