// The map reads its layers through the store and follows the change feed (and its reload order).
#include "app/core/store/store.h"
#include "app/core/district/demooperation.h"
#include "app/core/live/storelayersync.h"
#include "maps/vectorlayer.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::wait;

namespace {

int runTool(const QString &program, const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Hand-worked Web Mercator (spherical, R = 6378137 m) of lon 121.49, lat 31.23.
constexpr double kX = 13524204.936474806, kY = 3662655.1833045874;

} // namespace

class TstStoreLayers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The GUI's sequence (open the store, read the map layers, keep the store open), a write from a second
    // process, then a write from the first: the store must stay intact and keep its WAL.
    void guiSequenceSurvivesSecondWriter()
    {
        const QString db = m_dir.filePath(QStringLiteral("gui.gpkg"));
        QString error;
        QVERIFY2(DemoOperation::createStore(db, &error), qPrintable(error));
        std::unique_ptr<Store> store = Store::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        const LayerRead read = wait(store->readLayers(Schema::featureKinds()));
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.layers.value(QStringLiteral("hazards")));
        QCOMPARE(read.layers.value(QStringLiteral("hazards"))->count(), 51); // resources/demo/hazards.geojson
        QCOMPARE(read.layers.value(QStringLiteral("flood_walls"))->count(), 23);

        VectorLayer hazards(QStringLiteral("hazards"), QStringLiteral("hazards"));
        hazards.setStore(read.layers.value(QStringLiteral("hazards")));
        StoreLayerSync sync(store.get());
        sync.track(&hazards, read.changeId);

        const QString src = m_dir.filePath(QStringLiteral("two.geojson"));
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Point","coordinates":[121.48,31.22]}},
            {"type":"Feature","properties":{"name":"B"},"geometry":{"type":"Point","coordinates":[121.485,31.225]}}]})");
        f.close();
        QString out;
        QCOMPARE(runTool(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("import"), db, src, QStringLiteral("--layer"),
                                                         QStringLiteral("hazards")}, &out), 0);
        // The other process closed its connection; our WAL and shared-memory files must still be there.
        QVERIFY2(QFile::exists(db + QStringLiteral("-wal")), "the -wal file was deleted under the open store");
        QVERIFY(QFile::exists(db + QStringLiteral("-shm")));

        // The import reaches the map through the change feed (audit log tail), without a restart.
        QTRY_COMPARE_WITH_TIMEOUT(hazards.store()->count(), 53, 10000);

        QVariantMap row{{QStringLiteral("name"), QStringLiteral("C")},
                        {QStringLiteral("geom"), QStringLiteral("POINT (121.49 31.23)")}};
        const WriteResult w = wait(store->insertRow(QStringLiteral("hazards"), row));
        QVERIFY2(w.ok, qPrintable(w.error));
        QTRY_COMPARE_WITH_TIMEOUT(hazards.store()->count(), 54, 10000);
        const int i = hazards.store()->indexOfFid(w.fids.first());
        QVERIFY(i >= 0);
        QCOMPARE(hazards.store()->attribute(i, QStringLiteral("name")).toString(), QStringLiteral("C"));
        int n = 0;
        const QPointF p = *hazards.store()->part(i, 0, &n);
        QVERIFY(std::abs(p.x() - kX) < 0.01 && std::abs(p.y() - kY) < 0.01);

        QCOMPARE(runTool(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA integrity_check")}, &out), 0);
        QCOMPARE(out.trimmed(), QStringLiteral("ok"));
        store.reset();
        QCOMPARE(runTool(QStringLiteral("sqlite3"), {db, QStringLiteral("SELECT count(*) FROM hazards")}, &out), 0);
        QCOMPARE(out.trimmed(), QStringLiteral("54"));
    }

    // Events apply in commit order; ones already in the data (by change id) are skipped.
    void patchesApplyInOrder()
    {
        FeatureStoreBuilder b({QStringLiteral("name")});
        const QPointF a(1, 1), c(2, 2);
        b.addFeature(1, GeometryType::Point, {QPolygonF({a})}, {QStringLiteral("one")});
        b.addFeature(2, GeometryType::Point, {QPolygonF({c})}, {QStringLiteral("two")});
        const auto old = b.build();
        RowEvent upd;
        upd.kind = RowEvent::Kind::Update;
        upd.table = QStringLiteral("t");
        upd.fid = 1;
        upd.after = {{QStringLiteral("name"), QStringLiteral("first")}, {QStringLiteral("geom"), QStringLiteral("POINT (121.49 31.23)")}};
        RowEvent upd2 = upd;
        upd2.after[QStringLiteral("name")] = QStringLiteral("last");
        RowEvent del;
        del.kind = RowEvent::Kind::Delete;
        del.fid = 2;
        int dropped = -1;
        const auto now = StoreLayerSync::patched(*old, {upd, del, upd2}, &dropped);
        QCOMPARE(dropped, 0);
        QCOMPARE(now->count(), 1);
        QCOMPARE(now->fid(0), 1);
        QCOMPARE(now->attribute(0, QStringLiteral("name")).toString(), QStringLiteral("last"));
        int n = 0;
        const QPointF p = *now->part(0, 0, &n);
        QVERIFY(std::abs(p.x() - kX) < 0.01 && std::abs(p.y() - kY) < 0.01);
        RowEvent bad = upd;
        bad.after[QStringLiteral("geom")] = QStringLiteral("POINT (nonsense");
        const auto withBad = StoreLayerSync::patched(*old, {bad}, &dropped);
        QCOMPARE(dropped, 1);
        QCOMPARE(withBad->count(), 1); // the undrawable row is left out, and counted
    }
};

QTEST_MAIN(TstStoreLayers)
#include "tst_storelayers.moc"
