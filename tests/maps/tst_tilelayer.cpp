#include "maps/maprenderjob.h"
#include "maps/tilecache.h"
#include "maps/tilelayer.h"
#include "maps/tilelayerrenderer.h"
#include "maps/tilesource.h"
#include "maps/webmercator.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QMutex>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace fc;

namespace {

QImage solid(QColor c)
{
    QImage img(256, 256, QImage::Format_ARGB32_Premultiplied);
    img.fill(c);
    return img;
}

// Four quadrants of different colours: a placeholder must show the right quarter.
QImage quadrants(const QColor (&c)[4])
{
    QImage img(256, 256, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    p.fillRect(0, 0, 128, 128, c[0]);
    p.fillRect(128, 0, 128, 128, c[1]);
    p.fillRect(0, 128, 128, 128, c[2]);
    p.fillRect(128, 128, 128, 128, c[3]);
    return img;
}

QColor colourOf(const TileId &t)
{
    return QColor::fromRgb((t.x * 37 + t.z * 11) % 256, (t.y * 53 + 40) % 256, (t.x * 13 + t.y * 7 + 90) % 256);
}

// A tile source made in memory: fixed tiles, or any tile generated from its id; counts reads and can
// run a hook on each read (e.g. to cancel the render).
class MemorySource : public TileSource
{
public:
    QHash<TileId, QImage> tiles;
    bool generate = false;
    int minZ = 0, maxZ = 19;
    mutable std::atomic_int reads{0};
    std::function<void(int)> onRead;

    QString name() const override { return QStringLiteral("memory"); }
    QString key() const override { return QStringLiteral("memory"); }
    int minZoom() const override { return minZ; }
    int maxZoom() const override { return maxZ; }
    std::unique_ptr<TileReader> createReader() const override
    {
        struct Reader : TileReader
        {
            const MemorySource *s;
            TileData read(const TileId &id) override
            {
                const int n = ++s->reads;
                if (s->onRead)
                    s->onRead(n);
                if (s->generate)
                    return TileData::ok(solid(colourOf(id)));
                const auto it = s->tiles.constFind(id);
                return it == s->tiles.constEnd() ? TileData::absent() : TileData::ok(*it);
            }
        };
        auto r = std::make_unique<Reader>();
        r->s = this;
        return r;
    }
};

// A view exactly covering one tile at its zoom, 256 x 256 px.
MapSettings viewOfTile(const TileId &t, QSize size = {256, 256})
{
    MapSettings s;
    s.setOutputSize(size);
    s.setExtent(t.extent());
    return s;
}

bool near(QColor a, QColor b, int tol = 6)
{
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol
           && std::abs(a.blue() - b.blue()) <= tol && std::abs(a.alpha() - b.alpha()) <= tol;
}

QString describe(QColor a, QColor b)
{
    return QStringLiteral("got %1 expected %2").arg(a.name(QColor::HexArgb), b.name(QColor::HexArgb));
}

} // namespace

class TstTileLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tileZoom_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<int>("minZ");
        QTest::addColumn<int>("maxZ");
        QTest::addColumn<int>("expected");
        QTest::newRow("exact") << 12.0 << 1.0 << 0 << 19 << 12;
        QTest::newRow("rounds down") << 12.4 << 1.0 << 0 << 19 << 12;
        QTest::newRow("rounds up") << 12.6 << 1.0 << 0 << 19 << 13;
        QTest::newRow("hidpi uses device pixels") << 12.0 << 2.0 << 0 << 19 << 13;
        QTest::newRow("clamped to max (scaled up)") << 18.0 << 1.0 << 0 << 14 << 14;
        QTest::newRow("clamped to min") << 3.0 << 1.0 << 5 << 14 << 5;
    }
    void tileZoom()
    {
        QFETCH(double, zoom);
        QFETCH(double, dpr);
        QFETCH(int, minZ);
        QFETCH(int, maxZ);
        QFETCH(int, expected);
        MemorySource src;
        src.minZ = minZ;
        src.maxZ = maxZ;
        MapSettings s;
        s.setResolution(WebMercator::resolutionForZoom(zoom));
        s.setDevicePixelRatio(dpr);
        QCOMPARE(TileLayerRenderer::tileZoomFor(s, src), expected);
    }

    void cacheKeepsWithinBytes()
    {
        const QImage img = solid(Qt::red); // 256 KiB
        TileCache cache(4 * img.sizeInBytes());
        for (int x = 0; x < 10; ++x)
            cache.insert({5, x, 0}, img);
        QCOMPARE(cache.count(), 4);
        QVERIFY(cache.bytes() <= cache.maxBytes());
        // Least recently used go first: the last four stay.
        QVERIFY(cache.image({5, 9, 0}).pixelColor(0, 0) == QColor(Qt::red));
        QVERIFY(cache.image({5, 0, 0}).isNull());
        cache.markAbsent({5, 9, 0});
        QVERIFY(cache.isAbsent({5, 9, 0}));
        QVERIFY(!cache.contains({5, 9, 0}));
        cache.insert({5, 9, 0}, img); // a tile that appears is no longer absent
        QVERIFY(!cache.isAbsent({5, 9, 0}));
    }
    // Several threads write and read the same keys at once. Every value is distinct per thread, key
    // and round (the whole image is one 32-bit word: key index, writer, round), so a read that returns
    // another key's tile, a mix of two writes, a half-written image or a value not yet written is
    // caught. Run under ThreadSanitizer in CI (`ctest -L tsan` in a FC_SANITIZE=thread build).
    void cacheIsThreadSafe()
    {
        constexpr int threads = 4, keys = 24, rounds = 150;
        constexpr int side = 16; // small tiles: the cache below holds about half the keys, so it evicts
        auto keyOf = [](int k) { return TileId{8, 200 + k % 6, 100 + k / 6}; };
        auto word = [](int k, int t, int r) { return quint32(k) << 24 | quint32(t) << 16 | quint32(r); };
        TileCache cache(qint64(keys / 2) * side * side * 4);
        std::atomic_int started[threads]; // the round each writer has begun writing
        for (auto &a : started)
            a.store(-1);
        std::atomic_int wrong{0}, hits{0};
        QStringList problems;
        QMutex problemsMutex;
        auto report = [&](const QString &what) {
            ++wrong;
            QMutexLocker lock(&problemsMutex);
            if (problems.size() < 10)
                problems << what;
        };
        // The tile read for key k must be uniform and a value some writer had begun writing for k.
        auto check = [&](int k, const QImage &got) {
            if (got.isNull())
                return; // evicted, removed or marked absent: allowed
            ++hits;
            if (got.size() != QSize(side, side) || got.format() != QImage::Format_ARGB32)
                return report(QStringLiteral("key %1: wrong image size/format").arg(k));
            const auto *px = reinterpret_cast<const quint32 *>(got.constBits());
            const quint32 w = px[0];
            for (int i = 1; i < side * side; ++i)
                if (px[i] != w)
                    return report(QStringLiteral("key %1: mixed pixels %2 / %3").arg(k).arg(w, 0, 16).arg(px[i], 0, 16));
            const int wk = int(w >> 24), wt = int((w >> 16) & 0xff), wr = int(w & 0xffff);
            if (wk != k || wt >= threads || wr >= rounds || wr > started[wt].load(std::memory_order_acquire))
                report(QStringLiteral("key %1: read %2, never written for this key").arg(k).arg(w, 0, 16));
        };
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int r = 0; r < rounds; ++r) {
                    started[t].store(r, std::memory_order_release);
                    for (int j = 0; j < keys; ++j) {
                        const int k = (j + t * 5) % keys; // threads start on different keys, then collide
                        // A new image each time: a tile handed to the cache is never written again.
                        QImage img(side, side, QImage::Format_ARGB32);
                        auto *px = reinterpret_cast<quint32 *>(img.bits());
                        std::fill(px, px + side * side, word(k, t, r));
                        cache.insert(keyOf(k), img);
                        check(k, cache.image(keyOf(k)));
                        const int other = (k * 7 + r) % keys;
                        check(other, cache.image(keyOf(other)));
                        if ((r + j) % 17 == 0)
                            cache.markAbsent(keyOf(other));
                        if ((r + j) % 29 == 0)
                            cache.remove(keyOf((k + 1) % keys));
                        if (cache.bytes() > cache.maxBytes())
                            report(QStringLiteral("over budget"));
                    }
                }
            });
        }
        for (auto &th : pool)
            th.join();
        QVERIFY2(wrong.load() == 0, qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(hits.load() > threads * rounds, "the readers saw almost nothing: the test proves little");
        QVERIFY(cache.count() <= keys / 2);
        // After the writers stop, every key holds the last value one of them wrote for it, or nothing.
        for (int k = 0; k < keys; ++k)
            check(k, cache.image(keyOf(k)));
        QCOMPARE(wrong.load(), 0);
    }

    void rendersThroughRenderJob()
    {
        auto src = std::make_shared<MemorySource>();
        src->generate = true;
        TileLayer layer(QStringLiteral("t"), QStringLiteral("tiles"), src);
        const TileId t{10, 857, 418}; // Shanghai
        MapSettings s = viewOfTile(t, {512, 512}); // 512 px over one z10 tile: z11 tiles are drawn
        s.setLayers({&layer});
        const RenderResult r = MapRenderJob::renderBlocking(s);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.layers.size(), 1);
        const QImage img = r.layers.first().image;
        QCOMPARE(img.size(), QSize(512, 512));
        // Each quarter shows its own z11 tile.
        const QColor tl = colourOf({11, 2 * t.x, 2 * t.y}), br = colourOf({11, 2 * t.x + 1, 2 * t.y + 1});
        QVERIFY2(near(img.pixelColor(100, 100), tl), qPrintable(describe(img.pixelColor(100, 100), tl)));
        QVERIFY2(near(img.pixelColor(400, 400), br), qPrintable(describe(img.pixelColor(400, 400), br)));
        QCOMPARE(src->reads.load(), 4);
        // The second render comes from the memory cache.
        MapRenderJob::renderBlocking(s);
        QCOMPARE(src->reads.load(), 4);
    }

    void missingTileShowsAncestor_data()
    {
        QTest::addColumn<int>("levelsUp");
        QTest::newRow("parent") << 1;
        QTest::newRow("grandparent") << 2;
        QTest::newRow("great-grandparent") << 3;
    }
    void missingTileShowsAncestor()
    {
        QFETCH(int, levelsUp);
        const QColor q[4] = {QColor(200, 30, 30), QColor(30, 200, 30), QColor(30, 30, 200), QColor(220, 200, 20)};
        auto src = std::make_shared<MemorySource>();
        const TileId target{8, 214, 104};
        TileId ancestor = target;
        for (int k = 0; k < levelsUp; ++k)
            ancestor = ancestor.parent();
        src->tiles.insert(ancestor, quadrants(q));
        TileLayer layer(QStringLiteral("t"), QStringLiteral("tiles"), src);
        MapSettings s = viewOfTile(target);
        s.setLayers({&layer});
        const QImage img = MapRenderJob::renderBlocking(s).layers.value(0).image;
        QVERIFY(!img.isNull());
        // Which quadrant of the ancestor the target lies in (in units of the ancestor's half).
        const int n = 1 << levelsUp;
        const int qx = (target.x - ancestor.x * n) * 2 / n, qy = (target.y - ancestor.y * n) * 2 / n;
        const QColor expected = q[qy * 2 + qx];
        for (QPoint p : {QPoint(5, 5), QPoint(128, 128), QPoint(250, 250)})
            QVERIFY2(near(img.pixelColor(p), expected), qPrintable(describe(img.pixelColor(p), expected)));
        // Not a blank: every pixel is opaque.
        QCOMPARE(img.pixelColor(0, 255).alpha(), 255);
    }
    void noAncestorLeavesTransparent()
    {
        auto src = std::make_shared<MemorySource>(); // empty
        TileLayer layer(QStringLiteral("t"), QStringLiteral("tiles"), src);
        MapSettings s = viewOfTile({8, 214, 104});
        s.setLayers({&layer});
        const QImage img = MapRenderJob::renderBlocking(s).layers.value(0).image;
        QCOMPARE(img.pixelColor(128, 128).alpha(), 0);
    }

    void cancellationStopsBetweenTiles()
    {
        auto src = std::make_shared<MemorySource>();
        src->generate = true;
        std::atomic_bool cancel{false};
        src->onRead = [&](int n) {
            if (n == 3)
                cancel.store(true);
        };
        auto cache = std::make_shared<TileCache>();
        MapSettings s;
        s.setOutputSize({1024, 1024});
        s.setExtent(TileId{6, 53, 26}.extent()); // 1024 px over a z6 tile: 16 z8 tiles
        TileLayerRenderer::Options o;
        o.zoom = TileLayerRenderer::tileZoomFor(s, *src);
        QCOMPARE(o.zoom, 8);
        TileLayerRenderer renderer(src, cache, nullptr, o);
        QImage image(s.deviceSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        RenderContext ctx;
        ctx.image = &image;
        ctx.settings = s;
        ctx.mapToPixel = MapToPixel(s);
        ctx.cancelled = &cancel;
        renderer.render(ctx);
        // The third read set the flag: no further tile, no placeholder lookups.
        QCOMPARE(src->reads.load(), 3);
        QCOMPARE(cache->count(), 3);
        // Without cancelling, all 16 are drawn.
        cancel.store(false);
        src->onRead = nullptr;
        TileLayerRenderer again(src, cache, nullptr, o);
        again.render(ctx);
        QCOMPARE(cache->count(), 16);
    }

    void gcj02ShiftsDrawing()
    {
        // Tiles published in GCJ-02 are drawn moved back by the local offset (some 500 m in Shanghai).
        auto plain = std::make_shared<MemorySource>();
        plain->generate = true;
        auto shifted = std::make_shared<MemorySource>();
        shifted->generate = true;
        shifted->setGcj02(true);
        TileLayer a(QStringLiteral("a"), QStringLiteral("a"), plain), b(QStringLiteral("b"), QStringLiteral("b"), shifted);
        MapSettings s;
        s.setOutputSize({512, 512});
        s.setCenter(WebMercator::fromLonLat(121.47, 31.23));
        s.setResolution(WebMercator::resolutionForZoom(14));
        const QPointF offset = shifted->gcj02Offset(s.center());
        QVERIFY(std::hypot(offset.x(), offset.y()) > 300); // Mercator metres
        s.setLayers({&a});
        const QImage ia = MapRenderJob::renderBlocking(s).layers.value(0).image;
        s.setLayers({&b});
        const QImage ib = MapRenderJob::renderBlocking(s).layers.value(0).image;
        // What plain tiles show at pixel p, shifted ones show at p - offset (y down in pixels).
        const double dx = offset.x() / s.resolution(), dy = -offset.y() / s.resolution();
        QVERIFY(std::abs(dx) > 10);
        int compared = 0, same = 0;
        for (int y = 40; y < 470; y += 37)
            for (int x = 40; x < 470; x += 41) {
                const int sx = int(std::lround(x + dx)), sy = int(std::lround(y + dy));
                if (sx < 0 || sy < 0 || sx >= 512 || sy >= 512)
                    continue;
                ++compared;
                same += near(ib.pixelColor(x, y), ia.pixelColor(sx, sy)) ? 1 : 0;
            }
        QVERIFY(compared > 20);
        QVERIFY2(same >= compared - 3, qPrintable(QStringLiteral("%1 of %2 match").arg(same).arg(compared))); // tile edges
        QVERIFY(ia != ib);
    }
};

QTEST_MAIN(TstTileLayer)
#include "tst_tilelayer.moc"
