#include "app/core/models/teamboardmodel.h"

#include "app/core/rules/incidentdesk.h"

namespace fc {

namespace {

QDateTime timeOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString duration(qint64 secs)
{
    if (secs < 0)
        return QString();
    if (secs < 3600)
        return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2").arg(secs / 3600).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TeamBoardModel::TeamBoardModel(DispatchState *state, QObject *parent) : FidTableModel(parent), m_state(state)
{
    connect(state, &DispatchState::loaded, this, &TeamBoardModel::reset);
    connect(state, &DispatchState::changed, this, &TeamBoardModel::onChanged);
    reset();
}

QColor TeamBoardModel::statusColour(const QString &s)
{
    if (s.isEmpty() || s == QLatin1String("available"))
        return QColor(46, 125, 50);
    if (s == QLatin1String("standing_watch"))
        return QColor(0, 105, 130);
    if (s == QLatin1String("dispatched"))
        return QColor(200, 120, 0);
    if (s == QLatin1String("en_route"))
        return QColor(214, 90, 0);
    if (s == QLatin1String("on_scene"))
        return QColor(183, 28, 28);
    if (s == QLatin1String("returning"))
        return QColor(94, 53, 177);
    return QColor(84, 94, 105); // off duty
}

void TeamBoardModel::setNow(const QDateTime &now)
{
    m_now = now;
    columnChanged(TimeInStatus, {Qt::DisplayRole});
}

void TeamBoardModel::reset()
{
    QList<qint64> fids;
    if (m_state)
        fids = m_state->rows(QStringLiteral("rescue_teams")).keys();
    resetRows(fids);
}

void TeamBoardModel::onChanged(const QString &table, const QList<qint64> &fids)
{
    if (table == QLatin1String("incidents")) {
        columnChanged(Task);
        return;
    }
    if (table != QLatin1String("rescue_teams"))
        return;
    applyChanges(fids, m_state->rows(table));
}

int TeamBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_state || index.row() >= m_fids.size())
        return {};
    const StoreRow r = m_state->row(QStringLiteral("rescue_teams"), m_fids[index.row()]);
    const QString status = r.values.value(QStringLiteral("duty_status")).toString();
    const QDateTime since = timeOf(r.values.value(QStringLiteral("status_since")));
    const qint64 task = r.values.value(QStringLiteral("current_incident_fid")).toLongLong();
    if (role == FidRole)
        return r.fid;
    if (role == Qt::BackgroundRole && index.column() == Status)
        return statusColour(status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QColor(Qt::white);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Team:
        return r.values.value(QStringLiteral("name"));
    case Status:
        return role == RawValueRole ? QVariant(status) : QVariant(IncidentDesk::dutyStatusLabel(status));
    case TimeInStatus:
        if (!since.isValid() || !m_now.isValid())
            return role == RawValueRole ? QVariant(qint64(-1)) : QVariant(QStringLiteral("—"));
        return role == RawValueRole ? QVariant(since.secsTo(m_now)) : QVariant(duration(since.secsTo(m_now)));
    case Task: {
        if (!task) {
            const QString post = r.values.value(QStringLiteral("post")).toString();
            return post.isEmpty() ? QVariant() : QVariant(tr("post: %1").arg(post));
        }
        const StoreRow inc = m_state->row(QStringLiteral("incidents"), task);
        return tr("#%1 %2").arg(task).arg(IncidentDesk::titleOf(inc));
    }
    default:
        return {};
    }
}

QVariant TeamBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Team: return tr("Team");
    case Status: return tr("Status");
    case TimeInStatus: return tr("Time in status");
    case Task: return tr("Current task");
    default: return {};
    }
}

} // namespace fc
