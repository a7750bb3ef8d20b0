#include "app/core/rules/warningactions.h"

#include "app/core/store/audit.h"

#include <QSet>

namespace fc {

namespace {

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(Audit::toStored(t)) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QList<RowChange> WarningActions::issue(const WarningState &state, const SignalInput &in, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<RowChange>();
    };
    if (!WarningSignal::kinds().contains(in.kind))
        return fail(tr("unknown signal kind '%1' (known: %2)").arg(in.kind, WarningSignal::kinds().join(QLatin1String(", "))));
    if (WarningSignal::colourRank(in.colour) == 0)
        return fail(tr("unknown signal colour '%1' (blue, yellow, orange, red)").arg(in.colour));
    if (!in.issuedAt.isValid())
        return fail(tr("the signal needs the time it was issued"));
    if (in.expiresAt.isValid() && in.expiresAt <= in.issuedAt)
        return fail(tr("the signal expires (%1) before it is issued (%2)")
                        .arg(in.expiresAt.toString(Qt::ISODate), in.issuedAt.toString(Qt::ISODate)));
    QVariantMap v{{QStringLiteral("kind"), in.kind},
                  {QStringLiteral("colour"), in.colour},
                  {QStringLiteral("issued_at"), timeValue(in.issuedAt)},
                  {QStringLiteral("issuer"), textOrNull(in.issuer)},
                  {QStringLiteral("area"), textOrNull(in.area)},
                  {QStringLiteral("text"), textOrNull(in.text)},
                  {QStringLiteral("source"), textOrNull(in.source)},
                  {QStringLiteral("entered_by"), textOrNull(in.enteredBy)},
                  {QStringLiteral("entered_at"), timeValue(in.enteredAt)},
                  {QStringLiteral("cap_identifier"), textOrNull(in.capIdentifier)}};
    if (in.expiresAt.isValid()) {
        v.insert(QStringLiteral("lifted_at"), timeValue(in.expiresAt));
        v.insert(QStringLiteral("ended"), QStringLiteral("lift"));
    }
    const WarningSignal cur = state.inForce(in.kind);
    if (cur.fid == 0) {
        v.insert(QStringLiteral("action"), QStringLiteral("issue"));
        return {RowChange{RowChange::Kind::Insert, QStringLiteral("warning_signals"), 0, v}};
    }
    if (cur.issuedAt.isValid() && in.issuedAt < cur.issuedAt)
        return fail(tr("%1 is in force since %2; a change cannot be dated before it")
                        .arg(WarningSignal::title(cur.kind, cur.colour), cur.issuedAt.toString(Qt::ISODate)));
    if (cur.colour == in.colour) {
        // Same colour: new details for the signal in force (a CAP Update, a corrected text).
        QVariantMap u;
        for (const char *k : {"issuer", "area", "text", "source", "cap_identifier"}) {
            const QString key = QString::fromLatin1(k);
            if (!v.value(key).isNull())
                u.insert(key, v.value(key));
        }
        // Renewed: it lapses at the new expiry, or stays until lifted when none is given.
        if (in.expiresAt != cur.liftedAt) {
            u.insert(QStringLiteral("lifted_at"), timeValue(in.expiresAt));
            u.insert(QStringLiteral("ended"), in.expiresAt.isValid() ? QVariant(QStringLiteral("lift")) : QVariant());
        }
        if (u.isEmpty())
            return fail(tr("%1 is already in force").arg(WarningSignal::title(cur.kind, cur.colour)));
        return {RowChange{RowChange::Kind::Update, QStringLiteral("warning_signals"), cur.fid, u}};
    }
    const bool up = WarningSignal::colourRank(in.colour) > WarningSignal::colourRank(cur.colour);
    const QString how = up ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
    v.insert(QStringLiteral("action"), how);
    v.insert(QStringLiteral("previous_fid"), cur.fid);
    if (v.value(QStringLiteral("issuer")).isNull() && !cur.issuer.isEmpty())
        v.insert(QStringLiteral("issuer"), cur.issuer);
    if (v.value(QStringLiteral("area")).isNull() && !cur.area.isEmpty())
        v.insert(QStringLiteral("area"), cur.area);
    return {RowChange{RowChange::Kind::Update, QStringLiteral("warning_signals"), cur.fid,
                      {{QStringLiteral("lifted_at"), timeValue(in.issuedAt)},
                       {QStringLiteral("ended"), how},
                       {QStringLiteral("lifted_by"), textOrNull(in.enteredBy)}}},
            RowChange{RowChange::Kind::Insert, QStringLiteral("warning_signals"), 0, v}};
}

QList<RowChange> WarningActions::history(const SignalInput &in, const QDateTime &endedAt, const QString &ended,
                                         QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<RowChange>();
    };
    if (!WarningSignal::kinds().contains(in.kind))
        return fail(tr("unknown signal kind '%1' (known: %2)").arg(in.kind, WarningSignal::kinds().join(QLatin1String(", "))));
    if (WarningSignal::colourRank(in.colour) == 0)
        return fail(tr("unknown signal colour '%1' (blue, yellow, orange, red)").arg(in.colour));
    if (!in.issuedAt.isValid() || !endedAt.isValid() || endedAt < in.issuedAt)
        return fail(tr("the signal ends (%1) before it is issued (%2)")
                        .arg(endedAt.toString(Qt::ISODate), in.issuedAt.toString(Qt::ISODate)));
    return {RowChange{RowChange::Kind::Insert, QStringLiteral("warning_signals"), 0,
                      {{QStringLiteral("kind"), in.kind},
                       {QStringLiteral("colour"), in.colour},
                       {QStringLiteral("action"), QStringLiteral("issue")},
                       {QStringLiteral("issued_at"), timeValue(in.issuedAt)},
                       {QStringLiteral("lifted_at"), timeValue(endedAt)},
                       {QStringLiteral("ended"), ended},
                       {QStringLiteral("issuer"), textOrNull(in.issuer)},
                       {QStringLiteral("area"), textOrNull(in.area)},
                       {QStringLiteral("text"), textOrNull(in.text)},
                       {QStringLiteral("source"), textOrNull(in.source)},
                       {QStringLiteral("entered_by"), textOrNull(in.enteredBy)},
                       {QStringLiteral("entered_at"), timeValue(in.enteredAt)},
                       {QStringLiteral("cap_identifier"), textOrNull(in.capIdentifier)}}}};
}

QList<RowChange> WarningActions::lift(const WarningState &state, const QString &kind, const QDateTime &at,
                                      const QString &by, QString *error, bool cancel)
{
    const WarningSignal cur = state.inForce(kind);
    if (cur.fid == 0) {
        if (error)
            *error = tr("no %1 signal is in force").arg(WarningSignal::kindName(kind));
        return {};
    }
    if (!at.isValid() || (cur.issuedAt.isValid() && at < cur.issuedAt)) {
        if (error)
            *error = tr("%1 was issued at %2; it cannot be lifted before that")
                         .arg(WarningSignal::title(cur.kind, cur.colour), cur.issuedAt.toString(Qt::ISODate));
        return {};
    }
    return {RowChange{RowChange::Kind::Update, QStringLiteral("warning_signals"), cur.fid,
                      {{QStringLiteral("lifted_at"), timeValue(at)},
                       {QStringLiteral("ended"), cancel ? QStringLiteral("cancel") : QStringLiteral("lift")},
                       {QStringLiteral("lifted_by"), textOrNull(by)}}}};
}

QList<RowChange> WarningActions::decide(const WarningState &state, const QString &level, const QString &reason,
                                        const QString &who, const QDateTime &at, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<RowChange>();
    };
    const int rank = ResponseLevel::rank(level);
    if (rank < 0)
        return fail(tr("unknown response level '%1' (none, IV, III, II, I)").arg(level));
    if (who.trimmed().isEmpty())
        return fail(tr("a decision needs the name of who made it"));
    qint64 signalFid = 0;
    const QString proposed = state.proposedLevel(&signalFid);
    const bool override = level != proposed;
    if (override && reason.trimmed().isEmpty())
        return fail(tr("the plan proposes %1: choosing %2 instead needs a reason")
                        .arg(ResponseLevel::name(proposed), ResponseLevel::name(level)));
    const ResponseRecord cur = state.currentResponse();
    if (cur.fid == 0 && rank == 0)
        return fail(tr("no response is in force"));
    if (cur.fid != 0 && cur.level == level && cur.proposed == proposed)
        return fail(tr("%1 is already in force").arg(ResponseLevel::name(level)));
    if (cur.fid != 0 && cur.changedAt.isValid() && at < cur.changedAt)
        return fail(tr("the response in force started at %1; a decision cannot be dated before it")
                        .arg(cur.changedAt.toString(Qt::ISODate)));
    const ResponsePlan plan = state.plan();
    QList<RowChange> out;
    if (cur.fid != 0)
        out.append(RowChange{RowChange::Kind::Update, QStringLiteral("response_levels"), cur.fid,
                             {{QStringLiteral("ended_at"), timeValue(at)}}});
    QVariantMap r{{QStringLiteral("level"), level},
                  {QStringLiteral("proposed"), proposed},
                  {QStringLiteral("decision"), override ? QStringLiteral("override") : QStringLiteral("confirm")},
                  {QStringLiteral("reason"), textOrNull(reason.trimmed())},
                  {QStringLiteral("decided_by"), who.trimmed()},
                  {QStringLiteral("changed_at"), timeValue(at)},
                  {QStringLiteral("entered_at"), timeValue(at)},
                  {QStringLiteral("scope"), plan.scope()}};
    if (signalFid)
        r.insert(QStringLiteral("signal_fid"), signalFid);
    if (plan.storeFid())
        r.insert(QStringLiteral("plan_fid"), plan.storeFid());
    out.append(RowChange{RowChange::Kind::Insert, QStringLiteral("response_levels"), 0, r});
    // The event this response belongs to started with the first decision after the last "none".
    QDateTime eventStart = at;
    if (cur.fid != 0 && cur.level != QLatin1String("none")) {
        const QList<ResponseRecord> all = state.responses();
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            if (it->level == QLatin1String("none"))
                break;
            eventStart = it->changedAt;
        }
    }
    // Close open items of levels above the new one (history kept: closed, not deleted).
    QSet<QString> openCodes;
    for (const ChecklistItem &i : state.checklist()) {
        if (i.isDone() && i.startedAt.isValid() && i.startedAt >= eventStart)
            openCodes.insert(i.itemCode); // done in this event: not started again
        if (!i.isOpen())
            continue;
        if (ResponseLevel::rank(i.level) > rank) {
            out.append(RowChange{RowChange::Kind::Update, QStringLiteral("checklist_items"), i.fid,
                                 {{QStringLiteral("closed_at"), timeValue(at)},
                                  {QStringLiteral("closed_reason"),
                                   rank == 0 ? tr("response ended") : tr("response lowered to %1").arg(level)}}});
        } else {
            openCodes.insert(i.itemCode);
        }
    }
    // Start the checklist: the new level's items and those of the levels below not already open.
    for (const PlanItem &p : plan.itemsUpTo(level)) {
        if (openCodes.contains(p.code))
            continue;
        QVariantMap v{{QStringLiteral("level"), p.level},
                      {QStringLiteral("task"), p.task},
                      {QStringLiteral("owner"), p.unit},
                      {QStringLiteral("due_minutes"), p.dueMinutes},
                      {QStringLiteral("status"), QStringLiteral("open")},
                      {QStringLiteral("item_code"), p.code},
                      {QStringLiteral("started_at"), timeValue(at)},
                      {QStringLiteral("due_at"), timeValue(at.addSecs(qint64(p.dueMinutes) * 60))}};
        if (plan.storeFid())
            v.insert(QStringLiteral("plan_fid"), plan.storeFid());
        out.append(RowChange{RowChange::Kind::Insert, QStringLiteral("checklist_items"), 0, v});
    }
    return out;
}

QList<RowChange> WarningActions::setItemDone(const WarningState &state, qint64 itemFid, bool done, const QString &who,
                                             const QString &remark, const QDateTime &at, QString *error)
{
    const ChecklistItem i = state.item(itemFid);
    if (i.fid == 0) {
        if (error)
            *error = tr("no checklist item %1").arg(itemFid);
        return {};
    }
    if (i.isClosed()) {
        if (error)
            *error = tr("the item was closed (%1) and can no longer change").arg(i.closedReason);
        return {};
    }
    QVariantMap v;
    if (done) {
        v = {{QStringLiteral("status"), QStringLiteral("done")},
             {QStringLiteral("done_at"), timeValue(at)},
             {QStringLiteral("done_by"), textOrNull(who)}};
    } else {
        v = {{QStringLiteral("status"), QStringLiteral("open")},
             {QStringLiteral("done_at"), QVariant()},
             {QStringLiteral("done_by"), QVariant()}};
    }
    if (!remark.isNull())
        v.insert(QStringLiteral("remark"), textOrNull(remark));
    return {RowChange{RowChange::Kind::Update, QStringLiteral("checklist_items"), itemFid, v}};
}

QList<RowChange> WarningActions::storePlan(const WarningState &state, const ResponsePlan &plan, const QString &who,
                                           const QDateTime &at)
{
    const ResponsePlan cur = state.plan();
    const int version = cur.storeFid() ? cur.version() + 1 : 1;
    return {RowChange{RowChange::Kind::Insert, QStringLiteral("plans"), 0,
                      {{QStringLiteral("code"), plan.code()},
                       {QStringLiteral("title"), plan.title()},
                       {QStringLiteral("kind"), plan.kind()},
                       {QStringLiteral("edition"), plan.edition()},
                       {QStringLiteral("owner"), plan.owner()},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("body"), QString::fromUtf8(plan.toJson())},
                       {QStringLiteral("created_at"), timeValue(at)},
                       {QStringLiteral("created_by"), textOrNull(who)}}}};
}

} // namespace fc
