#include "app/core/rules/supplies.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace fc {

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

QDateTime timeOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

RowChange insert(const QString &table, const QVariantMap &values)
{
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = table;
    c.values = values;
    return c;
}

} // namespace

SupplyKind SupplyKind::fromRow(const StoreRow &r)
{
    SupplyKind k;
    k.fid = r.fid;
    k.code = r.values.value(S("code")).toString();
    k.name = r.values.value(S("name")).toString();
    k.nameEn = r.values.value(S("name_en")).toString();
    k.category = r.values.value(S("category")).toString();
    k.unit = r.values.value(S("unit")).toString();
    k.minLevel = r.values.value(S("min_level")).toLongLong();
    k.shelfLifeDays = r.values.value(S("shelf_life_days")).toInt();
    k.expiryWarnDays = r.values.value(S("expiry_warn_days")).toInt();
    return k;
}

SupplyMovement SupplyMovement::fromRow(const StoreRow &r)
{
    SupplyMovement m;
    m.fid = r.fid;
    m.kind = r.values.value(S("kind_fid")).toLongLong();
    m.warehouse = r.values.value(S("warehouse_fid")).toLongLong();
    m.location = r.values.value(S("location_fid")).toLongLong();
    m.type = r.values.value(S("type")).toString();
    m.delta = r.values.value(S("delta")).toLongLong();
    m.at = timeOf(r.values.value(S("at")));
    m.actor = r.values.value(S("actor")).toString();
    m.reason = r.values.value(S("reason")).toString();
    m.document = r.values.value(S("document")).toString();
    m.partyKind = r.values.value(S("party_kind")).toString();
    m.partyFid = r.values.value(S("party_fid")).toLongLong();
    m.party = r.values.value(S("party")).toString();
    m.request = r.values.value(S("request_fid")).toLongLong();
    m.expires = QDate::fromString(r.values.value(S("expires")).toString(), Qt::ISODate);
    return m;
}

bool SupplyParty::parse(const QString &spec, SupplyParty *out, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^(shelter|incident|team|drill)(?::(.+))?$"));
    const QRegularExpressionMatch m = re.match(spec.trimmed());
    if (!m.hasMatch()) {
        *error = Supplies::tr("'%1' is not shelter:ID, incident:ID, team:ID or drill[:NAME]").arg(spec);
        return false;
    }
    out->kind = m.captured(1);
    const QString rest = m.captured(2);
    if (out->kind == QLatin1String("drill")) {
        out->text = rest;
        return true;
    }
    bool ok = false;
    out->fid = rest.toLongLong(&ok);
    if (!ok || out->fid < 1) {
        *error = Supplies::tr("'%1': %2 needs an id (a whole number from 1)").arg(spec, out->kind);
        return false;
    }
    return true;
}

QStringList Supplies::movementTypes()
{
    return inTypes() + outTypes() + QStringList{S("stocktake")};
}

QStringList Supplies::inTypes()
{
    return {S("opening"), S("purchase"), S("return"), S("transfer_in")};
}

QStringList Supplies::outTypes()
{
    return {S("issue"), S("transfer_out"), S("write_off")};
}

QString Supplies::typeLabel(const QString &type)
{
    if (type == QLatin1String("opening"))
        return tr("Opening stock");
    if (type == QLatin1String("purchase"))
        return tr("Purchase");
    if (type == QLatin1String("return"))
        return tr("Returned");
    if (type == QLatin1String("issue"))
        return tr("Issued");
    if (type == QLatin1String("transfer_out"))
        return tr("Transfer out");
    if (type == QLatin1String("transfer_in"))
        return tr("Transfer in");
    if (type == QLatin1String("write_off"))
        return tr("Written off");
    if (type == QLatin1String("stocktake"))
        return tr("Stock-take difference");
    return type;
}

QString Supplies::partyLabel(const QString &kind)
{
    if (kind == QLatin1String("shelter"))
        return tr("Shelter");
    if (kind == QLatin1String("incident"))
        return tr("Incident");
    if (kind == QLatin1String("team"))
        return tr("Team");
    if (kind == QLatin1String("drill"))
        return tr("Drill");
    if (kind == QLatin1String("warehouse"))
        return tr("Warehouse");
    if (kind == QLatin1String("supplier"))
        return tr("Supplier");
    return kind;
}

QHash<QPair<qint64, qint64>, qint64> Supplies::stock(const QList<SupplyMovement> &movements, const QDateTime &asOf)
{
    QHash<QPair<qint64, qint64>, qint64> out;
    for (const SupplyMovement &m : movements)
        if (!asOf.isValid() || (m.at.isValid() && m.at <= asOf))
            out[{m.kind, m.warehouse}] += m.delta;
    return out;
}

QHash<qint64, qint64> Supplies::stockByKind(const QList<SupplyMovement> &movements, const QDateTime &asOf)
{
    QHash<qint64, qint64> out;
    for (const SupplyMovement &m : movements)
        if (!asOf.isValid() || (m.at.isValid() && m.at <= asOf))
            out[m.kind] += m.delta;
    return out;
}

qint64 Supplies::stockAt(const QList<SupplyMovement> &movements, qint64 kind, qint64 warehouse, qint64 location)
{
    qint64 n = 0;
    for (const SupplyMovement &m : movements)
        if (m.kind == kind && m.warehouse == warehouse && m.location == location)
            n += m.delta;
    return n;
}

QList<QPair<QDate, qint64>> Supplies::remainingBatches(const QList<SupplyMovement> &movements, qint64 kind,
                                                       qint64 warehouse)
{
    // What is in stock is what came in last: walk the receipts newest first until the stock is accounted for.
    qint64 stock = 0;
    QList<const SupplyMovement *> receipts;
    for (const SupplyMovement &m : movements) {
        if (m.kind != kind || m.warehouse != warehouse)
            continue;
        stock += m.delta;
        if (m.delta > 0)
            receipts.append(&m);
    }
    std::stable_sort(receipts.begin(), receipts.end(),
                     [](const SupplyMovement *a, const SupplyMovement *b) { return a->at < b->at; });
    QList<QPair<QDate, qint64>> out;
    for (auto it = receipts.crbegin(); it != receipts.crend() && stock > 0; ++it) {
        const qint64 part = std::min(stock, (*it)->delta);
        stock -= part;
        if ((*it)->expires.isValid())
            out.prepend({(*it)->expires, part});
    }
    return out;
}

QList<StockAlarm> Supplies::alarms(const QList<SupplyKind> &kinds, const QList<SupplyMovement> &movements,
                                   const QDate &today)
{
    QList<StockAlarm> out;
    const QHash<qint64, qint64> total = stockByKind(movements);
    QHash<qint64, QList<qint64>> warehousesOf;
    for (const SupplyMovement &m : movements)
        if (!warehousesOf.value(m.kind).contains(m.warehouse))
            warehousesOf[m.kind].append(m.warehouse);
    for (const SupplyKind &k : kinds) {
        const qint64 s = total.value(k.fid);
        if (k.minLevel > 0 && s < k.minLevel)
            out.append({StockAlarm::Kind::Low, k.fid, 0, s, k.minLevel, {}});
        if (k.shelfLifeDays <= 0 && k.expiryWarnDays <= 0)
            continue;
        const int warn = k.expiryWarnDays > 0 ? k.expiryWarnDays : 30;
        QList<qint64> ws = warehousesOf.value(k.fid);
        std::sort(ws.begin(), ws.end());
        for (qint64 w : std::as_const(ws)) {
            for (const auto &[expires, qty] : remainingBatches(movements, k.fid, w)) {
                if (expires < today)
                    out.append({StockAlarm::Kind::Expired, k.fid, w, qty, k.minLevel, expires});
                else if (today.daysTo(expires) <= warn)
                    out.append({StockAlarm::Kind::Expiring, k.fid, w, qty, k.minLevel, expires});
            }
        }
    }
    return out;
}

QString Supplies::alarmText(const StockAlarm &a, const SupplyKind &kind)
{
    switch (a.kind) {
    case StockAlarm::Kind::Low:
        return tr("%1: %2 %3 in stock, minimum %4").arg(kind.name).arg(a.stock).arg(kind.unit).arg(a.minLevel);
    case StockAlarm::Kind::Expiring:
        return tr("%1: %2 %3 expire on %4").arg(kind.name).arg(a.stock).arg(kind.unit, a.expires.toString(Qt::ISODate));
    case StockAlarm::Kind::Expired:
        return tr("%1: %2 %3 expired on %4").arg(kind.name).arg(a.stock).arg(kind.unit, a.expires.toString(Qt::ISODate));
    }
    return {};
}

QHash<qint64, qint64> Supplies::issued(const QList<SupplyMovement> &movements, const QDateTime &from,
                                       const QDateTime &until)
{
    QHash<qint64, qint64> out;
    for (const SupplyMovement &m : movements)
        if (m.type == QLatin1String("issue") && (!from.isValid() || m.at >= from) && (!until.isValid() || m.at <= until))
            out[m.kind] += -m.delta;
    return out;
}

QList<CountDifference> Supplies::reconcile(const QList<CountLine> &lines, const QList<SupplyMovement> &movements)
{
    QList<CountDifference> out;
    for (const CountLine &l : lines)
        out.append({l, stockAt(movements, l.kind, l.warehouse, l.location)});
    return out;
}

QList<RowChange> Supplies::countChanges(const QList<CountDifference> &differences, const QString &actor,
                                        const QDateTime &at, const QString &reason, const QString &document)
{
    QList<RowChange> out;
    for (const CountDifference &d : differences) {
        QVariantMap count = {{S("warehouse_fid"), d.line.warehouse}, {S("kind_fid"), d.line.kind},
                             {S("counted"), d.line.counted}, {S("expected"), d.expected}, {S("at"), at},
                             {S("actor"), actor}, {S("reason"), reason}, {S("document"), document}};
        if (d.line.location > 0)
            count.insert(S("location_fid"), d.line.location);
        out.append(insert(S("stock_counts"), count));
        if (d.difference() == 0)
            continue;
        SupplyMovement m;
        m.kind = d.line.kind;
        m.warehouse = d.line.warehouse;
        m.location = d.line.location;
        m.type = S("stocktake");
        m.delta = d.difference();
        m.at = at;
        m.actor = actor;
        m.reason = reason;
        m.document = document;
        out.append(movement(m));
    }
    return out;
}

RowChange Supplies::movement(const SupplyMovement &m)
{
    QVariantMap v = {{S("kind_fid"), m.kind}, {S("warehouse_fid"), m.warehouse}, {S("type"), m.type},
                     {S("delta"), m.delta}, {S("at"), m.at}, {S("actor"), m.actor}};
    if (m.location > 0)
        v.insert(S("location_fid"), m.location);
    if (!m.reason.isEmpty())
        v.insert(S("reason"), m.reason);
    if (!m.document.isEmpty())
        v.insert(S("document"), m.document);
    if (!m.partyKind.isEmpty())
        v.insert(S("party_kind"), m.partyKind);
    if (m.partyFid > 0)
        v.insert(S("party_fid"), m.partyFid);
    if (!m.party.isEmpty())
        v.insert(S("party"), m.party);
    if (m.request > 0)
        v.insert(S("request_fid"), m.request);
    if (m.expires.isValid())
        v.insert(S("expires"), m.expires);
    return insert(S("supply_movements"), v);
}

QList<RowChange> Supplies::issue(qint64 kind, qint64 warehouse, qint64 quantity, const SupplyParty &to,
                                 const QString &actor, const QDateTime &at, const QString &reason,
                                 const QString &document, qint64 request)
{
    SupplyMovement m;
    m.kind = kind;
    m.warehouse = warehouse;
    m.type = S("issue");
    m.delta = -quantity;
    m.at = at;
    m.actor = actor;
    m.reason = reason;
    m.document = document;
    m.partyKind = to.kind;
    m.partyFid = to.fid;
    m.party = to.text;
    m.request = request;
    return {movement(m)};
}

QList<RowChange> Supplies::receive(qint64 kind, qint64 warehouse, qint64 quantity, const QString &type,
                                   const QString &from, const QString &actor, const QDateTime &at,
                                   const QString &reason, const QString &document, const QDate &expires,
                                   qint64 location)
{
    SupplyMovement m;
    m.kind = kind;
    m.warehouse = warehouse;
    m.location = location;
    m.type = type;
    m.delta = quantity;
    m.at = at;
    m.actor = actor;
    m.reason = reason;
    m.document = document;
    m.partyKind = type == QLatin1String("purchase") ? S("supplier") : S("unit");
    m.party = from;
    m.expires = expires;
    return {movement(m)};
}

QList<RowChange> Supplies::transfer(qint64 kind, qint64 fromWarehouse, qint64 toWarehouse, qint64 quantity,
                                    const QString &actor, const QDateTime &at, const QString &reason,
                                    const QString &document)
{
    SupplyMovement out;
    out.kind = kind;
    out.warehouse = fromWarehouse;
    out.type = S("transfer_out");
    out.delta = -quantity;
    out.at = at;
    out.actor = actor;
    out.reason = reason;
    out.document = document;
    out.partyKind = S("warehouse");
    out.partyFid = toWarehouse;
    SupplyMovement in = out;
    in.warehouse = toWarehouse;
    in.type = S("transfer_in");
    in.delta = quantity;
    in.partyFid = fromWarehouse;
    return {movement(out), movement(in)};
}

QList<RowChange> Supplies::writeOff(qint64 kind, qint64 warehouse, qint64 quantity, const QString &actor,
                                    const QDateTime &at, const QString &reason, const QString &document)
{
    SupplyMovement m;
    m.kind = kind;
    m.warehouse = warehouse;
    m.type = S("write_off");
    m.delta = -quantity;
    m.at = at;
    m.actor = actor;
    m.reason = reason;
    m.document = document;
    return {movement(m)};
}

RowChange Supplies::request(const QString &forKind, qint64 forFid, qint64 kind, qint64 quantity, const QString &actor,
                            const QDateTime &at, const QString &note)
{
    return insert(S("supply_requests"), {{S("for_kind"), forKind}, {S("for_fid"), forFid}, {S("kind_fid"), kind},
                                         {S("quantity"), quantity}, {S("status"), S("requested")},
                                         {S("requested_at"), at}, {S("requested_by"), actor}, {S("note"), note}});
}

QList<RowChange> Supplies::confirmRequest(const StoreRow &request, qint64 warehouse, const QString &actor,
                                          const QDateTime &at, const QString &document)
{
    RowChange done;
    done.kind = RowChange::Kind::Update;
    done.table = S("supply_requests");
    done.fid = request.fid;
    // Confirmed once: a second seat confirming the same request from a stale copy is refused (revision).
    done.values = {{S("status"), S("confirmed")}, {S("decided_at"), at}, {S("decided_by"), actor},
                   {S("warehouse_fid"), warehouse}, {S("rev"), request.values.value(S("rev"))}};
    SupplyParty to;
    to.kind = request.values.value(S("for_kind")).toString();
    to.fid = request.values.value(S("for_fid")).toLongLong();
    QList<RowChange> out = {done};
    out += issue(request.values.value(S("kind_fid")).toLongLong(), warehouse,
                 request.values.value(S("quantity")).toLongLong(), to, actor, at,
                 tr("allocation request %1").arg(request.fid), document, request.fid);
    return out;
}

QHash<qint64, qint64> Supplies::receivedBy(const QList<SupplyMovement> &movements, const QString &partyKind,
                                           qint64 partyFid)
{
    QHash<qint64, qint64> out;
    for (const SupplyMovement &m : movements)
        if (m.type == QLatin1String("issue") && m.partyKind == partyKind && m.partyFid == partyFid)
            out[m.kind] += -m.delta;
    return out;
}

bool Supplies::isShortage(const QString &error)
{
    return error.contains(QLatin1String("not enough stock")) || error.contains(QLatin1String("supply_balance_never_negative"));
}

QString Supplies::shortageText(const QString &kindName, qint64 wanted, qint64 left)
{
    return tr("not enough %1: %2 wanted, %3 left; nothing was issued").arg(kindName).arg(wanted).arg(left);
}

bool SupplyBooks::load(Store &store, QString *error)
{
    kinds.clear();
    movements.clear();
    warehouses.clear();
    auto k = store.rows(S("supply_kinds"));
    auto m = store.rows(S("supply_movements"));
    auto w = store.rows(S("warehouses"));
    k.waitForFinished();
    m.waitForFinished();
    w.waitForFinished();
    if (k.resultCount() == 0 || m.resultCount() == 0 || w.resultCount() == 0) {
        *error = tr("cannot read the supplies from %1").arg(store.path());
        return false;
    }
    for (const StoreRow &r : k.result())
        kinds.append(SupplyKind::fromRow(r));
    for (const StoreRow &r : m.result())
        movements.append(SupplyMovement::fromRow(r));
    for (const StoreRow &r : w.result())
        warehouses.insert(r.fid, r.values.value(S("name")).toString());
    return true;
}

const SupplyKind *SupplyBooks::kind(qint64 fid) const
{
    for (const SupplyKind &k : kinds)
        if (k.fid == fid)
            return &k;
    return nullptr;
}

const SupplyKind *SupplyBooks::kindByCode(const QString &code) const
{
    for (const SupplyKind &k : kinds)
        if (k.code.compare(code, Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

SupplyBooks::Outcome SupplyBooks::write(Store &store, const QList<RowChange> &changes, const QString &note,
                                        qint64 kind, qint64 warehouse, qint64 wanted, const QString &kindName)
{
    Outcome o;
    auto f = store.apply(changes, note);
    f.waitForFinished();
    o.result = f.result();
    o.ok = o.result.ok;
    o.error = o.result.error;
    if (!o.ok && kind > 0 && Supplies::isShortage(o.error)) {
        // What is left now (the balance is the sum of the movements, read after the refusal).
        auto r = store.rows(S("supply_movements"), S("kind_fid = ? AND warehouse_fid = ?"), {kind, warehouse});
        r.waitForFinished();
        qint64 left = 0;
        for (const StoreRow &row : r.result())
            left += row.values.value(S("delta")).toLongLong();
        o.left = left;
        o.error = Supplies::shortageText(kindName, wanted, left);
    }
    return o;
}

} // namespace fc
