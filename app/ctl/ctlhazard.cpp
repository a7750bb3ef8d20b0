// floodctl hazard / greenery: hazard investigation and rectification, field reports, rooftop greenery inspection
// campaigns, from the command line (scripts, tests, a seat without a window). The rules are HazardDesk and
// GreeneryRules (app/core/rules); the database refuses what they refuse.
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"

#include "app/core/base/clock.h"
#include "app/core/io/hazardimport.h"
#include "app/core/rules/hazarddesk.h"
#include "app/core/store/hazardworkflow.h"
#include "app/core/store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace fc::ctl {

namespace {

QString s(const char *t)
{
    return QString::fromUtf8(t);
}

std::unique_ptr<Store> openFor(const Args &a, const char *cmd)
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

// --now T (ISO 8601) for scripts and tests; the clock otherwise.
QDateTime nowArg(const Args &a, QString *error)
{
    if (!a.has("--now"))
        return Clock().now();
    QDateTime t = QDateTime::fromString(a.value("--now"), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(a.value("--now"), Qt::ISODate);
    if (!t.isValid())
        *error = QStringLiteral("--now '%1' is not ISO 8601").arg(a.value("--now"));
    return t.toUTC();
}

qint64 idArg(const Args &a, const char *opt, QString *error)
{
    bool ok = false;
    const qint64 v = a.value(opt).toLongLong(&ok);
    if (!ok || v <= 0)
        *error = QStringLiteral("%1 '%2': not an id (a whole number from 1)").arg(QLatin1String(opt), a.value(opt));
    return v;
}

QString local(const QVariant &utc)
{
    const QDateTime t = QDateTime::fromString(utc.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return utc.toString();
    return t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject hazardJson(const StoreRow &r, const QDateTime &now)
{
    QJsonObject o;
    o.insert(s("fid"), r.fid);
    for (const char *k : {"id", "name", "category", "severity", "status", "found", "deadline", "unit", "street",
                          "description", "status_since", "closed_at"})
        o.insert(s(k), QJsonValue::fromVariant(r.values.value(s(k))));
    o.insert(s("round_fid"), QJsonValue::fromVariant(r.values.value(s("round_fid"))));
    o.insert(s("rev"), r.values.value(s("rev")).toLongLong());
    o.insert(s("overdue"), HazardDesk::isOverdue(r.values, now));
    o.insert(s("days_overdue"), HazardDesk::daysOverdue(r.values, now));
    return o;
}

int hazardList(Store &store, const Args &a, const QDateTime &now)
{
    QString where;
    QVariantList binds;
    auto add = [&](const QString &cond, const QVariant &v) {
        where += (where.isEmpty() ? QString() : s(" AND ")) + cond;
        binds.append(v);
    };
    if (a.has("--status"))
        add(s("status = ?"), a.value("--status"));
    if (a.has("--round"))
        add(s("round_fid = ?"), a.value("--round").toLongLong());
    if (a.has("--category"))
        add(s("category = ?"), a.value("--category"));
    if (a.has("--street"))
        add(s("street = ?"), a.value("--street"));
    auto f = store.rows(s("hazards"), where.isEmpty() ? QString() : where + s(""), binds);
    f.waitForFinished();
    QJsonArray arr;
    int n = 0;
    for (const StoreRow &r : f.result()) {
        if (a.has("--overdue") && !HazardDesk::isOverdue(r.values, now))
            continue;
        ++n;
        if (a.has("--json")) {
            arr.append(hazardJson(r, now));
            continue;
        }
        const int late = HazardDesk::daysOverdue(r.values, now);
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7")
                .arg(r.fid)
                .arg(r.values.value(s("status")).toString(), r.values.value(s("severity")).toString(),
                     r.values.value(s("category")).toString(), r.values.value(s("deadline")).toString(),
                     r.values.value(s("name")).toString(),
                     late > 0 ? QStringLiteral("\t(overdue %1 d)").arg(late) : QString()));
    }
    if (a.has("--json"))
        out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)));
    else
        out(QStringLiteral("%1 hazards").arg(n));
    return 0;
}

int hazardShow(Store &store, const Args &a, const QDateTime &now)
{
    QString e;
    const qint64 id = idArg(a, "--hazard", &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl hazard: ") + e);
        return 2;
    }
    auto f = store.row(s("hazards"), id, true);
    f.waitForFinished();
    const StoreRow r = f.result();
    if (r.fid == 0) {
        err(QStringLiteral("floodctl hazard: there is no hazard #%1").arg(id));
        return 1;
    }
    auto st = store.rows(s("hazard_steps"), s("hazard_fid = ?"), {id});
    auto at = store.rows(s("attachments"), s("hazard_fid = ?"), {id});
    st.waitForFinished();
    at.waitForFinished();
    QJsonObject o = hazardJson(r, now);
    o.insert(s("geom"), r.values.value(s("geom")).toString());
    o.insert(s("next"), QJsonArray::fromStringList(HazardWorkflow::next(r.values.value(s("status")).toString())));
    QJsonArray steps, files;
    for (const StoreRow &x : st.result())
        steps.append(QJsonObject{{s("at"), x.values.value(s("at")).toString()},
                                 {s("actor"), x.values.value(s("actor")).toString()},
                                 {s("from"), QJsonValue::fromVariant(x.values.value(s("from_state")))},
                                 {s("to"), x.values.value(s("to_state")).toString()},
                                 {s("remark"), x.values.value(s("remark")).toString()}});
    for (const StoreRow &x : at.result())
        files.append(QJsonObject{{s("fid"), x.fid},
                                 {s("name"), x.values.value(s("name")).toString()},
                                 {s("mime"), x.values.value(s("mime")).toString()},
                                 {s("size_bytes"), x.values.value(s("size_bytes")).toLongLong()},
                                 {s("sha256"), x.values.value(s("sha256")).toString()},
                                 {s("thumbnail"), !x.values.value(s("thumbnail")).toByteArray().isEmpty()}});
    o.insert(s("steps"), steps);
    o.insert(s("attachments"), files);
    if (a.has("--json")) {
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return 0;
    }
    out(QStringLiteral("hazard #%1 %2").arg(id).arg(r.values.value(s("name")).toString()));
    out(QStringLiteral("  status %1 (next: %2)%3")
            .arg(r.values.value(s("status")).toString(),
                 HazardWorkflow::next(r.values.value(s("status")).toString()).join(QLatin1String(", ")),
                 HazardDesk::isOverdue(r.values, now)
                     ? QStringLiteral("; overdue by %1 d").arg(HazardDesk::daysOverdue(r.values, now))
                     : QString()));
    out(QStringLiteral("  %1, severity %2, unit %3, deadline %4")
            .arg(r.values.value(s("category")).toString(), r.values.value(s("severity")).toString(),
                 r.values.value(s("unit")).toString(), r.values.value(s("deadline")).toString()));
    for (const StoreRow &x : st.result())
        out(QStringLiteral("  %1 (Beijing) %2: %3 -> %4 %5")
                .arg(local(x.values.value(s("at"))), x.values.value(s("actor")).toString(),
                     x.values.value(s("from_state")).toString(), x.values.value(s("to_state")).toString(),
                     x.values.value(s("remark")).toString()));
    for (const StoreRow &x : at.result())
        out(QStringLiteral("  attachment #%1 %2 (%3 bytes)")
                .arg(x.fid)
                .arg(x.values.value(s("name")).toString())
                .arg(x.values.value(s("size_bytes")).toLongLong()));
    return 0;
}

} // namespace

int hazard(const QStringList &args)
{
    Args a;
    QString e;
    const char usage[] =
        "usage: floodctl hazard DB list [--json] [--status S] [--round ID] [--category C] [--street S] [--overdue]\n"
        "       floodctl hazard DB show --hazard ID [--json]\n"
        "       floodctl hazard DB move --hazard ID --to found|assigned|rectifying|awaiting_check|closed [--remark T]\n"
        "       floodctl hazard DB attach --hazard ID FILE\n"
        "       floodctl hazard DB attachment --attachment ID --out FILE [--overwrite]\n"
        "       floodctl hazard DB import FILE.(xlsx|csv) [--round ID]\n"
        "  (every form takes --user NAME and --now ISO8601)";
    if (!parse(args,
               {s("--hazard"), s("--to"), s("--remark"), s("--status"), s("--round"), s("--category"), s("--street"),
                s("--attachment"), s("--out"), s("--user"), s("--now")},
               {s("--json"), s("--overdue"), s("--overwrite")}, &a, &e)
        || a.pos.size() < 2) {
        err(e.isEmpty() ? QString::fromUtf8(usage) : e);
        return 2;
    }
    const QString sub = a.pos.value(1);
    const QDateTime now = nowArg(a, &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl hazard: ") + e);
        return 2;
    }
    static const QStringList subs = {s("list"), s("show"), s("move"), s("attach"), s("attachment"), s("import")};
    if (!subs.contains(sub)) {
        err(QStringLiteral("floodctl hazard: no sub-command '%1'\n%2").arg(sub, QString::fromUtf8(usage)));
        return 2;
    }
    auto store = openFor(a, "hazard");
    if (!store)
        return 1;
    if (sub == QLatin1String("list"))
        return hazardList(*store, a, now);
    if (sub == QLatin1String("show"))
        return hazardShow(*store, a, now);
    if (sub == QLatin1String("move")) {
        const qint64 id = idArg(a, "--hazard", &e);
        if (!e.isEmpty() || !a.has("--to")) {
            err(e.isEmpty() ? QString::fromUtf8(usage) : QStringLiteral("floodctl hazard: ") + e);
            return 2;
        }
        const WriteResult r = HazardDesk::moveHazard(*store, id, a.value("--to"), a.value("--remark"), now);
        if (!r.ok) {
            err(QStringLiteral("floodctl hazard move: ") + r.error);
            return 1;
        }
        out(QStringLiteral("hazard %1 is %2").arg(id).arg(a.value("--to")));
        return 0;
    }
    if (sub == QLatin1String("attach")) {
        const qint64 id = idArg(a, "--hazard", &e);
        if (!e.isEmpty() || a.pos.size() != 3) {
            err(e.isEmpty() ? QString::fromUtf8(usage) : QStringLiteral("floodctl hazard: ") + e);
            return 2;
        }
        auto h = store->row(s("hazards"), id);
        h.waitForFinished();
        if (h.result().fid == 0) {
            err(QStringLiteral("floodctl hazard attach: there is no hazard #%1").arg(id));
            return 1;
        }
        const WriteResult r = HazardDesk::attachFile(*store, s("hazard_fid"), id, a.pos.value(2), now);
        if (!r.ok) {
            err(QStringLiteral("floodctl hazard attach: ") + r.error);
            return 1;
        }
        out(QStringLiteral("attachment %1: %2 on hazard %3").arg(r.fids.value(0)).arg(QFileInfo(a.pos.value(2)).fileName()).arg(id));
        return 0;
    }
    if (sub == QLatin1String("attachment")) {
        const qint64 id = idArg(a, "--attachment", &e);
        if (!e.isEmpty() || !a.has("--out")) {
            err(e.isEmpty() ? QString::fromUtf8(usage) : QStringLiteral("floodctl hazard: ") + e);
            return 2;
        }
        if (QFileInfo::exists(a.value("--out")) && !a.has("--overwrite")) {
            err(QStringLiteral("floodctl hazard attachment: %1 exists (--overwrite to replace it)").arg(a.value("--out")));
            return 1;
        }
        auto r = store->row(s("attachments"), id);
        r.waitForFinished();
        if (r.result().fid == 0) {
            err(QStringLiteral("floodctl hazard attachment: there is no attachment #%1").arg(id));
            return 1;
        }
        QFile f(a.value("--out"));
        const QByteArray data = r.result().values.value(s("data")).toByteArray();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.flush()) {
            err(QStringLiteral("floodctl hazard attachment: %1: %2").arg(a.value("--out"), f.errorString()));
            return 1;
        }
        out(QStringLiteral("%1: %2 bytes").arg(a.value("--out")).arg(data.size()));
        return 0;
    }
    // import
    if (a.pos.size() != 3) {
        err(QString::fromUtf8(usage));
        return 2;
    }
    qint64 round = 0;
    if (a.has("--round")) {
        round = idArg(a, "--round", &e);
        if (!e.isEmpty()) {
            err(QStringLiteral("floodctl hazard: ") + e);
            return 2;
        }
    }
    const HazardImportReport r = HazardImport::run(*store, a.pos.value(2), round, now);
    for (const QString &line : r.mapping)
        out(QStringLiteral("  ") + line);
    if (!r.ok) {
        err(QStringLiteral("floodctl hazard import: ") + r.error);
        return 1;
    }
    out(QStringLiteral("%1 hazards imported, %2 photos attached").arg(r.imported).arg(r.photos));
    return 0;
}

int greenery(const QStringList &args)
{
    Args a;
    QString e;
    const char usage[] =
        "usage: floodctl greenery DB sites [--json]\n"
        "       floodctl greenery DB campaign --name NAME [--signal ID]\n"
        "       floodctl greenery DB results [--campaign ID] [--json]\n"
        "       floodctl greenery DB result --result ID --to fine|pruned|braced|trees_removed|closed_to_public [--remark T] [--finding T]\n"
        "       floodctl greenery DB flag [--hours H] [--json]\n"
        "       floodctl greenery DB to-hazard --result ID [--severity S] [--deadline YYYY-MM-DD] [--remark T]\n"
        "  (every form takes --user NAME and --now ISO8601)";
    if (!parse(args,
               {s("--name"), s("--signal"), s("--campaign"), s("--result"), s("--to"), s("--remark"), s("--finding"),
                s("--hours"), s("--severity"), s("--deadline"), s("--user"), s("--now")},
               {s("--json")}, &a, &e)
        || a.pos.size() != 2) {
        err(e.isEmpty() ? QString::fromUtf8(usage) : e);
        return 2;
    }
    const QString sub = a.pos.value(1);
    const QDateTime now = nowArg(a, &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl greenery: ") + e);
        return 2;
    }
    static const QStringList subs = {s("sites"), s("campaign"), s("results"), s("result"), s("flag"), s("to-hazard")};
    if (!subs.contains(sub)) {
        err(QStringLiteral("floodctl greenery: no sub-command '%1'\n%2").arg(sub, QString::fromUtf8(usage)));
        return 2;
    }
    auto store = openFor(a, "greenery");
    if (!store)
        return 1;
    if (sub == QLatin1String("sites")) {
        auto f = store->rows(s("greenery"), QString());
        f.waitForFinished();
        QJsonArray arr;
        for (const StoreRow &r : f.result()) {
            QJsonObject o{{s("fid"), r.fid}};
            for (const char *k : {"name", "building", "address", "area_m2", "tall_trees", "anchoring", "unit",
                                  "last_inspection", "last_inspected_at", "last_result"})
                o.insert(s(k), QJsonValue::fromVariant(r.values.value(s(k))));
            if (a.has("--json"))
                arr.append(o);
            else
                out(QStringLiteral("%1\t%2\t%3 tall trees\t%4\tlast %5 %6")
                        .arg(r.fid)
                        .arg(r.values.value(s("name")).toString())
                        .arg(r.values.value(s("tall_trees")).toInt())
                        .arg(r.values.value(s("unit")).toString(), r.values.value(s("last_inspection")).toString(),
                             r.values.value(s("last_result")).toString()));
        }
        if (a.has("--json"))
            out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (sub == QLatin1String("campaign")) {
        if (!a.has("--name")) {
            err(QString::fromUtf8(usage));
            return 2;
        }
        const WriteResult r = GreeneryRules::startCampaign(*store, a.value("--name"), a.value("--signal").toLongLong(), now);
        if (!r.ok) {
            err(QStringLiteral("floodctl greenery campaign: ") + r.error);
            return 1;
        }
        out(QStringLiteral("campaign %1: %2 sites listed").arg(r.fids.value(0)).arg(r.fids.size() - 1));
        return 0;
    }
    if (sub == QLatin1String("results")) {
        auto f = store->rows(s("greenery_results"), a.has("--campaign") ? s("campaign_fid = ?") : QString(),
                             a.has("--campaign") ? QVariantList{a.value("--campaign").toLongLong()} : QVariantList{});
        f.waitForFinished();
        QJsonArray arr;
        int done = 0;
        for (const StoreRow &r : f.result()) {
            done += !r.values.value(s("result")).toString().isEmpty();
            QJsonObject o{{s("fid"), r.fid}};
            for (const char *k : {"campaign_fid", "site_fid", "result", "inspected_at", "inspector", "remark",
                                  "finding", "hazard_fid"})
                o.insert(s(k), QJsonValue::fromVariant(r.values.value(s(k))));
            if (a.has("--json"))
                arr.append(o);
            else
                out(QStringLiteral("%1\tcampaign %2\tsite %3\t%4\t%5")
                        .arg(r.fid)
                        .arg(r.values.value(s("campaign_fid")).toLongLong())
                        .arg(r.values.value(s("site_fid")).toLongLong())
                        .arg(r.values.value(s("result")).toString().isEmpty() ? s("(not yet)") : r.values.value(s("result")).toString(),
                             r.values.value(s("remark")).toString()));
        }
        if (a.has("--json"))
            out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)));
        else
            out(QStringLiteral("%1 of %2 sites inspected").arg(done).arg(f.result().size()));
        return 0;
    }
    if (sub == QLatin1String("result")) {
        const qint64 id = idArg(a, "--result", &e);
        if (!e.isEmpty() || !a.has("--to")) {
            err(e.isEmpty() ? QString::fromUtf8(usage) : QStringLiteral("floodctl greenery: ") + e);
            return 2;
        }
        auto f = store->row(s("greenery_results"), id);
        f.waitForFinished();
        if (f.result().fid == 0) {
            err(QStringLiteral("floodctl greenery result: there is no result #%1").arg(id));
            return 1;
        }
        QList<RowChange> changes = GreeneryRules::recordResult(f.result(), a.value("--to"), a.value("--remark"),
                                                               store->user(), now, &e);
        if (changes.isEmpty()) {
            err(QStringLiteral("floodctl greenery result: ") + e);
            return 1;
        }
        if (a.has("--finding"))
            changes[0].values.insert(s("finding"), a.value("--finding"));
        auto w = store->apply(changes, QStringLiteral("greenery inspection result #%1").arg(id));
        w.waitForFinished();
        if (!w.result().ok) {
            err(QStringLiteral("floodctl greenery result: ") + w.result().error);
            return 1;
        }
        out(QStringLiteral("result %1 is %2").arg(id).arg(a.value("--to")));
        return 0;
    }
    if (sub == QLatin1String("flag")) {
        GreeneryRules rules;
        if (a.has("--hours"))
            rules.windowHours = a.value("--hours").toLongLong();
        auto sites = store->rows(s("greenery"));
        auto sig = store->rows(s("warning_signals"), s("kind = 'typhoon'"));
        sites.waitForFinished();
        sig.waitForFinished();
        const GreeneryFlagging g = rules.flag(sites.result(), sig.result(), now);
        if (a.has("--json")) {
            QJsonObject units;
            const auto byUnit = g.byUnit();
            for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
                QJsonArray l;
                for (const GreeneryFlag &f : it.value())
                    l.append(QJsonObject{{s("fid"), f.fid}, {s("name"), f.name}, {s("tall_trees"), f.tallTrees},
                                         {s("last_inspected"), f.lastInspected.isValid() ? f.lastInspected.toString(Qt::ISODate) : QString()}});
                units.insert(it.key(), l);
            }
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{s("typhoon_in_force"), g.typhoonInForce},
                                                            {s("signal_since"), g.signalSince.toString(Qt::ISODate)},
                                                            {s("cutoff"), g.cutoff.toString(Qt::ISODate)},
                                                            {s("flagged"), int(g.flagged.size())},
                                                            {s("by_unit"), units}})
                                      .toJson(QJsonDocument::Indented)));
            return 0;
        }
        if (!g.typhoonInForce) {
            out(s("no typhoon signal in force: nothing flagged"));
            return 0;
        }
        out(QStringLiteral("typhoon signal since %1 (Beijing); not inspected since %2: %3 sites")
                .arg(local(g.signalSince.toString(Qt::ISODateWithMs)), local(g.cutoff.toString(Qt::ISODateWithMs)))
                .arg(g.flagged.size()));
        const auto byUnit = g.byUnit();
        for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
            out(QStringLiteral("  %1:").arg(it.key().isEmpty() ? s("(no unit)") : it.key()));
            for (const GreeneryFlag &f : it.value())
                out(QStringLiteral("    %1 %2").arg(f.fid).arg(f.name));
        }
        return 0;
    }
    // to-hazard
    const qint64 id = idArg(a, "--result", &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl greenery: ") + e);
        return 2;
    }
    const QDate deadline = QDate::fromString(a.value("--deadline"), Qt::ISODate);
    const WriteResult r = GreeneryRules::findingToHazard(*store, id, a.value("--remark"), a.value("--severity"), deadline, now);
    if (!r.ok) {
        err(QStringLiteral("floodctl greenery to-hazard: ") + r.error);
        return 1;
    }
    out(QStringLiteral("hazard %1 from the finding of result %2").arg(r.fids.value(0)).arg(id));
    return 0;
}

} // namespace fc::ctl
