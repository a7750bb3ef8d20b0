#include "app/core/district/warningdemo.h"

#include "app/core/store/store.h"
#include "app/core/rules/warningactions.h"

namespace fc {

namespace {

bool run(Store &store, WarningState &state, const QList<RowChange> &changes, const QString &why, QString *error)
{
    if (changes.isEmpty()) {
        *error = why;
        return false;
    }
    QFuture<WriteResult> f = store.apply(changes, QStringLiteral("demo operation"));
    f.waitForFinished();
    const WriteResult r = f.result();
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    for (const RowEvent &e : r.events)
        state.apply(e);
    return true;
}

} // namespace

bool seedWarningsDemo(Store &store, QString *error)
{
    // Sample data is laid out relative to the moment the demo store is made (not domain time: no clock yet).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString officer = QStringLiteral("值班员 王敏");
    WarningState s;
    QString why;
    if (!run(store, s, WarningActions::storePlan(s, ResponsePlan::defaultPlan(), officer, now.addDays(-30)),
             QStringLiteral("default plan missing from the build"), error))
        return false;
    auto signal = [&](const char *kind, const char *colour, qint64 minutesAgo, const QString &text) {
        SignalInput in;
        in.kind = QString::fromLatin1(kind);
        in.colour = QString::fromLatin1(colour);
        in.issuedAt = now.addSecs(-minutesAgo * 60);
        in.enteredAt = in.issuedAt.addSecs(240);
        in.issuer = QStringLiteral("上海中心气象台");
        in.area = QStringLiteral("全市");
        in.text = text;
        in.source = QStringLiteral("demo");
        in.enteredBy = officer;
        return run(store, s, WarningActions::issue(s, in, &why), why, error);
    };
    if (!signal("typhoon", "blue", 900, QStringLiteral("受台风影响，未来24小时本市平均风力可达6级以上。")))
        return false;
    if (!run(store, s, WarningActions::decide(s, QStringLiteral("IV"), {}, officer, now.addSecs(-880 * 60), &why), why, error))
        return false;
    if (!signal("typhoon", "yellow", 300, QStringLiteral("台风蓝色预警升级为黄色，未来24小时平均风力8级以上，阵风10级。"))
        || !signal("high_tide", "blue", 290, QStringLiteral("黄浦公园站预报高潮位4.60米。")))
        return false;
    if (!run(store, s, WarningActions::decide(s, QStringLiteral("III"), {}, officer, now.addSecs(-285 * 60), &why), why,
             error))
        return false;
    if (!signal("rainstorm", "blue", 80, QStringLiteral("未来6小时降雨量可达50毫米以上。")))
        return false;
    // Part of the checklist is done; the rest is open or overdue.
    int n = 0;
    for (const ChecklistItem &i : s.checklist()) {
        if (n++ % 3 == 2)
            continue;
        if (i.itemCode == QLatin1String("III-02") || i.itemCode == QLatin1String("III-03"))
            continue;
        if (!run(store, s,
                 WarningActions::setItemDone(s, i.fid, true, officer, QStringLiteral("已落实"),
                                             i.startedAt.addSecs(qint64(i.dueMinutes) * 45), &why),
                 why, error))
            return false;
    }
    return true;
}

} // namespace fc
