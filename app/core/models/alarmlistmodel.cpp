#include "app/core/models/alarmlistmodel.h"

#include "app/core/live/alarmservice.h"

#include <QColor>
#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace fc {

QString AlarmListModel::sourceLabel(const QString &source)
{
    return alarmSourceLabel(source);
}

namespace {

QString bjTime(const QVariant &stored)
{
    const QDateTime t = stored.typeId() == QMetaType::QDateTime ? stored.toDateTime()
                                                                : QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QColor levelBackground(AlarmLevel l)
{
    switch (l) {
    case AlarmLevel::Blue:
        return QColor(40, 110, 220);
    case AlarmLevel::Yellow:
        return QColor(230, 200, 30);
    case AlarmLevel::Orange:
        return QColor(240, 130, 20);
    case AlarmLevel::Red:
        return QColor(220, 40, 40);
    case AlarmLevel::None:
        break;
    }
    return {};
}

bool isCleared(const QVariantMap &a)
{
    return !a.value(QStringLiteral("cleared_at")).isNull() && a.value(QStringLiteral("cleared_at")).isValid();
}

bool isAcknowledged(const QVariantMap &a)
{
    return !a.value(QStringLiteral("acknowledged_by")).toString().isEmpty();
}

} // namespace

AlarmListModel::AlarmListModel(AlarmService *service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    connect(service, &AlarmService::alarmsChanged, this, &AlarmListModel::syncAlarms);
    connect(service, &AlarmService::readingsChanged, this, &AlarmListModel::refreshValues);
    syncAlarms();
}

int AlarmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AlarmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Level");
    case Name:
        return tr("Sensor / wall segment");
    case Source:
        return tr("Kind");
    case Value:
        return tr("Value");
    case Raised:
        return tr("Raised");
    case State:
        return tr("State");
    case AckBy:
        return tr("Acknowledged by");
    case Remark:
        return tr("Remark");
    default:
        return {};
    }
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_service)
        return {};
    const qint64 key = m_keys.at(index.row());
    const QVariantMap a = m_service->alarms().value(key);
    const AlarmEngine &e = m_service->engine();
    const AlarmLevel level = AlarmLevels::fromCode(a.value(QStringLiteral("level")).toString());
    const bool cleared = isCleared(a);
    const bool acked = isAcknowledged(a);
    const int state = cleared ? Cleared : acked ? Acknowledged : Unacknowledged;
    const qint64 sensor = a.value(QStringLiteral("sensor_fid")).toLongLong();
    const qint64 wall = a.value(QStringLiteral("wall_fid")).toLongLong();
    const QString source = a.value(QStringLiteral("source")).toString();
    const int col = index.column();

    if (col == Level) {
        switch (role) {
        case KeyRole:
            return key;
        case LevelRole:
            return int(level);
        case StateRole:
            return state;
        case Qt::BackgroundRole:
            return levelBackground(level);
        case Qt::ForegroundRole:
            return level == AlarmLevel::Yellow ? QColor(20, 20, 20) : QColor(Qt::white);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    const bool sortValue = role == Qt::UserRole;
    switch (col) {
    case Level:
        return sortValue ? QVariant(int(level)) : QVariant(AlarmLevels::caption(level));
    case Name: {
        if (wall) {
            for (const WallSegment &w : e.walls())
                if (w.fid == wall)
                    return w.name;
            return tr("Wall segment %1").arg(wall);
        }
        return e.sensors().value(sensor).name;
    }
    case Source:
        return sourceLabel(source);
    case Value: {
        // The current value while in force (the value at the last level change once cleared).
        double value = a.value(QStringLiteral("value")).toDouble();
        QString unit = e.sensors().value(sensor).unit;
        if (!cleared) {
            if (source == QLatin1String("reading") && e.latest().contains(sensor))
                value = e.latest().value(sensor).value;
            else if (source == QLatin1String("rain_1h"))
                value = e.rainTotal1h(sensor);
            else if (source == QLatin1String("rain_6h"))
                value = e.rainTotal6h(sensor);
        }
        if (source == QLatin1String("freeboard"))
            unit = QStringLiteral("m");
        else if (source.startsWith(QLatin1String("rain")))
            unit = QStringLiteral("mm");
        if (sortValue)
            return value;
        return QStringLiteral("%1 %2").arg(value, 0, 'f', unit == QLatin1String("m") ? 2 : 1).arg(unit);
    }
    case Raised: {
        const QVariant raised = a.value(QStringLiteral("raised_at"));
        const QDateTime t = raised.typeId() == QMetaType::QDateTime ? raised.toDateTime()
                                                                    : QDateTime::fromString(raised.toString(), Qt::ISODateWithMs);
        return sortValue ? QVariant(t.toMSecsSinceEpoch()) : QVariant(bjTime(raised));
    }
    case State:
        if (sortValue)
            return state;
        return cleared ? tr("Cleared %1").arg(bjTime(a.value(QStringLiteral("cleared_at"))))
               : acked ? tr("Acknowledged %1").arg(bjTime(a.value(QStringLiteral("acknowledged_at"))))
                       : tr("NOT ACKNOWLEDGED");
    case AckBy:
        return a.value(QStringLiteral("acknowledged_by")).toString();
    case Remark:
        return a.value(QStringLiteral("remark")).toString();
    default:
        return {};
    }
}

int AlarmListModel::unacknowledgedUrgent() const
{
    int n = 0;
    if (!m_service)
        return 0;
    for (auto it = m_service->alarms().cbegin(); it != m_service->alarms().cend(); ++it)
        if (!isCleared(*it) && !isAcknowledged(*it)
            && AlarmLevels::fromCode(it->value(QStringLiteral("level")).toString()) >= AlarmLevel::Orange)
            ++n;
    return n;
}

int AlarmListModel::inForce() const
{
    int n = 0;
    if (!m_service)
        return 0;
    for (auto it = m_service->alarms().cbegin(); it != m_service->alarms().cend(); ++it)
        n += isCleared(*it) ? 0 : 1;
    return n;
}

void AlarmListModel::syncAlarms()
{
    if (!m_service)
        return;
    const QMap<qint64, QVariantMap> &alarms = m_service->alarms();
    // Rows whose alarm is gone: removed, in runs from the end so the row numbers stay valid.
    for (int r = int(m_keys.size()) - 1; r >= 0; --r) {
        if (alarms.contains(m_keys[r]))
            continue;
        int first = r;
        while (first > 0 && !alarms.contains(m_keys[first - 1]))
            --first;
        beginRemoveRows({}, first, r);
        m_keys.remove(first, r - first + 1);
        endRemoveRows();
        r = first;
    }
    // Rows still there: their content may have changed (level, acknowledgement, clearing).
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
    // New alarms: appended in one block.
    const QSet<qint64> known(m_keys.cbegin(), m_keys.cend());
    QVector<qint64> added;
    for (auto it = alarms.cbegin(); it != alarms.cend(); ++it)
        if (!known.contains(it.key()))
            added.append(it.key());
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_keys.size()), int(m_keys.size() + added.size()) - 1);
        m_keys += added;
        endInsertRows();
    }
}

void AlarmListModel::refreshValues()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_keys.size()) - 1, Value), {Qt::DisplayRole, Qt::UserRole});
}

} // namespace fc
