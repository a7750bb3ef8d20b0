// The supplies warehouse and the shelters on both backends (a GeoPackage file and the CTest fixture's PostgreSQL +
// PostGIS server: without the server the server rows fail, they never skip). Expected stock comes from a model kept
// by the test itself; the stock-take and the occupancy cases are worked by hand.
#include "app/core/rules/shelters.h"
#include "app/core/rules/supplies.h"
#include "app/core/store/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <map>
#include <random>

using namespace fc;

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

template<typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

QString serverUri(const QString &name)
{
    const QString port = qEnvironmentVariable("FC_TEST_PG_PORT");
    const QString conn = QStringLiteral("tst_supplies_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port.toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qWarning("no test server on port %s: %s", qPrintable(port), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qWarning("cannot create %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(conn);
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port, name);
}

// The balance rows the database keeps (supply_balances), read past the Store on a connection of the test's own.
std::map<std::pair<qint64, qint64>, qint64> balances(const QString &location)
{
    std::map<std::pair<qint64, qint64>, qint64> out;
    const QString conn = QStringLiteral("tst_supplies_bal_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db;
        if (Store::isServer(location)) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT kind_fid, warehouse_fid, quantity FROM supply_balances"));
            while (q.next())
                out[{q.value(0).toLongLong(), q.value(1).toLongLong()}] = q.value(2).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return out;
}

RowChange ins(const char *table, const QVariantMap &v)
{
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = S(table);
    c.values = v;
    return c;
}

// A movement written as plain row values (not through the Supplies builders).
RowChange move(qint64 kind, qint64 warehouse, const char *type, qint64 delta, const QDateTime &at, qint64 location = 0)
{
    QVariantMap v = {{S("kind_fid"), kind}, {S("warehouse_fid"), warehouse}, {S("type"), S(type)},
                     {S("delta"), delta}, {S("at"), at}, {S("actor"), S("测试")}};
    if (location)
        v.insert(S("location_fid"), location);
    return ins("supply_movements", v);
}

qint64 insertOne(Store &s, const char *table, const QVariantMap &v)
{
    const WriteResult w = wait(s.apply({ins(table, v)}));
    if (!w.ok)
        qWarning("%s: %s", table, qPrintable(w.error));
    return w.ok ? w.fids.first() : 0;
}

QDateTime bj(const char *text)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(text).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(text).mid(11), QStringLiteral("HH:mm")),
                     QTimeZone("Asia/Shanghai"))
        .toUTC();
}

} // namespace

class TstSupplies : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString location(bool server)
    {
        ++m_n;
        return server ? serverUri(QStringLiteral("fc_supplies_%1").arg(m_n))
                      : m_dir.filePath(QStringLiteral("s%1.gpkg").arg(m_n));
    }

private Q_SLOTS:
    void backends_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("gpkg") << false;
        QTest::newRow("server") << true;
    }

    // Random sequences of receipts, issues, transfers and write-offs (fixed seed): every write the model says must
    // fail (not enough stock) is refused by the database, every other one succeeds, and the stock read back (the
    // sum of the movements, and the balance rows the database keeps) equals the model's.
    void stockIsTheSumOfMovements_data() { backends_data(); }
    void stockIsTheSumOfMovements()
    {
        QFETCH(bool, server);
        const QString where = location(server);
        QString error;
        auto store = Store::create(where, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 w1 = insertOne(*store, "warehouses", {{S("name"), S("一号库")}});
        const qint64 w2 = insertOne(*store, "warehouses", {{S("name"), S("二号库")}});
        const qint64 k1 = insertOne(*store, "supply_kinds", {{S("code"), S("BED")}, {S("name"), S("折叠床")}});
        const qint64 k2 = insertOne(*store, "supply_kinds", {{S("code"), S("SB")}, {S("name"), S("草袋")}});
        QVERIFY(w1 && w2 && k1 && k2);
        std::mt19937 rng(20240916);
        std::map<std::pair<qint64, qint64>, qint64> model;
        const qint64 kinds[] = {k1, k2}, houses[] = {w1, w2};
        QDateTime at = QDateTime(QDate(2024, 9, 15), QTime(8, 0), Qt::UTC);
        int refused = 0, done = 0;
        for (int step = 0; step < 150; ++step) {
            const qint64 k = kinds[rng() % 2], w = houses[rng() % 2], other = w == w1 ? w2 : w1;
            const qint64 n = 1 + qint64(rng() % 60);
            at = at.addSecs(60);
            QList<RowChange> changes;
            bool shouldWork = true;
            switch (rng() % 4) {
            case 0:
                changes = {move(k, w, "purchase", n, at)};
                model[{k, w}] += n;
                break;
            case 1:
                changes = {move(k, w, "issue", -n, at)};
                shouldWork = model[{k, w}] >= n;
                if (shouldWork)
                    model[{k, w}] -= n;
                break;
            case 2:
                changes = {move(k, w, "transfer_out", -n, at), move(k, other, "transfer_in", n, at)};
                shouldWork = model[{k, w}] >= n;
                if (shouldWork) {
                    model[{k, w}] -= n;
                    model[{k, other}] += n;
                }
                break;
            default:
                changes = {move(k, w, "write_off", -n, at)};
                shouldWork = model[{k, w}] >= n;
                if (shouldWork)
                    model[{k, w}] -= n;
                break;
            }
            const WriteResult r = wait(store->apply(changes));
            QVERIFY2(r.ok == shouldWork, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(r.error)));
            if (!r.ok) {
                QVERIFY2(Supplies::isShortage(r.error), qPrintable(r.error));
                ++refused;
            } else {
                ++done;
            }
        }
        QVERIFY(refused > 5 && done > 100); // the sequence exercises both
        QList<SupplyMovement> moves;
        for (const StoreRow &r : wait(store->rows(S("supply_movements"))))
            moves.append(SupplyMovement::fromRow(r));
        const auto stock = Supplies::stock(moves);
        const auto kept = balances(where);
        for (const auto &[key, n] : model) {
            QCOMPARE(stock.value({key.first, key.second}), n);
            QCOMPARE(kept.count(key) ? kept.at(key) : 0, n);
        }
        // A movement is never changed or deleted.
        const qint64 first = moves.first().fid;
        QVERIFY(!wait(store->updateRow(S("supply_movements"), first, {{S("delta"), 999}})).ok);
        QVERIFY(!wait(store->deleteRow(S("supply_movements"), first)).ok);
        QCOMPARE(balances(where), kept);
    }

    // Two seats issue the last 50 beds at the same moment, 20 rounds, each seat on its own connection: exactly one
    // succeeds each round, the other is refused and told that none are left.
    void concurrentLastItems()
    {
        const QString uri = location(true);
        QString error;
        auto setup = Store::create(uri, &error);
        QVERIFY2(setup, qPrintable(error));
        const qint64 w = insertOne(*setup, "warehouses", {{S("name"), S("一号库")}});
        const qint64 k = insertOne(*setup, "supply_kinds", {{S("code"), S("BED")}, {S("name"), S("折叠床")}});
        auto a = Store::open(uri, &error);
        auto b = Store::open(uri, &error);
        QVERIFY2(a && b, qPrintable(error));
        a->setUser(S("seat_a"));
        b->setUser(S("seat_b"));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        int aWins = 0, bWins = 0;
        for (int round = 0; round < 20; ++round) {
            QVERIFY(wait(setup->apply({move(k, w, "purchase", 50, at)})).ok);
            SupplyParty to{S("shelter"), 1, {}};
            auto fa = a->apply(Supplies::issue(k, w, 50, to, S("seat_a"), at, S("round"), {}));
            auto fb = b->apply(Supplies::issue(k, w, 50, to, S("seat_b"), at, S("round"), {}));
            const WriteResult ra = wait(fa), rb = wait(fb);
            QVERIFY2(ra.ok != rb.ok, qPrintable(QStringLiteral("round %1: %2 / %3").arg(round).arg(ra.error, rb.error)));
            const WriteResult &loser = ra.ok ? rb : ra;
            QVERIFY2(Supplies::isShortage(loser.error), qPrintable(loser.error));
            QVERIFY2(loser.error.contains(QLatin1String("(0 left)")), qPrintable(loser.error));
            (ra.ok ? aWins : bWins) += 1;
            QCOMPARE(balances(uri).at({k, w}), 0);
        }
        QCOMPARE(aWins + bWins, 20);
        // The loser's words through the rules: what is left, read after the refusal.
        QVERIFY(wait(setup->apply({move(k, w, "purchase", 30, at)})).ok);
        const SupplyBooks::Outcome o = SupplyBooks::write(*a, Supplies::issue(k, w, 50, {S("drill"), 0, {}}, S("seat_a"), at, {}, {}),
                                                          S("issue"), k, w, 50, S("折叠床"));
        QVERIFY(!o.ok);
        QCOMPARE(o.left, 30);
        QVERIFY2(o.error.contains(QLatin1String("30")), qPrintable(o.error));
    }

    // Stock-taking worked by hand. Shelf A-01 received 120 beds, A-02 received 80 and wrote off 5 (damaged).
    // The count finds 118 on A-01 (expected 120: difference -2) and 75 on A-02 (expected 75: no difference).
    // Afterwards: two count rows, one stocktake movement of -2 with the reason, stock 193 = 120 + 80 - 5 - 2.
    void stockTakeByHand_data() { backends_data(); }
    void stockTakeByHand()
    {
        QFETCH(bool, server);
        const QString where = location(server);
        QString error;
        auto store = Store::create(where, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 w = insertOne(*store, "warehouses", {{S("name"), S("一号库")}});
        const qint64 k = insertOne(*store, "supply_kinds", {{S("code"), S("BED")}, {S("name"), S("折叠床")}});
        const qint64 a01 = insertOne(*store, "supply_locations", {{S("warehouse_fid"), w}, {S("code"), S("A-01")}});
        const qint64 a02 = insertOne(*store, "supply_locations", {{S("warehouse_fid"), w}, {S("code"), S("A-02")}});
        const QDateTime t = bj("2024-09-15 09:00");
        QVERIFY(wait(store->apply({move(k, w, "purchase", 120, t, a01), move(k, w, "purchase", 80, t, a02),
                                   move(k, w, "write_off", -5, t.addSecs(3600), a02)}))
                    .ok);
        QList<SupplyMovement> moves;
        for (const StoreRow &r : wait(store->rows(S("supply_movements"))))
            moves.append(SupplyMovement::fromRow(r));
        const QList<CountDifference> diffs = Supplies::reconcile({{w, a01, k, 118}, {w, a02, k, 75}}, moves);
        QCOMPARE(diffs.size(), 2);
        QCOMPARE(diffs[0].expected, 120);
        QCOMPARE(diffs[0].difference(), -2);
        QCOMPARE(diffs[1].expected, 75);
        QCOMPARE(diffs[1].difference(), 0);
        const WriteResult r = wait(store->apply(Supplies::countChanges(diffs, S("仓管员"), bj("2024-09-17 10:00"),
                                                                       S("盘点短少2张"), S("PD-20240917-01"))));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<StoreRow> counts = wait(store->rows(S("stock_counts")));
        QCOMPARE(counts.size(), 2);
        const QList<StoreRow> takes = wait(store->rows(S("supply_movements"), S("type = 'stocktake'")));
        QCOMPARE(takes.size(), 1);
        QCOMPARE(takes[0].values.value(S("delta")).toLongLong(), -2);
        QCOMPARE(takes[0].values.value(S("location_fid")).toLongLong(), a01);
        QCOMPARE(takes[0].values.value(S("reason")).toString(), S("盘点短少2张"));
        QCOMPARE(balances(where).at({k, w}), 193);
    }

    // Allocation: a shelter asks for 300 beds, the warehouse confirms; the request is confirmed and the shelter
    // has received 300; a second confirmation from the same stale copy is refused (nothing issued twice).
    void allocationRaisesShelterStock()
    {
        const QString where = location(false);
        QString error;
        auto store = Store::create(where, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 w = insertOne(*store, "warehouses", {{S("name"), S("一号库")}});
        const qint64 k = insertOne(*store, "supply_kinds", {{S("code"), S("BED")}, {S("name"), S("折叠床")}});
        const qint64 sh = insertOne(*store, "shelters", {{S("name"), S("格致中学体育馆")}, {S("capacity"), 600},
                                                         {S("geom"), S("POINT (121.48 31.23)")}});
        QVERIFY(wait(store->apply({move(k, w, "purchase", 500, bj("2024-09-15 09:00"))})).ok);
        const WriteResult req = wait(store->apply({Supplies::request(S("shelter"), sh, k, 300, S("安置点"), bj("2024-09-16 01:00"))}));
        QVERIFY2(req.ok, qPrintable(req.error));
        const StoreRow row = wait(store->row(S("supply_requests"), req.fids.first()));
        const WriteResult ok = wait(store->apply(Supplies::confirmRequest(row, w, S("仓管员"), bj("2024-09-16 01:20"), S("CK-001"))));
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QVERIFY(!wait(store->apply(Supplies::confirmRequest(row, w, S("仓管员"), bj("2024-09-16 01:21"), S("CK-002")))).ok);
        QList<SupplyMovement> moves;
        for (const StoreRow &r : wait(store->rows(S("supply_movements"))))
            moves.append(SupplyMovement::fromRow(r));
        QCOMPARE(Supplies::receivedBy(moves, S("shelter"), sh).value(k), 300);
        QCOMPARE(Supplies::stockByKind(moves).value(k), 200);
        QCOMPARE(wait(store->row(S("supply_requests"), req.fids.first())).values.value(S("status")).toString(), S("confirmed"));
    }

    // Expiry, worked by hand: 100 life jackets expiring 2024-10-01 came in first, 100 expiring 2025-06-01 next; 120
    // were issued (oldest first), so the 80 left are of the second batch. On 2025-05-15 (warning 30 days) they
    // are expiring; the stock 80 is under the minimum 150 (low); on 2025-06-02 they have expired.
    void expiryAndLowStockByHand()
    {
        SupplyKind k;
        k.fid = 1;
        k.name = S("救生衣");
        k.minLevel = 150;
        k.shelfLifeDays = 1825;
        k.expiryWarnDays = 30;
        auto m = [](const char *type, qint64 delta, QDate expires, int day) {
            SupplyMovement x;
            x.kind = 1;
            x.warehouse = 1;
            x.type = S(type);
            x.delta = delta;
            x.expires = expires;
            x.at = QDateTime(QDate(2024, 1, day), QTime(9, 0), Qt::UTC);
            return x;
        };
        const QList<SupplyMovement> moves = {m("purchase", 100, QDate(2024, 10, 1), 1), m("purchase", 100, QDate(2025, 6, 1), 2),
                                             m("issue", -120, {}, 3)};
        const auto batches = Supplies::remainingBatches(moves, 1, 1);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0].first, QDate(2025, 6, 1));
        QCOMPARE(batches[0].second, 80);
        QList<StockAlarm> a = Supplies::alarms({k}, moves, QDate(2025, 5, 15));
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].kind, StockAlarm::Kind::Low);
        QCOMPARE(a[0].stock, 80);
        QCOMPARE(a[1].kind, StockAlarm::Kind::Expiring);
        QCOMPARE(a[1].stock, 80);
        a = Supplies::alarms({k}, moves, QDate(2025, 4, 1));
        QCOMPARE(a.size(), 1); // low only: 61 days to go
        a = Supplies::alarms({k}, moves, QDate(2025, 6, 2));
        QCOMPARE(a.last().kind, StockAlarm::Kind::Expired);
    }

    // A shelter for 100: 80 arrive; 30 more are refused by the database without an override (nothing written,
    // occupancy 80); with an override reason they are admitted (110) and the reason is kept; 200 cannot leave.
    void overCapacityNeedsOverride_data() { backends_data(); }
    void overCapacityNeedsOverride()
    {
        QFETCH(bool, server);
        const QString where = location(server);
        QString error;
        auto store = Store::create(where, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 sh = insertOne(*store, "shelters", {{S("name"), S("外滩街道社区文化活动中心")}, {S("capacity"), 100},
                                                         {S("geom"), S("POINT (121.48 31.23)")}});
        PeopleTransfer t;
        t.shelter = sh;
        t.people = 80;
        t.at = bj("2024-09-15 20:00");
        t.fromPlace = S("中山东二路沿江");
        QVERIFY(wait(store->apply(Shelters::transfer(t))).ok);
        t.people = 30;
        t.at = bj("2024-09-15 21:00");
        WriteResult r = wait(store->apply(Shelters::transfer(t)));
        QVERIFY(!r.ok);
        QVERIFY2(Shelters::isOverCapacity(r.error), qPrintable(r.error));
        QCOMPARE(wait(store->row(S("shelters"), sh)).values.value(S("occupancy")).toLongLong(), 80);
        QCOMPARE(wait(store->rows(S("people_transfers"))).size(), 1);
        t.overrideReason = S("台风登陆前就近安置，指挥部同意");
        r = wait(store->apply(Shelters::transfer(t)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(wait(store->row(S("shelters"), sh)).values.value(S("occupancy")).toLongLong(), 110);
        // The change feed carries the shelter's new occupancy (every seat's board and map follow it).
        QCOMPARE(r.events.size(), 2);
        QCOMPARE(r.events[1].table, S("shelters"));
        QCOMPARE(r.events[1].after.value(S("occupancy")).toLongLong(), 110);
        QCOMPARE(wait(store->row(S("people_transfers"), r.fids.first())).values.value(S("override_reason")).toString(),
                 S("台风登陆前就近安置，指挥部同意"));
        t.direction = S("departure");
        t.people = 200;
        t.overrideReason.clear();
        QVERIFY(!wait(store->apply(Shelters::transfer(t))).ok);
        QCOMPARE(wait(store->row(S("shelters"), sh)).values.value(S("occupancy")).toLongLong(), 110);
    }

    // A shelter imported with 120 people and no transfers: the first transfer (30 more) keeps them, as a baseline
    // arrival written before it (occupancy 150, not 30).
    void importedOccupancyKept()
    {
        QString error;
        auto store = Store::create(location(false), &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 sh = insertOne(*store, "shelters", {{S("name"), S("光明中学体育馆")}, {S("capacity"), 400},
                                                         {S("occupancy"), 120}, {S("geom"), S("POINT (121.48 31.23)")}});
        const ShelterState s = Shelters::load(*store).first();
        QCOMPARE(s.occupancy, 120);
        PeopleTransfer t;
        t.shelter = sh;
        t.people = 30;
        t.at = bj("2024-09-15 21:00");
        QVERIFY(wait(store->apply(Shelters::baseline(s, Shelters::loadTransfers(*store), t.at.addSecs(-1)) + Shelters::transfer(t))).ok);
        QCOMPARE(wait(store->row(S("shelters"), sh)).values.value(S("occupancy")).toLongLong(), 150);
        QCOMPARE(Shelters::loadTransfers(*store).size(), 2);
        // Once the transfers account for the occupancy, no further baseline.
        QVERIFY(Shelters::baseline(Shelters::load(*store).first(), Shelters::loadTransfers(*store), t.at).isEmpty());
    }

    // Occupancy at a past time from the transfer events (Beijing time): +120 at 20:00, +80 at 22:30, -30 at 23:15,
    // +50 at 01:00 next day: 22:00 -> 120, 23:00 -> 200, 23:30 -> 170, 02:00 -> 220 (= the occupancy now).
    void occupancyAtPastTime_data() { backends_data(); }
    void occupancyAtPastTime()
    {
        QFETCH(bool, server);
        const QString where = location(server);
        QString error;
        auto store = Store::create(where, &error);
        QVERIFY2(store, qPrintable(error));
        const qint64 sh = insertOne(*store, "shelters", {{S("name"), S("卢湾体育馆")}, {S("capacity"), 1200},
                                                         {S("geom"), S("POINT (121.46 31.21)")}});
        const struct { const char *at; const char *dir; int n; } steps[] = {
            {"2024-09-15 20:00", "arrival", 120}, {"2024-09-15 22:30", "arrival", 80},
            {"2024-09-15 23:15", "departure", 30}, {"2024-09-16 01:00", "arrival", 50}};
        for (const auto &s : steps) {
            PeopleTransfer t;
            t.shelter = sh;
            t.direction = S(s.dir);
            t.people = s.n;
            t.at = bj(s.at);
            QVERIFY(wait(store->apply(Shelters::transfer(t))).ok);
        }
        const QList<PeopleTransfer> all = Shelters::loadTransfers(*store);
        QCOMPARE(Shelters::occupancyAt(all, sh, bj("2024-09-15 22:00")), 120);
        QCOMPARE(Shelters::occupancyAt(all, sh, bj("2024-09-15 23:00")), 200);
        QCOMPARE(Shelters::occupancyAt(all, sh, bj("2024-09-15 23:30")), 170);
        QCOMPARE(Shelters::occupancyAt(all, sh, bj("2024-09-16 02:00")), 220);
        QCOMPARE(wait(store->row(S("shelters"), sh)).values.value(S("occupancy")).toLongLong(), 220);
    }
};

QTEST_GUILESS_MAIN(TstSupplies)
#include "tst_supplies.moc"
