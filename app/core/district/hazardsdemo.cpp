#include "app/core/district/hazardsdemo.h"

#include "app/core/rules/hazarddesk.h"
#include "app/core/store/store.h"

#include <QBuffer>
#include <QImage>
#include <QTimeZone>
#include <QtMath>

namespace fc {

namespace {

QString s(const char *t)
{
    return QString::fromUtf8(t);
}

QString stored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A small generated "site photo" (sample data): sky, a wall with a crack, tinted by the hazard's number.
QByteArray samplePhoto(int k)
{
    QImage img(240, 180, QImage::Format_RGB32);
    const int hue = (k * 47) % 360;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            QColor c;
            if (y < 70)
                c = QColor::fromHsv(210, 60 + y, 230 - y / 2);
            else
                c = QColor::fromHsv(hue, 40, 150 + ((x / 30 + y / 15) % 2) * 25);
            img.setPixel(x, y, c.rgb());
        }
    // The crack: a dark zig-zag line down the wall.
    int x = 60 + (k * 13) % 120;
    for (int y = 75; y < 175; ++y) {
        x += ((y / 6 + k) % 3) - 1;
        for (int w = 0; w < 3; ++w)
            if (x + w >= 0 && x + w < img.width())
                img.setPixel(x + w, y, qRgb(40, 35, 30));
    }
    QByteArray png;
    QBuffer b(&png);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return png;
}

bool write(Store &store, const QList<RowChange> &changes, const QString &note, QString *error)
{
    if (changes.isEmpty())
        return true;
    auto f = store.apply(changes, note);
    f.waitForFinished();
    if (!f.result().ok) {
        *error = QStringLiteral("hazards demo: %1").arg(f.result().error);
        return false;
    }
    return true;
}

} // namespace

bool seedHazardsDemo(Store &store, QString *error)
{
    // Sample data laid out relative to the moment the demo store is made (as the warnings demo does).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(QTimeZone("Asia/Shanghai")).date();
    const QString officer = s("值班员 王敏");
    // Two rounds (the district walks six a year): one before the flood season, one before the typhoon season.
    RowChange r1;
    r1.kind = RowChange::Kind::Insert;
    r1.table = s("hazard_rounds");
    r1.values = {{s("id"), s("PC-2025-03")},
                 {s("name"), s("2025年第3轮防汛隐患排查（示例数据）")},
                 {s("year"), 2025},
                 {s("started"), s("2025-03-01")},
                 {s("ended"), s("2025-07-20")},
                 {s("areas"), s("滨江沿线、外滩风貌区、老城厢、豫园旅游区")},
                 {s("categories"), s("flood_wall,riverside,tourist,old_town,facade,shop_sign")},
                 {s("units"), s("区水务局、区建设和管理委员会、区绿化和市容管理局、外滩街道、豫园街道、小东门街道")},
                 {s("lead_unit"), s("区防汛指挥部办公室")},
                 {s("note"), s("示例数据 (sample data)")},
                 {s("geom"), s("POLYGON((121.468 31.2455,121.4935 31.2455,121.5045 31.2160,121.4990 31.2040,121.4780 31.1940,"
                                "121.4680 31.2040,121.468 31.2455))")}};
    RowChange r2 = r1;
    r2.values = {{s("id"), s("PC-%1-06").arg(today.year())},
                 {s("name"), s("%1年第6轮台风季前隐患排查（示例数据）").arg(today.year())},
                 {s("year"), today.year()},
                 {s("started"), today.addDays(-45).toString(Qt::ISODate)},
                 {s("ended"), today.addDays(-20).toString(Qt::ISODate)},
                 {s("areas"), s("高层及超高层建筑、地下空间、在建工地、征收地块、沿街店招")},
                 {s("categories"), s("high_rise,underground,construction,land_expropriation,facade,shop_sign,rooftop_greenery")},
                 {s("units"), s("区住房保障和房屋管理局、区民防办、区建设和管理委员会、区旧区改造和房屋征收事务中心、各街道")},
                 {s("lead_unit"), s("区防汛指挥部办公室")},
                 {s("note"), s("示例数据 (sample data)")},
                 {s("geom"), s("POLYGON((121.465 31.2420,121.4900 31.2420,121.4990 31.2250,121.4950 31.2000,121.4700 31.1960,"
                                "121.465 31.2100,121.465 31.2420))")}};
    auto rw = store.apply({r1, r2}, s("hazards demo: investigation rounds (sample data)"));
    rw.waitForFinished();
    if (!rw.result().ok) {
        *error = QStringLiteral("hazards demo: %1").arg(rw.result().error);
        return false;
    }
    const qint64 round1 = rw.result().fids.value(0), round2 = rw.result().fids.value(1);

    auto hf = store.rows(s("hazards"));
    hf.waitForFinished();
    QList<RowChange> changes;
    int openIndex = 0, k = 0;
    for (const StoreRow &h : hf.result()) {
        ++k;
        const QString status = h.values.value(s("status")).toString();
        const QDate found = QDate::fromString(h.values.value(s("found")).toString(), Qt::ISODate);
        QList<QString> path = {s("found")};
        RowChange u;
        u.table = s("hazards");
        u.fid = h.fid;
        QDate foundAt = found, deadline;
        if (status == QLatin1String("closed")) {
            // Rectified in the first round: found -> assigned -> rectifying -> awaiting_check -> closed.
            path = {s("found"), s("assigned"), s("rectifying"), s("awaiting_check"), s("closed")};
            if (k % 9 == 0) // one in nine failed its first check and was reopened
                path = {s("found"), s("assigned"), s("rectifying"), s("awaiting_check"), s("rectifying"),
                        s("awaiting_check"), s("closed")};
            u.values.insert(s("round_fid"), round1);
        } else {
            // Open hazards of the recent round: found 20-45 days ago, deadlines 15-45 days after; every state.
            ++openIndex;
            foundAt = today.addDays(-20 - (openIndex * 7) % 26);
            deadline = foundAt.addDays(openIndex % 3 == 0 ? 15 : 30 + (openIndex * 5) % 20); // a third overdue
            u.values.insert(s("found"), foundAt.toString(Qt::ISODate));
            u.values.insert(s("deadline"), deadline.toString(Qt::ISODate));
            u.values.insert(s("round_fid"), round2);
            const int m = openIndex % 5;
            if (status == QLatin1String("rectifying"))
                path = m < 2 ? QList<QString>{s("found"), s("assigned"), s("rectifying"), s("awaiting_check")}
                             : QList<QString>{s("found"), s("assigned"), s("rectifying")};
            else
                path = m < 2 ? QList<QString>{s("found"), s("assigned")} : QList<QString>{s("found")};
        }
        // The log, one step every few days from the day it was found.
        QDateTime at(foundAt, QTime(9 + k % 7, (k * 11) % 60), QTimeZone("Asia/Shanghai"));
        at = at.toUTC();
        const QStringList remarks = {s("现场排查发现，已拍照取证"), s("已交办责任单位，明确整改时限"),
                                     s("责任单位已进场整改"), s("整改完成，申请复核"), s("复核通过，予以销号"),
                                     s("复核未通过：加固不到位，退回整改")};
        for (int i = 0; i < path.size(); ++i) {
            RowChange st;
            st.kind = RowChange::Kind::Insert;
            st.table = s("hazard_steps");
            const QString to = path[i];
            const QString from = i == 0 ? QString() : path[i - 1];
            QString remark = remarks[0];
            if (to == QLatin1String("assigned")) remark = remarks[1];
            if (to == QLatin1String("rectifying")) remark = from == QLatin1String("awaiting_check") ? remarks[5] : remarks[2];
            if (to == QLatin1String("awaiting_check")) remark = remarks[3];
            if (to == QLatin1String("closed")) remark = remarks[4];
            st.values = {{s("hazard_fid"), h.fid}, {s("at"), stored(at)},
                         {s("actor"), i == 0 ? s("排查组 李强") : i % 2 ? officer : s("区水务局 陈杰")},
                         {s("from_state"), from.isEmpty() ? QVariant() : QVariant(from)}, {s("to_state"), to},
                         {s("remark"), remark}};
            changes.append(st);
            if (i + 1 < path.size())
                at = at.addSecs(3600 * 24 * (2 + (k + i) % 5));
        }
        // The hazard ends where its log ends (found -> assigned, rectifying -> awaiting_check: one allowed step from
        // the state the demo district's layer gave it; the store checks it).
        const QString final = path.last();
        if (final != status)
            u.values.insert(s("status"), final);
        u.values.insert(s("status_since"), stored(at));
        if (final == QLatin1String("closed"))
            u.values.insert(s("closed_at"), stored(at));
        changes.append(u);
        if (k % 2 == 1 || final == QLatin1String("found")) {
            QString e;
            QVariantMap a = HazardDesk::attachment(QStringLiteral("现场照片_%1.png").arg(k, 3, 10, QLatin1Char('0')),
                                                   samplePhoto(k), s("排查组 李强"), now, &e);
            a.insert(s("hazard_fid"), h.fid);
            a.insert(s("caption"), s("示例照片（生成图像）"));
            RowChange ac;
            ac.kind = RowChange::Kind::Insert;
            ac.table = s("attachments");
            ac.values = a;
            changes.append(ac);
        }
    }
    if (!write(store, changes, s("hazards demo: rounds, logs and photos (sample data)"), error))
        return false;

    // Greenery: building, anchoring and responsible unit of every site; a campaign for the typhoon signal in force.
    auto gf = store.rows(s("greenery"));
    auto sf = store.rows(s("warning_signals"), s("kind = 'typhoon' AND lifted_at IS NULL"));
    gf.waitForFinished();
    sf.waitForFinished();
    const QStringList units = {s("外滩街道办事处"), s("南京东路街道办事处"), s("豫园街道办事处"), s("老西门街道办事处"),
                               s("小东门街道办事处"), s("半淞园路街道办事处"), s("区绿化和市容管理局")};
    const QStringList anchoring = {s("钢丝绳地锚拉结"), s("预埋钢架固定"), s("种植槽整体固定"), s("木桩三角支撑"),
                                   s("无（仅草坪灌木）")};
    QList<RowChange> sites;
    int i = 0;
    for (const StoreRow &g : gf.result()) {
        RowChange c;
        c.table = s("greenery");
        c.fid = g.fid;
        QString building = g.values.value(s("name")).toString();
        for (const char *cut : {"屋顶花园", "裙房屋顶绿化", "屋顶绿化", "裙房"})
            building.remove(s(cut));
        const int trees = g.values.value(s("tall_trees")).toInt();
        c.values = {{s("building"), building},
                    {s("anchoring"), trees == 0 ? anchoring.last() : anchoring[i % 4]},
                    {s("unit"), units[i % units.size()]}};
        sites.append(c);
        ++i;
    }
    if (!write(store, sites, s("greenery demo: buildings, anchoring, units (sample data)"), error))
        return false;
    const qint64 signal = sf.result().isEmpty() ? 0 : sf.result().first().fid;
    const WriteResult c = GreeneryRules::startCampaign(store, s("防台风屋顶绿化专项检查（示例数据）"), signal, now.addSecs(-13 * 3600));
    if (!c.ok) {
        *error = QStringLiteral("greenery demo: %1").arg(c.error);
        return false;
    }
    auto rf = store.rows(s("greenery_results"), s("campaign_fid = ?"), {c.fids.first()});
    rf.waitForFinished();
    const QStringList results = {s("fine"), s("pruned"), s("fine"), s("braced"), s("fine"), s("trees_removed"),
                                 s("pruned"), s("closed_to_public")};
    const QStringList remarks = {s("检查正常"), s("已修剪过密树冠"), s("检查正常"), s("乔木加设三角支撑"), s("检查正常"),
                                 s("移除一株高大乔木"), s("已修剪枯枝"), s("暂停对外开放，待加固后恢复")};
    QList<RowChange> done;
    int n = 0;
    for (const StoreRow &r : rf.result()) {
        if (n >= rf.result().size() / 2)
            break;
        QString e;
        QList<RowChange> ch = GreeneryRules::recordResult(r, results[n % results.size()], remarks[n % remarks.size()],
                                                          s("区绿化抢险队 周斌"), now.addSecs(-(12 - n / 2) * 3600), &e);
        if (results[n % results.size()] == QLatin1String("closed_to_public")) {
            ch[0].values.insert(s("finding"), s("屋顶花架立柱锈蚀，大风时存在倾覆风险"));
        }
        done += ch;
        ++n;
    }
    if (!write(store, done, s("greenery demo: half the campaign inspected (sample data)"), error))
        return false;
    // The finding stays a finding: the officer makes it a hazard with one action (greenery to-hazard, the panel);
    // the demo's hazard layer keeps the district's hazards only.
    return true;
}

} // namespace fc
