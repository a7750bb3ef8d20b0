#include "app/core/teamboardmodel.h"

#include "app/core/incidentdesk.h"

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

TeamBoardModel::TeamBoardModel(DispatchState *state, QObject *parent) : QAbstractTableModel(parent), m_state(state)
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
    if (!m_fids.isEmpty())
        Q_EMIT dataChanged(index(0, TimeInStatus), index(int(m_fids.size()) - 1, TimeInStatus), {Qt::DisplayRole});
}

void TeamBoardModel::reset()
{
    beginResetModel();
    m_fids.clear();
    if (m_state)
        for (const StoreRow &r : m_state->list(QStringLiteral("rescue_teams")))
            m_fids.append(r.fid);
    endResetModel();
}

void TeamBoardModel::onChanged(const QString &table, const QList<qint64> &fids)
{
    if (table == QLatin1String("incidents")) {
        if (!m_fids.isEmpty())
            Q_EMIT dataChanged(index(0, Task), index(int(m_fids.size()) - 1, Task));
        return;
    }
    if (table != QLatin1String("rescue_teams"))
        return;
    for (qint64 fid : fids) {
        const int row = int(m_fids.indexOf(fid));
        const bool exists = m_state->rows(table).contains(fid);
        if (row >= 0 && exists) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_fids.removeAt(row);
            endRemoveRows();
        } else if (exists) {
            int at = 0;
            while (at < m_fids.size() && m_fids[at] < fid)
                ++at;
            beginInsertRows({}, at, at);
            m_fids.insert(at, fid);
            endInsertRows();
        }
    }
}

int TeamBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
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
        return tr("#%1 %2").arg(task).arg(inc.values.value(QStringLiteral("title")).toString());
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
