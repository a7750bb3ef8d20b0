// floodctl warn / respond / status / cap-import / cap-export: warning signals and the response from scripts.
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"
#include "app/ctl/ctltyphoon.h"

#include "app/core/io/capalert.h"
#include "app/core/base/clock.h"
#include "app/core/store/store.h"
#include "app/core/rules/warningactions.h"
#include "app/core/store/audit.h"
#include "app/core/base/outputfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cstdio>

namespace fc::ctl {

namespace {

struct WarnArgs
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
};

bool parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, WarnArgs *a,
               QString *error)
{
    // floodctl's one parser (ctlcommon.h, option values checked by ctlargs.h), in the form these commands use.
    Args parsed;
    if (!parse(args, valueOptions, flagOptions, &parsed, error))
        return false;
    a->positional = parsed.pos;
    for (auto it = parsed.opt.cbegin(); it != parsed.opt.cend(); ++it) {
        if (flagOptions.contains(it.key()))
            a->flags.insert(it.key());
        else
            a->values.insert(it.key(), parsed.opt.value(it.key())); // the last one given
    }
    return true;
}

// ISO 8601; without a zone it is Beijing time.
QDateTime parseTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    return t.toUTC();
}

// forReading: a file is opened read-only (a store on read-only media, or one this login may not write, still
// answers commands that only read).
std::unique_ptr<Store> openStore(const QString &path, const WarnArgs &a, bool forReading = false)
{
    QString e;
    auto store = forReading && !Store::isServer(path) ? Store::openReadOnly(path, &e) : nullptr;
    if (!store)
        store = Store::open(path, &e);
    if (!store) {
        err(e);
        return {};
    }
    if (a.values.contains(QStringLiteral("--user")))
        store->setUser(a.values.value(QStringLiteral("--user")));
    return store;
}

bool write(Store &store, const QList<RowChange> &changes, const QString &error, const QString &note)
{
    if (changes.isEmpty()) {
        err(error);
        return false;
    }
    QFuture<WriteResult> f = store.apply(changes, note);
    f.waitForFinished();
    if (!f.result().ok) {
        err(f.result().error);
        return false;
    }
    return true;
}

QString shanghai(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(Qt::ISODate) : QString();
}

} // namespace

int warn(const QStringList &args)
{
    const char usage[] = "usage: floodctl warn DB --kind KIND (--level blue|yellow|orange|red | --lift) [--time ISO8601]\n"
                         "                     [--text TEXT] [--source SOURCE] [--issuer BODY] [--area AREA] [--user NAME]";
    WarnArgs a;
    QString e;
    if (!parseArgs(args,
                   {QStringLiteral("--kind"), QStringLiteral("--level"), QStringLiteral("--time"), QStringLiteral("--text"),
                    QStringLiteral("--source"), QStringLiteral("--issuer"), QStringLiteral("--area"), QStringLiteral("--user")},
                   {QStringLiteral("--lift")}, &a, &e)
        || a.positional.size() != 1 || !a.values.contains(QStringLiteral("--kind"))
        || a.values.contains(QStringLiteral("--level")) == a.flags.contains(QStringLiteral("--lift"))) {
        if (!e.isEmpty())
            err(e);
        err(QString::fromLatin1(usage));
        return 2;
    }
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (a.values.contains(QStringLiteral("--time"))) {
        t = parseTime(a.values.value(QStringLiteral("--time")));
        if (!t.isValid()) {
            err(QStringLiteral("--time: '%1' is not an ISO 8601 time").arg(a.values.value(QStringLiteral("--time"))));
            return 2;
        }
    }
    auto store = openStore(a.positional[0], a);
    if (!store)
        return 1;
    const WarningState state = WarningState::read(*store);
    const QString kind = a.values.value(QStringLiteral("--kind"));
    if (a.flags.contains(QStringLiteral("--lift"))) {
        if (!write(*store, WarningActions::lift(state, kind, t, store->user(), &e), e,
                   QStringLiteral("floodctl warn --lift")))
            return 1;
        out(QStringLiteral("lifted: %1 at %2").arg(kind, shanghai(t)));
    } else {
        SignalInput in;
        in.kind = kind;
        in.colour = a.values.value(QStringLiteral("--level"));
        in.issuedAt = t;
        in.enteredAt = QDateTime::currentDateTimeUtc();
        in.text = a.values.value(QStringLiteral("--text"));
        in.source = a.values.value(QStringLiteral("--source"), QStringLiteral("floodctl"));
        in.issuer = a.values.value(QStringLiteral("--issuer"));
        in.area = a.values.value(QStringLiteral("--area"));
        in.enteredBy = store->user();
        const WarningSignal before = state.inForce(kind);
        if (!write(*store, WarningActions::issue(state, in, &e), e, QStringLiteral("floodctl warn")))
            return 1;
        const QString how = before.fid == 0 ? QStringLiteral("issued")
                            : before.colour == in.colour ? QStringLiteral("updated")
                            : WarningSignal::colourRank(in.colour) > WarningSignal::colourRank(before.colour)
                                ? QStringLiteral("upgraded")
                                : QStringLiteral("downgraded");
        out(QStringLiteral("%1: %2 %3 at %4").arg(how, kind, in.colour, shanghai(t)));
    }
    const WarningState after = WarningState::read(*store);
    const QString proposed = after.proposedLevel();
    if (after.decisionPending())
        out(QStringLiteral("the plan proposes response level %1 (floodctl respond DB --level %1 to confirm)").arg(proposed));
    return 0;
}

int respond(const QStringList &args)
{
    const char usage[] = "usage: floodctl respond DB --level none|IV|III|II|I [--reason TEXT] [--time ISO8601] [--user NAME]";
    WarnArgs a;
    QString e;
    if (!parseArgs(args, {QStringLiteral("--level"), QStringLiteral("--reason"), QStringLiteral("--time"), QStringLiteral("--user")},
                   {}, &a, &e)
        || a.positional.size() != 1 || !a.values.contains(QStringLiteral("--level"))) {
        if (!e.isEmpty())
            err(e);
        err(QString::fromLatin1(usage));
        return 2;
    }
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (a.values.contains(QStringLiteral("--time")) && !(t = parseTime(a.values.value(QStringLiteral("--time")))).isValid()) {
        err(QStringLiteral("--time: not an ISO 8601 time"));
        return 2;
    }
    auto store = openStore(a.positional[0], a);
    if (!store)
        return 1;
    const WarningState state = WarningState::read(*store);
    const QString level = a.values.value(QStringLiteral("--level"));
    if (!write(*store, WarningActions::decide(state, level, a.values.value(QStringLiteral("--reason")), store->user(), t, &e), e,
               QStringLiteral("floodctl respond")))
        return 1;
    const WarningState after = WarningState::read(*store);
    out(QStringLiteral("response level %1 (%2) from %3; %4 checklist items open")
            .arg(level, level == state.proposedLevel() ? QStringLiteral("confirmed") : QStringLiteral("override"),
                 shanghai(t))
            .arg(after.openCount()));
    return 0;
}

int status(const QStringList &args)
{
    WarnArgs a;
    QString e;
    if (!parseArgs(args, {QStringLiteral("--now")}, {QStringLiteral("--json")}, &a, &e) || a.positional.size() != 1) {
        if (!e.isEmpty())
            err(e);
        err(QStringLiteral("usage: floodctl status DB [--json] [--now ISO8601]"));
        return 2;
    }
    Clock clock;
    if (a.values.contains(QStringLiteral("--now"))) {
        const QDateTime t = parseTime(a.values.value(QStringLiteral("--now")));
        if (!t.isValid()) {
            err(QStringLiteral("--now: not an ISO 8601 time"));
            return 2;
        }
        clock.setFixed(t);
    }
    auto store = openStore(a.positional[0], a, true);
    if (!store)
        return 1;
    WarningState s = WarningState::read(*store);
    const QDateTime now = clock.now();
    // At a given time: the state as it stood then (what was entered by then; later lifts, ends and completions
    // undone), not today's state read with another clock.
    if (a.values.contains(QStringLiteral("--now")))
        s = s.asOf(now);
    s.setNow(now); // a signal whose expiry has passed at `now` has lapsed
    const ResponseRecord r = s.currentResponse();
    const QString level = r.fid ? r.level : QStringLiteral("none");
    QString typhoonLine, typhoonInForce; // the storm nearest to the district and the plan's proposal (ctltyphoon.cpp)
    for (const WarningSignal &w : s.inForce())
        if (w.kind == QLatin1String("typhoon"))
            typhoonInForce = w.colour;
    const QJsonValue typhoon = nearestStormJson(*store, now, s.plan().typhoonProposals(), typhoonInForce, &typhoonLine);
    if (a.flags.contains(QStringLiteral("--json"))) {
        QJsonArray sigs;
        for (const WarningSignal &w : s.inForce())
            sigs.append(QJsonObject{{QStringLiteral("kind"), w.kind},
                                    {QStringLiteral("colour"), w.colour},
                                    {QStringLiteral("issued_at"), w.issuedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("issuer"), w.issuer},
                                    {QStringLiteral("area"), w.area},
                                    {QStringLiteral("text"), w.text},
                                    {QStringLiteral("expires"), w.lapsesAt(now) ? QJsonValue(w.liftedAt.toString(Qt::ISODate))
                                                                                : QJsonValue()}});
        QJsonObject resp{{QStringLiteral("level"), level},
                         {QStringLiteral("since"), r.fid && level != QLatin1String("none")
                                                       ? QJsonValue(s.levelSince().toString(Qt::ISODate))
                                                       : QJsonValue()},
                         {QStringLiteral("decided_by"), r.decidedBy},
                         {QStringLiteral("decision"), r.decision},
                         {QStringLiteral("proposed"), s.proposedLevel()},
                         {QStringLiteral("decision_pending"), s.decisionPending()}};
        QJsonObject o{{QStringLiteral("now"), now.toString(Qt::ISODate)},
                      {QStringLiteral("signals"), sigs},
                      {QStringLiteral("response"), resp},
                      {QStringLiteral("checklist"),
                       QJsonObject{{QStringLiteral("open"), s.openCount()}, {QStringLiteral("overdue"), s.overdueCount(now)}}},
                      {QStringLiteral("typhoon"), typhoon}};
        std::printf("%s", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    out(QStringLiteral("signals in force: %1").arg(s.inForce().size()));
    for (const WarningSignal &w : s.inForce())
        out(QStringLiteral("  %1 %2 since %3%4")
                .arg(w.kind, w.colour, shanghai(w.issuedAt),
                     w.lapsesAt(now) ? QStringLiteral(", lapses at ") + shanghai(w.liftedAt) : QString()));
    out(QStringLiteral("response level: %1%2").arg(level, level != QLatin1String("none") ? QStringLiteral(" since ") + shanghai(s.levelSince()) : QString()));
    if (s.decisionPending())
        out(QStringLiteral("the plan proposes: %1 (not yet confirmed)").arg(s.proposedLevel()));
    out(QStringLiteral("checklist: %1 open, %2 overdue").arg(s.openCount()).arg(s.overdueCount(now)));
    if (!typhoonLine.isEmpty())
        out(typhoonLine);
    return 0;
}

int capImport(const QStringList &args)
{
    const char usage[] = "usage: floodctl cap-import DB FILE.xml... [--user NAME] [--lang zh|en] [--max-ahead-hours H]\n"
                         "                           [--now ISO8601]\n"
                         "       floodctl cap-import DB --list-not-applicable";
    WarnArgs a;
    QString e;
    if (!parseArgs(args, {QStringLiteral("--user"), QStringLiteral("--lang"), QStringLiteral("--max-ahead-hours"),
                          QStringLiteral("--now")},
                   {QStringLiteral("--list-not-applicable")}, &a, &e)
        || a.positional.size() < (a.flags.contains(QStringLiteral("--list-not-applicable")) ? 1 : 2)) {
        if (!e.isEmpty())
            err(e);
        err(QString::fromLatin1(usage));
        return 2;
    }
    if (a.flags.contains(QStringLiteral("--list-not-applicable"))) {
        if (a.positional.size() != 1) {
            err(QString::fromLatin1(usage));
            return 2;
        }
        auto store = openStore(a.positional[0], a);
        if (!store)
            return 1;
        // The duty-log records of alerts found not applicable, by the audit note they were written with.
        QFuture<QList<AuditEntry>> f = store->auditLog(QStringLiteral("duty_log"), 0, 1 << 30);
        f.waitForFinished();
        const auto records = CapAlert::notApplicableRecords(f.result());
        for (const auto &r : records)
            out(QStringLiteral("%1  %2").arg(shanghai(r.first), r.second));
        out(QStringLiteral("%1 alert(s) recorded as not applicable").arg(records.size()));
        return 0;
    }
    CapImportOptions options;
    if (a.values.contains(QStringLiteral("--lang")))
        options.language = a.values.value(QStringLiteral("--lang"));
    if (a.values.contains(QStringLiteral("--max-ahead-hours"))) {
        bool ok = false;
        const double h = a.values.value(QStringLiteral("--max-ahead-hours")).toDouble(&ok);
        if (!ok || !(h >= 0) || h > 24 * 366) {
            err(QStringLiteral("--max-ahead-hours: '%1' is not a number of hours from 0 to 8784")
                    .arg(a.values.value(QStringLiteral("--max-ahead-hours"))));
            return 2;
        }
        options.maxAheadSeconds = qint64(h * 3600);
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (a.values.contains(QStringLiteral("--now")) && !(now = parseTime(a.values.value(QStringLiteral("--now")))).isValid()) {
        err(QStringLiteral("--now: not an ISO 8601 time"));
        return 2;
    }
    // Every file is read and validated before anything is written: one bad file refuses them all.
    QList<CapAlert> alerts;
    QStringList files = a.positional.mid(1);
    bool bad = false;
    for (const QString &f : files) {
        CapAlert alert = CapAlert::readFile(f, &e);
        if (!alert.isValid()) {
            err(e);
            bad = true;
        }
        alerts.append(alert);
    }
    if (bad) {
        err(QStringLiteral("cap-import: nothing imported"));
        return 1;
    }
    auto store = openStore(a.positional[0], a);
    if (!store)
        return 1;
    options.district = CapDistrict::read(*store, &e);
    if (!e.isEmpty()) {
        err(e);
        return 1;
    }
    // What each alert would do, in order, on the state the ones before it leave: an alert that would be refused
    // (an update of a signal no longer in force, a time far ahead) refuses them all before anything is written.
    {
        WarningState sim = WarningState::read(*store);
        for (int i = 0; i < alerts.size(); ++i) {
            QString summary;
            e.clear();
            const QList<RowChange> changes = alerts[i].changes(sim, store->user(), now, options, &summary, &e);
            if (changes.isEmpty() && !e.isEmpty()) {
                err(QStringLiteral("%1: %2").arg(files[i], e));
                err(QStringLiteral("cap-import: nothing imported"));
                return 1;
            }
            sim.applyPending(changes);
        }
    }
    for (int i = 0; i < alerts.size(); ++i) {
        const WarningState state = WarningState::read(*store);
        QString summary, note;
        e.clear();
        const QList<RowChange> changes = alerts[i].changes(state, store->user(), now, options, &summary, &e, &note);
        if (changes.isEmpty() && !e.isEmpty()) {
            err(QStringLiteral("%1: %2").arg(files[i], e));
            if (i > 0)
                err(QStringLiteral("cap-import: the store changed meanwhile; the %1 file(s) before it were imported").arg(i));
            return 1;
        }
        if (!changes.isEmpty()) {
            QFuture<WriteResult> f = store->apply(changes, note);
            f.waitForFinished();
            if (!f.result().ok) {
                err(QStringLiteral("%1: %2").arg(files[i], f.result().error));
                if (i > 0)
                    err(QStringLiteral("cap-import: the %1 file(s) before it were imported").arg(i));
                return 1;
            }
        }
        out(QStringLiteral("%1: %2 %3: %4").arg(files[i], alerts[i].msgType, alerts[i].identifier, summary));
    }
    return 0;
}

int capExport(const QStringList &args)
{
    WarnArgs a;
    QString e;
    if (!parseArgs(args, {QStringLiteral("--sender"), QStringLiteral("--sent")}, {QStringLiteral("--overwrite")}, &a, &e)
        || a.positional.size() != 2) {
        if (!e.isEmpty())
            err(e);
        err(QStringLiteral("usage: floodctl cap-export DB OUT.xml [--sender ID] [--sent ISO8601] [--overwrite]"));
        return 2;
    }
    QDateTime sent = QDateTime::currentDateTimeUtc();
    if (a.values.contains(QStringLiteral("--sent")) && !(sent = parseTime(a.values.value(QStringLiteral("--sent")))).isValid()) {
        err(QStringLiteral("--sent: not an ISO 8601 time"));
        return 2;
    }
    const QString outPath = a.positional[1];
    // Checked before the store is opened: the destination is never the store, another store or a device.
    OutputFile file({outPath});
    file.setOverwrite(a.flags.contains(QStringLiteral("--overwrite")));
    if (!Store::isServer(a.positional[0]))
        file.setSources({a.positional[0]});
    if (!OutputFile::checkDestination(outPath, a.flags.contains(QStringLiteral("--overwrite")),
                                      Store::isServer(a.positional[0]) ? QStringList() : QStringList{a.positional[0]}, &e)) {
        err(QStringLiteral("cap-export: ") + e);
        return 1;
    }
    auto store = openStore(a.positional[0], a);
    if (!store)
        return 1;
    WarningState s = WarningState::read(*store);
    s.setNow(sent);
    if (s.inForce().isEmpty()) {
        err(QStringLiteral("cap-export: no signal is in force; nothing written"));
        return 1;
    }
    const QByteArray xml = CapAlert::write(s.inForce(), a.values.value(QStringLiteral("--sender"), QStringLiteral("floodcommand")),
                                           sent);
    if (!file.begin(&e)) {
        err(QStringLiteral("cap-export: ") + e);
        return 1;
    }
    QFile f(file.stagingPath());
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.flush()) {
        err(QStringLiteral("%1: cannot write (%2)%3").arg(outPath, f.errorString(), OutputFile::diskNote(outPath)));
        return 1;
    }
    f.close();
    if (!file.commit(&e)) {
        err(QStringLiteral("cap-export: ") + e);
        return 1;
    }
    out(QStringLiteral("%1: %2 signal(s) in force as CAP 1.2").arg(outPath).arg(s.inForce().size()));
    return 0;
}

} // namespace fc::ctl
