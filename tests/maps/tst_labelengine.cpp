#include "maps/labelengine.h"
#include "maps/maprenderjob.h"
#include "maps/vectorlayer.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTest>

using namespace fc;

class TstLabelEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placedLabelsDoNotOverlap()
    {
        LabelEngine engine(QSize(800, 600), 1.0);
        QList<LabelCandidate> cands;
        QRandomGenerator rng(7);
        for (int i = 0; i < 400; ++i) {
            LabelCandidate c;
            c.text = QStringLiteral("标签%1 label").arg(i);
            c.anchor = QPointF(rng.bounded(800.0), rng.bounded(600.0));
            c.angle = (i % 3 == 0) ? rng.bounded(180.0) - 90 : 0;
            c.priority = i % 5;
            c.color = Qt::black;
            cands.append(c);
        }
        const QList<QRectF> boxes = engine.place(cands);
        QVERIFY(boxes.size() > 20);
        QVERIFY(boxes.size() < 400); // dense input: some must be dropped
        for (int a = 0; a < boxes.size(); ++a) {
            QVERIFY(QRectF(0, 0, 800, 600).contains(boxes[a]));
            for (int b = a + 1; b < boxes.size(); ++b)
                QVERIFY2(!boxes[a].intersects(boxes[b]), qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
        }
    }
    void priorityWinsAndRepeatsAreSkipped()
    {
        LabelEngine engine(QSize(400, 300), 1.0);
        LabelCandidate low, high, repeat;
        low.text = QStringLiteral("low");
        low.anchor = QPointF(200, 150);
        high = low;
        high.text = QStringLiteral("high");
        high.priority = 5;
        repeat = high;
        repeat.anchor = QPointF(200, 250); // same text 100 px away, repeat distance 250
        engine.place({low, high, repeat});
        QCOMPARE(engine.placed().size(), 1);
        QCOMPARE(engine.placed().first().text, QStringLiteral("high"));
    }
    void renderJobLabelsAcrossLayers()
    {
        FeatureStoreBuilder b({QStringLiteral("name")});
        for (int i = 0; i < 50; ++i)
            b.addFeature(i, GeometryType::Point, {QPolygonF{QPointF(100 + (i % 10) * 3, 100 + (i / 10) * 3)}}, {QStringLiteral("站点%1").arg(i)});
        VectorLayer l(QStringLiteral("p"), QStringLiteral("p"), b.build());
        VectorStyle st;
        st.labelField = QStringLiteral("name");
        l.setStyle(st);
        MapSettings s;
        s.setOutputSize(QSize(400, 400));
        s.setExtent(Extent(0, 0, 400, 400));
        s.setLayers({&l});
        const RenderResult r = MapRenderJob::renderBlocking(s);
        // 50 points in a 30 px cluster: only a few labels fit.
        QVERIFY(r.labelCount >= 1);
        QVERIFY(r.labelCount < 10);
    }
};

QTEST_MAIN(TstLabelEngine)
#include "tst_labelengine.moc"
