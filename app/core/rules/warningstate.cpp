#include "app/core/rules/warningstate.h"

#include "app/core/base/clock.h"
#include "app/core/store/store.h"

#include <algorithm>

namespace fc {

namespace {

QDateTime timeOf(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = v.typeId() == QMetaType::QDateTime ? v.toDateTime()
                                                      : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString text(const QVariantMap &r, const char *k)
{
    return r.value(QString::fromLatin1(k)).toString();
}

} // namespace

ResponseRecord ResponseRecord::fromRow(qint64 fid, const QVariantMap &r)
{
    ResponseRecord x;
    x.fid = fid;
    x.level = text(r, "level");
    x.proposed = text(r, "proposed");
    x.decision = text(r, "decision");
    x.reason = text(r, "reason");
    x.decidedBy = text(r, "decided_by");
    x.scope = text(r, "scope");
    x.changedAt = timeOf(r.value(QStringLiteral("changed_at")));
    x.endedAt = timeOf(r.value(QStringLiteral("ended_at")));
    x.enteredAt = timeOf(r.value(QStringLiteral("entered_at")));
    x.signalFid = r.value(QStringLiteral("signal_fid")).toLongLong();
    x.planFid = r.value(QStringLiteral("plan_fid")).toLongLong();
    return x;
}

ChecklistItem ChecklistItem::fromRow(qint64 fid, const QVariantMap &r)
{
    ChecklistItem x;
    x.fid = fid;
    x.responseFid = r.value(QStringLiteral("response_fid")).toLongLong();
    x.planFid = r.value(QStringLiteral("plan_fid")).toLongLong();
    x.level = text(r, "level");
    x.task = text(r, "task");
    x.unit = text(r, "owner");
    x.status = text(r, "status");
    x.doneBy = text(r, "done_by");
    x.remark = text(r, "remark");
    x.itemCode = text(r, "item_code");
    x.closedReason = text(r, "closed_reason");
    x.dueMinutes = r.value(QStringLiteral("due_minutes")).toInt();
    x.doneAt = timeOf(r.value(QStringLiteral("done_at")));
    x.startedAt = timeOf(r.value(QStringLiteral("started_at")));
    x.dueAt = timeOf(r.value(QStringLiteral("due_at")));
    x.closedAt = timeOf(r.value(QStringLiteral("closed_at")));
    return x;
}

const QStringList &WarningState::tables()
{
    static const QStringList t = {QStringLiteral("warning_signals"), QStringLiteral("response_levels"),
                                  QStringLiteral("checklist_items"), QStringLiteral("plans")};
    return t;
}

WarningState WarningState::read(Store &store, QString *error)
{
    WarningState s;
    for (const QString &t : tables()) {
        QFuture<QList<StoreRow>> f = store.rows(t);
        f.waitForFinished();
        s.load(t, f.result());
    }
    Q_UNUSED(error);
    return s;
}

void WarningState::load(const QString &table, const QList<StoreRow> &rows)
{
    if (table == QLatin1String("warning_signals")) {
        m_signals.clear();
        for (const StoreRow &r : rows)
            m_signals.insert(r.fid, WarningSignal::fromRow(r.fid, r.values));
    } else if (table == QLatin1String("response_levels")) {
        m_responses.clear();
        for (const StoreRow &r : rows)
            m_responses.insert(r.fid, ResponseRecord::fromRow(r.fid, r.values));
    } else if (table == QLatin1String("checklist_items")) {
        m_items.clear();
        for (const StoreRow &r : rows)
            m_items.insert(r.fid, ChecklistItem::fromRow(r.fid, r.values));
    } else if (table == QLatin1String("plans")) {
        m_planCacheFid = -1;
        m_plans.clear();
        for (const StoreRow &r : rows)
            m_plans.insert(r.fid, r.values);
    }
}

WarningState WarningState::asOf(const QDateTime &t) const
{
    WarningState s;
    s.m_now = t;
    s.m_plans = m_plans;
    for (WarningSignal w : m_signals) {
        if (w.issuedAt.isValid() && w.issuedAt > t)
            continue;
        if (w.liftedAt.isValid() && w.liftedAt > t) {
            w.liftedAt = {};
            w.ended.clear();
        }
        s.m_signals.insert(w.fid, w);
    }
    for (ResponseRecord r : m_responses) {
        if (r.changedAt.isValid() && r.changedAt > t)
            continue;
        if (r.endedAt.isValid() && r.endedAt > t)
            r.endedAt = {};
        s.m_responses.insert(r.fid, r);
    }
    for (ChecklistItem i : m_items) {
        if (i.startedAt.isValid() && i.startedAt > t)
            continue;
        if (i.doneAt.isValid() && i.doneAt > t) {
            i.doneAt = {};
            i.doneBy.clear();
            i.status = QStringLiteral("open");
        }
        if (i.closedAt.isValid() && i.closedAt > t) {
            i.closedAt = {};
            i.closedReason.clear();
        }
        s.m_items.insert(i.fid, i);
    }
    return s;
}

bool WarningState::apply(const RowEvent &e)
{
    const bool remove = e.kind == RowEvent::Kind::Delete;
    if (e.table == QLatin1String("warning_signals")) {
        if (remove)
            m_signals.remove(e.fid);
        else
            m_signals.insert(e.fid, WarningSignal::fromRow(e.fid, e.after));
    } else if (e.table == QLatin1String("response_levels")) {
        if (remove)
            m_responses.remove(e.fid);
        else
            m_responses.insert(e.fid, ResponseRecord::fromRow(e.fid, e.after));
    } else if (e.table == QLatin1String("checklist_items")) {
        if (remove)
            m_items.remove(e.fid);
        else
            m_items.insert(e.fid, ChecklistItem::fromRow(e.fid, e.after));
    } else if (e.table == QLatin1String("plans")) {
        m_planCacheFid = -1;
        if (remove)
            m_plans.remove(e.fid);
        else
            m_plans.insert(e.fid, e.after);
    } else {
        return false;
    }
    return true;
}

void WarningState::applyPending(const QList<RowChange> &changes)
{
    for (const RowChange &c : changes) {
        if (c.table != QLatin1String("warning_signals"))
            continue;
        if (c.kind == RowChange::Kind::Insert) {
            const qint64 fid = ++m_pendingFid;
            m_signals.insert(fid, WarningSignal::fromRow(fid, c.values));
        } else if (c.kind == RowChange::Kind::Update && m_signals.contains(c.fid)) {
            m_signals[c.fid].merge(c.values);
        } else if (c.kind == RowChange::Kind::Delete) {
            m_signals.remove(c.fid);
        }
    }
}

QDateTime WarningState::now() const
{
    if (m_clock)
        return m_clock->now();
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QDateTime WarningState::nextLapse() const
{
    const QDateTime t = now();
    QDateTime next;
    for (const WarningSignal &s : m_signals)
        if (s.lapsesAt(t) && (!next.isValid() || s.liftedAt < next))
            next = s.liftedAt;
    return next;
}

QList<WarningSignal> WarningState::inForce() const
{
    QList<WarningSignal> out;
    const QDateTime t = now();
    for (const WarningSignal &s : m_signals)
        if (s.inForceAt(t))
            out.append(s);
    std::sort(out.begin(), out.end(), [](const WarningSignal &a, const WarningSignal &b) {
        // The most severe first, then in kind order.
        const int ra = WarningSignal::colourRank(a.colour), rb = WarningSignal::colourRank(b.colour);
        if (ra != rb)
            return ra > rb;
        return WarningSignal::kinds().indexOf(a.kind) < WarningSignal::kinds().indexOf(b.kind);
    });
    return out;
}

WarningSignal WarningState::inForce(const QString &kind) const
{
    const QDateTime t = now();
    for (const WarningSignal &s : m_signals)
        if (s.kind == kind && s.inForceAt(t))
            return s;
    return {};
}

QList<WarningSignal> WarningState::allSignals() const
{
    QList<WarningSignal> out = m_signals.values();
    std::stable_sort(out.begin(), out.end(),
                     [](const WarningSignal &a, const WarningSignal &b) { return a.issuedAt < b.issuedAt; });
    return out;
}

WarningSignal WarningState::byCapIdentifier(const QString &identifier) const
{
    for (const WarningSignal &s : m_signals)
        if (!identifier.isEmpty() && s.capIdentifier == identifier)
            return s;
    return {};
}

ResponseRecord WarningState::currentResponse() const
{
    ResponseRecord best;
    for (const ResponseRecord &r : m_responses)
        if (r.inForce() && (best.fid == 0 || r.changedAt > best.changedAt))
            best = r;
    return best;
}

QList<ResponseRecord> WarningState::responses() const
{
    QList<ResponseRecord> out = m_responses.values();
    std::stable_sort(out.begin(), out.end(),
                     [](const ResponseRecord &a, const ResponseRecord &b) { return a.changedAt < b.changedAt; });
    return out;
}

QDateTime WarningState::levelSince() const
{
    const ResponseRecord cur = currentResponse();
    if (cur.fid == 0)
        return {};
    QDateTime since = cur.changedAt;
    const QList<ResponseRecord> all = responses();
    // Walk back through decisions that kept the same level (an override with the same level, a re-confirm).
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->changedAt > cur.changedAt || it->fid == cur.fid)
            continue;
        if (it->level != cur.level)
            break;
        since = it->changedAt;
    }
    return since;
}

QDateTime WarningState::eventStart() const
{
    const ResponseRecord cur = currentResponse();
    if (cur.fid == 0 || cur.level == QLatin1String("none"))
        return {};
    QDateTime start = cur.changedAt;
    const QList<ResponseRecord> all = responses();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->changedAt > cur.changedAt)
            continue;
        if (it->level == QLatin1String("none"))
            break;
        start = it->changedAt;
    }
    return start;
}

int WarningState::openCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const ChecklistItem &i) { return i.isOpen(); }));
}

int WarningState::overdueCount(const QDateTime &now) const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [&now](const ChecklistItem &i) { return i.isOverdue(now); }));
}

ResponsePlan WarningState::plan() const
{
    qint64 bestFid = 0;
    int bestVersion = -1;
    for (auto it = m_plans.begin(); it != m_plans.end(); ++it) {
        if (it.value().value(QStringLiteral("body")).toString().isEmpty())
            continue;
        const int v = it.value().value(QStringLiteral("version")).toInt();
        if (v > bestVersion || (v == bestVersion && it.key() > bestFid)) {
            bestVersion = v;
            bestFid = it.key();
        }
    }
    if (bestFid == m_planCacheFid && m_planCache.isValid())
        return m_planCache;
    if (bestFid) {
        ResponsePlan p = ResponsePlan::fromJson(m_plans.value(bestFid).value(QStringLiteral("body")).toString().toUtf8(),
                                                nullptr);
        if (p.isValid()) {
            p.setStored(bestFid, bestVersion);
            m_planCacheFid = bestFid;
            m_planCache = p;
            return p;
        }
    }
    m_planCacheFid = 0;
    m_planCache = ResponsePlan::defaultPlan();
    return m_planCache;
}

QString WarningState::proposedLevel(qint64 *signalFid) const
{
    return plan().impliedLevel(inForce(), signalFid);
}

bool WarningState::decisionPending() const
{
    // Pending while the plan's proposal differs from both the level in force and the proposal the last decision
    // answered (an override stands until the signals change the proposal again).
    const ResponseRecord cur = currentResponse();
    const QString proposed = proposedLevel();
    if (cur.fid == 0)
        return proposed != QLatin1String("none");
    return proposed != cur.level && proposed != cur.proposed;
}

} // namespace fc
