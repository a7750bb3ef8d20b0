#pragma once

#include "app/core/live/warningservice.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace fc {

// Warning signals (history included) for a panel, fed by WarningService (the store's change feed).
class SignalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Colour, Action, IssuedAt, LiftedAt, Issuer, Area, Text, EnteredBy, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, FidRole, InForceRole };

    explicit SignalTableModel(WarningService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 fidAt(int row) const { return row >= 0 && row < m_fids.size() ? m_fids.at(row) : 0; }

private:
    void resetRows();
    void onChanged(const QList<fc::RowEvent> &events);

    QPointer<WarningService> m_service;
    QList<qint64> m_fids;
};

// Checklist items for a panel: unit, task, level, due, state (open / done / overdue / closed), who, remark.
// Overdue is judged against the service's clock; open items are refreshed on each clock tick.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Unit, Task, Level, Due, State, DoneBy, DoneAt, Remark, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, FidRole, OverdueRole, OpenRole, ClosedRole, StartedRole };

    explicit ChecklistModel(WarningService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 fidAt(int row) const { return row >= 0 && row < m_fids.size() ? m_fids.at(row) : 0; }
    static QString stateText(const ChecklistItem &item, const QDateTime &now);

private:
    void resetRows();
    void onChanged(const QList<fc::RowEvent> &events);
    void onTick();

    QPointer<WarningService> m_service;
    QList<qint64> m_fids;
    QSet<qint64> m_overdue; // as of the last tick
};

} // namespace fc
