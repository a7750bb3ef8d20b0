#include "app/core/models/incidentlistmodel.h"

#include "app/core/rules/incidentdesk.h"

#include <QColor>

namespace fc {

IncidentListModel::IncidentListModel(DispatchState *state, QObject *parent) : FidTableModel(parent), m_state(state)
{
    connect(state, &DispatchState::loaded, this, &IncidentListModel::reset);
    connect(state, &DispatchState::changed, this, &IncidentListModel::onChanged);
    reset();
}

void IncidentListModel::setNow(const QDateTime &now)
{
    m_now = now;
    columnChanged(TimeInState, {Qt::DisplayRole});
}

void IncidentListModel::reset()
{
    QList<qint64> fids;
    if (m_state)
        fids = m_state->rows(QStringLiteral("incidents")).keys();
    resetRows(fids);
}

void IncidentListModel::onChanged(const QString &table, const QList<qint64> &fids)
{
    if (table == QLatin1String("dispatches") || table == QLatin1String("rescue_teams")) {
        columnChanged(Team);
        return;
    }
    if (table != QLatin1String("incidents"))
        return;
    applyChanges(fids, m_state->rows(table));
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_state || index.row() >= m_fids.size())
        return {};
    const StoreRow r = m_state->row(QStringLiteral("incidents"), m_fids[index.row()]);
    const QString state = IncidentDesk::stateOf(r);
    const QString priority = r.values.value(QStringLiteral("priority")).toString();
    if (role == FidRole)
        return r.fid;
    if (role == OpenRole)
        return state != QLatin1String("closed") && state != QLatin1String("cancelled");
    if (role == Qt::ForegroundRole && index.column() == Priority)
        return priority == QLatin1String("urgent") ? QColor(255, 82, 82)
               : priority == QLatin1String("high") ? QColor(255, 160, 0) : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Number:
        return r.fid;
    case Kind: {
        const QString k = r.values.value(QStringLiteral("kind")).toString();
        return role == RawValueRole ? QVariant(k) : QVariant(IncidentDesk::kindLabel(k));
    }
    case Priority:
        return role == RawValueRole ? QVariant(IncidentDesk::priorities().indexOf(priority)) : QVariant(IncidentDesk::priorityLabel(priority));
    case State:
        return role == RawValueRole ? QVariant(IncidentDesk::states().indexOf(state)) : QVariant(IncidentDesk::stateLabel(state));
    case TimeInState: {
        QVariant v = r.values.value(QStringLiteral("state_since"));
        if (v.isNull())
            v = r.values.value(QStringLiteral("reported_at"));
        const QDateTime since = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!since.isValid() || !m_now.isValid())
            return {};
        const qint64 s = since.secsTo(m_now);
        return role == RawValueRole ? QVariant(s) : QVariant(tr("%1 min").arg(s / 60));
    }
    case Title:
        return IncidentDesk::titleOf(r);
    case Team: {
        QStringList names;
        for (const StoreRow &d : m_state->activeDispatches(r.fid))
            names << m_state->row(QStringLiteral("rescue_teams"), d.values.value(QStringLiteral("team_fid")).toLongLong())
                         .values.value(QStringLiteral("name")).toString();
        return names.isEmpty() ? QVariant() : QVariant(names.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("#");
    case Kind: return tr("Kind");
    case Priority: return tr("Priority");
    case State: return tr("State");
    case TimeInState: return tr("In state");
    case Title: return tr("Title");
    case Team: return tr("Team");
    default: return {};
    }
}

} // namespace fc
