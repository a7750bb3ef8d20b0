#include "app/core/rules/shelters.h"

namespace fc {

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

PeopleTransfer PeopleTransfer::fromRow(const StoreRow &r)
{
    PeopleTransfer t;
    t.fid = r.fid;
    t.shelter = r.values.value(S("shelter_fid")).toLongLong();
    t.direction = r.values.value(S("direction")).toString();
    t.people = r.values.value(S("people")).toLongLong();
    const QVariant at = r.values.value(S("at"));
    t.at = at.typeId() == QMetaType::QDateTime ? at.toDateTime().toUTC()
                                                : QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toUTC();
    t.fromPlace = r.values.value(S("from_place")).toString();
    t.estate = r.values.value(S("estate")).toString();
    t.street = r.values.value(S("street")).toString();
    t.elderly = r.values.value(S("elderly")).toLongLong();
    t.disabled = r.values.value(S("disabled")).toLongLong();
    t.children = r.values.value(S("children")).toLongLong();
    t.actor = r.values.value(S("actor")).toString();
    t.note = r.values.value(S("note")).toString();
    t.overrideReason = r.values.value(S("override_reason")).toString();
    return t;
}

QStringList Shelters::statuses()
{
    return {S("closed"), S("opening"), S("open"), S("full")};
}

QString Shelters::statusLabel(const QString &status)
{
    if (status == QLatin1String("closed"))
        return tr("Closed");
    if (status == QLatin1String("opening"))
        return tr("Opening");
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("full"))
        return tr("Full");
    return tr("Not recorded");
}

qint64 Shelters::occupancyAt(const QList<PeopleTransfer> &transfers, qint64 shelter, const QDateTime &t)
{
    qint64 n = 0;
    for (const PeopleTransfer &x : transfers)
        if (x.shelter == shelter && (!t.isValid() || x.at <= t))
            n += x.signedPeople();
    return n;
}

QHash<qint64, qint64> Shelters::occupancyAt(const QList<PeopleTransfer> &transfers, const QDateTime &t)
{
    QHash<qint64, qint64> out;
    for (const PeopleTransfer &x : transfers)
        if (!t.isValid() || x.at <= t)
            out[x.shelter] += x.signedPeople();
    return out;
}

QString Shelters::effectiveStatus(const QString &recorded, qint64 occupancy, qint64 capacity)
{
    if (capacity > 0 && occupancy >= capacity && recorded != QLatin1String("closed"))
        return S("full");
    return recorded;
}

QList<ShelterState> Shelters::states(const QList<StoreRow> &shelters, const QList<StoreRow> &profiles)
{
    QHash<qint64, const StoreRow *> profileOf;
    for (const StoreRow &p : profiles)
        profileOf.insert(p.values.value(S("shelter_fid")).toLongLong(), &p);
    QList<ShelterState> out;
    for (const StoreRow &r : shelters) {
        ShelterState s;
        s.fid = r.fid;
        s.name = r.values.value(S("name")).toString();
        s.address = r.values.value(S("address")).toString();
        s.phone = r.values.value(S("phone")).toString();
        s.capacity = r.values.value(S("capacity")).toLongLong();
        s.occupancy = r.values.value(S("occupancy")).toLongLong();
        QString recorded;
        if (const StoreRow *p = profileOf.value(r.fid)) {
            recorded = p->values.value(S("status")).toString();
            s.facilities = p->values.value(S("facilities")).toString();
            s.contact = p->values.value(S("contact")).toString();
        }
        s.status = effectiveStatus(recorded, s.occupancy, s.capacity);
        out.append(s);
    }
    return out;
}

QList<RowChange> Shelters::transfer(const PeopleTransfer &t)
{
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = S("people_transfers");
    c.values = {{S("shelter_fid"), t.shelter}, {S("direction"), t.direction}, {S("people"), t.people},
                {S("at"), t.at}};
    auto put = [&](const char *col, const QString &v) {
        if (!v.isEmpty())
            c.values.insert(S(col), v);
    };
    auto putN = [&](const char *col, qint64 v) {
        if (v > 0)
            c.values.insert(S(col), v);
    };
    put("from_place", t.fromPlace);
    put("estate", t.estate);
    put("street", t.street);
    putN("elderly", t.elderly);
    putN("disabled", t.disabled);
    putN("children", t.children);
    put("actor", t.actor);
    put("note", t.note);
    put("override_reason", t.overrideReason.trimmed());
    RowChange touch;
    touch.kind = RowChange::Kind::Update;
    touch.table = S("shelters");
    touch.fid = t.shelter;
    return {c, touch};
}

QString Shelters::checkTransfer(const PeopleTransfer &t, const ShelterState &s)
{
    if (t.people < 1)
        return tr("the number of people must be at least 1");
    if (t.direction == QLatin1String("departure") && s.occupancy - t.people < 0)
        return tr("%1 holds %2 people: %3 cannot leave").arg(s.name).arg(s.occupancy).arg(t.people);
    if (t.direction == QLatin1String("arrival") && s.capacity > 0 && s.occupancy + t.people > s.capacity
        && t.overrideReason.trimmed().isEmpty())
        return tr("%1 has %2 of %3 places taken: %4 more would exceed its capacity; give an override reason to "
                  "admit them")
            .arg(s.name)
            .arg(s.occupancy)
            .arg(s.capacity)
            .arg(t.people);
    return {};
}

QList<RowChange> Shelters::baseline(const ShelterState &s, const QList<PeopleTransfer> &transfers, const QDateTime &at)
{
    const qint64 recorded = occupancyAt(transfers, s.fid, {});
    if (s.occupancy <= recorded)
        return {};
    PeopleTransfer b;
    b.shelter = s.fid;
    b.people = s.occupancy - recorded;
    b.at = at;
    b.actor = S("floodcommand");
    b.note = S("occupancy recorded before transfers were kept");
    b.overrideReason = S("occupancy as recorded with the shelter");
    return transfer(b).mid(0, 1);
}

RowChange Shelters::setStatus(qint64 shelter, const StoreRow *profile, const QString &status, const QDateTime &at)
{
    RowChange c;
    c.table = S("shelter_profiles");
    c.values = {{S("status"), status}, {S("status_since"), at}};
    if (profile) {
        c.kind = RowChange::Kind::Update;
        c.fid = profile->fid;
        c.values.insert(S("rev"), profile->values.value(S("rev")));
    } else {
        c.kind = RowChange::Kind::Insert;
        c.values.insert(S("shelter_fid"), shelter);
    }
    return c;
}

bool Shelters::isOverCapacity(const QString &error)
{
    return error.contains(QLatin1String("shelter over capacity"));
}

QList<ShelterState> Shelters::load(Store &store)
{
    auto s = store.rows(S("shelters"));
    auto p = store.rows(S("shelter_profiles"));
    s.waitForFinished();
    p.waitForFinished();
    return states(s.result(), p.result());
}

QList<PeopleTransfer> Shelters::loadTransfers(Store &store)
{
    auto f = store.rows(S("people_transfers"));
    f.waitForFinished();
    QList<PeopleTransfer> out;
    for (const StoreRow &r : f.result())
        out.append(PeopleTransfer::fromRow(r));
    return out;
}

} // namespace fc
