// CapAlert::changes: what an alert does to the warning signals of the store.
#include "app/core/io/capalert.h"

#include "app/core/store/audit.h"
#include "app/core/rules/warningactions.h"
#include "app/core/rules/warningstate.h"

#include <QTimeZone>

namespace fc {

namespace {

QString local(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

RowChange dutyLog(const QDateTime &at, const QString &officer, const QString &entry)
{
    QVariantMap v{{QStringLiteral("at"), Audit::toStored(at)}, {QStringLiteral("entry"), entry}};
    if (!officer.isEmpty())
        v.insert(QStringLiteral("officer"), officer);
    return {RowChange::Kind::Insert, QStringLiteral("duty_log"), 0, v};
}

} // namespace

QList<RowChange> CapAlert::changes(const WarningState &stateIn, const QString &enteredBy, const QDateTime &now,
                                   const CapImportOptions &options, QString *summary, QString *error,
                                   QString *auditNote) const
{
    WarningState state = stateIn;
    state.setClock(nullptr);
    state.setNow(now);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<RowChange>();
    };
    auto say = [&](const QString &what) {
        if (summary)
            *summary = what;
    };
    if (auditNote)
        *auditNote = QStringLiteral("CAP %1").arg(identifier);
    if (status != QLatin1String("Actual")) {
        say(tr("alert %1: status %2, no signal changed").arg(identifier, status));
        return {};
    }
    if (msgType == QLatin1String("Ack") || msgType == QLatin1String("Error")) {
        say(tr("alert %1: %2 message, no signal changed").arg(identifier, msgType));
        return {};
    }
    // Times far ahead of now are a sender's (or a clock's) mistake: taken in, they would block every change.
    const QDateTime limit = now.addSecs(options.maxAheadSeconds);
    const QString hours = QString::number(double(options.maxAheadSeconds) / 3600.0, 'g', 4);
    if (sent > limit)
        return fail(tr("alert %1: <sent> %2 is more than %3 h ahead of now (%4); refused")
                        .arg(identifier, local(sent), hours, local(now)));
    for (const CapInfo &i : infos)
        if (i.effective.isValid() && i.effective > limit)
            return fail(tr("alert %1: <effective> %2 is more than %3 h ahead of now (%4); refused")
                            .arg(identifier, local(i.effective), hours, local(now)));

    // The signal a reference points at: its kind (the signal may have been raised since, under another row).
    QStringList refKinds;
    for (const QString &ref : references) {
        const WarningSignal s = state.byCapIdentifier(ref);
        if (s.fid && !refKinds.contains(s.kind))
            refKinds.append(s.kind);
    }
    if (msgType != QLatin1String("Cancel") || refKinds.isEmpty()) {
        QString why;
        if (!options.district.applies(infos, &why)) {
            if (auditNote)
                *auditNote = QStringLiteral("%1 %2").arg(QLatin1String(NotApplicableNote), identifier);
            const QString event = infos.isEmpty() ? QString() : infos.first().event;
            const QString area = infos.isEmpty() ? QString() : infos.first().area;
            say(tr("alert %1 (%2, %3) is not for this district: %4; recorded, nothing changed")
                    .arg(identifier, event, area, why));
            return {dutyLog(now, enteredBy,
                            tr("CAP alert %1 from %2 (%3, %4, sent %5) not applicable to the district: %6")
                                .arg(identifier, sender, event, area, local(sent), why))};
        }
    }
    QList<RowChange> out;
    QStringList done;
    if (msgType == QLatin1String("Cancel")) {
        if (refKinds.isEmpty()) {
            // The alert it cancels never reached this store (sent before the feed was connected).
            say(tr("alert %1 cancels %2, which was never received: recorded, nothing changed")
                    .arg(identifier, references.join(QLatin1String(", "))));
            return {dutyLog(now, enteredBy,
                            tr("CAP cancel %1 (sent %2) of alert %3, which was never received: nothing changed")
                                .arg(identifier, local(sent), references.join(QLatin1String(", "))))};
        }
        for (const QString &kind : refKinds) {
            QString e;
            const QList<RowChange> c = WarningActions::lift(state, kind, sent, enteredBy, &e, true);
            if (c.isEmpty())
                return fail(tr("alert %1: %2").arg(identifier, e));
            out += c;
            done.append(tr("%1 cancelled").arg(WarningSignal::kindName(kind)));
        }
        say(done.join(QLatin1String("; ")));
        return out;
    }
    QString e;
    const QList<Signal> list = signalList(&e, options.language);
    if (list.isEmpty())
        return fail(e);
    const bool originalMissing = msgType == QLatin1String("Update") && refKinds.isEmpty();
    for (const Signal &s : list) {
        if (msgType == QLatin1String("Update") && refKinds.contains(s.kind) && state.inForce(s.kind).fid == 0) {
            const WarningSignal ref = state.byCapIdentifier(references.value(0));
            if (ref.ended != QLatin1String("lift") || !ref.liftedAt.isValid() || ref.liftedAt > now)
                return fail(tr("alert %1 updates a %2 signal that is no longer in force")
                                .arg(identifier, WarningSignal::kindName(s.kind)));
            // It lapsed at its expiry: the update renews it (below, as a signal issued anew).
        }
        SignalInput in;
        in.kind = s.kind;
        in.colour = s.colour;
        in.issuedAt = s.info.effective.isValid() ? s.info.effective : sent;
        in.expiresAt = s.info.expires;
        in.issuer = s.info.senderName.isEmpty() ? sender : s.info.senderName;
        in.area = s.info.area;
        // The description is the text (the headline is written from kind and colour on export): a round trip
        // through export and import gives the same text.
        in.text = s.info.description.isEmpty() ? s.info.headline : s.info.description;
        in.source = QStringLiteral("CAP");
        in.enteredBy = enteredBy;
        in.enteredAt = now;
        in.capIdentifier = identifier;
        const QString title = WarningSignal::title(s.kind, s.colour);
        QList<RowChange> c;
        QString err;
        const WarningSignal cur = state.inForce(s.kind);
        if (in.expiresAt.isValid() && in.expiresAt <= now) {
            c = WarningActions::history(in, in.expiresAt, QStringLiteral("lift"), &err);
            done.append(tr("%1 of %2 expired at %3: recorded as history").arg(title, local(in.issuedAt), local(in.expiresAt)));
        } else if (cur.fid && cur.issuedAt.isValid() && in.issuedAt < cur.issuedAt) {
            if (msgType == QLatin1String("Update") && refKinds.contains(s.kind) && sent >= cur.issuedAt) {
                // An update keeps the original's effective time; the change itself was made when it was sent.
                in.issuedAt = sent;
                c = WarningActions::issue(state, in, &err);
                done.append(title);
            } else {
                // A late alert: the signal in force came after it. History, ended when that one began.
                QDateTime end = cur.issuedAt;
                if (in.expiresAt.isValid() && in.expiresAt < end)
                    end = in.expiresAt;
                const int a = WarningSignal::colourRank(in.colour), b = WarningSignal::colourRank(cur.colour);
                const QString how = b > a ? QStringLiteral("upgrade") : b < a ? QStringLiteral("downgrade") : QStringLiteral("lift");
                c = WarningActions::history(in, end, how, &err);
                done.append(tr("late alert: %1 of %2 recorded as history (%3 in force since %4)")
                                .arg(title, local(in.issuedAt), WarningSignal::title(cur.kind, cur.colour), local(cur.issuedAt)));
            }
        } else {
            c = WarningActions::issue(state, in, &err);
            done.append(originalMissing ? tr("%1 (original alert not received)").arg(title) : title);
        }
        if (c.isEmpty())
            return fail(tr("alert %1: %2").arg(identifier, err));
        state.applyPending(c);
        out += c;
    }
    if (originalMissing)
        out.append(dutyLog(now, enteredBy,
                           tr("CAP update %1 (sent %2) of alert %3, which was never received: taken as the signal in "
                              "force (original not received)")
                               .arg(identifier, local(sent), references.join(QLatin1String(", ")))));
    say(done.join(QLatin1String("; ")));
    return out;
}

QList<QPair<QDateTime, QString>> CapAlert::notApplicableRecords(const QList<AuditEntry> &dutyLogAudit)
{
    QList<QPair<QDateTime, QString>> out;
    for (const AuditEntry &x : dutyLogAudit)
        if (x.action == QLatin1String("insert") && x.table == QLatin1String("duty_log")
            && x.note.startsWith(QLatin1String(NotApplicableNote)))
        {
            // The duty log's own time (the clock's, replays included), else the commit time.
            QDateTime at = QDateTime::fromString(x.after.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            out.append({at.isValid() ? at.toUTC() : x.at, x.after.value(QStringLiteral("entry")).toString()});
        }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

} // namespace fc
