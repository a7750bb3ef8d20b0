#include "maps/maprenderjob.h"
#include "maps/tilecache.h"
#include "maps/tiledownloader.h"
#include "maps/tilelayer.h"
#include "maps/xyztilesource.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {

QByteArray png(QColor c)
{
    QImage img(256, 256, QImage::Format_ARGB32);
    img.fill(c);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// A port nothing listens on: bind one, note it, close it.
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

// A tiny HTTP server on localhost: answers GET /z/x/y.png with a PNG whose colour it was told, 404
// otherwise. Counts requests.
class TileServer : public QObject
{
public:
    QHash<QString, QColor> tiles; // "z/x/y"
    int requests = 0;
    QTcpServer server;

    TileServer()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *sock = server.nextPendingConnection()) {
                connect(sock, &QTcpSocket::readyRead, sock, [this, sock] {
                    const QByteArray req = sock->readAll();
                    if (!req.contains("\r\n\r\n"))
                        return;
                    ++requests;
                    const QList<QByteArray> line = req.left(req.indexOf("\r\n")).split(' ');
                    QString path = line.size() > 1 ? QString::fromLatin1(line[1]).mid(1) : QString();
                    path.chop(4); // ".png"
                    QByteArray body, status = "404 Not Found";
                    if (tiles.contains(path)) {
                        body = png(tiles.value(path));
                        status = "200 OK";
                    }
                    sock->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    sock->disconnectFromHost();
                });
                connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
            }
        });
    }
    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.serverPort()); }
};

MapSettings viewOf(const TileId &t, MapLayer *layer)
{
    MapSettings s;
    s.setOutputSize({256, 256});
    s.setExtent(t.extent());
    s.setLayers({layer});
    return s;
}

QColor centreColour(const MapSettings &s)
{
    return MapRenderJob::renderBlocking(s).composed(Qt::white).pixelColor(128, 128);
}

} // namespace

class TstXyzTileSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expand_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("xyz") << QStringLiteral("http://tiles.local/{z}/{x}/{y}.png") << QStringLiteral("http://tiles.local/5/3/9.png");
        QTest::newRow("tms") << QStringLiteral("http://tiles.local/{z}/{x}/{-y}.png") << QStringLiteral("http://tiles.local/5/3/22.png");
        QTest::newRow("query") << QStringLiteral("http://h:8080/t?l=base&x={x}&y={y}&z={z}") << QStringLiteral("http://h:8080/t?l=base&x=3&y=9&z=5");
        QTest::newRow("subdomain") << QStringLiteral("http://{s}.h/{z}/{x}/{y}.jpg") << QStringLiteral("http://a.h/5/3/9.jpg");
    }
    void expand()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, expected);
        XyzTileSource s(tmpl, QStringLiteral("/tmp/cache"));
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QCOMPARE(s.tileUrl({5, 3, 9}), QUrl(expected));
        QVERIFY(s.isRemote());
    }
    void badTemplates_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("cacheDir");
        QTest::newRow("no y") << QStringLiteral("http://h/{z}/{x}.png") << QStringLiteral("/tmp/c");
        QTest::newRow("no cache") << QStringLiteral("http://h/{z}/{x}/{y}.png") << QString();
    }
    void badTemplates()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, cacheDir);
        XyzTileSource s(tmpl, cacheDir);
        QVERIFY(!s.isValid());
        QVERIFY(s.errorString().contains(tmpl));
    }

    void storeAndRead()
    {
        QTemporaryDir dir;
        XyzTileSource s(QStringLiteral("http://h/{z}/{x}/{y}.png"), dir.path());
        auto reader = s.createReader();
        QCOMPARE(int(reader->read({3, 1, 2}).status), int(TileData::Status::NotLocal));
        QVERIFY(s.storeTile({3, 1, 2}, png(Qt::red)));
        QCOMPARE(s.tilePath({3, 1, 2}), dir.path() + QStringLiteral("/3/1/2.png"));
        const TileData d = reader->read({3, 1, 2});
        QCOMPARE(int(d.status), int(TileData::Status::Ok));
        QCOMPARE(d.image.pixelColor(1, 1), QColor(Qt::red));
        // A corrupt cache file is an error, named.
        QVERIFY(s.storeTile({3, 1, 3}, QByteArray("<html>proxy error</html>")));
        const TileData bad = reader->read({3, 1, 3});
        QCOMPARE(int(bad.status), int(TileData::Status::Error));
        QVERIFY(bad.error.contains(QStringLiteral("3.png")));
    }
    void localFileTemplate()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.path() + QStringLiteral("/4/2"));
        QFile f(dir.path() + QStringLiteral("/4/2/5.png"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png(Qt::green));
        f.close();
        XyzTileSource s(QUrl::fromLocalFile(dir.path()).toString() + QStringLiteral("/{z}/{x}/{y}.png"), QString());
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QVERIFY(!s.isRemote());
        auto reader = s.createReader();
        QCOMPARE(reader->read({4, 2, 5}).image.pixelColor(0, 0), QColor(Qt::green));
        QCOMPARE(int(reader->read({4, 2, 6}).status), int(TileData::Status::Absent));
    }

    void offlineCacheHit_data()
    {
        QTest::addColumn<bool>("online");
        QTest::newRow("network disabled") << false;
        QTest::newRow("server unreachable (closed port)") << true;
    }
    void offlineCacheHit()
    {
        QFETCH(bool, online);
        QTemporaryDir dir;
        const QString tmpl = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closedPort());
        auto src = std::make_shared<XyzTileSource>(tmpl, dir.path());
        // Pre-populate the disk cache, as an earlier session with network would have.
        const TileId cached{12, 3430, 1673};
        QVERIFY(src->storeTile(cached, png(QColor(10, 120, 200))));
        TileLayer layer(QStringLiteral("xyz"), QStringLiteral("xyz"), src);
        layer.setOnline(online);
        QSignalSpy failed(&layer, &TileLayer::tileFailed);

        QCOMPARE(centreColour(viewOf(cached, &layer)), QColor(10, 120, 200));
        QCoreApplication::processEvents();
        QCOMPARE(failed.count(), 0); // nothing was missing
        QCOMPARE(layer.downloader()->pendingCount(), 0);

        // A tile that is not on disk: the render does not wait for it (placeholder or nothing) ...
        const TileId missing{12, 3431, 1673};
        const QColor shown = centreColour(viewOf(missing, &layer));
        QCOMPARE(shown, QColor(Qt::white)); // no ancestor cached either: transparent
        // ... the request is posted, and fails asynchronously with a message naming the tile.
        QCOMPARE(failed.count(), 0);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).value<TileId>(), missing);
        QVERIFY(failed.first().at(1).toString().contains(missing.toString()));
        // Nothing was written to the cache for it.
        QVERIFY(!src->hasLocalTile(missing));
        // The cached tile still serves.
        QCOMPARE(centreColour(viewOf(cached, &layer)), QColor(10, 120, 200));
    }
    void downloaderNeverBlocks()
    {
        QTemporaryDir dir;
        auto src = std::make_shared<XyzTileSource>(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closedPort()), dir.path());
        TileDownloader d(src);
        QSignalSpy failed(&d, &TileDownloader::tileFailed);
        d.request({{3, 1, 1}, {3, 1, 2}});
        QCOMPARE(failed.count(), 0); // request() returned before any result
        QVERIFY(d.isPending({3, 1, 1}));
        while (failed.count() < 2)
            QVERIFY(failed.wait(20000));
        QCOMPARE(d.pendingCount(), 0);
        // A failed tile is not asked again at once (the view re-renders often).
        d.request({{3, 1, 1}});
        QCOMPARE(d.pendingCount(), 0);
    }

    void downloadsFillCacheAndRepaint()
    {
        TileServer server;
        QVERIFY(server.server.isListening());
        const TileId id{9, 428, 209}, parent = id.parent();
        server.tiles.insert(id.toString(), QColor(240, 100, 20));
        QTemporaryDir dir;
        auto src = std::make_shared<XyzTileSource>(server.urlTemplate(), dir.path());
        QVERIFY(src->storeTile(parent, png(QColor(90, 90, 90)))); // an older, coarser tile
        TileLayer layer(QStringLiteral("xyz"), QStringLiteral("xyz"), src);
        QSignalSpy repaint(&layer, &MapLayer::repaintNeeded);
        const MapSettings view = viewOf(id, &layer);
        // First frame: the parent, scaled up, while the tile loads.
        QCOMPARE(centreColour(view), QColor(90, 90, 90));
        QVERIFY(repaint.wait(20000));
        QCOMPARE(server.requests, 1);
        QVERIFY(src->hasLocalTile(id));
        // Next frame: the tile itself; and it is now on disk, for offline use.
        QCOMPARE(centreColour(view), QColor(240, 100, 20));
        layer.setOnline(false);
        layer.reload(); // drop the memory cache: the disk must serve it
        QCOMPARE(centreColour(view), QColor(240, 100, 20));
        QCOMPARE(server.requests, 1);
    }
    void serverErrorIsReported()
    {
        TileServer server; // knows no tiles: 404
        QTemporaryDir dir;
        auto src = std::make_shared<XyzTileSource>(server.urlTemplate(), dir.path());
        TileLayer layer(QStringLiteral("xyz"), QStringLiteral("xyz"), src);
        QSignalSpy failed(&layer, &TileLayer::tileFailed);
        MapRenderJob::renderBlocking(viewOf({6, 10, 20}, &layer));
        QVERIFY(failed.wait(20000));
        QVERIFY(!src->hasLocalTile({6, 10, 20}));
    }
};

QTEST_MAIN(TstXyzTileSource)
#include "tst_xyztilesource.moc"
