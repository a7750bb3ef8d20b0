#pragma once

#include "app/core/live/dispatchstate.h"

#include "app/core/models/fidtablemodel.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>

namespace fc {

// The team status board: one row per rescue team, coloured by duty status, with the time in that status and
// the current task. Kept current from DispatchState (the change feed); setNow() moves the clocks on.
class TeamBoardModel : public FidTableModel
{
    Q_OBJECT
public:
    enum Column { Team, Status, TimeInStatus, Task, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, FidRole };

    explicit TeamBoardModel(DispatchState *state, QObject *parent = nullptr);
    static QColor statusColour(const QString &dutyStatus);
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
