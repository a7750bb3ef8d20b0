#include "maps/maprenderjob.h"
#include "maps/vectorlayer.h"

#include "maps/layerrenderer.h"
#include "maps/rendercache.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>
#include <QThreadPool>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {

// A small synthetic scene in map units: a filled square, a diagonal line, three points.
std::vector<std::unique_ptr<VectorLayer>> fixtureLayers()
{
    std::vector<std::unique_ptr<VectorLayer>> out;
    FeatureStoreBuilder poly({QStringLiteral("kind")});
    poly.addFeature(1, GeometryType::Polygon, {QPolygonF{QPointF(20, 20), QPointF(140, 20), QPointF(140, 140), QPointF(20, 140)},
                                              QPolygonF{QPointF(60, 60), QPointF(100, 60), QPointF(100, 100), QPointF(60, 100)}},
                    {QStringLiteral("a")});
    Symbol ps;
    ps.fill = QColor(40, 120, 200);
    ps.stroke = QColor(10, 40, 80);
    ps.strokeWidth = 2;
    out.push_back(std::make_unique<VectorLayer>(QStringLiteral("poly"), QStringLiteral("poly"), poly.build()));
    out.back()->setStyle(VectorStyle(ps));

    FeatureStoreBuilder line({QStringLiteral("cls")});
    line.addFeature(1, GeometryType::Line, {QPolygonF{QPointF(0, 256), QPointF(256, 0)}}, {1});
    line.addFeature(2, GeometryType::Line, {QPolygonF{QPointF(0, 200), QPointF(256, 200)}}, {2});
    Symbol ls;
    ls.stroke = QColor(220, 60, 40);
    ls.strokeWidth = 4;
    VectorStyle lst(ls);
    Symbol ls2 = ls;
    ls2.stroke = QColor(20, 160, 60);
    lst.setCategorized(QStringLiteral("cls"), {{2, ls2, QStringLiteral("two")}});
    out.push_back(std::make_unique<VectorLayer>(QStringLiteral("line"), QStringLiteral("line"), line.build()));
    out.back()->setStyle(lst);

    FeatureStoreBuilder pts;
    for (int i = 0; i < 3; ++i)
        pts.addFeature(i, GeometryType::Point, {QPolygonF{QPointF(180 + 20 * i, 60)}}, {});
    Symbol ms;
    ms.fill = QColor(250, 200, 0);
    ms.stroke = QColor(0, 0, 0);
    ms.size = 12;
    ms.marker = Symbol::Marker::Square;
    out.push_back(std::make_unique<VectorLayer>(QStringLiteral("pts"), QStringLiteral("pts"), pts.build()));
    out.back()->setStyle(VectorStyle(ms));
    return out;
}

MapSettings fixtureSettings(const std::vector<std::unique_ptr<VectorLayer>> &layers, QSize size = {256, 256})
{
    MapSettings s;
    s.setOutputSize(size);
    s.setExtent(Extent(0, 0, 256, 256));
    QList<MapLayer *> list;
    for (const auto &l : layers)
        list.append(l.get());
    s.setLayers(list);
    return s;
}

// Share of pixels whose channels differ by more than a tolerance.
double differingShare(const QImage &a, const QImage &b, int tolerance = 48)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 bad = 0;
    for (int r = 0; r < x.height(); ++r) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            if (std::abs(qRed(p[c]) - qRed(q[c])) > tolerance || std::abs(qGreen(p[c]) - qGreen(q[c])) > tolerance
                || std::abs(qBlue(p[c]) - qBlue(q[c])) > tolerance)
                ++bad;
    }
    return double(bad) / (x.width() * x.height());
}


// A layer whose renderer blocks until cancelled (or fails at once when failWith is set).
class BlockingLayer : public MapLayer
{
public:
    BlockingLayer() : MapLayer(QStringLiteral("blocking"), QStringLiteral("blocking")) {}
    static inline std::atomic_bool started{false};
    static inline std::atomic_bool sawCancel{false};
    QString failWith;
    Extent extent() const override { return Extent(0, 0, 256, 256); }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &) const override
    {
        struct R : LayerRenderer
        {
            QString fail;
            void render(RenderContext &ctx) override
            {
                if (!fail.isEmpty()) {
                    ctx.reportError(fail);
                    return;
                }
                started = true;
                while (!ctx.isCancelled())
                    QThread::msleep(2);
                sawCancel = true;
            }
        };
        auto r = std::make_unique<R>();
        r->fail = failWith;
        return r;
    }
};

// Clustered points (24,000), labelled polygons and lines over a 640 x 480 frame.
std::vector<std::unique_ptr<VectorLayer>> bandFixture()
{
    std::vector<std::unique_ptr<VectorLayer>> out;
    FeatureStoreBuilder poly({QStringLiteral("name")});
    int fid = 0;
    for (int gx = 0; gx < 8; ++gx)
        for (int gy = 0; gy < 6; ++gy) {
            const double x = gx * 80 + 4, y = gy * 80 + 4;
            poly.addFeature(fid++, GeometryType::Polygon,
                            {QPolygonF{QPointF(x, y), QPointF(x + 72, y + 5), QPointF(x + 70, y + 72), QPointF(x + 3, y + 66)}},
                            {QStringLiteral("区%1").arg(fid)});
        }
    VectorStyle ps(Symbol{});
    Symbol fill;
    fill.fill = QColor(200, 220, 240);
    fill.stroke = QColor(40, 60, 90);
    fill.strokeWidth = 1.5;
    ps.setSymbol(fill);
    ps.labelField = QStringLiteral("name");
    out.push_back(std::make_unique<VectorLayer>(QStringLiteral("poly"), QStringLiteral("poly"), poly.build()));
    out.back()->setStyle(ps);

    FeatureStoreBuilder lines({QStringLiteral("name")});
    for (int i = 0; i < 12; ++i)
        lines.addFeature(i, GeometryType::Line, {QPolygonF{QPointF(0, i * 40 + 7), QPointF(640, i * 40 + 30)}},
                         {QStringLiteral("路%1").arg(i)});
    Symbol ls;
    ls.stroke = QColor(220, 120, 30);
    ls.strokeWidth = 3;
    VectorStyle lst(ls);
    lst.labelField = QStringLiteral("name");
    lst.labelPriority = 1;
    out.push_back(std::make_unique<VectorLayer>(QStringLiteral("lines"), QStringLiteral("lines"), lines.build()));
    out.back()->setStyle(lst);

    FeatureStoreBuilder pts({QStringLiteral("name")});
    QRandomGenerator rng(2026);
    for (int i = 0; i < 24000; ++i) {
        // Clumps and scatter, so clusters of many sizes straddle band edges.
        const double cx = (i % 17) * 37.0 + 10, cy = (i % 13) * 36.0 + 10;
        pts.addFeature(i, GeometryType::Point, {QPolygonF{QPointF(cx + rng.bounded(60.0), cy + rng.bounded(60.0))}},
                       {QStringLiteral("p%1").arg(i)});
    }
    Symbol ms;
    ms.fill = QColor(30, 140, 60);
    ms.size = 6;
    VectorStyle mst(ms);
    mst.cluster = true;
    mst.clusterBelowZoom = 30;
    mst.clusterCellPx = 46;
    mst.labelField = QStringLiteral("name");
    out.push_back(std::make_unique<VectorLayer>(QStringLiteral("pts"), QStringLiteral("pts"), pts.build()));
    out.back()->setStyle(mst);
    return out;
}

MapSettings bandSettings(const std::vector<std::unique_ptr<VectorLayer>> &layers)
{
    MapSettings s;
    s.setOutputSize(QSize(640, 480));
    s.setExtent(Extent(0, 0, 640, 480));
    s.setFontFamily(QStringLiteral("WenQuanYi Micro Hei"));
    QList<MapLayer *> list;
    for (const auto &l : layers)
        list.append(l.get());
    s.setLayers(list);
    return s;
}

QString placementText(const RenderResult &r)
{
    QString out;
    for (const LabelCandidate &c : r.placedLabels)
        out += QStringLiteral("%1 %2 %3\n").arg(c.text).arg(c.anchor.x(), 0, 'f', 6).arg(c.anchor.y(), 0, 'f', 6);
    return out;
}

int inkRows(const QImage &img)
{
    int rows = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (img.pixelColor(x, y) != QColor(Qt::white)) {
                ++rows;
                break;
            }
    return rows;
}

// What the old job did: each band clustered only its own points (each band a view of its own).
QImage clusteredPerBand(const std::vector<std::unique_ptr<VectorLayer>> &layers, const MapSettings &frame, int bands)
{
    QImage out(frame.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter p(&out);
    const int bandHeight = (frame.deviceSize().height() + bands - 1) / bands;
    for (int b = 0; b < bands; ++b) {
        const int top = b * bandHeight, h = std::min(bandHeight, frame.deviceSize().height() - top);
        MapSettings s = frame;
        s.setOutputSize(QSize(frame.outputSize().width(), h));
        s.setCenter(QPointF(frame.center().x(), frame.extent().yMax() - top * frame.resolution() - h * frame.resolution() / 2));
        QList<MapLayer *> list;
        for (const auto &l : layers)
            list.append(l.get());
        s.setLayers(list);
        MapRenderJob job(s);
        job.setBandCount(1);
        job.start();
        job.waitForFinished();
        p.drawImage(0, top, job.result().composed(Qt::white));
    }
    return out;
}

} // namespace

class TstMapRenderJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference()
    {
        auto layers = fixtureLayers();
        const RenderResult r = MapRenderJob::renderBlocking(fixtureSettings(layers));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.layers.size(), 3);
        const QImage img = r.composed(Qt::white);
        const QString ref = QStringLiteral(FC_TEST_DATA "/render_fixture.png");
        if (qEnvironmentVariableIsSet("FC_UPDATE_REFERENCE"))
            QVERIFY(img.save(ref));
        const QImage expected(ref);
        QVERIFY2(!expected.isNull(), "reference image missing");
        const double share = differingShare(img, expected);
        QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1 % of pixels differ").arg(share * 100)));
        // Sanity that the comparison can fail: a blank image differs.
        QImage blank(img.size(), QImage::Format_ARGB32);
        blank.fill(Qt::white);
        QVERIFY(differingShare(blank, expected) > 0.2);
        // Data-driven style: line 2 is green, line 1 red; the square's hole shows the background.
        QCOMPARE(img.pixelColor(128, 56).green() > 120, true);  // y=200 map -> row 56
        QVERIFY(img.pixelColor(10, 10).red() > 200);              // on the red diagonal
        QCOMPARE(img.pixelColor(80, 176), QColor(Qt::white));     // map (80,80): inside the hole
    }
    void bandsMatchSingleImage_data()
    {
        QTest::addColumn<int>("bands");
        QTest::newRow("2 bands") << 2;
        QTest::newRow("5 bands") << 5;
        QTest::newRow("7 bands") << 7;
    }
    void bandsMatchSingleImage()
    {
        // One frame drawn whole, then in a forced number of bands (and region by region into one
        // frame): clustered points, labelled polygons and lines must give the same pixels.
        QFETCH(int, bands);
        auto layers = bandFixture();
        MapSettings st = bandSettings(layers);
        MapRenderJob whole(st);
        whole.setBandCount(1);
        whole.start();
        whole.waitForFinished();
        MapRenderJob banded(st);
        banded.setBandCount(bands);
        banded.start();
        banded.waitForFinished();
        const RenderResult &a = whole.result();
        const RenderResult &b = banded.result();
        QVERIFY(!a.cancelled && !b.cancelled);
        QVERIFY2(a.labelCount >= 5, qPrintable(QString::number(a.labelCount)));
        QCOMPARE(b.labelCount, a.labelCount);
        const QImage ia = a.composed(Qt::white), ib = b.composed(Qt::white);
        // The scene has ink everywhere: a lost band would show.
        QVERIFY(inkRows(ia) > ia.height() * 9 / 10);
        const double share = differingShare(ia, ib, 8);
        QVERIFY2(share < 0.0005, qPrintable(QStringLiteral("%1 % of pixels differ").arg(share * 100)));
        // Per-band clustering (the old behaviour) differs in many pixels: the check can fail.
        QVERIFY(differingShare(ia, clusteredPerBand(layers, st, bands), 8) > 0.01);

        MapRenderJob regions(st);
        regions.setBackground(Qt::white);
        regions.setFrameOnly(true, 480 / bands + 1);
        regions.start();
        regions.waitForFinished();
        QVERIFY(regions.result().layers.value(0).image.isNull()); // no per-layer full images
        const double shareFrame = differingShare(ia, regions.result().frame, 8);
        QVERIFY2(shareFrame < 0.0005, qPrintable(QStringLiteral("%1 % of pixels differ").arg(shareFrame * 100)));
    }
    void frameOnlyBandsGiveTheSameFrame()
    {
        // Frame-only renders draw every layer straight into the frame, one band of rows at a time.
        // The band height must not change the picture: a 20 px line and 40 px markers whose boxes
        // lie in the next band, a layer with opacity 0.5 (drawn through a band image), clusters and
        // labels. And the frame matches the layer-images render composed on the same background.
        auto layers = bandFixture();
        layers[1]->setOpacity(0.5);
        FeatureStoreBuilder thick;
        thick.addFeature(1, GeometryType::Line, {QPolygonF{QPointF(20, 380), QPointF(620, 380)}}, {}); // row 100
        Symbol ts;
        ts.stroke = QColor(120, 20, 160);
        ts.strokeWidth = 20;
        layers.push_back(std::make_unique<VectorLayer>(QStringLiteral("thick"), QStringLiteral("thick"), thick.build()));
        layers.back()->setStyle(VectorStyle(ts));
        FeatureStoreBuilder big;
        for (int i = 0; i < 5; ++i)
            big.addFeature(i, GeometryType::Point, {QPolygonF{QPointF(60 + 120 * i, 280)}}, {}); // row 200
        Symbol bs;
        bs.fill = QColor(250, 60, 60);
        bs.stroke = QColor(20, 20, 20);
        bs.size = 40;
        layers.push_back(std::make_unique<VectorLayer>(QStringLiteral("big"), QStringLiteral("big"), big.build()));
        layers.back()->setStyle(VectorStyle(bs));
        const MapSettings st = bandSettings(layers);
        auto frameOnly = [&st](int rows) {
            MapRenderJob job(st);
            job.setBackground(Qt::white);
            job.setFrameOnly(true, rows);
            job.start();
            job.waitForFinished();
            return job.result().frame;
        };
        const QImage one = frameOnly(480); // one band: the whole frame
        QVERIFY(!one.isNull());
        // Qt's rasterizer clips an outline at a band edge with a rounding of its own: a few pixels on
        // the rows next to a band edge may differ by a few levels of a channel, no more; no pixel
        // elsewhere differs.
        for (int rows : {96, 64, 40}) {
            const QImage banded = frameOnly(rows);
            QVERIFY2(differingShare(banded, one, 4) == 0.0,
                     qPrintable(QStringLiteral("%1-row bands: %2 % of pixels differ by more than 4 levels")
                                    .arg(rows)
                                    .arg(differingShare(banded, one, 4) * 100)));
            int offEdge = 0; // differing pixels more than one row away from a band edge
            for (int y = 0; y < one.height(); ++y)
                for (int x = 0; x < one.width(); ++x)
                    if (banded.pixel(x, y) != one.pixel(x, y) && std::min(y % rows, rows - 1 - y % rows) > 1)
                        ++offEdge;
            QVERIFY2(offEdge == 0, qPrintable(QStringLiteral("%1-row bands: %2 pixels").arg(rows).arg(offEdge)));
            QVERIFY(differingShare(banded, one, 0) < 0.005);
        }
        // The same band height gives the same bytes (it does not depend on the machine's cores).
        QVERIFY(frameOnly(96) == frameOnly(96));
        QCOMPARE(MapRenderJob::regionRowsFor(640, 5), MapRenderJob::regionRowsFor(3840, 1));
        // Band 0 (rows 0-95) holds the upper edge of the thick line (rows 90-110) and band 1 (rows
        // 96-191) the tops of the markers (rows 180-220): drawn in full, in the layer's colour.
        QCOMPARE(one.pixelColor(320, 93), ts.stroke);
        QCOMPARE(one.pixelColor(60, 185), bs.fill);
        // Same picture as the layer images composed (rounding of the blends aside), the 0.5 opacity
        // of the lines layer included.
        MapRenderJob layered(st);
        layered.start();
        layered.waitForFinished();
        const double share = differingShare(layered.result().composed(Qt::white), one, 8);
        QVERIFY2(share < 0.0005, qPrintable(QStringLiteral("%1 % of pixels differ").arg(share * 100)));
    }
    void sameInputSameBytes()
    {
        // Clusters and labels depend on the data only: the same frame gives the same bytes, in this
        // process (after other renders have warmed the font engines of the pool threads) and in other
        // processes with other hash seeds.
        auto layers = bandFixture();
        const MapSettings st = bandSettings(layers);
        const RenderResult r1 = MapRenderJob::renderBlocking(st);
        const RenderResult r2 = MapRenderJob::renderBlocking(st);
        QCOMPARE(r1.layers.size(), 3);
        for (int k = 0; k < r1.layers.size(); ++k)
            QVERIFY2(r1.layers[k].image == r2.layers[k].image, qPrintable(r1.layers[k].layerId));
        QCOMPARE(r2.placedLabels, r1.placedLabels);
        QVERIFY(r1.labels == r2.labels);
        QVERIFY(r1.composed(Qt::white) == r2.composed(Qt::white));
        QTemporaryDir dir;
        const QList<QByteArray> seeds{"0", ""};
        for (const QByteArray &seed : seeds) {
            const QString path = dir.filePath(QStringLiteral("child%1").arg(QString::fromLatin1(seed)));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FC_RENDER_TO"), path);
            if (seed.isEmpty())
                env.remove(QStringLiteral("QT_HASH_SEED")); // a random seed
            else
                env.insert(QStringLiteral("QT_HASH_SEED"), QString::fromLatin1(seed));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForFinished(120000));
            QCOMPARE(child.exitCode(), 0);
            for (int k = 0; k < r1.layers.size(); ++k)
                QVERIFY2(QImage(path + QString::number(k) + QStringLiteral(".png")) == r1.layers[k].image.convertToFormat(QImage::Format_ARGB32),
                         qPrintable(r1.layers[k].layerId));
            QFile f(path + QStringLiteral(".labels"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(f.readAll()), placementText(r1));
            QVERIFY(QImage(path + QStringLiteral("L.png")) == r1.labels.convertToFormat(QImage::Format_ARGB32));
        }
    }
    void cancelInTheMiddle()
    {
        // A layer whose renderer blocks until the job is cancelled: cancel while it is drawing.
        BlockingLayer blocking;
        auto layers = fixtureLayers();
        MapSettings st = fixtureSettings(layers);
        st.setLayers({layers[0].get(), &blocking, layers[1].get()});
        BlockingLayer::started = false;
        BlockingLayer::sawCancel = false;
        auto job = std::make_unique<MapRenderJob>(st);
        QSignalSpy done(job.get(), &MapRenderJob::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(BlockingLayer::started.load(), 10000);
        QTest::qWait(50);
        QVERIFY(job->isActive()); // really in the middle
        QCOMPARE(done.size(), 0);
        job->cancel();
        QVERIFY(done.wait(10000));
        QVERIFY(job->result().cancelled);
        QVERIFY(BlockingLayer::sawCancel.load());
        // Destroying a running job does not wait for it.
        BlockingLayer::started = false;
        auto second = std::make_unique<MapRenderJob>(st);
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(BlockingLayer::started.load(), 10000);
        second.reset(); // would hang here if the destructor waited: the renderer blocks until cancelled
        QTRY_VERIFY_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount() == 0, 10000);
    }
    void errorsReachTheResult()
    {
        BlockingLayer failing;
        failing.failWith = QStringLiteral("source went away");
        MapSettings st;
        st.setOutputSize(QSize(64, 64));
        st.setExtent(Extent(0, 0, 64, 64));
        st.setLayers({&failing});
        const RenderResult r = MapRenderJob::renderBlocking(st);
        QCOMPARE(r.errors, QStringList{QStringLiteral("blocking: source went away")});
    }
    void deletedLayerDropsOut()
    {
        auto layers = fixtureLayers();
        MapSettings st = fixtureSettings(layers);
        layers.pop_back(); // the points layer is deleted after the settings were made
        QCOMPARE(st.layers().size(), 2);
        QCOMPARE(MapRenderJob::renderBlocking(st).layers.size(), 2);
    }
    void renderCacheInvalidatesPerLayer()
    {
        auto layers = fixtureLayers();
        const MapSettings s = fixtureSettings(layers);
        RenderCache cache;
        QVERIFY(cache.allInvalid() && !cache.hasFrame());
        cache.store(MapRenderJob::renderBlocking(s));
        cache.prepare(*std::make_unique<MapRenderJob>(s)); // the first frame is counted
        cache.invalidate(QStringLiteral("line"));
        MapRenderJob job(s);
        cache.prepare(job);
        QVERIFY(cache.invalidLayers().isEmpty());
        job.start();
        job.waitForFinished();
        const RenderResult &r = job.result();
        QVERIFY(r.layers[0].image.constBits() == cache.frame().layers[0].image.constBits()); // poly re-used
        QVERIFY(r.layers[1].image.constBits() != cache.frame().layers[1].image.constBits()); // line drawn again
        QVERIFY(r.layers[1].image == cache.frame().layers[1].image);                         // ... the same
        cache.invalidateAll();
        MapRenderJob all(s);
        cache.prepare(all);
        all.start();
        all.waitForFinished();
        QVERIFY(all.result().layers[0].image.constBits() != cache.frame().layers[0].image.constBits());
    }
    void liveLayerReuse()
    {
        auto layers = fixtureLayers();
        const MapSettings s = fixtureSettings(layers);
        const RenderResult first = MapRenderJob::renderBlocking(s);
        MapRenderJob job(s);
        job.reuse(first, {QStringLiteral("pts")});
        job.start();
        job.waitForFinished();
        QCoreApplication::processEvents();
        const RenderResult &second = job.result();
        // Unchanged layers share the very same image data; the dirty one was drawn again.
        QVERIFY(second.layers[0].image.constBits() == first.layers[0].image.constBits());
        QVERIFY(second.layers[2].image.constBits() != first.layers[2].image.constBits());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString renderTo = qEnvironmentVariable("FC_RENDER_TO");
    if (!renderTo.isEmpty()) { // child of sameInputSameBytes
        auto layers = bandFixture();
        const RenderResult r = MapRenderJob::renderBlocking(bandSettings(layers));
        for (int k = 0; k < r.layers.size(); ++k)
            r.layers[k].image.save(renderTo + QString::number(k) + QStringLiteral(".png"));
        QFile f(renderTo + QStringLiteral(".labels"));
        f.open(QIODevice::WriteOnly);
        f.write(placementText(r).toUtf8());
        return r.labels.save(renderTo + QStringLiteral("L.png")) ? 0 : 1;
    }
    TstMapRenderJob test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_maprenderjob.moc"
