// Readings through the store: CSV ingest (good rows stored, bad rows reported, nothing half-applied), idempotent
// re-ingest, alarms raised in the same transaction, acknowledgement, floodctl ingest, and the replay state of the
// Typhoon Bebinca scenario at given times (signals and levels from DOMAIN.md).
#include "app/core/readingingest.h"
#include "app/core/replayscenario.h"
#include "app/core/store.h"
#include "storetestutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fc;
using fc::testutil::wait;

namespace {

qint64 count(Store &s, const QString &table, const QString &where = {}, const QVariantList &binds = {})
{
    return wait(s.rows(table, where, binds)).size();
}

QDateTime bj(int d, int h, int m = 0)
{
    return QDateTime(QDate(2024, 9, d), QTime(h, m), QTimeZone(8 * 3600));
}

} // namespace

class TstIngest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("op.gpkg"));
        QString e;
        m_store = Store::create(m_path, true, &e);
        QVERIFY2(m_store, qPrintable(e));
    }

    void csvIngestGoodAndBadRows()
    {
        // Tide gauge S-TIDE-01 (code 63401200): blue 4.55 m, 10 min minimum duration (demo seed).
        const QString f = write(QStringLiteral("tide.csv"), "\xEF\xBB\xBF站点编号,时间,数值\n"
                                                            "63401200,2024-09-16T08:00:00+08:00,4.40\n"
                                                            "63401200,2024-09-16T08:05:00+08:00,4.60\n"
                                                            "63401200,2024-09-16T08:10:00+08:00,4.62\n"
                                                            "63401200,2024-09-16T08:15:00+08:00,4.64\n"
                                                            "63401200,2024-09-16T08:20:00,4.70\n"
                                                            "63401200,2024-09-16T08:25:00+08:00,high\n"
                                                            "S-NOPE,2024-09-16T08:25:00+08:00,4.7\n"
                                                            "S-WL-01,2024-09-16T08:15:00+08:00,12\n");
        ReadingIngest in(*m_store);
        QString e;
        QVERIFY(in.load(&e));
        const qint64 before = count(*m_store, QStringLiteral("sensor_readings"));
        const ReadingIngest::Summary s = in.ingestFile(f);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.rowsRead, qint64(8));
        QCOMPARE(s.stored, qint64(5));
        QCOMPARE(s.duplicates, qint64(0));
        QCOMPARE(s.rejected, qint64(3));
        QCOMPARE(s.rejects[0].line, qint64(6));
        QCOMPARE(s.rejects[1].line, qint64(7));
        QCOMPARE(s.rejects[2].line, qint64(8));
        QVERIFY(s.toText().contains(QLatin1String("tide.csv:7:")));
        QCOMPARE(count(*m_store, QStringLiteral("sensor_readings")), before + 5);
        // Rejected rows are not in the store.
        QCOMPARE(count(*m_store, QStringLiteral("sensor_readings"), QStringLiteral("value = 4.70 OR value = 4.7")), qint64(0));
        // Blue held from 08:05 to 08:15 (10 min): one blue alarm raised at 08:15, value 4.64.
        const QList<StoreRow> alarms = wait(m_store->rows(QStringLiteral("alarms"), QStringLiteral("source = 'reading'")));
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("blue"));
        QCOMPARE(alarms[0].values.value(QStringLiteral("value")).toDouble(), 4.64);
        QCOMPARE(QDateTime::fromString(alarms[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 bj(16, 8, 15));

        // The tide also raised freeboard alarms for the low Suzhou Creek wall segments (crest - 4.64 m < 1 m).
        const qint64 alarmsNow = count(*m_store, QStringLiteral("alarms"));
        QVERIFY(count(*m_store, QStringLiteral("alarms"), QStringLiteral("source = 'freeboard'")) > 0);
        // Re-ingest: every good row is a duplicate; nothing changes, no second alarm.
        const ReadingIngest::Summary again = in.ingestFile(f);
        QVERIFY(again.ok);
        QCOMPARE(again.stored, qint64(0));
        QCOMPARE(again.duplicates, qint64(5));
        QCOMPARE(again.alarmChanges, 0);
        QCOMPARE(count(*m_store, QStringLiteral("sensor_readings")), before + 5);
        QCOMPARE(count(*m_store, QStringLiteral("alarms")), alarmsNow);

        // A fresh ingest (state reloaded from the store) sees the same.
        ReadingIngest in2(*m_store);
        QVERIFY(in2.load(&e));
        QCOMPARE(in2.ingestFile(f).duplicates, qint64(5));
        QCOMPARE(count(*m_store, QStringLiteral("alarms")), alarmsNow);
    }

    void uniqueIndexInSchema()
    {
        // The rule holds in the database itself, not only in the ingest code.
        const WriteResult w = wait(m_store->insertRow(QStringLiteral("sensor_readings"),
                                                      {{QStringLiteral("sensor_fid"), 9},
                                                       {QStringLiteral("observed_at"), bj(16, 8, 5)},
                                                       {QStringLiteral("value"), 9.99}}));
        QVERIFY(!w.ok);
        QVERIFY(w.error.contains(QLatin1String("UNIQUE")));
        // One alarm in force per sensor and source.
        const WriteResult a = wait(m_store->insertRow(QStringLiteral("alarms"),
                                                      {{QStringLiteral("sensor_fid"), 9},
                                                       {QStringLiteral("source"), QStringLiteral("reading")},
                                                       {QStringLiteral("level"), QStringLiteral("red")},
                                                       {QStringLiteral("raised_at"), bj(16, 9)}}));
        QVERIFY(!a.ok);
    }

    void unknownSensorFailsWholeBatch()
    {
        const qint64 before = count(*m_store, QStringLiteral("sensor_readings"));
        ReadingBatch b;
        b.rows.push_back({bj(16, 9).toMSecsSinceEpoch(), 1.0, 10, -1});
        b.rows.push_back({bj(16, 9).toMSecsSinceEpoch(), 1.0, 99999, -1});
        const AppendResult r = wait(m_store->appendReadings(std::move(b)));
        QVERIFY(!r.ok);
        QCOMPARE(count(*m_store, QStringLiteral("sensor_readings")), before);
    }

    void badFileChangesNothing()
    {
        const qint64 before = count(*m_store, QStringLiteral("sensor_readings"));
        ReadingIngest in(*m_store);
        QString e;
        QVERIFY(in.load(&e));
        const ReadingIngest::Summary s = in.ingestFile(write(QStringLiteral("bad.csv"), "sensor,when,value\nS-WL-01,x,1\n"));
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(QLatin1String("bad.csv")));
        QCOMPARE(count(*m_store, QStringLiteral("sensor_readings")), before);
    }

    void acknowledge()
    {
        const QList<StoreRow> a = wait(m_store->rows(QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL")));
        QVERIFY(!a.isEmpty());
        const WriteResult w = wait(m_store->updateRow(QStringLiteral("alarms"), a[0].fid,
                                                      {{QStringLiteral("acknowledged_by"), QStringLiteral("张伟")},
                                                       {QStringLiteral("acknowledged_at"), bj(16, 8, 20)},
                                                       {QStringLiteral("remark"), QStringLiteral("已通知闸门班组")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(wait(m_store->row(QStringLiteral("alarms"), a[0].fid)).values.value(QStringLiteral("acknowledged_by")).toString(),
                 QStringLiteral("张伟"));
    }

    void floodctlIngest()
    {
        const QString f = write(QStringLiteral("wl.csv"), "sensor;time;value\nS-WL-02;2024-09-16T09:00:00+08:00;3\n"
                                                          "S-WL-02;2024-09-16T09:05:00+08:00;n/a\n");
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("ingest"), m_path, f});
        // The store is open here too: SQLite WAL lets both work; the tool waits for its write lock.
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 1); // a row was rejected
        QVERIFY2(out.contains(QLatin1String("2 rows read, 1 stored, 0 duplicates, 1 rejected")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("wl.csv:3:")));
    }

    void replayStates()
    {
        ReplayScenario::Summary sum;
        QString e;
        QVERIFY2(ReplayScenario::writeBebinca(*m_store, &sum, &e), qPrintable(e));
        QCOMPARE(sum.signalCount, 4);
        QVERIFY(sum.readings > 18000);

        // Before the first signal (09-14 17:00): nothing in force.
        ReplayState s;
        QVERIFY(ReplayState::compute(*m_store, bj(14, 12), &s, &e));
        QVERIFY(s.signalsInForce.isEmpty());
        QCOMPARE(s.responseLevel, QStringLiteral("none"));

        // 09-15 12:00: typhoon yellow and Huangpu high-tide blue since 08:00, response III.
        ReplayState s2;
        QVERIFY(ReplayState::compute(*m_store, bj(15, 12), &s2, &e));
        QStringList sig;
        for (const auto &x : s2.signalsInForce)
            sig.append(x.kind + QLatin1Char('/') + x.colour);
        sig.sort();
        QCOMPARE(sig, QStringList({QStringLiteral("high_tide/blue"), QStringLiteral("typhoon/yellow")}));
        QCOMPARE(s2.responseLevel, QStringLiteral("III"));

        // Landfall 09-16 07:30: typhoon orange, response II, the storm at the Lingang landfall point.
        ReplayState s3;
        QVERIFY(ReplayState::compute(*m_store, bj(16, 7, 30), &s3, &e));
        QCOMPARE(s3.responseLevel, QStringLiteral("II"));
        QVERIFY(s3.haveTyphoon);
        QVERIFY(std::abs(s3.typhoon.pressureHpa - 955) < 0.01);
        // 09-15 17:00 -> 09-16 05:00 halfway (11:00): lat between 30.2 and 30.7.
        ReplayState s4;
        QVERIFY(ReplayState::compute(*m_store, bj(15, 23), &s4, &e));
        QVERIFY(std::abs(s4.typhoon.lat - 30.45) < 0.01);
        QVERIFY(std::abs(s4.typhoon.lon - 124.15) < 0.01);
        // Near the late-morning high water the tide gauge reading is in the latest readings and alarms are in force.
        ReplayState s5;
        QVERIFY(ReplayState::compute(*m_store, bj(16, 11), &s5, &e));
        QVERIFY(!s5.alarms.isEmpty());
        bool tideSeen = false;
        for (auto it = s5.latest.cbegin(); it != s5.latest.cend(); ++it)
            if (s5.sensors.value(it.key()).isTide()) {
                tideSeen = true;
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(it->atMs, Qt::UTC), bj(16, 11).toUTC());
            }
        QVERIFY(tideSeen);
    }
};

QTEST_GUILESS_MAIN(TstIngest)
#include "tst_ingest.moc"
