#include "widgets/wall/walllayout.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRect>
#include <QStandardPaths>

namespace fc {

const QStringList &WallLayout::viewKinds()
{
    static const QStringList k = {QStringLiteral("map"),       QStringLiteral("banner"),    QStringLiteral("teams"),
                                  QStringLiteral("alarms"),    QStringLiteral("incidents"), QStringLiteral("chart"),
                                  QStringLiteral("checklist"), QStringLiteral("ticker")};
    return k;
}

namespace {

QList<int> stretches(const QJsonValue &v, int *bad)
{
    QList<int> out;
    for (const QJsonValue &x : v.toArray()) {
        const int s = x.toInt(-1);
        if (s < 1 || s > 100)
            *bad = 1;
        out.append(std::max(1, s));
    }
    return out;
}

int lineOf(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

bool WallLayout::fromJson(const QByteArray &json, const QString &source, WallLayout *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("%1, line %2: %3").arg(source).arg(lineOf(json, pe.offset)).arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("%1: a wall layout is a JSON object").arg(source);
        return false;
    }
    const QJsonObject o = doc.object();
    WallLayout l;
    l.name = o.value(QStringLiteral("name")).toString();
    l.title = o.value(QStringLiteral("title")).toString();
    if (l.name.isEmpty()) {
        *error = tr("%1: the layout has no \"name\"").arg(source);
        return false;
    }
    const QJsonArray screens = o.value(QStringLiteral("screens")).toArray();
    if (screens.isEmpty() || screens.size() > 16) {
        *error = tr("%1: \"screens\" must list 1 to 16 screens").arg(source);
        return false;
    }
    for (int si = 0; si < screens.size(); ++si) {
        const QJsonObject so = screens[si].toObject();
        WallScreenSpec s;
        int bad = 0;
        s.rows = stretches(so.value(QStringLiteral("rows")), &bad);
        s.columns = stretches(so.value(QStringLiteral("columns")), &bad);
        if (bad) {
            *error = tr("%1, screen %2: row and column stretches are whole numbers 1..100").arg(source).arg(si + 1);
            return false;
        }
        if (s.rows.isEmpty())
            s.rows = {1};
        if (s.columns.isEmpty())
            s.columns = {1};
        const QJsonArray views = so.value(QStringLiteral("views")).toArray();
        if (views.isEmpty()) {
            *error = tr("%1, screen %2: no views").arg(source).arg(si + 1);
            return false;
        }
        QList<QRect> used;
        for (int vi = 0; vi < views.size(); ++vi) {
            const QJsonObject vo = views[vi].toObject();
            WallViewSpec v;
            v.view = vo.value(QStringLiteral("view")).toString();
            v.row = vo.value(QStringLiteral("row")).toInt(0);
            v.column = vo.value(QStringLiteral("column")).toInt(0);
            v.rowSpan = vo.value(QStringLiteral("rowSpan")).toInt(1);
            v.columnSpan = vo.value(QStringLiteral("columnSpan")).toInt(1);
            v.options = vo;
            const QString where = tr("%1, screen %2, view %3").arg(source).arg(si + 1).arg(vi + 1);
            if (!viewKinds().contains(v.view)) {
                *error = tr("%1: unknown view '%2' (expected one of %3)").arg(where, v.view, viewKinds().join(QStringLiteral(", ")));
                return false;
            }
            if (v.row < 0 || v.column < 0 || v.rowSpan < 1 || v.columnSpan < 1 || v.row + v.rowSpan > s.rows.size()
                || v.column + v.columnSpan > s.columns.size()) {
                *error = tr("%1 (%2): cell row %3, column %4, span %5 x %6 lies outside the screen's %7 x %8 grid")
                             .arg(where, v.view)
                             .arg(v.row)
                             .arg(v.column)
                             .arg(v.rowSpan)
                             .arg(v.columnSpan)
                             .arg(s.rows.size())
                             .arg(s.columns.size());
                return false;
            }
            const QRect cell(v.column, v.row, v.columnSpan, v.rowSpan);
            for (const QRect &u : std::as_const(used))
                if (u.intersects(cell)) {
                    *error = tr("%1 (%2): overlaps another view of the screen").arg(where, v.view);
                    return false;
                }
            used.append(cell);
            s.views.append(v);
        }
        l.screens.append(s);
    }
    for (const QJsonValue &b : o.value(QStringLiteral("bookmarks")).toArray()) {
        const QJsonObject bo = b.toObject();
        WallBookmark m;
        m.name = bo.value(QStringLiteral("name")).toString();
        m.lon = bo.value(QStringLiteral("lon")).toDouble();
        m.lat = bo.value(QStringLiteral("lat")).toDouble();
        m.widthM = bo.value(QStringLiteral("width_m")).toDouble(2000);
        if (m.name.isEmpty() || m.lon < -180 || m.lon > 180 || m.lat < -85 || m.lat > 85 || m.widthM < 50) {
            *error = tr("%1: bookmark '%2' needs a name, lon, lat and width_m (at least 50 m)").arg(source, m.name);
            return false;
        }
        l.bookmarks.append(m);
    }
    const QJsonObject rot = o.value(QStringLiteral("rotation")).toObject();
    l.rotationSeconds = rot.value(QStringLiteral("seconds")).toInt(0);
    for (const QJsonValue &t : rot.value(QStringLiteral("show")).toArray())
        l.rotation.append(t.toString());
    l.returnMinutes = rot.value(QStringLiteral("return_minutes")).toInt(10);
    if (l.rotationSeconds < 0 || (l.rotationSeconds > 0 && l.rotationSeconds < 5) || l.returnMinutes < 1) {
        *error = tr("%1: rotation needs seconds of at least 5 (0: off) and return_minutes of at least 1").arg(source);
        return false;
    }
    *out = l;
    return true;
}

bool WallLayout::load(const QString &path, WallLayout *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, f.errorString());
        return false;
    }
    return fromJson(f.readAll(), path, out, error);
}

QStringList WallLayout::builtInNames()
{
    return {QStringLiteral("wall-1"), QStringLiteral("wall-2"), QStringLiteral("wall-3")};
}

WallLayout WallLayout::builtIn(int screens)
{
    const QString name = builtInNames().value(std::clamp(screens, 1, 3) - 1);
    WallLayout l;
    QString e;
    if (!load(QStringLiteral(":/walls/%1.json").arg(name), &l, &e))
        qWarning("built-in wall layout: %s", qPrintable(e)); // a build error: the resources are checked by the tests
    return l;
}

QString WallLayout::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("walls"));
}

void WallLayout::installUserCopies()
{
    QDir().mkpath(userFolder());
    for (const QString &n : builtInNames()) {
        const QString to = QDir(userFolder()).filePath(n + QStringLiteral(".json"));
        if (!QFile::exists(to) && QFile::copy(QStringLiteral(":/walls/%1.json").arg(n), to))
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
}

bool WallLayout::find(const QString &name, WallLayout *out, QString *error)
{
    const QString user = QDir(userFolder()).filePath(name + QStringLiteral(".json"));
    if (QFile::exists(user))
        return load(user, out, error);
    if (builtInNames().contains(name))
        return load(QStringLiteral(":/walls/%1.json").arg(name), out, error);
    *error = tr("no wall layout named '%1' (built in: %2; yours in %3)")
                 .arg(name, builtInNames().join(QStringLiteral(", ")), userFolder());
    return false;
}

int WallLayout::viewCount() const
{
    int n = 0;
    for (const WallScreenSpec &s : screens)
        n += int(s.views.size());
    return n;
}

} // namespace fc
