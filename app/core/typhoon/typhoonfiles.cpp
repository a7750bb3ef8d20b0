#include "app/core/typhoon/typhoonfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace fc {

namespace {

QString shortName(const QString &file)
{
    return QFileInfo(file).fileName().isEmpty() ? file : QFileInfo(file).fileName();
}

// A whole number field of a CMA line.
bool intField(const QString &s, int *v)
{
    bool ok = false;
    *v = s.toInt(&ok);
    return ok;
}

} // namespace

bool TyphoonFiles::parseCma(const QByteArray &data, const QString &file, QList<Storm> *storms, QString *error)
{
    const QString name = shortName(file);
    const QList<QByteArray> lines = data.split('\n');
    QList<Storm> out;
    auto fail = [&](int line, const QString &why) {
        *error = tr("%1, line %2: %3").arg(name).arg(line).arg(why);
        return false;
    };
    int expect = 0;      // rows still expected for the current storm
    int headerLine = 0;
    QString serial;
    QDateTime last;
    for (int i = 0; i < lines.size(); ++i) {
        const int ln = i + 1;
        QString text = QString::fromLatin1(lines[i]).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList f = text.split(QRegularExpression(QStringLiteral("\\s+")));
        if (f[0] == QLatin1String("66666")) {
            if (expect > 0)
                return fail(headerLine, tr("the storm's header announces %1 more rows than follow it").arg(expect));
            if (f.size() < 7)
                return fail(ln, tr("a storm header needs at least 7 fields (66666, international number, rows, serial, "
                                   "Chinese number, end flag, interval), found %1").arg(f.size()));
            int rows = 0, endFlag = 0, interval = 0, n = 0;
            if (f[1].size() != 4 || !intField(f[1], &n))
                return fail(ln, tr("international number '%1' is not four digits").arg(f[1]));
            if (!intField(f[2], &rows) || rows <= 0 || rows > 2000)
                return fail(ln, tr("number of rows '%1' is not a count from 1 to 2000").arg(f[2]));
            if (!intField(f[3], &n))
                return fail(ln, tr("serial number '%1' is not a number").arg(f[3]));
            if (!intField(f[5], &endFlag) || endFlag < 0 || endFlag > 3)
                return fail(ln, tr("end flag '%1' is not 0, 1, 2 or 3").arg(f[5]));
            if (!intField(f[6], &interval) || interval < 0 || interval > 24)
                return fail(ln, tr("row interval '%1' is not a number of hours").arg(f[6]));
            Storm s;
            s.code = f[1] == QLatin1String("0000") ? QString() : f[1];
            s.cnNumber = (f[4] == QLatin1String("0") || f[4] == QLatin1String("0000")) ? QString() : f[4];
            s.endFlag = endFlag;
            if (f.size() >= 8 && !(f.size() == 8 && f[7].size() == 8 && f[7].toInt() > 19000000)
                && f[7] != QLatin1String("(nameless)"))
                s.nameEn = f[7].left(1).toUpper() + f[7].mid(1).toLower();
            out.append(s);
            expect = rows;
            headerLine = ln;
            serial = f[3];
            last = {};
            continue;
        }
        if (expect == 0)
            return fail(ln, out.isEmpty() ? tr("data before the first storm header (66666 ...)")
                                          : tr("more rows than the storm's header announces"));
        if (f.size() < 6 || f.size() > 7)
            return fail(ln, tr("a row has 6 or 7 fields (time, grade, latitude, longitude, pressure, wind [, coastal "
                               "wind]), found %1").arg(f.size()));
        if (f[0].size() != 10)
            return fail(ln, tr("time '%1' is not YYYYMMDDHH").arg(f[0]));
        QDateTime at(QDate::fromString(f[0].left(8), QStringLiteral("yyyyMMdd")), QTime(f[0].mid(8, 2).toInt(), 0),
                     QTimeZone::utc());
        int hour = 0;
        if (!at.isValid() || !intField(f[0].mid(8, 2), &hour) || hour > 23)
            return fail(ln, tr("time '%1' is not YYYYMMDDHH").arg(f[0]));
        if (last.isValid() && at <= last)
            return fail(ln, tr("time %1 is not after the storm's previous row").arg(f[0]));
        int grade = 0, lat = 0, lon = 0, pres = 0, wind = 0;
        if (!intField(f[1], &grade) || !((grade >= 0 && grade <= 6) || grade == 9))
            return fail(ln, tr("grade '%1' is not 0-6 or 9").arg(f[1]));
        if (!intField(f[2], &lat) || lat < -900 || lat > 900)
            return fail(ln, tr("latitude '%1' is not in 0.1 degrees (-900..900)").arg(f[2]));
        if (!intField(f[3], &lon) || lon < 0 || lon > 3600)
            return fail(ln, tr("longitude '%1' is not in 0.1 degrees (0..3600)").arg(f[3]));
        if (!intField(f[4], &pres) || pres < 0 || pres > 1100 || (pres > 0 && pres < 850))
            return fail(ln, tr("pressure '%1' is not hPa (850..1100)").arg(f[4]));
        if (!intField(f[5], &wind) || wind < 0 || wind > 120)
            return fail(ln, tr("wind '%1' is not m/s (0..120)").arg(f[5]));
        StormPoint p;
        p.at = at;
        p.atText = f[0];
        p.pos = GeoPoint(lon > 1800 ? lon / 10.0 - 360.0 : lon / 10.0, lat / 10.0);
        p.grade = grade;
        p.pressureHpa = pres > 0 ? pres : NotIssued;
        p.windMs = wind > 0 ? wind : NotIssued;
        p.source = QStringLiteral("file");
        p.origin = QStringLiteral("%1:%2").arg(name).arg(ln);
        Storm &s = out.last();
        s.points.append(p);
        last = at;
        if (--expect == 0) {
            s.beginAt = s.points.first().at;
            s.endAt = s.points.last().at;
            if (s.code.isEmpty())
                s.code = QStringLiteral("%1-S%2").arg(s.beginAt.date().year()).arg(serial);
        }
    }
    if (expect > 0)
        return fail(headerLine, tr("the storm's header announces %1 more rows than follow it").arg(expect));
    if (out.isEmpty()) {
        *error = tr("%1: no storm found (a CMA best-track file starts each storm with 66666)").arg(name);
        return false;
    }
    storms->append(out);
    return true;
}

namespace {

struct JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(fc::TyphoonFiles)
public:
    QString file;
    QString error;

    bool fail(const QString &where, const QString &why)
    {
        error = tr("%1, %2: %3").arg(file, where, why);
        return false;
    }
    static QJsonValue pick(const QJsonObject &o, std::initializer_list<const char *> keys)
    {
        for (const char *k : keys) {
            const auto it = o.constFind(QLatin1String(k));
            if (it != o.constEnd())
                return *it;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    static QString text(const QJsonValue &v)
    {
        if (v.isString())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
        return {};
    }
    // A number given as a number or numeric text; absent, null or "" -> NaN. False when present but not a number.
    static bool number(const QJsonValue &v, double *out)
    {
        *out = NotIssued;
        if (v.isUndefined() || v.isNull())
            return true;
        if (v.isDouble()) {
            *out = v.toDouble();
            return true;
        }
        if (v.isString()) {
            const QString s = v.toString().trimmed();
            if (s.isEmpty())
                return true;
            bool ok = false;
            *out = s.toDouble(&ok);
            return ok;
        }
        return false;
    }
    // Beijing time as written ("2024-09-16 07:30:00", optionally with T and an offset).
    bool time(const QJsonValue &v, const QString &where, QDateTime *at, QString *atText, bool required)
    {
        const QString s = text(v);
        if (s.isEmpty()) {
            if (required)
                return fail(where, tr("time missing"));
            return true;
        }
        QString iso = s;
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), QTimeZone(8 * 3600)); // bulletins are Beijing time
        if (!t.isValid())
            return fail(where, tr("'%1' is not a time (YYYY-MM-DD hh:mm:ss, Beijing time)").arg(s.left(40)));
        *at = t;
        *atText = s;
        return true;
    }
    bool position(const QJsonObject &o, const QString &where, GeoPoint *p)
    {
        double lon = 0, lat = 0;
        if (!number(pick(o, {"lng", "lon", "longitude"}), &lon) || std::isnan(lon) || lon < -180 || lon > 180)
            return fail(where + QStringLiteral(".lng"), tr("longitude missing or not in -180..180"));
        if (!number(pick(o, {"lat", "latitude"}), &lat) || std::isnan(lat) || lat < -90 || lat > 90)
            return fail(where + QStringLiteral(".lat"), tr("latitude missing or not in -90..90"));
        *p = GeoPoint(lon, lat);
        return true;
    }
    bool quadrants(const QJsonObject &o, const char *key, const QString &where, WindQuadrants *q)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        *q = WindQuadrants();
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            return true; // not issued
        if (!v.isObject())
            return fail(where + QLatin1Char('.') + QLatin1String(key), tr("expected {ne, se, sw, nw} in km or null"));
        const QJsonObject r = v.toObject();
        const char *names[4] = {"ne", "se", "sw", "nw"};
        for (int i = 0; i < 4; ++i) {
            double x = 0;
            if (!number(r.value(QLatin1String(names[i])), &x) || (!std::isnan(x) && (x < 0 || x > 2000)))
                return fail(where + QLatin1Char('.') + QLatin1String(key) + QLatin1Char('.') + QLatin1String(names[i]),
                            tr("radius is not km from 0 to 2000 (null: not issued)"));
            q->quadrant(i) = x;
        }
        return true;
    }
    bool point(const QJsonObject &o, const QString &where, bool forecast, StormPoint *p)
    {
        if (!time(pick(o, {"time", "tm", "datetime"}), where + QStringLiteral(".time"), &p->at, &p->atText, true)
            || !position(o, where, &p->pos))
            return false;
        p->gradeText = text(pick(o, {"strong", "grade", "intensity"}));
        p->grade = Typhoon::gradeFromText(p->gradeText);
        double v = 0;
        if (!number(pick(o, {"pressure"}), &v) || (!std::isnan(v) && (v < 850 || v > 1100)))
            return fail(where + QStringLiteral(".pressure"), tr("pressure is not hPa (850..1100)"));
        p->pressureHpa = v;
        if (!number(pick(o, {"speed", "wind"}), &v) || (!std::isnan(v) && (v < 0 || v > 120)))
            return fail(where + QStringLiteral(".speed"), tr("wind speed is not m/s (0..120)"));
        p->windMs = v;
        if (!number(pick(o, {"power"}), &v) || (!std::isnan(v) && (v < 0 || v > 20)))
            return fail(where + QStringLiteral(".power"), tr("wind force is not a Beaufort level (0..20)"));
        p->power = std::isnan(v) ? -1 : int(v);
        p->moveDir = text(pick(o, {"move_dir", "movedirection"}));
        if (!number(pick(o, {"move_speed", "movespeed"}), &v) || (!std::isnan(v) && (v < 0 || v > 200)))
            return fail(where + QStringLiteral(".move_speed"), tr("movement speed is not km/h (0..200)"));
        p->moveKmh = v;
        if (p->grade < 0)
            p->grade = Typhoon::gradeFromWind(p->windMs);
        if (!forecast || o.contains(QLatin1String("radius7_quad")))
            if (!quadrants(o, "radius7_quad", where, &p->r7) || !quadrants(o, "radius10_quad", where, &p->r10)
                || !quadrants(o, "radius12_quad", where, &p->r12))
                return false;
        p->source = QStringLiteral("file");
        p->origin = QStringLiteral("%1 %2").arg(file, where);
        return true;
    }
    bool storm(const QJsonObject &o, const QString &where, Storm *s)
    {
        const QString number = text(pick(o, {"tfbh", "number", "code", "id"}));
        if (number.isEmpty())
            return fail(where + QStringLiteral(".number"), tr("storm number missing (tfbh or number)"));
        // 202413 and 2413 are the same storm: the international number YYNN.
        static const QRegularExpression digits6(QStringLiteral("^(19|20)(\\d{4})$"));
        const auto m = digits6.match(number);
        s->code = m.hasMatch() ? m.captured(2) : number;
        s->nameZh = text(pick(o, {"name", "name_cn", "cname"}));
        s->nameEn = text(pick(o, {"ename", "enname", "name_en"}));
        s->cnNumber = text(pick(o, {"cn_number"}));
        s->note = text(pick(o, {"note"}));
        QString dummy;
        if (!time(pick(o, {"begin_time", "begintime"}), where + QStringLiteral(".begin_time"), &s->beginAt, &dummy, false)
            || !time(pick(o, {"end_time", "endtime"}), where + QStringLiteral(".end_time"), &s->endAt, &dummy, false))
            return false;
        const QJsonValue land = pick(o, {"land", "landfall", "landfalls"});
        if (land.isArray()) {
            const QJsonArray a = land.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString w = QStringLiteral("%1.land[%2]").arg(where).arg(i);
                if (!a[i].isObject())
                    return fail(w, tr("expected an object"));
                const QJsonObject l = a[i].toObject();
                Landfall f;
                if (!time(pick(l, {"landtime", "time"}), w + QStringLiteral(".landtime"), &f.at, &f.atText, true)
                    || !position(l, w, &f.pos))
                    return false;
                f.place = text(pick(l, {"landaddress", "place", "address"}));
                f.gradeText = text(pick(l, {"strong", "grade"}));
                s->landfalls.append(f);
            }
        } else if (!land.isUndefined() && !land.isNull()) {
            return fail(where + QStringLiteral(".land"), tr("expected a list of landfalls"));
        }
        const QJsonValue pts = o.value(QLatin1String("points"));
        if (!pts.isArray() || pts.toArray().isEmpty())
            return fail(where + QStringLiteral(".points"), tr("expected a list of points"));
        const QJsonArray a = pts.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString w = QStringLiteral("%1.points[%2]").arg(where).arg(i);
            if (!a[i].isObject())
                return fail(w, tr("expected an object"));
            const QJsonObject po = a[i].toObject();
            StormPoint p;
            if (!point(po, w, false, &p))
                return false;
            if (!s->points.isEmpty() && p.at <= s->points.last().at)
                return fail(w + QStringLiteral(".time"), tr("time %1 is not after the previous point's").arg(p.atText));
            const QJsonValue fc = po.value(QLatin1String("forecast"));
            if (fc.isArray()) {
                const QJsonArray fa = fc.toArray();
                for (int k = 0; k < fa.size(); ++k) {
                    const QString fw = QStringLiteral("%1.forecast[%2]").arg(w).arg(k);
                    const QJsonObject fo = fa[k].toObject();
                    StormForecast f;
                    f.agency = text(pick(fo, {"sets", "tm", "agency"}));
                    if (f.agency.isEmpty())
                        return fail(fw + QStringLiteral(".sets"), tr("forecast agency missing"));
                    f.baseAt = p.at;
                    const QJsonValue fp = pick(fo, {"points", "forecastpoints"});
                    if (!fp.isArray())
                        return fail(fw + QStringLiteral(".points"), tr("expected a list of points"));
                    const QJsonArray fpa = fp.toArray();
                    for (int j = 0; j < fpa.size(); ++j) {
                        StormPoint q;
                        const QString pw = QStringLiteral("%1.points[%2]").arg(fw).arg(j);
                        if (!fpa[j].isObject())
                            return fail(pw, tr("expected an object"));
                        if (!point(fpa[j].toObject(), pw, true, &q))
                            return false;
                        if (q.at < p.at)
                            return fail(pw + QStringLiteral(".time"), tr("forecast time %1 is before the point it was issued from").arg(q.atText));
                        f.points.append(q);
                    }
                    s->forecasts.append(f);
                }
            } else if (!fc.isUndefined() && !fc.isNull()) {
                return fail(w + QStringLiteral(".forecast"), tr("expected a list of forecasts by agency"));
            }
            s->points.append(p);
        }
        if (!s->beginAt.isValid())
            s->beginAt = s->points.first().at;
        return true;
    }
};

} // namespace

bool TyphoonFiles::parseBulletin(const QByteArray &data, const QString &file, QList<Storm> *storms, QString *error)
{
    JsonReader r;
    r.file = shortName(file);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(data.left(pe.offset).count('\n')) + 1;
        *error = tr("%1, line %2: not JSON: %3").arg(r.file).arg(line).arg(pe.errorString());
        return false;
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("typhoons")).isArray())
            list = o.value(QLatin1String("typhoons")).toArray();
        else if (o.value(QLatin1String("typhoon")).isObject())
            list.append(o.value(QLatin1String("typhoon")));
        else
            list.append(o);
    }
    QList<Storm> out;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = list.size() == 1 && !doc.isArray() ? QStringLiteral("storm") : QStringLiteral("storm[%1]").arg(i);
        if (!list[i].isObject()) {
            *error = tr("%1, %2: expected a storm object").arg(r.file, where);
            return false;
        }
        Storm s;
        if (!r.storm(list[i].toObject(), where, &s)) {
            *error = r.error;
            return false;
        }
        out.append(s);
    }
    if (out.isEmpty()) {
        *error = tr("%1: no storm in the file").arg(r.file);
        return false;
    }
    storms->append(out);
    return true;
}

bool TyphoonFiles::read(const QString &path, Format format, QList<Storm> *storms, QString *error)
{
    const QFileInfo fi(path);
    if (!fi.exists() || !fi.isFile()) {
        *error = tr("%1: not a regular file").arg(path);
        return false;
    }
    if (fi.size() > MaxBytes) {
        *error = tr("%1: %2 MiB is over the %3 MiB a typhoon file may have").arg(path).arg(fi.size() >> 20).arg(MaxBytes >> 20);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray data = f.read(MaxBytes + 1);
    if (format == Format::Auto) {
        const QByteArray head = data.left(4096).trimmed();
        if (head.startsWith('{') || head.startsWith('['))
            format = Format::Bulletin;
        else if (head.startsWith("66666"))
            format = Format::Cma;
        else {
            *error = tr("%1, line 1: neither a CMA best-track file (66666 ...) nor a bulletin JSON; say which with --format")
                         .arg(fi.fileName());
            return false;
        }
    }
    return format == Format::Cma ? parseCma(data, path, storms, error) : parseBulletin(data, path, storms, error);
}

bool TyphoonFiles::matches(const Storm &s, const QString &id)
{
    const QString k = id.trimmed();
    if (k.isEmpty())
        return false;
    if (s.code == k || s.cnNumber == k || s.nameZh == k || s.nameEn.compare(k, Qt::CaseInsensitive) == 0)
        return true;
    // 202413 for 2413
    return k.size() == 6 && (k.startsWith(QLatin1String("19")) || k.startsWith(QLatin1String("20"))) && s.code == k.mid(2);
}

bool TyphoonFiles::select(QList<Storm> *storms, const QString &id, const QString &file, QString *error)
{
    QList<Storm> kept;
    for (const Storm &s : *storms)
        if (matches(s, id))
            kept.append(s);
    if (kept.isEmpty()) {
        *error = tr("%1: no storm '%2' in the file").arg(shortName(file), id);
        return false;
    }
    *storms = kept;
    return true;
}

} // namespace fc
