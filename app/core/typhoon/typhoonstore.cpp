#include "app/core/typhoon/typhoonstore.h"

#include <QHash>
#include <ogr_geometry.h>
#include <memory>
#include <QTimeZone>

#include <algorithm>

namespace fc {

namespace {

const QStringList &quadrantNames()
{
    static const QStringList q = {QStringLiteral("ne"), QStringLiteral("se"), QStringLiteral("sw"), QStringLiteral("nw")};
    return q;
}

QVariant num(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}
double num(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return NotIssued;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? d : NotIssued;
}
QVariant integer(int v)
{
    return v < 0 ? QVariant() : QVariant(v);
}

// The stored instant back with the offset the source wrote it in.
QDateTime instant(const QVariant &v, const QVariant &offsetMin)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return t;
    return t.toTimeZone(QTimeZone(offsetMin.isNull() ? 0 : offsetMin.toInt() * 60));
}

void radiiTo(QVariantMap *m, const char *prefix, const WindQuadrants &q)
{
    for (int i = 0; i < 4; ++i)
        m->insert(QLatin1String(prefix) + quadrantNames()[i], num(q.quadrant(i)));
}
WindQuadrants radiiFrom(const QVariantMap &m, const char *prefix)
{
    WindQuadrants q;
    for (int i = 0; i < 4; ++i)
        q.quadrant(i) = num(m.value(QLatin1String(prefix) + quadrantNames()[i]));
    return q;
}

StormPoint pointFrom(const QVariantMap &v)
{
    StormPoint p;
    p.at = instant(v.value(QStringLiteral("at")), v.value(QStringLiteral("utc_offset_min")));
    p.atText = v.value(QStringLiteral("at_text")).toString();
    p.pos = GeoPoint(v.value(QStringLiteral("lon")).toDouble(), v.value(QStringLiteral("lat")).toDouble());
    p.grade = v.value(QStringLiteral("grade")).isNull() ? -1 : v.value(QStringLiteral("grade")).toInt();
    p.gradeText = v.value(QStringLiteral("grade_text")).toString();
    p.pressureHpa = num(v.value(QStringLiteral("pressure_hpa")));
    p.windMs = num(v.value(QStringLiteral("wind_ms")));
    p.power = v.value(QStringLiteral("power")).isNull() ? -1 : v.value(QStringLiteral("power")).toInt();
    p.moveDir = v.value(QStringLiteral("move_dir")).toString();
    p.moveKmh = num(v.value(QStringLiteral("move_kmh")));
    p.r7 = radiiFrom(v, "r7_");
    if (v.contains(QStringLiteral("r10_ne"))) {
        p.r10 = radiiFrom(v, "r10_");
        p.r12 = radiiFrom(v, "r12_");
    }
    p.source = v.value(QStringLiteral("source")).toString();
    p.origin = v.value(QStringLiteral("origin")).toString();
    return p;
}

bool samePoint(const StormPoint &a, const StormPoint &b)
{
    auto eq = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
    return a.pos == b.pos && a.grade == b.grade && a.gradeText == b.gradeText && eq(a.pressureHpa, b.pressureHpa)
           && eq(a.windMs, b.windMs) && a.power == b.power && a.moveDir == b.moveDir && eq(a.moveKmh, b.moveKmh)
           && a.r7 == b.r7 && a.r10 == b.r10 && a.r12 == b.r12 && a.atText == b.atText;
}

} // namespace

QString TyphoonStore::ImportSummary::toText() const
{
    return tr("%1 storm(s) (%2 new): %3 point(s) added, %4 updated, %5 unchanged; %6 forecast point(s), %7 landfall(s)")
        .arg(storms).arg(newStorms).arg(pointsAdded).arg(pointsUpdated).arg(pointsUnchanged).arg(forecastPoints)
        .arg(landfalls);
}

QVariantMap TyphoonStore::pointValues(const StormPoint &p, const QString &code, bool forecast)
{
    QVariantMap m{{QStringLiteral("storm_code"), code},
                  {QStringLiteral("at"), p.at.toUTC()},
                  {QStringLiteral("at_text"), p.atText},
                  {QStringLiteral("utc_offset_min"), p.at.offsetFromUtc() / 60},
                  {QStringLiteral("lon"), p.pos.lon},
                  {QStringLiteral("lat"), p.pos.lat},
                  {QStringLiteral("grade"), integer(p.grade)},
                  {QStringLiteral("grade_text"), p.gradeText.isEmpty() ? QVariant() : QVariant(p.gradeText)},
                  {QStringLiteral("pressure_hpa"), num(p.pressureHpa)},
                  {QStringLiteral("wind_ms"), num(p.windMs)},
                  {QStringLiteral("power"), integer(p.power)},
                  {QStringLiteral("source"), p.source.isEmpty() ? QStringLiteral("file") : p.source},
                  {QStringLiteral("origin"), p.origin}};
    radiiTo(&m, "r7_", p.r7);
    if (!forecast) {
        m.insert(QStringLiteral("move_dir"), p.moveDir.isEmpty() ? QVariant() : QVariant(p.moveDir));
        m.insert(QStringLiteral("move_kmh"), num(p.moveKmh));
        radiiTo(&m, "r10_", p.r10);
        radiiTo(&m, "r12_", p.r12);
    }
    return m;
}

QList<Storm> TyphoonStore::fromRows(const QList<StoreRow> &storms, const QList<StoreRow> &points,
                                    const QList<StoreRow> &forecasts, const QList<StoreRow> &landfalls)
{
    QList<Storm> out;
    QHash<QString, int> index;
    for (const StoreRow &r : storms) {
        Storm s;
        s.code = r.values.value(QStringLiteral("code")).toString();
        s.cnNumber = r.values.value(QStringLiteral("cn_number")).toString();
        s.nameZh = r.values.value(QStringLiteral("name_zh")).toString();
        s.nameEn = r.values.value(QStringLiteral("name_en")).toString();
        s.beginAt = instant(r.values.value(QStringLiteral("begin_at")), {});
        s.endAt = instant(r.values.value(QStringLiteral("end_at")), {});
        s.endFlag = r.values.value(QStringLiteral("end_flag")).isNull() ? -1 : r.values.value(QStringLiteral("end_flag")).toInt();
        s.fid = r.fid;
        s.note = r.values.value(QStringLiteral("note")).toString();
        index.insert(s.code, int(out.size()));
        out.append(s);
    }
    for (const StoreRow &r : points) {
        const int i = index.value(r.values.value(QStringLiteral("storm_code")).toString(), -1);
        if (i < 0)
            continue;
        StormPoint p = pointFrom(r.values);
        p.fid = r.fid;
        out[i].points.append(p);
    }
    QHash<QString, int> fcIndex; // storm|agency|base -> forecast
    for (const StoreRow &r : forecasts) {
        const QString code = r.values.value(QStringLiteral("storm_code")).toString();
        const int i = index.value(code, -1);
        if (i < 0)
            continue;
        const QString agency = r.values.value(QStringLiteral("agency")).toString();
        const QString base = r.values.value(QStringLiteral("base_at")).toString();
        const QString key = code + QLatin1Char('|') + agency + QLatin1Char('|') + base;
        int k = fcIndex.value(key, -1);
        if (k < 0) {
            StormForecast f;
            f.agency = agency;
            f.baseAt = instant(base, r.values.value(QStringLiteral("utc_offset_min")));
            k = int(out[i].forecasts.size());
            out[i].forecasts.append(f);
            fcIndex.insert(key, k);
        }
        StormPoint p = pointFrom(r.values);
        p.fid = r.fid;
        out[i].forecasts[k].points.append(p);
    }
    for (const StoreRow &r : landfalls) {
        const int i = index.value(r.values.value(QStringLiteral("storm_code")).toString(), -1);
        if (i < 0)
            continue;
        Landfall l;
        l.at = instant(r.values.value(QStringLiteral("at")), r.values.value(QStringLiteral("utc_offset_min")));
        l.atText = r.values.value(QStringLiteral("at_text")).toString();
        l.place = r.values.value(QStringLiteral("place")).toString();
        l.pos = GeoPoint(r.values.value(QStringLiteral("lon")).toDouble(), r.values.value(QStringLiteral("lat")).toDouble());
        l.gradeText = r.values.value(QStringLiteral("grade_text")).toString();
        l.fid = r.fid;
        out[i].landfalls.append(l);
    }
    auto byTime = [](const auto &a, const auto &b) { return a.at < b.at; };
    for (Storm &s : out) {
        std::stable_sort(s.points.begin(), s.points.end(), byTime);
        std::stable_sort(s.landfalls.begin(), s.landfalls.end(), byTime);
        for (StormForecast &f : s.forecasts)
            std::stable_sort(f.points.begin(), f.points.end(), byTime);
    }
    std::stable_sort(out.begin(), out.end(), [](const Storm &a, const Storm &b) {
        const QDateTime ta = a.points.isEmpty() ? a.beginAt : a.points.first().at;
        const QDateTime tb = b.points.isEmpty() ? b.beginAt : b.points.first().at;
        return ta < tb;
    });
    return out;
}

bool TyphoonStore::load(Store &store, QList<Storm> *storms, QString *error, const QString &code)
{
    const QString where = code.isEmpty() ? QString() : QStringLiteral("storm_code = ?");
    const QVariantList binds = code.isEmpty() ? QVariantList() : QVariantList{code};
    auto s = store.rows(QStringLiteral("typhoon_storms"), code.isEmpty() ? QString() : QStringLiteral("code = ?"), binds);
    auto p = store.rows(QStringLiteral("typhoon_points"), where, binds);
    auto f = store.rows(QStringLiteral("typhoon_forecasts"), where, binds);
    auto l = store.rows(QStringLiteral("typhoon_landfalls"), where, binds);
    l.waitForFinished();
    if (store.schemaVersion() < 6) {
        *error = tr("the store is at schema version %1; typhoons need version 6").arg(store.schemaVersion());
        return false;
    }
    *storms = fromRows(s.result(), p.result(), f.result(), l.result());
    return true;
}

namespace {

QVariantMap stormValues(const Storm &s)
{
    auto text = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    return {{QStringLiteral("code"), s.code},
            {QStringLiteral("cn_number"), text(s.cnNumber)},
            {QStringLiteral("name_zh"), text(s.nameZh)},
            {QStringLiteral("name_en"), text(s.nameEn)},
            {QStringLiteral("begin_at"), s.beginAt.isValid() ? QVariant(s.beginAt.toUTC()) : QVariant()},
            {QStringLiteral("end_at"), s.endAt.isValid() ? QVariant(s.endAt.toUTC()) : QVariant()},
            {QStringLiteral("end_flag"), s.endFlag < 0 ? QVariant() : QVariant(s.endFlag)},
            {QStringLiteral("note"), text(s.note)}};
}

QVariantMap landfallValues(const Landfall &l, const QString &code, const QString &source, const QString &origin)
{
    return {{QStringLiteral("storm_code"), code},
            {QStringLiteral("at"), l.at.toUTC()},
            {QStringLiteral("at_text"), l.atText},
            {QStringLiteral("utc_offset_min"), l.at.offsetFromUtc() / 60},
            {QStringLiteral("place"), l.place},
            {QStringLiteral("lon"), l.pos.lon},
            {QStringLiteral("lat"), l.pos.lat},
            {QStringLiteral("grade_text"), l.gradeText.isEmpty() ? QVariant() : QVariant(l.gradeText)},
            {QStringLiteral("source"), source},
            {QStringLiteral("origin"), origin}};
}

// Storms of several files merged by code (a later file's point at the same time replaces an earlier one's).
QList<Storm> mergedByCode(const QList<Storm> &in)
{
    QList<Storm> out;
    QHash<QString, int> index;
    for (const Storm &s : in) {
        const int i = index.value(s.code, -1);
        if (i < 0) {
            index.insert(s.code, int(out.size()));
            out.append(s);
            continue;
        }
        Storm &m = out[i];
        for (const StormPoint &p : s.points) {
            auto it = std::find_if(m.points.begin(), m.points.end(), [&](const StormPoint &q) { return q.at == p.at; });
            if (it != m.points.end())
                *it = p;
            else
                m.points.append(p);
        }
        std::stable_sort(m.points.begin(), m.points.end(), [](const StormPoint &a, const StormPoint &b) { return a.at < b.at; });
        m.forecasts += s.forecasts;
        m.landfalls += s.landfalls;
        if (m.nameZh.isEmpty())
            m.nameZh = s.nameZh;
        if (m.nameEn.isEmpty())
            m.nameEn = s.nameEn;
        if (s.endAt.isValid())
            m.endAt = s.endAt;
        if (s.endFlag >= 0)
            m.endFlag = s.endFlag;
    }
    return out;
}

} // namespace

QList<RowChange> TyphoonStore::changesFor(const QList<Storm> &incomingList, const QList<Storm> &stored,
                                          ImportSummary *summary, const QString &source)
{
    QList<RowChange> changes;
    QHash<QString, const Storm *> known;
    for (const Storm &s : stored)
        known.insert(s.code, &s);
    const QString pts = QStringLiteral("typhoon_points"), fcs = QStringLiteral("typhoon_forecasts");
    const QList<Storm> incoming = mergedByCode(incomingList);
    for (const Storm &in : incoming) {
        ++summary->storms;
        const Storm *old = known.value(in.code, nullptr);
        if (!old) {
            ++summary->newStorms;
            changes.append({RowChange::Kind::Insert, QStringLiteral("typhoon_storms"), 0, stormValues(in)});
        } else {
            // Names and times filled in where the store had none; the end moved on by a later file.
            Storm merged = *old;
            if (merged.nameZh.isEmpty())
                merged.nameZh = in.nameZh;
            if (merged.nameEn.isEmpty())
                merged.nameEn = in.nameEn;
            if (!in.note.isEmpty())
                merged.note = in.note;
            if (merged.cnNumber.isEmpty())
                merged.cnNumber = in.cnNumber;
            if (!merged.beginAt.isValid() || (in.beginAt.isValid() && in.beginAt < merged.beginAt))
                merged.beginAt = in.beginAt;
            if (in.endAt.isValid())
                merged.endAt = in.endAt;
            if (in.endFlag >= 0)
                merged.endFlag = in.endFlag;
            const QVariantMap a = stormValues(*old), b = stormValues(merged);
            if (a != b)
                changes.append({RowChange::Kind::Update, QStringLiteral("typhoon_storms"), old->fid, b});
        }
        for (StormPoint p : in.points) {
            p.source = source;
            const StormPoint *match = nullptr;
            if (old)
                for (const StormPoint &q : old->points)
                    if (q.at == p.at && q.source == source)
                        match = &q;
            if (!match) {
                ++summary->pointsAdded;
                changes.append({RowChange::Kind::Insert, pts, 0, pointValues(p, in.code, false)});
            } else if (!samePoint(*match, p)) {
                ++summary->pointsUpdated;
                changes.append({RowChange::Kind::Update, pts, match->fid, pointValues(p, in.code, false)});
            } else {
                ++summary->pointsUnchanged;
            }
        }
        for (const StormForecast &f : in.forecasts) {
            const StormForecast *same = nullptr;
            if (old)
                for (const StormForecast &g : old->forecasts)
                    if (g.agency == f.agency && g.baseAt == f.baseAt)
                        same = &g;
            if (same) {
                bool equal = same->points.size() == f.points.size();
                for (int i = 0; equal && i < f.points.size(); ++i)
                    equal = same->points[i].at == f.points[i].at && samePoint(same->points[i], f.points[i]);
                if (equal)
                    continue; // the same forecast again: left as it is
                for (const StormPoint &q : same->points)
                    changes.append({RowChange::Kind::Delete, fcs, q.fid, {}});
            }
            for (StormPoint p : f.points) {
                p.source = source;
                QVariantMap v = pointValues(p, in.code, true);
                v.insert(QStringLiteral("agency"), f.agency);
                v.insert(QStringLiteral("base_at"), f.baseAt.toUTC());
                changes.append({RowChange::Kind::Insert, fcs, 0, v});
                ++summary->forecastPoints;
            }
        }
        for (const Landfall &l : in.landfalls) {
            bool have = false;
            if (old)
                for (const Landfall &k : old->landfalls)
                    have = have || (k.at == l.at && k.place == l.place);
            if (have)
                continue;
            const QString origin = in.points.isEmpty() ? QString() : in.points.first().origin.section(QLatin1Char(' '), 0, 0);
            changes.append({RowChange::Kind::Insert, QStringLiteral("typhoon_landfalls"), 0,
                            landfallValues(l, in.code, source, origin)});
            ++summary->landfalls;
        }
    }
    return changes;
}

bool TyphoonStore::importStorms(Store &store, const QList<Storm> &storms, const QString &source, const QString &note,
                                ImportSummary *summary, QString *error)
{
    if (!Typhoon::sources().contains(source)) {
        *error = tr("unknown source '%1' (file, feed or officer)").arg(source);
        return false;
    }
    QList<Storm> stored;
    if (!load(store, &stored, error))
        return false;
    *summary = {};
    const QList<RowChange> changes = changesFor(storms, stored, summary, source);
    if (changes.isEmpty())
        return true;
    const WriteResult r = store.apply(changes, note).result();
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    return true;
}

bool TyphoonStore::ringFromWkt(const QString &wkt, QList<GeoPoint> *ring)
{
    OGRGeometry *g = nullptr;
    const QByteArray text = wkt.toUtf8();
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g) != OGRERR_NONE || !g)
        return false;
    std::unique_ptr<OGRGeometry> geom(g);
    const OGRPolygon *best = nullptr;
    double bestArea = -1;
    auto consider = [&](const OGRGeometry *x) {
        if (wkbFlatten(x->getGeometryType()) != wkbPolygon)
            return;
        const auto *p = x->toPolygon();
        if (p->getExteriorRing() && p->get_Area() > bestArea) {
            bestArea = p->get_Area();
            best = p;
        }
    };
    if (wkbFlatten(geom->getGeometryType()) == wkbMultiPolygon) {
        for (const OGRPolygon *p : *geom->toMultiPolygon())
            consider(p);
    } else {
        consider(geom.get());
    }
    if (!best)
        return false;
    const OGRLinearRing *r = best->getExteriorRing();
    ring->clear();
    for (int i = 0; i < r->getNumPoints(); ++i)
        ring->append(GeoPoint(r->getX(i), r->getY(i)));
    return ring->size() >= 4;
}

bool TyphoonStore::districtRing(Store &store, QList<GeoPoint> *ring, QString *error)
{
    const QList<StoreRow> rows = store.rows(QStringLiteral("district_boundary"), {}, {}, true).result();
    QList<GeoPoint> best;
    for (const StoreRow &r : rows) {
        QList<GeoPoint> x;
        if (ringFromWkt(r.values.value(QStringLiteral("geom")).toString(), &x) && x.size() > best.size())
            best = x;
    }
    if (best.isEmpty()) {
        *error = tr("the store has no district boundary (give a place with --point LON,LAT)");
        return false;
    }
    *ring = best;
    return true;
}

} // namespace fc
