#include "app/core/district/dispatchdemo.h"

#include "app/core/store/store.h"

#include <QDateTime>

namespace fc {

namespace {

struct Kit
{
    const char *kind;
    int count;
    double capacity;
    const char *unit;
    const char *note;
};

QList<Kit> kitFor(const QString &teamKind)
{
    if (teamKind == QLatin1String("drainage"))
        return {{"pump", 2, 1000, "m3/h", "移动泵车"}, {"pump", 6, 400, "m3/h", "大功率潜水泵"},
                {"vehicle", 3, 0, "", "抢险车"}, {"sandbags", 800, 0, "", ""}};
    if (teamKind == QLatin1String("fire"))
        return {{"vehicle", 4, 0, "", "消防车"}, {"boat", 2, 8, "persons", "冲锋舟"}, {"pump", 4, 300, "m3/h", "排涝泵"}};
    if (teamKind == QLatin1String("greenery"))
        return {{"chainsaw", 12, 0, "", "油锯"}, {"vehicle", 3, 0, "", "高空作业车、汽车吊"}};
    if (teamKind == QLatin1String("street"))
        return {{"sandbags", 500, 0, "", ""}, {"lighting", 20, 0, "", "应急照明"}};
    if (teamKind == QLatin1String("power"))
        return {{"generator", 1, 500, "kW", "应急发电车"}, {"vehicle", 2, 0, "", "抢修车"}, {"lighting", 2, 0, "", ""}};
    if (teamKind == QLatin1String("medical"))
        return {{"vehicle", 3, 0, "", "救护车"}};
    return {};
}

} // namespace

bool seedDispatchDemo(Store &store, QString *error)
{
    auto teams = store.rows(QStringLiteral("rescue_teams"));
    // One-way streets (sample): along the drawn direction (1) or against it (-1).
    auto oneway = store.rows(QStringLiteral("roads"), QStringLiteral("name IN ('黄河路', '长沙路', '福佑路', '露香园路')"));
    teams.waitForFinished();
    oneway.waitForFinished();
    QList<RowChange> changes;
    for (const StoreRow &t : teams.result()) {
        // The roster's starting state, not a state change: no status_since (the team board shows a time in
        // status only from a team's first real change).
        changes.append({RowChange::Kind::Update, QStringLiteral("rescue_teams"), t.fid,
                        {{QStringLiteral("duty_status"), QStringLiteral("available")}}});
        for (const Kit &k : kitFor(t.values.value(QStringLiteral("kind")).toString())) {
            QVariantMap v = {{QStringLiteral("team_fid"), t.fid}, {QStringLiteral("kind"), QString::fromLatin1(k.kind)},
                             {QStringLiteral("count"), k.count}, {QStringLiteral("note"), QString::fromUtf8(k.note)}};
            if (k.capacity > 0) {
                v.insert(QStringLiteral("capacity"), k.capacity);
                v.insert(QStringLiteral("unit"), QString::fromLatin1(k.unit));
            }
            changes.append({RowChange::Kind::Insert, QStringLiteral("team_equipment"), 0, v});
        }
    }
    for (const StoreRow &r : oneway.result()) {
        const QString name = r.values.value(QStringLiteral("name")).toString();
        changes.append({RowChange::Kind::Update, QStringLiteral("roads"), r.fid,
                        {{QStringLiteral("oneway"), name == QStringLiteral("长沙路") ? -1 : 1}}});
    }
    if (changes.isEmpty())
        return true;
    auto f = store.apply(changes, QStringLiteral("demo: teams, equipment, one-way streets"));
    f.waitForFinished();
    if (!f.result().ok) {
        if (error)
            *error = f.result().error;
        return false;
    }
    return true;
}

} // namespace fc
