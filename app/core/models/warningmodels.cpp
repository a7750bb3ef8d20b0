#include "app/core/models/warningmodels.h"

#include "app/core/base/clock.h"
#include "app/core/base/uilanguage.h"


#include <QTimeZone>

namespace fc {

namespace {

QString local(const QDateTime &t)
{
    static const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    return t.isValid() ? t.toTimeZone(shanghai).toString(QStringLiteral("MM-dd HH:mm")) : QString();
}

QVariant raw(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

} // namespace

// --- SignalTableModel ---

SignalTableModel::SignalTableModel(WarningService *service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    connect(service, &WarningService::reset, this, &SignalTableModel::resetRows);
    connect(service, &WarningService::changed, this, &SignalTableModel::onChanged);
    resetRows();
}

void SignalTableModel::resetRows()
{
    beginResetModel();
    m_fids.clear();
    if (m_service)
        for (const WarningSignal &s : m_service->state().allSignals())
            m_fids.append(s.fid);
    endResetModel();
}

void SignalTableModel::onChanged(const QList<RowEvent> &events)
{
    for (const RowEvent &e : events) {
        if (e.table != QLatin1String("warning_signals"))
            continue;
        const int row = int(m_fids.indexOf(e.fid));
        if (e.kind == RowEvent::Kind::Delete) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_fids.removeAt(row);
                endRemoveRows();
            }
        } else if (row < 0) {
            beginInsertRows({}, int(m_fids.size()), int(m_fids.size()));
            m_fids.append(e.fid);
            endInsertRows();
        } else {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int SignalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

int SignalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_service)
        return {};
    const WarningSignal s = m_service->state().signal(m_fids.value(index.row()));
    const QDateTime now = m_service->state().now();
    const bool inForce = s.inForceAt(now);
    if (role == FidRole)
        return s.fid;
    if (role == InForceRole)
        return inForce;
    if (role == Qt::DecorationRole && index.column() == Kind)
        return WarningSignal::colourValue(s.colour);
    if (role == Qt::ForegroundRole && !inForce)
        return QColor(0x88, 0x90, 0x9c);
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case Kind:
        return role == RawValueRole ? QVariant(s.kind) : QVariant(WarningSignal::kindName(s.kind));
    case Colour:
        return role == RawValueRole ? QVariant(WarningSignal::colourRank(s.colour)) : QVariant(WarningSignal::colourName(s.colour));
    case Action: {
        if (role == RawValueRole)
            return s.action;
        QString a = s.action == QLatin1String("upgrade")     ? tr("Upgraded")
                    : s.action == QLatin1String("downgrade") ? tr("Downgraded")
                                                             : tr("Issued");
        if (!inForce)
            a += QStringLiteral(" → ") + (s.ended == QLatin1String("lift")     ? tr("lifted")
                                          : s.ended == QLatin1String("cancel") ? tr("cancelled")
                                                                               : tr("changed"));
        return a;
    }
    case IssuedAt:
        return role == RawValueRole ? raw(s.issuedAt) : QVariant(local(s.issuedAt));
    case LiftedAt:
        if (role == RawValueRole)
            return raw(s.liftedAt);
        if (s.lapsesAt(now))
            return tr("in force until %1").arg(local(s.liftedAt));
        return inForce ? tr("in force") : local(s.liftedAt);
    case Issuer:
        return s.issuer;
    case Area:
        return role == RawValueRole ? QVariant(s.area) : QVariant(UiLanguage::areaText(s.area));
    case Text:
        return role == Qt::DisplayRole ? QVariant(s.text.section(QLatin1Char('\n'), 0, 0)) : QVariant(s.text);
    case EnteredBy:
        return s.enteredBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SignalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kind:
        return tr("Signal");
    case Colour:
        return tr("Colour");
    case Action:
        return tr("Action");
    case IssuedAt:
        return tr("Issued");
    case LiftedAt:
        return tr("Lifted");
    case Issuer:
        return tr("Issued by");
    case Area:
        return tr("Area");
    case Text:
        return tr("Text");
    case EnteredBy:
        return tr("Entered by");
    case ColumnCount:
        break;
    }
    return {};
}

// --- ChecklistModel ---

ChecklistModel::ChecklistModel(WarningService *service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    connect(service, &WarningService::reset, this, &ChecklistModel::resetRows);
    connect(service, &WarningService::changed, this, &ChecklistModel::onChanged);
    if (service->clock()) {
        connect(service->clock(), &Clock::ticked, this, &ChecklistModel::onTick);
        connect(service->clock(), &Clock::jumped, this, &ChecklistModel::onTick);
    }
    resetRows();
}

void ChecklistModel::resetRows()
{
    beginResetModel();
    m_fids = m_service ? m_service->state().checklist().keys() : QList<qint64>();
    endResetModel();
}

void ChecklistModel::onChanged(const QList<RowEvent> &events)
{
    for (const RowEvent &e : events) {
        if (e.table != QLatin1String("checklist_items"))
            continue;
        const int row = int(m_fids.indexOf(e.fid));
        if (e.kind == RowEvent::Kind::Delete) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_fids.removeAt(row);
                endRemoveRows();
            }
        } else if (row < 0) {
            beginInsertRows({}, int(m_fids.size()), int(m_fids.size()));
            m_fids.append(e.fid);
            endInsertRows();
        } else {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ChecklistModel::onTick()
{
    // Only rows whose overdue state changed since the last tick are announced.
    if (!m_service)
        return;
    const QDateTime now = m_service->clock() ? m_service->clock()->now() : QDateTime::currentDateTimeUtc();
    QSet<qint64> overdue;
    for (const ChecklistItem &i : m_service->state().checklist())
        if (i.isOverdue(now))
            overdue.insert(i.fid);
    if (overdue == m_overdue)
        return;
    for (int row = 0; row < m_fids.size(); ++row)
        if (overdue.contains(m_fids[row]) != m_overdue.contains(m_fids[row]))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, OverdueRole});
    m_overdue = overdue;
}

QString ChecklistModel::stateText(const ChecklistItem &i, const QDateTime &now)
{
    if (i.isClosed())
        return tr("Closed");
    if (i.isDone())
        return tr("Done");
    if (i.isOverdue(now))
        return tr("Overdue");
    return tr("Open");
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_service)
        return {};
    const ChecklistItem i = m_service->state().item(m_fids.value(index.row()));
    const QDateTime now = m_service->clock() ? m_service->clock()->now() : QDateTime::currentDateTimeUtc();
    switch (role) {
    case FidRole:
        return i.fid;
    case OverdueRole:
        return i.isOverdue(now);
    case OpenRole:
        return i.isOpen();
    case ClosedRole:
        return i.isClosed();
    case StartedRole:
        return i.startedAt.isValid() ? i.startedAt.toMSecsSinceEpoch() : 0;
    case Qt::BackgroundRole:
        return i.isOverdue(now) ? QVariant(QColor(0xb0, 0x1c, 0x1c)) : QVariant();
    case Qt::ForegroundRole:
        if (i.isOverdue(now))
            return QColor(Qt::white);
        if (!i.isOpen())
            return QColor(0x88, 0x90, 0x9c);
        return {};
    case Qt::CheckStateRole:
        return index.column() == Task ? QVariant(i.isDone() ? Qt::Checked : Qt::Unchecked) : QVariant();
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != RawValueRole)
        return {};
    switch (Column(index.column())) {
    case Unit:
        return role == RawValueRole ? QVariant(i.unit) : QVariant(UiLanguage::pick(i.unit, m_service->state().plan().item(i.itemCode).unitEn));
    case Task:
        return role == RawValueRole ? QVariant(i.task) : QVariant(UiLanguage::pick(i.task, m_service->state().plan().item(i.itemCode).taskEn));
    case Level:
        return role == RawValueRole ? QVariant(ResponseLevel::rank(i.level)) : QVariant(i.level);
    case Due:
        return role == RawValueRole ? raw(i.dueAt) : QVariant(local(i.dueAt));
    case State:
        if (role == RawValueRole)
            return i.isClosed() ? 3 : i.isDone() ? 2 : i.isOverdue(now) ? 0 : 1;
        if (role == Qt::ToolTipRole && i.isClosed())
            return i.closedReason;
        if (role == Qt::ToolTipRole && i.isDone())
            return tr("Done by %1 at %2").arg(i.doneBy, local(i.doneAt));
        return stateText(i, now);
    case DoneBy:
        return i.doneBy;
    case DoneAt:
        return role == RawValueRole ? raw(i.doneAt) : QVariant(local(i.doneAt));
    case Remark:
        return i.remark;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Unit:
        return tr("Unit");
    case Task:
        return tr("Task");
    case Level:
        return tr("Level");
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case DoneBy:
        return tr("Done by");
    case DoneAt:
        return tr("Done at");
    case Remark:
        return tr("Remark");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fc
