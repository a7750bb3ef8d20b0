#include "maps/maprenderjob.h"
#include "maps/vectorlayer.h"

#include <QGuiApplication>
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

// Share of pixels whose channels differ by more than 48.
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 bad = 0;
    for (int r = 0; r < x.height(); ++r) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            if (std::abs(qRed(p[c]) - qRed(q[c])) > 48 || std::abs(qGreen(p[c]) - qGreen(q[c])) > 48
                || std::abs(qBlue(p[c]) - qBlue(q[c])) > 48)
                ++bad;
    }
    return double(bad) / (x.width() * x.height());
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
    void bandsMatchSingleImage()
    {
        // Large layers render in bands on several threads; the seams must not show.
        FeatureStoreBuilder b;
        for (int i = 0; i < 30000; ++i)
            b.addFeature(i, GeometryType::Line, {QPolygonF{QPointF(i % 256, 0), QPointF((i * 7) % 256, 256)}}, {});
        VectorLayer big(QStringLiteral("big"), QStringLiteral("big"), b.build());
        Symbol s;
        s.stroke = QColor(0, 0, 0, 20);
        big.setStyle(VectorStyle(s));
        MapSettings st;
        st.setOutputSize(QSize(256, 256));
        st.setExtent(Extent(0, 0, 256, 256));
        st.setLayers({&big});
        const RenderResult r = MapRenderJob::renderBlocking(st);
        QCOMPARE(r.layers.size(), 1);
        QCOMPARE(r.layers[0].image.size(), QSize(256, 256));
        // Every row has ink: no band was lost.
        const QImage img = r.composed(Qt::white);
        for (int y = 0; y < 256; y += 8)
            QVERIFY2(img.pixelColor(128, y) != QColor(Qt::white), qPrintable(QString::number(y)));
    }
    void cancellation()
    {
        FeatureStoreBuilder b;
        for (int i = 0; i < 200000; ++i)
            b.addFeature(i, GeometryType::Line, {QPolygonF{QPointF(i % 1000, 0), QPointF((i * 13) % 1000, 1000), QPointF(500, i % 1000)}}, {});
        VectorLayer big(QStringLiteral("big"), QStringLiteral("big"), b.build());
        MapSettings st;
        st.setOutputSize(QSize(2000, 2000));
        st.setExtent(Extent(0, 0, 1000, 1000));
        st.setLayers({&big});
        MapRenderJob job(st);
        QSignalSpy done(&job, &MapRenderJob::finished);
        job.start();
        job.cancel();
        QVERIFY(done.wait(30000));
        QVERIFY(job.result().cancelled);
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

QTEST_MAIN(TstMapRenderJob)
#include "tst_maprenderjob.moc"
