#include "maps/maprenderjob.h"
#include "maps/mbtilessource.h"
#include "maps/tilelayer.h"
#include "maps/webmercator.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace fc;

namespace {

QColor colourOf(const TileId &t)
{
    return QColor::fromRgb(40 + t.z * 50, 20 + t.x * 60, 20 + t.y * 60);
}

QByteArray png(const QImage &img, const char *format = "PNG")
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format);
    return bytes;
}

// Four quadrants: a child placeholder must show the right quarter of its parent.
const QColor Quadrant[4] = {QColor(200, 30, 30), QColor(30, 200, 30), QColor(30, 30, 200), QColor(220, 200, 20)};

QImage tileImage(const TileId &t)
{
    QImage img(256, 256, QImage::Format_ARGB32);
    img.fill(colourOf(t));
    if (t.z == 1 && t.x == 1 && t.y == 0) {
        QPainter p(&img);
        p.fillRect(0, 0, 128, 128, Quadrant[0]);
        p.fillRect(128, 0, 128, 128, Quadrant[1]);
        p.fillRect(0, 128, 128, 128, Quadrant[2]);
        p.fillRect(128, 128, 128, 128, Quadrant[3]);
    }
    return img;
}

// z0: 1 tile; z1: all 4; z2: all but (2, 2, 1) (under the quadrant tile (1, 1, 0)); rows in TMS.
QString makeMbTiles(const QString &dir, bool withMetadataZooms = true, const QString &format = QStringLiteral("png"))
{
    const QString path = dir + QStringLiteral("/fixture.mbtiles");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"));
        q.exec(QStringLiteral("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"));
        QList<QPair<QString, QString>> meta{{QStringLiteral("name"), QStringLiteral("测试底图")},
                                            {QStringLiteral("format"), format},
                                            {QStringLiteral("bounds"), QStringLiteral("-180,-85,180,85")},
                                            {QStringLiteral("attribution"), QStringLiteral("fixture")}};
        if (withMetadataZooms)
            meta << qMakePair(QStringLiteral("minzoom"), QStringLiteral("0")) << qMakePair(QStringLiteral("maxzoom"), QStringLiteral("2"));
        q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
        for (const auto &m : meta) {
            q.addBindValue(m.first);
            q.addBindValue(m.second);
            q.exec();
        }
        q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
        db.transaction();
        for (int z = 0; z <= 2; ++z)
            for (int x = 0; x < (1 << z); ++x)
                for (int y = 0; y < (1 << z); ++y) {
                    const TileId t{z, x, y};
                    if (t == TileId{2, 2, 1})
                        continue;
                    q.addBindValue(z);
                    q.addBindValue(x);
                    q.addBindValue(t.tmsRow());
                    q.addBindValue(png(tileImage(t)));
                    if (!q.exec())
                        qWarning() << q.lastError().text();
                }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    return path;
}

bool near(QColor a, QColor b, int tol = 4)
{
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol
           && std::abs(a.blue() - b.blue()) <= tol;
}

} // namespace

class TstMbTilesSource : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = makeMbTiles(m_dir.path());
        QVERIFY(!m_path.isEmpty());
    }

    void metadata()
    {
        MbTilesSource s(m_path);
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QCOMPARE(s.name(), QStringLiteral("测试底图"));
        QCOMPARE(s.format(), QStringLiteral("png"));
        QCOMPARE(s.metadata(QStringLiteral("attribution")), QStringLiteral("fixture"));
        QCOMPARE(s.minZoom(), 0);
        QCOMPARE(s.maxZoom(), 2);
        QCOMPARE(s.boundsLonLat(), Extent(-180, -85, 180, 85));
        QVERIFY(qFuzzyCompare(s.extent().xMax(), WebMercator::HalfWorld));
        QVERIFY(s.extent().yMax() < WebMercator::HalfWorld);
    }
    void zoomsFromTilesWhenMetadataLacksThem()
    {
        QTemporaryDir dir;
        MbTilesSource s(makeMbTiles(dir.path(), false));
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QCOMPARE(s.minZoom(), 0);
        QCOMPARE(s.maxZoom(), 2);
    }

    void readsRightTile_data()
    {
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        for (int z = 0; z <= 2; ++z)
            for (int x = 0; x < (1 << z); ++x)
                for (int y = 0; y < (1 << z); ++y)
                    if (!(z == 1 && x == 1 && y == 0) && !(z == 2 && x == 2 && y == 1))
                        QTest::addRow("%d/%d/%d", z, x, y) << z << x << y;
    }
    void readsRightTile()
    {
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        MbTilesSource s(m_path);
        auto reader = s.createReader();
        const TileData d = reader->read({z, x, y});
        QCOMPARE(int(d.status), int(TileData::Status::Ok));
        QCOMPARE(d.image.size(), QSize(256, 256));
        // XYZ y counts from the north, MBTiles rows from the south: colour encodes the XYZ id.
        QCOMPARE(d.image.pixelColor(10, 10), colourOf({z, x, y}));
    }
    void tmsRowFlip()
    {
        // At z2 the north-west tile (0,0) is stored as row 3: without the flip it would read (0,3).
        MbTilesSource s(m_path);
        auto reader = s.createReader();
        QCOMPARE(reader->read({2, 0, 0}).image.pixelColor(0, 0), colourOf({2, 0, 0}));
        QVERIFY(colourOf({2, 0, 0}) != colourOf({2, 0, 3}));
        QCOMPARE(reader->read({2, 0, 3}).image.pixelColor(0, 0), colourOf({2, 0, 3}));
    }
    void missingTiles_data()
    {
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("hole in the file") << 2 << 2 << 1;
        QTest::newRow("beyond maxzoom") << 3 << 0 << 0;
        QTest::newRow("invalid id") << 1 << 2 << 0;
    }
    void missingTiles()
    {
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        MbTilesSource s(m_path);
        const TileData d = s.createReader()->read({z, x, y});
        QCOMPARE(int(d.status), int(TileData::Status::Absent));
        QVERIFY(d.image.isNull());
    }
    void readsOnWorkerThreads()
    {
        // Each thread opens its own connection; the source is shared.
        auto s = std::make_shared<const MbTilesSource>(m_path);
        QList<QFuture<bool>> futures;
        for (int k = 0; k < 4; ++k)
            futures << QtConcurrent::run([s, k] {
                auto reader = s->createReader();
                bool ok = true;
                for (int i = 0; i < 20; ++i) {
                    const TileId t{2, (i + k) % 4, (i / 4 + k) % 4};
                    if (t == TileId{2, 2, 1})
                        continue;
                    ok = ok && reader->read(t).image.pixelColor(5, 5) == colourOf(t);
                }
                return ok;
            });
        for (auto &f : futures)
            QVERIFY(f.result());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("does not exist") << QStringLiteral("missing");
        QTest::newRow("not sqlite") << QStringLiteral("text");
        QTest::newRow("no metadata table") << QStringLiteral("empty");
        QTest::newRow("vector tiles") << QStringLiteral("pbf");
    }
    void badFiles()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/bad.mbtiles");
        if (kind == QStringLiteral("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("this is not a database, it is a text file that is long enough to not be one\n").repeated(20));
        } else if (kind == QStringLiteral("empty")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other (a)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("empty"));
        } else if (kind == QStringLiteral("pbf")) {
            path = makeMbTiles(dir.path(), true, QStringLiteral("pbf"));
        }
        MbTilesSource s(path);
        QVERIFY(!s.isValid());
        QVERIFY2(s.errorString().contains(QFileInfo(path).fileName()), qPrintable(s.errorString())); // names the file
        // An invalid source draws nothing and does not crash.
        TileLayer layer(QStringLiteral("bad"), QStringLiteral("bad"), std::make_shared<MbTilesSource>(path));
        QVERIFY(!layer.isVisibleAtZoom(1));
    }

    void rendersWithParentPlaceholder()
    {
        // A view over z1 tile (1,0) at z2: three of its children are in the file, (2,2,1) is not and
        // must show the parent's lower-left quadrant, scaled up.
        TileLayer layer(QStringLiteral("mb"), QStringLiteral("mb"), std::make_shared<MbTilesSource>(m_path));
        MapSettings s;
        s.setOutputSize({512, 512});
        s.setExtent(TileId{1, 1, 0}.extent());
        s.setLayers({&layer});
        const RenderResult r = MapRenderJob::renderBlocking(s);
        QVERIFY(!r.cancelled);
        const QImage img = r.composed(Qt::white);
        QVERIFY(near(img.pixelColor(128, 128), colourOf({2, 2, 0})));
        QVERIFY(near(img.pixelColor(384, 128), colourOf({2, 3, 0})));
        QVERIFY(near(img.pixelColor(384, 384), colourOf({2, 3, 1})));
        const QColor placeholder = img.pixelColor(128, 384);
        QVERIFY2(near(placeholder, Quadrant[2]), qPrintable(placeholder.name()));
        QVERIFY(near(img.pixelColor(10, 500), Quadrant[2]));
    }
    void rendersBeyondMaxZoomScaledUp()
    {
        // The file stops at z2; a z5 view still shows the z2 tile, scaled up.
        TileLayer layer(QStringLiteral("mb"), QStringLiteral("mb"), std::make_shared<MbTilesSource>(m_path));
        MapSettings s;
        s.setOutputSize({256, 256});
        const TileId deep{5, 4, 20}; // inside z2 tile (0, 2)
        s.setExtent(deep.extent());
        s.setLayers({&layer});
        const QImage img = MapRenderJob::renderBlocking(s).composed(Qt::white);
        QVERIFY(near(img.pixelColor(128, 128), colourOf({2, 0, 2})));
    }
};

QTEST_MAIN(TstMbTilesSource)
#include "tst_mbtilessource.moc"
