#pragma once

#include "app/core/live/dispatchstate.h"

#include "app/core/models/fidtablemodel.h"

#include <QDateTime>
#include <QPointer>

namespace fc {

// Incidents for the incident panel: number, kind, priority, lifecycle state, time in state, title, team.
// Kept current from DispatchState (the change feed).
class IncidentListModel : public FidTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Kind, Priority, State, TimeInState, Title, Team, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, FidRole, OpenRole };

    explicit IncidentListModel(DispatchState *state, QObject *parent = nullptr);
    void setNow(const QDateTime &now);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();
    void onChanged(const QString &table, const QList<qint64> &fids);

    QPointer<DispatchState> m_state;
    QDateTime m_now;
};

} // namespace fc
