#include "app/core/rules/hazarddesk.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QTimeZone>

namespace fc {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QTimeZone beijing()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QDate localDate(const QDateTime &t)
{
    return t.toTimeZone(beijing()).date();
}

QString stored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

} // namespace

QStringList HazardDesk::categories()
{
    return {s("flood_wall"), s("riverside"), s("high_rise"), s("facade"), s("shop_sign"), s("rooftop_greenery"),
            s("underground"), s("construction"), s("land_expropriation"), s("old_town"), s("tourist")};
}

QString HazardDesk::categoryLabel(const QString &code)
{
    if (code == QLatin1String("flood_wall")) return tr("Flood walls and gates");
    if (code == QLatin1String("riverside")) return tr("Riverside");
    if (code == QLatin1String("high_rise")) return tr("High-rise and high structures");
    if (code == QLatin1String("facade")) return tr("Building facades");
    if (code == QLatin1String("shop_sign")) return tr("Shop signs and billboards");
    if (code == QLatin1String("rooftop_greenery")) return tr("Rooftop greenery");
    if (code == QLatin1String("underground")) return tr("Underground spaces");
    if (code == QLatin1String("construction")) return tr("Construction sites");
    if (code == QLatin1String("land_expropriation")) return tr("Land-expropriation plots");
    if (code == QLatin1String("old_town")) return tr("Old town");
    if (code == QLatin1String("tourist")) return tr("Tourist areas");
    return code;
}

QString HazardDesk::stateLabel(const QString &state)
{
    if (state == QLatin1String("found")) return tr("found");
    if (state == QLatin1String("assigned")) return tr("assigned");
    if (state == QLatin1String("rectifying")) return tr("rectifying");
    if (state == QLatin1String("awaiting_check")) return tr("awaiting check");
    if (state == QLatin1String("closed")) return tr("closed (verified)");
    return state;
}

QString HazardDesk::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("low")) return tr("low");
    if (severity == QLatin1String("medium")) return tr("medium");
    if (severity == QLatin1String("high")) return tr("high");
    if (severity == QLatin1String("major")) return tr("major");
    return severity;
}

QList<RowChange> HazardDesk::move(const StoreRow &hazard, const QString &to, const QString &remark,
                                  const QString &actor, const QDateTime &now, QString *error)
{
    const QString from = hazard.values.value(s("status")).toString();
    if (!HazardWorkflow::isState(to)) {
        *error = tr("'%1' is not a hazard state (%2)").arg(to, HazardWorkflow::states().join(QLatin1String(", ")));
        return {};
    }
    if (!HazardWorkflow::allowed(from, to)) {
        *error = tr("hazard #%1: %2").arg(hazard.fid).arg(HazardWorkflow::refusal(from, to));
        return {};
    }
    RowChange h;
    h.kind = RowChange::Kind::Update;
    h.table = s("hazards");
    h.fid = hazard.fid;
    h.values = {{s("status"), to}, {s("status_since"), stored(now)}};
    if (hazard.values.contains(s("rev")))
        h.values.insert(s("rev"), hazard.values.value(s("rev")));
    if (to == QLatin1String("closed"))
        h.values.insert(s("closed_at"), stored(now));
    RowChange step;
    step.kind = RowChange::Kind::Insert;
    step.table = s("hazard_steps");
    step.values = {{s("hazard_fid"), hazard.fid}, {s("at"), stored(now)},       {s("actor"), actor},
                   {s("from_state"), from},       {s("to_state"), to},         {s("remark"), remark}};
    return {h, step};
}

bool HazardDesk::isOverdue(const QVariantMap &hazard, const QDateTime &now)
{
    return daysOverdue(hazard, now) > 0;
}

int HazardDesk::daysOverdue(const QVariantMap &hazard, const QDateTime &now)
{
    if (!HazardWorkflow::isOpen(hazard.value(s("status")).toString()))
        return 0;
    const QDate deadline = QDate::fromString(hazard.value(s("deadline")).toString().left(10), Qt::ISODate);
    if (!deadline.isValid())
        return 0;
    const qint64 d = deadline.daysTo(localDate(now));
    return d > 0 ? int(d) : 0;
}

QVariantMap HazardDesk::attachment(const QString &fileName, const QByteArray &data, const QString &actor,
                                   const QDateTime &now, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    if (data.size() > HazardWorkflow::MaxAttachmentBytes) {
        *error = tr("%1: %2 bytes is over the limit of %3 MiB for one attachment; nothing was attached")
                     .arg(name)
                     .arg(data.size())
                     .arg(HazardWorkflow::MaxAttachmentBytes / (1024 * 1024));
        return {};
    }
    if (data.isEmpty()) {
        *error = tr("%1: the file is empty; nothing was attached").arg(name);
        return {};
    }
    QVariantMap v;
    v.insert(s("name"), name);
    v.insert(s("mime"), QMimeDatabase().mimeTypeForFileNameAndData(name, data).name());
    v.insert(s("size_bytes"), qint64(data.size()));
    v.insert(s("data"), data);
    v.insert(s("sha256"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    v.insert(s("added_at"), stored(now));
    v.insert(s("added_by"), actor);
    QImage image;
    if (image.loadFromData(data)) {
        const QImage thumb = image.scaled(HazardWorkflow::ThumbnailPixels, HazardWorkflow::ThumbnailPixels,
                                          Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        thumb.save(&buf, "PNG");
        v.insert(s("thumbnail"), png);
    }
    return v;
}

WriteResult HazardDesk::moveHazard(Store &store, qint64 fid, const QString &to, const QString &remark,
                                   const QDateTime &now)
{
    WriteResult r;
    auto f = store.row(s("hazards"), fid);
    f.waitForFinished();
    const StoreRow row = f.result();
    if (row.fid == 0) {
        r.error = tr("there is no hazard #%1").arg(fid);
        return r;
    }
    const QList<RowChange> changes = move(row, to, remark, store.user(), now, &r.error);
    if (changes.isEmpty())
        return r;
    auto w = store.apply(changes, tr("hazard #%1: %2 -> %3").arg(fid).arg(row.values.value(s("status")).toString(), to));
    w.waitForFinished();
    return w.result();
}

WriteResult HazardDesk::attachFile(Store &store, const QString &ownerColumn, qint64 ownerFid, const QString &path,
                                   const QDateTime &now)
{
    WriteResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("%1: %2").arg(path, f.errorString());
        return r;
    }
    if (f.size() > HazardWorkflow::MaxAttachmentBytes) { // refused before reading it all
        r.error = tr("%1: %2 bytes is over the limit of %3 MiB for one attachment; nothing was attached")
                      .arg(QFileInfo(path).fileName())
                      .arg(f.size())
                      .arg(HazardWorkflow::MaxAttachmentBytes / (1024 * 1024));
        return r;
    }
    QVariantMap v = attachment(path, f.readAll(), store.user(), now, &r.error);
    if (v.isEmpty())
        return r;
    v.insert(ownerColumn, ownerFid);
    auto w = store.insertRow(s("attachments"), v, tr("attachment %1").arg(v.value(s("name")).toString()));
    w.waitForFinished();
    return w.result();
}

// -- greenery --

QMap<QString, QList<GreeneryFlag>> GreeneryFlagging::byUnit() const
{
    QMap<QString, QList<GreeneryFlag>> out;
    for (const GreeneryFlag &f : flagged)
        out[f.unit].append(f);
    return out;
}

QStringList GreeneryRules::results()
{
    return {s("fine"), s("pruned"), s("braced"), s("trees_removed"), s("closed_to_public")};
}

QString GreeneryRules::resultLabel(const QString &result)
{
    if (result == QLatin1String("fine")) return tr("fine");
    if (result == QLatin1String("pruned")) return tr("pruned");
    if (result == QLatin1String("braced")) return tr("braced");
    if (result == QLatin1String("trees_removed")) return tr("tall trees removed");
    if (result == QLatin1String("closed_to_public")) return tr("closed to the public");
    if (result.isEmpty()) return tr("not yet inspected");
    return result;
}

QDateTime GreeneryRules::lastInspected(const QVariantMap &site)
{
    const QDateTime at = parseTime(site.value(s("last_inspected_at")));
    if (at.isValid())
        return at;
    const QDate d = QDate::fromString(site.value(s("last_inspection")).toString().left(10), Qt::ISODate);
    if (!d.isValid())
        return {};
    return QDateTime(d, QTime(0, 0), beijing()).toUTC();
}

GreeneryFlagging GreeneryRules::flag(const QList<StoreRow> &sites, const QList<StoreRow> &signalRows,
                                     const QDateTime &now) const
{
    GreeneryFlagging out;
    QHash<qint64, const StoreRow *> byFid;
    const StoreRow *inForce = nullptr;
    for (const StoreRow &r : signalRows) {
        if (r.values.value(s("kind")).toString() != QLatin1String("typhoon"))
            continue;
        byFid.insert(r.fid, &r);
        const QDateTime issued = parseTime(r.values.value(s("issued_at")));
        const QDateTime lifted = parseTime(r.values.value(s("lifted_at")));
        if (issued.isValid() && issued <= now && (!lifted.isValid() || lifted > now))
            inForce = &r;
    }
    if (!inForce)
        return out;
    // An upgrade or downgrade continues the same signal: it went up when the first of the chain was issued.
    const StoreRow *first = inForce;
    for (int guard = 0; guard < 100; ++guard) {
        const qint64 prev = first->values.value(s("previous_fid")).toLongLong();
        const StoreRow *p = byFid.value(prev);
        if (!p)
            break;
        const QString ended = p->values.value(s("ended")).toString();
        if (ended != QLatin1String("upgrade") && ended != QLatin1String("downgrade"))
            break;
        first = p;
    }
    out.typhoonInForce = true;
    out.signalSince = parseTime(first->values.value(s("issued_at")));
    out.cutoff = out.signalSince.addSecs(-windowHours * 3600);
    for (const StoreRow &site : sites) {
        const QDateTime last = lastInspected(site.values);
        if (last.isValid() && last >= out.cutoff)
            continue;
        GreeneryFlag f;
        f.fid = site.fid;
        f.name = site.values.value(s("name")).toString();
        f.unit = site.values.value(s("unit")).toString();
        f.tallTrees = site.values.value(s("tall_trees")).toInt();
        f.lastInspected = last;
        out.flagged.append(f);
    }
    return out;
}

WriteResult GreeneryRules::startCampaign(Store &store, const QString &name, qint64 signalFid, const QDateTime &now)
{
    auto sites = store.rows(s("greenery"));
    sites.waitForFinished();
    auto c = store.insertRow(s("greenery_campaigns"),
                             {{s("name"), name}, {s("started_at"), stored(now)}, {s("started_by"), store.user()},
                              {s("signal_fid"), signalFid > 0 ? QVariant(signalFid) : QVariant()}},
                             tr("greenery inspection campaign"));
    c.waitForFinished();
    WriteResult r = c.result();
    if (!r.ok)
        return r;
    const qint64 campaign = r.fids.first();
    QList<RowChange> rows;
    for (const StoreRow &site : sites.result()) {
        RowChange ch;
        ch.kind = RowChange::Kind::Insert;
        ch.table = s("greenery_results");
        ch.values = {{s("campaign_fid"), campaign}, {s("site_fid"), site.fid}};
        rows.append(ch);
    }
    auto w = store.apply(rows, tr("greenery inspection campaign: every site listed"));
    w.waitForFinished();
    WriteResult all = w.result();
    if (all.ok)
        all.fids.prepend(campaign);
    return all;
}

QList<RowChange> GreeneryRules::recordResult(const StoreRow &resultRow, const QString &result, const QString &remark,
                                             const QString &inspector, const QDateTime &now, QString *error)
{
    if (!results().contains(result)) {
        *error = tr("'%1' is not an inspection result (%2)").arg(result, results().join(QLatin1String(", ")));
        return {};
    }
    RowChange r;
    r.kind = RowChange::Kind::Update;
    r.table = s("greenery_results");
    r.fid = resultRow.fid;
    r.values = {{s("result"), result}, {s("inspected_at"), stored(now)}, {s("inspector"), inspector},
                {s("remark"), remark}};
    if (resultRow.values.contains(s("rev")))
        r.values.insert(s("rev"), resultRow.values.value(s("rev")));
    RowChange site;
    site.kind = RowChange::Kind::Update;
    site.table = s("greenery");
    site.fid = resultRow.values.value(s("site_fid")).toLongLong();
    site.values = {{s("last_inspected_at"), stored(now)}, {s("last_result"), result},
                   {s("last_inspection"), localDate(now).toString(Qt::ISODate)}};
    return {r, site};
}

WriteResult GreeneryRules::findingToHazard(Store &store, qint64 resultFid, const QString &description,
                                           const QString &severity, const QDate &deadline, const QDateTime &now)
{
    WriteResult r;
    auto rf = store.row(s("greenery_results"), resultFid);
    rf.waitForFinished();
    const StoreRow result = rf.result();
    if (result.fid == 0) {
        r.error = tr("there is no greenery inspection result #%1").arg(resultFid);
        return r;
    }
    if (result.values.value(s("hazard_fid")).toLongLong() > 0) {
        r.error = tr("the finding of result #%1 is already hazard #%2")
                      .arg(resultFid)
                      .arg(result.values.value(s("hazard_fid")).toLongLong());
        return r;
    }
    auto sf = store.row(s("greenery"), result.values.value(s("site_fid")).toLongLong(), true);
    sf.waitForFinished();
    const StoreRow site = sf.result();
    const QString text = description.isEmpty() ? result.values.value(s("finding")).toString() : description;
    QVariantMap h = {{s("name"), QString(site.values.value(s("name")).toString() + tr(": greenery hazard"))},
                     {s("category"), s("rooftop_greenery")},
                     {s("severity"), severity.isEmpty() ? s("medium") : severity},
                     {s("status"), s("found")},
                     {s("found"), localDate(now).toString(Qt::ISODate)},
                     {s("status_since"), stored(now)},
                     {s("unit"), site.values.value(s("unit"))},
                     {s("description"), text},
                     {s("greenery_fid"), site.fid}};
    if (deadline.isValid())
        h.insert(s("deadline"), deadline.toString(Qt::ISODate));
    if (!site.values.value(s("geom")).toString().isEmpty())
        h.insert(s("geom"), site.values.value(s("geom")));
    auto w = store.insertRow(s("hazards"), h, tr("greenery finding of result #%1 becomes a hazard").arg(resultFid));
    w.waitForFinished();
    r = w.result();
    if (!r.ok)
        return r;
    const qint64 hazard = r.fids.first();
    RowChange link;
    link.table = s("greenery_results");
    link.fid = resultFid;
    link.values = {{s("hazard_fid"), hazard}, {s("rev"), result.values.value(s("rev"))}};
    if (text != result.values.value(s("finding")).toString())
        link.values.insert(s("finding"), text);
    RowChange step;
    step.kind = RowChange::Kind::Insert;
    step.table = s("hazard_steps");
    step.values = {{s("hazard_fid"), hazard}, {s("at"), stored(now)}, {s("actor"), store.user()},
                   {s("to_state"), s("found")}, {s("remark"), tr("found in greenery inspection (result #%1)").arg(resultFid)}};
    auto l = store.apply({link, step}, tr("hazard #%1 from a greenery finding").arg(hazard));
    l.waitForFinished();
    if (!l.result().ok) {
        WriteResult bad = l.result();
        bad.error = tr("hazard #%1 was written but not linked to the inspection: %2").arg(hazard).arg(bad.error);
        return bad;
    }
    return r;
}

} // namespace fc
