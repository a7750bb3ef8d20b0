// The readings day block (readingdays.h): its bytes for a hand-worked day, merging rules (a stored reading is
// kept, the first of several at one time wins, quality flags carried), damaged blocks named, UTC day arithmetic
// around the epoch.
#include "app/core/base/readingdays.h"

#include <QTest>

#include <cmath>

using namespace fc;

namespace {

constexpr qint64 Sep16 = 19982; // 2024-09-16 in days since 1970-01-01 (hand count: 54 years, 13 leap days, + 259)

qint64 at(qint64 day, int h, int m, int ms = 0)
{
    return day * ReadingDays::DayMs + (h * 3600 + m * 60) * 1000 + ms;
}

std::vector<const Reading *> ptrs(const std::vector<Reading> &v)
{
    std::vector<const Reading *> out;
    for (const Reading &r : v)
        out.push_back(&r);
    return out;
}

} // namespace

class TstReadingDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayArithmetic()
    {
        QCOMPARE(QDateTime(QDate(2024, 9, 16), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / ReadingDays::DayMs, Sep16);
        QCOMPARE(ReadingDays::dayOf(0), qint64(0));
        QCOMPARE(ReadingDays::dayOf(ReadingDays::DayMs - 1), qint64(0));
        QCOMPARE(ReadingDays::dayOf(ReadingDays::DayMs), qint64(1));
        QCOMPARE(ReadingDays::dayOf(-1), qint64(-1)); // 1969-12-31T23:59:59.999Z
        QCOMPARE(ReadingDays::dayOf(-ReadingDays::DayMs), qint64(-1));
        QCOMPARE(ReadingDays::dayOf(-ReadingDays::DayMs - 1), qint64(-2));
        // A reading just before the epoch lands at the end of day -1 and reads back at its own time.
        const std::vector<Reading> r = {{-1, 7.0, 1, -1}};
        ReadingDay d(-1);
        qint64 n = 0;
        QVERIFY(d.merge(ptrs(r), {}, nullptr, &n, nullptr));
        ReadingDay back;
        QVERIFY(ReadingDay::decode(d.encode(), -1, &back, nullptr));
        QCOMPARE(back.atMs(0), qint64(-1));
        QCOMPARE(ReadingDays::storedTime(-1), QStringLiteral("1969-12-31T23:59:59.999Z"));
    }

    void handWorkedBytes()
    {
        // 16 Sep 2024, given out of order: 00:05 -2.25 "checked", 00:00 1.5 (no flag).
        const std::vector<Reading> r = {{at(Sep16, 0, 5), -2.25, 3, 0}, {at(Sep16, 0, 0), 1.5, 3, -1}};
        ReadingDay d(Sep16);
        qint64 n = 0;
        QVERIFY(d.merge(ptrs(r), {QStringLiteral("checked")}, nullptr, &n, nullptr));
        QCOMPARE(n, qint64(2));
        // 'R' 'D', version 1, flags 1 (qualities); n = 2; 1 flag of 7 bytes; times 0 then +300000 ms as a varint
        // (300000 = 0x60 + 0x27 << 7 + 0x12 << 14: E0 A7 12); 1.5 and -2.25 as little-endian doubles; flags 0, 1.
        const QByteArray expected = QByteArray::fromHex("52440101" "02" "01" "07") + QByteArray("checked")
                                    + QByteArray::fromHex("00" "e0a712" "000000000000f83f" "00000000000002c0" "0001");
        QCOMPARE(d.encode().toHex(), expected.toHex());
        ReadingDay back;
        QString why;
        QVERIFY2(ReadingDay::decode(expected, Sep16, &back, &why), qPrintable(why));
        QCOMPARE(back.size(), size_t(2));
        QCOMPARE(back.atMs(0), at(Sep16, 0, 0));
        QCOMPARE(back.atMs(1), at(Sep16, 0, 5));
        QCOMPARE(back.value(0), 1.5);
        QCOMPARE(back.value(1), -2.25);
        QCOMPARE(back.quality(0), QString());
        QCOMPARE(back.quality(1), QStringLiteral("checked"));
        // Without any flag the flag bytes are left out: 4 + 1 + 2 (times 0, +1 ms) + 16 bytes.
        const std::vector<Reading> plain = {{at(Sep16, 23, 59, 998), 2.0, 3, -1}, {at(Sep16, 23, 59, 999), std::nan(""), 3, -1}};
        ReadingDay p(Sep16);
        QVERIFY(p.merge(ptrs(plain), {}, nullptr, &n, nullptr));
        QCOMPARE(p.encode().size(), 4 + 1 + 4 + 1 + 16); // first time 86399998 takes 4 varint bytes
        QVERIFY(ReadingDay::decode(p.encode(), Sep16, &back, nullptr));
        QVERIFY(std::isnan(back.value(1)));
        // A year of 5-minute readings: 288 a day, 11 bytes each and 8 of header.
        std::vector<Reading> day;
        for (int k = 0; k < 288; ++k)
            day.push_back({at(Sep16, 0, 5 * k), double(k) / 10, 3, -1});
        ReadingDay full(Sep16);
        QVERIFY(full.merge(ptrs(day), {}, nullptr, &n, nullptr));
        QCOMPARE(full.encode().size(), 4 + 2 + 1 + 287 * 3 + 288 * 8);
    }

    void mergeKeepsWhatIsStored()
    {
        const std::vector<Reading> first = {{at(Sep16, 8, 0), 1.0, 5, -1}, {at(Sep16, 9, 0), 2.0, 5, 0}};
        ReadingDay d(Sep16);
        qint64 n = 0;
        QVERIFY(d.merge(ptrs(first), {QStringLiteral("suspect")}, nullptr, &n, nullptr));
        // Again 08:00 (stored: left as it was), 08:30 twice (the first given wins), 10:00 with a new flag.
        const std::vector<Reading> more = {{at(Sep16, 8, 0), 9.0, 5, -1},
                                           {at(Sep16, 8, 30), 5.0, 5, 1},
                                           {at(Sep16, 8, 30), 6.0, 5, -1},
                                           {at(Sep16, 10, 0), 7.0, 5, 0}};
        std::vector<const Reading *> stored;
        QVERIFY(d.merge(ptrs(more), {QStringLiteral("checked"), QStringLiteral("estimated")}, &stored, &n, nullptr));
        QCOMPARE(n, qint64(2));
        QCOMPARE(stored.size(), size_t(2));
        QCOMPARE(stored[0], &more[1]);
        QCOMPARE(stored[1], &more[3]);
        ReadingDay back;
        QVERIFY(ReadingDay::decode(d.encode(), Sep16, &back, nullptr));
        QCOMPARE(back.size(), size_t(4));
        const double values[] = {1.0, 5.0, 2.0, 7.0};
        const char *flags[] = {"", "estimated", "suspect", "checked"};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(back.value(i), values[i]);
            QCOMPARE(back.quality(i), QString::fromLatin1(flags[i]));
        }
        // Nothing new: nothing changes.
        const QByteArray before = d.encode();
        QVERIFY(d.merge(ptrs(first), {QStringLiteral("suspect")}, nullptr, &n, nullptr));
        QCOMPARE(n, qint64(0));
        QCOMPARE(d.encode(), before);
    }

    void groupsBySensorAndDay()
    {
        ReadingBatch b;
        b.rows = {{at(Sep16 + 1, 0, 0), 1, 2, -1}, {at(Sep16, 23, 55), 2, 2, -1}, {at(Sep16, 1, 0), 3, 1, -1},
                  {at(Sep16, 23, 55), 4, 2, -1}};
        const std::vector<ReadingDays::Group> g = ReadingDays::groupByDay(b);
        QCOMPARE(g.size(), size_t(3));
        QCOMPARE(g[0].sensor, 1);
        QCOMPARE(g[1].sensor, 2);
        QCOMPARE(g[1].day, Sep16);
        QCOMPARE(g[1].readings.size(), size_t(2));
        QCOMPARE(g[1].readings[0]->value, 2.0); // batch order kept within a group: the first given wins a merge
        QCOMPARE(g[2].day, Sep16 + 1);
    }

    void damagedBlocksAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = QByteArray::fromHex("5244010002" "00" "e0a712" "000000000000f83f" "00000000000002c0");
        ReadingDay ok;
        QVERIFY(ReadingDay::decode(good, 0, &ok, nullptr)); // the damaged ones below are this block spoilt
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a readings block");
        QTest::newRow("other magic") << QByteArray("GP") + good.mid(2) << QStringLiteral("not a readings block");
        QTest::newRow("newer") << QByteArray("RD\x02", 3) + good.mid(3) << QStringLiteral("newer FloodCommand");
        QTest::newRow("cut short") << good.left(good.size() - 1) << QStringLiteral("bad length");
        QTest::newRow("trailing") << good + 'x' << QStringLiteral("bad length");
        QTest::newRow("time repeated") << QByteArray::fromHex("5244010002" "00" "00" "000000000000f83f" "00000000000002c0")
                                       << QStringLiteral("bad times");
        QTest::newRow("past midnight") << QByteArray::fromHex("5244010001" "80b89929" "000000000000f83f")
                                       << QStringLiteral("bad times"); // 86400000 ms
        QTest::newRow("flag out of range") << QByteArray::fromHex("5244010101" "01" "01") + QByteArray("x")
                                                  + QByteArray::fromHex("00" "000000000000f83f" "02")
                                           << QStringLiteral("bad quality flags");
    }
    void damagedBlocksAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        ReadingDay d(Sep16);
        QString why;
        QVERIFY(!ReadingDay::decode(bytes, Sep16, &d, &why));
        QVERIFY2(why.contains(QLatin1String("damaged readings block")) && why.contains(reason), qPrintable(why));
        QVERIFY(d.isEmpty());
    }
};

QTEST_MAIN(TstReadingDays)
#include "tst_readingdays.moc"
