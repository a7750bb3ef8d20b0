#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "maps/layerregistry.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"
#include "widgets/panels/identifypanel.h"
#include "widgets/map/mapcanvas.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

class TstMapCanvas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_stores = DemoDistrict::load(&error);
        QVERIFY2(!m_stores.isEmpty(), qPrintable(error));
    }
    void rendersOffThreadAndIdentifies()
    {
        MapCanvas canvas;
        canvas.resize(1000, 800);
        QList<VectorLayer *> layers;
        QVERIFY(showDemo(canvas, &layers));
        QVERIFY(canvas.hasCompleteFrame());

        // Centre on a shelter and click it: the identify hit is that shelter.
        VectorLayer *shelters = nullptr;
        for (VectorLayer *l : layers)
            if (l->id() == QLatin1String("shelters"))
                shelters = l;
        QVERIFY(shelters);
        const auto &fs = *shelters->store();
        const QPointF target = fs.labelPoint(3);
        canvas.setCenter(target);
        canvas.setResolution(WebMercator::resolutionForZoom(17));
        QSignalSpy hits(&canvas, &MapCanvas::identified);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(500, 400));
        QCOMPARE(hits.size(), 1);
        const auto found = hits.first().first().value<QList<IdentifyHit>>();
        bool hasShelter = false;
        for (const IdentifyHit &h : found)
            hasShelter |= h.layer == shelters && h.feature == 3;
        QVERIFY(hasShelter);

        IdentifyPanel panel;
        panel.showHits(found);
        bool nameRow = false;
        for (const auto &row : panel.rows())
            nameRow |= row.second == fs.attribute(3, QStringLiteral("name")).toString();
        QVERIFY(nameRow);

        // Far outside the district there is nothing to find.
        canvas.setCenter(WebMercator::fromLonLat(121.60, 31.30));
        QVERIFY(canvas.identifyAt(QPointF(500, 400)).isEmpty());
    }
    void panMovesCachedFrameAtOnce()
    {
        MapCanvas canvas;
        canvas.resize(800, 600);
        QList<VectorLayer *> layers;
        QVERIFY(showDemo(canvas, &layers));
        const QImage before = canvas.grab().toImage();
        // Drag 100 px right: the very next paint shows the old frame shifted, before any new render.
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(300, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(400, 300), QPointF(400, 300), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &move);
        const QImage during = canvas.grab().toImage();
        int same = 0, checked = 0;
        for (int y = 100; y < 500; y += 7)
            for (int x = 150; x < 600; x += 7) {
                ++checked;
                same += before.pixel(x, y) == during.pixel(x + 100, y);
            }
        QVERIFY2(same > checked * 0.8, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(checked)));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(400, 300));
    }
    void measureDistance()
    {
        MapCanvas canvas;
        canvas.resize(800, 600);
        canvas.setCenter(WebMercator::fromLonLat(121.48, 31.22));
        canvas.setResolution(WebMercator::resolutionForZoom(16)); // ~2.04 m/px ground at 31.2N
        canvas.setTool(MapCanvas::Tool::MeasureDistance);
        canvas.show();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(100, 300));
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(600, 300));
        const double expected = 500 * WebMercator::resolutionForZoom(16) * WebMercator::scaleFactor(31.22);
        QVERIFY2(std::abs(canvas.measuredLength() - expected) / expected < 0.01, qPrintable(QString::number(canvas.measuredLength())));
    }
    void measureAreaAndZoomBox()
    {
        MapCanvas canvas;
        canvas.resize(800, 600);
        canvas.setCenter(WebMercator::fromLonLat(121.48, 31.22));
        canvas.setResolution(WebMercator::resolutionForZoom(16));
        canvas.show();
        // A 300 x 200 px rectangle: ground area = (300 r)(200 r) with r the ground metres per pixel.
        canvas.setTool(MapCanvas::Tool::MeasureArea);
        for (const QPoint p : {QPoint(100, 100), QPoint(400, 100), QPoint(400, 300), QPoint(100, 300)})
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, p);
        const double r = WebMercator::resolutionForZoom(16) * WebMercator::scaleFactor(31.22);
        const double expected = 300 * r * 200 * r;
        QVERIFY2(std::abs(canvas.measuredArea() - expected) / expected < 0.01, qPrintable(QString::number(canvas.measuredArea())));
        QVERIFY(std::abs(canvas.measuredLength() - 1000 * r) / (1000 * r) < 0.01); // closed perimeter
        QTest::keyClick(&canvas, Qt::Key_Escape);
        QCOMPARE(canvas.measuredArea(), 0.0);

        // Zoom box: dragging 200 x 150 px of an 800 x 600 view zooms in four times around the box.
        canvas.setTool(MapCanvas::Tool::ZoomBox);
        const QPointF boxCentre = canvas.settings().toMap(QPointF(200, 175));
        const double before = canvas.settings().resolution();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(100, 100));
        QMouseEvent move(QEvent::MouseMove, QPointF(300, 250), QPointF(300, 250), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &move);
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(300, 250));
        QVERIFY(std::abs(canvas.settings().resolution() - before / 4) / (before / 4) < 0.01);
        QVERIFY(QLineF(canvas.settings().center(), boxCentre).length() < 2 * canvas.settings().resolution());
    }

private:
    // Shows the demo layers on the canvas at full extent; true once the first complete frame is in.
    bool showDemo(MapCanvas &canvas, QList<VectorLayer *> *layers)
    {
        *layers = FloodLayers::createLayers(m_stores, MapTheme::Dark, &canvas);
        auto *registry = new LayerRegistry(&canvas);
        registry->setLayers(QList<MapLayer *>(layers->cbegin(), layers->cend()));
        canvas.setRegistry(registry);
        canvas.show();
        QSignalSpy first(&canvas, &MapCanvas::firstFrameReady);
        canvas.zoomToFullExtent();
        return first.wait(30000);
    }

    LayerStores m_stores;
};

QTEST_MAIN(TstMapCanvas)
#include "tst_mapcanvas.moc"
