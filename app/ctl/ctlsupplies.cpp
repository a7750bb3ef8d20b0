// floodctl supplies / shelter: the supplies warehouse (stock as the sum of movements) and the shelters with the
// people moved to them. Exit 0 only when the movement or transfer took effect.
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"

#include "app/core/base/clock.h"
#include "app/core/rules/shelters.h"
#include "app/core/rules/supplies.h"
#include "app/core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace fc::ctl {

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

int usage(const char *text, const QString &e = {})
{
    err(e.isEmpty() ? QString::fromUtf8(text) : e);
    return 2;
}

bool count(const Args &a, const char *opt, qint64 *n, QString *e, qint64 min = 1)
{
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]{1,12}$"));
    const QString v = a.value(opt).trimmed();
    if (!digits.match(v).hasMatch() || v.toLongLong() < min) {
        *e = QStringLiteral("%1 '%2': not a whole number from %3").arg(QLatin1String(opt), v).arg(min);
        return false;
    }
    *n = v.toLongLong();
    return true;
}

std::unique_ptr<Store> openStore(const Args &a, const char *cmd)
{
    QString e;
    auto store = Store::open(a.pos.value(0), &e);
    if (!store) {
        err(QStringLiteral("floodctl %1: %2").arg(QLatin1String(cmd), e));
        return nullptr;
    }
    if (a.has("--user"))
        store->setUser(a.value("--user"));
    return store;
}

QDateTime timeArg(const Args &a, QString *error)
{
    if (!a.has("--time"))
        return Clock().now().toUTC();
    QDateTime t = QDateTime::fromString(a.value("--time"), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(a.value("--time"), Qt::ISODate);
    if (!t.isValid())
        *error = QStringLiteral("--time '%1' is not ISO 8601").arg(a.value("--time"));
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !a.value("--time").contains(QLatin1Char('Z'))
        && !a.value("--time").contains(QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$"))))
        t = QDateTime(t.date(), t.time(), QTimeZone("Asia/Shanghai")); // a time without a zone is Beijing time
    return t.toUTC();
}

QString local(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The warehouse a command works on: --warehouse, else the only one that holds the kind (or the only one at all).
bool pickWarehouse(const Args &a, const SupplyBooks &books, qint64 kind, bool mustHold, qint64 *out, QString *e)
{
    if (a.has("--warehouse")) {
        bool ok = false;
        *out = a.value("--warehouse").toLongLong(&ok);
        if (!ok || !books.warehouses.contains(*out)) {
            *e = QStringLiteral("no warehouse %1").arg(a.value("--warehouse"));
            return false;
        }
        return true;
    }
    QList<qint64> candidates;
    if (mustHold) {
        const auto stock = Supplies::stock(books.movements);
        for (auto it = stock.cbegin(); it != stock.cend(); ++it)
            if (it.key().first == kind && it.value() > 0)
                candidates.append(it.key().second);
    } else {
        candidates = books.warehouses.keys();
    }
    std::sort(candidates.begin(), candidates.end());
    if (candidates.size() == 1) {
        *out = candidates.first();
        return true;
    }
    QStringList names;
    for (qint64 w : std::as_const(candidates))
        names.append(QStringLiteral("%1 %2").arg(w).arg(books.warehouses.value(w)));
    *e = candidates.isEmpty() ? QStringLiteral("no warehouse holds it") : QStringLiteral("give --warehouse (one of: %1)").arg(names.join(QLatin1String(", ")));
    return false;
}

qint64 locationId(Store &store, qint64 warehouse, const QString &code, QString *e)
{
    auto f = store.rows(S("supply_locations"), S("warehouse_fid = ? AND code = ?"), {warehouse, code});
    f.waitForFinished();
    if (f.result().isEmpty()) {
        *e = QStringLiteral("warehouse %1 has no shelf location '%2'").arg(warehouse).arg(code);
        return -1;
    }
    return f.result().first().fid;
}

int suppliesStock(Store &store, const SupplyBooks &books, const Args &a)
{
    const QDateTime asOf = a.has("--at") ? QDateTime::fromString(a.value("--at"), Qt::ISODate).toUTC() : QDateTime();
    const auto perPlace = Supplies::stock(books.movements, asOf);
    const auto total = Supplies::stockByKind(books.movements, asOf);
    Q_UNUSED(store)
    if (a.has("--json")) {
        QJsonArray arr;
        for (const SupplyKind &k : books.kinds) {
            QJsonObject w;
            for (auto it = perPlace.cbegin(); it != perPlace.cend(); ++it)
                if (it.key().first == k.fid && it.value() != 0)
                    w.insert(QString::number(it.key().second), it.value());
            arr.append(QJsonObject{{S("code"), k.code}, {S("name"), k.name}, {S("stock"), total.value(k.fid)},
                                   {S("unit"), k.unit}, {S("category"), k.category}, {S("min_level"), k.minLevel},
                                   {S("warehouses"), w}});
        }
        std::printf("%s", QJsonDocument(arr).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    for (const SupplyKind &k : books.kinds)
        out(QStringLiteral("%1\t%2\t%3 %4%5").arg(k.code, k.name).arg(total.value(k.fid)).arg(k.unit,
                 k.minLevel > 0 && total.value(k.fid) < k.minLevel ? QStringLiteral("\tBELOW MINIMUM %1").arg(k.minLevel) : QString()));
    return 0;
}

int report(const SupplyBooks::Outcome &o, const char *what, const QString &done)
{
    if (!o.ok) {
        err(QStringLiteral("floodctl supplies %1: %2").arg(QLatin1String(what), o.error));
        return o.left >= 0 ? 3 : 1;
    }
    out(done);
    return 0;
}

} // namespace

int supplies(const QStringList &args)
{
    const char use[] =
        "usage: floodctl supplies DB stock [--json] [--at ISO8601]\n"
        "       floodctl supplies DB out --kind CODE --qty N --to shelter:ID|incident:ID|team:ID|drill[:NAME] "
        "[--warehouse ID] [--reason T] [--doc NO]\n"
        "       floodctl supplies DB in --kind CODE --qty N [--type purchase|return] [--from TEXT] [--expires DATE] "
        "[--location CODE] [--warehouse ID] [--doc NO]\n"
        "       floodctl supplies DB transfer --kind CODE --qty N --from-warehouse ID --to-warehouse ID [--doc NO]\n"
        "       floodctl supplies DB write-off --kind CODE --qty N --reason T [--warehouse ID]\n"
        "       floodctl supplies DB count --kind CODE --counted N --reason T [--location CODE] [--warehouse ID] [--doc NO]\n"
        "       floodctl supplies DB counts [--json]   (the stock-taking differences report)\n"
        "       floodctl supplies DB alarms [--json] [--today DATE]\n"
        "       floodctl supplies DB request --for shelter:ID|incident:ID --kind CODE --qty N\n"
        "       floodctl supplies DB confirm --request ID [--warehouse ID] [--doc NO]\n"
        "       (every writing form: [--user NAME] [--time ISO8601])";
    Args a;
    QString e;
    if (!parse(args,
               {S("--kind"), S("--qty"), S("--to"), S("--warehouse"), S("--reason"), S("--doc"), S("--type"),
                S("--from"), S("--expires"), S("--location"), S("--from-warehouse"), S("--to-warehouse"),
                S("--counted"), S("--today"), S("--for"), S("--request"), S("--user"), S("--time"), S("--at")},
               {S("--json")}, &a, &e)
        || a.pos.size() != 2)
        return usage(use, e);
    const QString sub = a.pos.value(1);
    static const QStringList subs = {S("stock"), S("out"), S("in"), S("transfer"), S("write-off"), S("count"),
                                     S("counts"), S("alarms"), S("request"), S("confirm")};
    if (!subs.contains(sub))
        return usage(use, QStringLiteral("floodctl supplies: unknown sub-command '%1' (one of: %2)").arg(sub, subs.join(QLatin1String(", "))));
    const QDateTime now = timeArg(a, &e);
    if (!e.isEmpty())
        return usage(use, QStringLiteral("floodctl supplies: ") + e);
    qint64 qty = 0;
    const bool needsKind = !QStringList{S("stock"), S("counts"), S("alarms"), S("confirm")}.contains(sub);
    if (needsKind && !a.has("--kind"))
        return usage(use, QStringLiteral("floodctl supplies %1: --kind CODE is needed").arg(sub));
    if (needsKind && sub != QLatin1String("count") && (!a.has("--qty") || !count(a, "--qty", &qty, &e)))
        return usage(use, QStringLiteral("floodctl supplies %1: %2").arg(sub, e.isEmpty() ? S("--qty N is needed") : e));
    auto store = openStore(a, "supplies");
    if (!store)
        return 1;
    SupplyBooks books;
    if (!books.load(*store, &e)) {
        err(QStringLiteral("floodctl supplies: ") + e);
        return 1;
    }
    const QString actor = store->user();
    if (sub == QLatin1String("stock"))
        return suppliesStock(*store, books, a);
    if (sub == QLatin1String("alarms")) {
        const QDate today = a.has("--today") ? QDate::fromString(a.value("--today"), Qt::ISODate)
                                             : now.toTimeZone(QTimeZone("Asia/Shanghai")).date();
        if (!today.isValid())
            return usage(use, QStringLiteral("floodctl supplies alarms: --today '%1' is not a date (YYYY-MM-DD)").arg(a.value("--today")));
        QJsonArray arr;
        for (const StockAlarm &al : Supplies::alarms(books.kinds, books.movements, today)) {
            const SupplyKind *k = books.kind(al.kindFid);
            const char *kind = al.kind == StockAlarm::Kind::Low ? "low" : al.kind == StockAlarm::Kind::Expired ? "expired" : "expiring";
            if (a.has("--json"))
                arr.append(QJsonObject{{S("alarm"), S(kind)}, {S("code"), k->code}, {S("quantity"), al.stock},
                                       {S("min_level"), al.minLevel}, {S("warehouse"), al.warehouse},
                                       {S("expires"), al.expires.isValid() ? al.expires.toString(Qt::ISODate) : QString()}});
            else
                out(Supplies::alarmText(al, *k));
        }
        if (a.has("--json"))
            std::printf("%s", QJsonDocument(arr).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (sub == QLatin1String("counts")) {
        auto f = store->rows(S("stock_counts"));
        f.waitForFinished();
        QJsonArray arr;
        for (const StoreRow &r : f.result()) {
            const qint64 diff = r.values.value(S("counted")).toLongLong() - r.values.value(S("expected")).toLongLong();
            const SupplyKind *k = books.kind(r.values.value(S("kind_fid")).toLongLong());
            const QString code = k ? k->code : QString();
            if (a.has("--json"))
                arr.append(QJsonObject{{S("code"), code}, {S("warehouse"), r.values.value(S("warehouse_fid")).toLongLong()},
                                       {S("location"), r.values.value(S("location_fid")).toLongLong()},
                                       {S("counted"), r.values.value(S("counted")).toLongLong()},
                                       {S("expected"), r.values.value(S("expected")).toLongLong()},
                                       {S("difference"), diff}, {S("reason"), r.values.value(S("reason")).toString()},
                                       {S("document"), r.values.value(S("document")).toString()},
                                       {S("at"), r.values.value(S("at")).toString()}});
            else if (diff != 0)
                out(QStringLiteral("%1\t%2\twarehouse %3\tcounted %4\texpected %5\tdifference %6\t%7")
                        .arg(local(QDateTime::fromString(r.values.value(S("at")).toString(), Qt::ISODateWithMs)), code)
                        .arg(r.values.value(S("warehouse_fid")).toLongLong())
                        .arg(r.values.value(S("counted")).toLongLong())
                        .arg(r.values.value(S("expected")).toLongLong())
                        .arg(diff)
                        .arg(r.values.value(S("reason")).toString()));
        }
        if (a.has("--json"))
            std::printf("%s", QJsonDocument(arr).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (sub == QLatin1String("confirm")) {
        qint64 id = 0;
        if (!a.has("--request") || !count(a, "--request", &id, &e))
            return usage(use, QStringLiteral("floodctl supplies confirm: ") + (e.isEmpty() ? S("--request ID is needed") : e));
        auto f = store->row(S("supply_requests"), id);
        f.waitForFinished();
        const StoreRow req = f.result();
        if (req.fid != id) {
            err(QStringLiteral("floodctl supplies confirm: no request %1").arg(id));
            return 1;
        }
        if (req.values.value(S("status")).toString() != QLatin1String("requested")) {
            err(QStringLiteral("floodctl supplies confirm: request %1 is %2, not waiting").arg(id).arg(req.values.value(S("status")).toString()));
            return 1;
        }
        const qint64 kind = req.values.value(S("kind_fid")).toLongLong();
        qint64 w = 0;
        if (!pickWarehouse(a, books, kind, true, &w, &e)) {
            err(QStringLiteral("floodctl supplies confirm: ") + e);
            return 1;
        }
        const SupplyKind *k = books.kind(kind);
        const qint64 n = req.values.value(S("quantity")).toLongLong();
        return report(SupplyBooks::write(*store, Supplies::confirmRequest(req, w, actor, now, a.value("--doc")),
                                         QStringLiteral("allocation confirmed"), kind, w, n, k ? k->name : QString()),
                      "confirm", QStringLiteral("request %1 confirmed: %2 %3 %4 issued from warehouse %5").arg(id).arg(n).arg(k ? k->unit : QString(), k ? k->name : QString()).arg(w));
    }
    const SupplyKind *k = books.kindByCode(a.value("--kind"));
    if (!k) {
        err(QStringLiteral("floodctl supplies %1: no kind '%2' in the catalogue").arg(sub, a.value("--kind")));
        return 1;
    }
    if (sub == QLatin1String("request")) {
        SupplyParty p;
        if (!a.has("--for") || !SupplyParty::parse(a.value("--for"), &p, &e) || (p.kind != QLatin1String("shelter") && p.kind != QLatin1String("incident") && p.kind != QLatin1String("team")))
            return usage(use, QStringLiteral("floodctl supplies request: ") + (e.isEmpty() ? S("--for shelter:ID|incident:ID|team:ID is needed") : e));
        const auto o = SupplyBooks::write(*store, {Supplies::request(p.kind, p.fid, k->fid, qty, actor, now, a.value("--reason"))},
                                          QStringLiteral("allocation request"));
        return report(o, "request", QStringLiteral("request %1: %2 %3 %4 for %5 %6").arg(o.result.fids.value(0)).arg(qty).arg(k->unit, k->name, p.kind).arg(p.fid));
    }
    if (sub == QLatin1String("out")) {
        SupplyParty p;
        if (!a.has("--to") || !SupplyParty::parse(a.value("--to"), &p, &e))
            return usage(use, QStringLiteral("floodctl supplies out: ") + (e.isEmpty() ? S("--to shelter:ID|incident:ID|team:ID|drill is needed") : e));
        qint64 w = 0;
        if (!pickWarehouse(a, books, k->fid, true, &w, &e)) {
            err(QStringLiteral("floodctl supplies out: %1: %2").arg(k->name, e));
            return 3;
        }
        return report(SupplyBooks::write(*store, Supplies::issue(k->fid, w, qty, p, actor, now, a.value("--reason"), a.value("--doc")),
                                         QStringLiteral("supplies issued"), k->fid, w, qty, k->name),
                      "out", QStringLiteral("issued %1 %2 %3 from warehouse %4 to %5").arg(qty).arg(k->unit, k->name).arg(w).arg(a.value("--to")));
    }
    if (sub == QLatin1String("in")) {
        const QString type = a.has("--type") ? a.value("--type") : S("purchase");
        if (type != QLatin1String("purchase") && type != QLatin1String("return"))
            return usage(use, QStringLiteral("floodctl supplies in: --type '%1': purchase or return").arg(type));
        QDate expires;
        if (a.has("--expires") && !(expires = QDate::fromString(a.value("--expires"), Qt::ISODate)).isValid())
            return usage(use, QStringLiteral("floodctl supplies in: --expires '%1' is not a date (YYYY-MM-DD)").arg(a.value("--expires")));
        qint64 w = 0;
        if (!pickWarehouse(a, books, k->fid, false, &w, &e)) {
            err(QStringLiteral("floodctl supplies in: ") + e);
            return 1;
        }
        qint64 loc = 0;
        if (a.has("--location") && (loc = locationId(*store, w, a.value("--location"), &e)) < 0) {
            err(QStringLiteral("floodctl supplies in: ") + e);
            return 1;
        }
        return report(SupplyBooks::write(*store, Supplies::receive(k->fid, w, qty, type, a.value("--from"), actor, now,
                                                                   a.value("--reason"), a.value("--doc"), expires, loc),
                                         QStringLiteral("supplies received")),
                      "in", QStringLiteral("received %1 %2 %3 into warehouse %4").arg(qty).arg(k->unit, k->name).arg(w));
    }
    if (sub == QLatin1String("transfer")) {
        qint64 from = 0, to = 0;
        if (!a.has("--from-warehouse") || !a.has("--to-warehouse") || !count(a, "--from-warehouse", &from, &e)
            || !count(a, "--to-warehouse", &to, &e))
            return usage(use, QStringLiteral("floodctl supplies transfer: ") + (e.isEmpty() ? S("--from-warehouse ID --to-warehouse ID are needed") : e));
        if (from == to || !books.warehouses.contains(from) || !books.warehouses.contains(to)) {
            err(QStringLiteral("floodctl supplies transfer: warehouses %1 and %2 must be two different warehouses of the operation").arg(from).arg(to));
            return 1;
        }
        return report(SupplyBooks::write(*store, Supplies::transfer(k->fid, from, to, qty, actor, now, a.value("--reason"), a.value("--doc")),
                                         QStringLiteral("supplies transferred"), k->fid, from, qty, k->name),
                      "transfer", QStringLiteral("moved %1 %2 %3 from warehouse %4 to %5").arg(qty).arg(k->unit, k->name).arg(from).arg(to));
    }
    if (sub == QLatin1String("write-off")) {
        if (a.value("--reason").trimmed().isEmpty())
            return usage(use, S("floodctl supplies write-off: --reason is needed (expired, damaged ...)"));
        qint64 w = 0;
        if (!pickWarehouse(a, books, k->fid, true, &w, &e)) {
            err(QStringLiteral("floodctl supplies write-off: %1: %2").arg(k->name, e));
            return 3;
        }
        return report(SupplyBooks::write(*store, Supplies::writeOff(k->fid, w, qty, actor, now, a.value("--reason"), a.value("--doc")),
                                         QStringLiteral("supplies written off"), k->fid, w, qty, k->name),
                      "write-off", QStringLiteral("wrote off %1 %2 %3 in warehouse %4").arg(qty).arg(k->unit, k->name).arg(w));
    }
    // count
    qint64 counted = 0;
    if (!a.has("--counted") || !count(a, "--counted", &counted, &e, 0))
        return usage(use, QStringLiteral("floodctl supplies count: ") + (e.isEmpty() ? S("--counted N is needed") : e));
    if (a.value("--reason").trimmed().isEmpty())
        return usage(use, S("floodctl supplies count: --reason is needed (it is recorded with any difference)"));
    qint64 w = 0;
    if (!pickWarehouse(a, books, k->fid, !a.has("--warehouse") && books.warehouses.size() > 1, &w, &e)) {
        err(QStringLiteral("floodctl supplies count: ") + e);
        return 1;
    }
    qint64 loc = 0;
    if (a.has("--location") && (loc = locationId(*store, w, a.value("--location"), &e)) < 0) {
        err(QStringLiteral("floodctl supplies count: ") + e);
        return 1;
    }
    const QList<CountDifference> diffs = Supplies::reconcile({{w, loc, k->fid, counted}}, books.movements);
    const auto o = SupplyBooks::write(*store, Supplies::countChanges(diffs, actor, now, a.value("--reason"), a.value("--doc")),
                                      QStringLiteral("stock-take"), k->fid, w, 0, k->name);
    return report(o, "count", QStringLiteral("counted %1 %2 %3 in warehouse %4: expected %5, difference %6")
                                  .arg(counted).arg(k->unit, k->name).arg(w).arg(diffs.first().expected).arg(diffs.first().difference()));
}

int shelter(const QStringList &args)
{
    const char use[] = "usage: floodctl shelter DB list [--json] [--at ISO8601]\n"
                       "       floodctl shelter DB transfer --to ID --people N [--from TEXT] [--estate T] [--street T] "
                       "[--elderly N] [--disabled N] [--children N] [--override REASON] [--depart] [--user NAME] [--time ISO8601]\n"
                       "       floodctl shelter DB status --shelter ID --set closed|opening|open|full";
    Args a;
    QString e;
    if (!parse(args,
               {S("--to"), S("--people"), S("--from"), S("--estate"), S("--street"), S("--elderly"), S("--disabled"),
                S("--children"), S("--override"), S("--user"), S("--time"), S("--at"), S("--shelter"), S("--set")},
               {S("--json"), S("--depart")}, &a, &e)
        || a.pos.size() != 2)
        return usage(use, e);
    const QString sub = a.pos.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("transfer") && sub != QLatin1String("status"))
        return usage(use, QStringLiteral("floodctl shelter: unknown sub-command '%1' (list, transfer or status)").arg(sub));
    const QDateTime now = timeArg(a, &e);
    if (!e.isEmpty())
        return usage(use, QStringLiteral("floodctl shelter: ") + e);
    PeopleTransfer t;
    if (sub == QLatin1String("transfer")) {
        if (!a.has("--to") || !count(a, "--to", &t.shelter, &e) || !a.has("--people") || !count(a, "--people", &t.people, &e))
            return usage(use, QStringLiteral("floodctl shelter transfer: ") + (e.isEmpty() ? S("--to ID and --people N are needed") : e));
        for (auto [opt, field] : {std::pair{"--elderly", &t.elderly}, std::pair{"--disabled", &t.disabled}, std::pair{"--children", &t.children}})
            if (a.has(opt) && !count(a, opt, field, &e, 0))
                return usage(use, QStringLiteral("floodctl shelter transfer: ") + e);
    }
    if (sub == QLatin1String("status") && (!a.has("--shelter") || !count(a, "--shelter", &t.shelter, &e) || !Shelters::statuses().contains(a.value("--set"))))
        return usage(use, QStringLiteral("floodctl shelter status: ") + (e.isEmpty() ? S("--shelter ID --set closed|opening|open|full") : e));
    auto store = openStore(a, "shelter");
    if (!store)
        return 1;
    const QList<ShelterState> shelters = Shelters::load(*store);
    if (sub == QLatin1String("list")) {
        QHash<qint64, qint64> then;
        const bool past = a.has("--at");
        if (past) {
            QDateTime at = QDateTime::fromString(a.value("--at"), Qt::ISODateWithMs);
            if (!at.isValid())
                return usage(use, QStringLiteral("floodctl shelter list: --at '%1' is not ISO 8601").arg(a.value("--at")));
            then = Shelters::occupancyAt(Shelters::loadTransfers(*store), at.toUTC());
        }
        QJsonArray arr;
        for (const ShelterState &s : shelters) {
            const qint64 occ = past ? then.value(s.fid) : s.occupancy;
            const QString status = past ? Shelters::effectiveStatus(s.status == QLatin1String("full") ? S("open") : s.status, occ, s.capacity) : s.status;
            if (a.has("--json"))
                arr.append(QJsonObject{{S("id"), s.fid}, {S("name"), s.name}, {S("capacity"), s.capacity},
                                       {S("occupancy"), occ}, {S("status"), status}, {S("address"), s.address}});
            else
                out(QStringLiteral("%1\t%2\t%3/%4\t%5").arg(s.fid).arg(s.name).arg(occ).arg(s.capacity).arg(status.isEmpty() ? S("-") : status));
        }
        if (a.has("--json"))
            std::printf("%s", QJsonDocument(arr).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    const auto it = std::find_if(shelters.cbegin(), shelters.cend(), [&](const ShelterState &s) { return s.fid == t.shelter; });
    if (it == shelters.cend()) {
        err(QStringLiteral("floodctl shelter %1: no shelter %2").arg(sub).arg(t.shelter));
        return 1;
    }
    if (sub == QLatin1String("status")) {
        auto p = store->rows(S("shelter_profiles"), S("shelter_fid = ?"), {t.shelter});
        p.waitForFinished();
        const QList<StoreRow> rows = p.result();
        auto f = store->apply({Shelters::setStatus(t.shelter, rows.isEmpty() ? nullptr : &rows.first(), a.value("--set"), now)},
                              QStringLiteral("shelter status"));
        f.waitForFinished();
        if (!f.result().ok) {
            err(QStringLiteral("floodctl shelter status: ") + f.result().error);
            return 1;
        }
        out(QStringLiteral("%1: %2").arg(it->name, a.value("--set")));
        return 0;
    }
    t.direction = a.has("--depart") ? S("departure") : S("arrival");
    t.at = now;
    t.fromPlace = a.value("--from");
    t.estate = a.value("--estate");
    t.street = a.value("--street");
    t.actor = store->user();
    t.overrideReason = a.value("--override");
    const QString refused = Shelters::checkTransfer(t, *it);
    if (!refused.isEmpty()) {
        err(QStringLiteral("floodctl shelter transfer: ") + refused);
        return 3;
    }
    auto f = store->apply(Shelters::baseline(*it, Shelters::loadTransfers(*store), now.addMSecs(-1)) + Shelters::transfer(t),
                          QStringLiteral("people moved"));
    f.waitForFinished();
    if (!f.result().ok) {
        // Another seat filled it meanwhile: the database refused; say how it stands now.
        const QList<ShelterState> now2 = Shelters::load(*store);
        for (const ShelterState &s : now2)
            if (s.fid == t.shelter && Shelters::isOverCapacity(f.result().error)) {
                err(QStringLiteral("floodctl shelter transfer: ") + Shelters::checkTransfer(t, s));
                return 3;
            }
        err(QStringLiteral("floodctl shelter transfer: ") + f.result().error);
        return 1;
    }
    out(QStringLiteral("%1 %2 people %3 %4 (%5)").arg(t.direction == QLatin1String("arrival") ? S("moved") : S("left with"))
            .arg(t.people).arg(t.direction == QLatin1String("arrival") ? S("to") : S("from"), it->name, local(now)));
    return 0;
}

} // namespace fc::ctl
