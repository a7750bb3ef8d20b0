#include "maps/layermodel.h"
#include "maps/layerregistry.h"
#include "maps/vectorlayer.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

namespace {

std::unique_ptr<VectorLayer> pointLayer(const QString &id, const QString &group)
{
    FeatureStoreBuilder b({QStringLiteral("kind")});
    b.addFeature(1, GeometryType::Point, {QPolygonF{QPointF(1, 1)}}, {QStringLiteral("a")});
    b.addFeature(2, GeometryType::Point, {QPolygonF{QPointF(2, 2)}}, {QStringLiteral("b")});
    auto l = std::make_unique<VectorLayer>(id, id, b.build());
    l->setGroup(group);
    return l;
}

VectorStyle categorized()
{
    Symbol a, b;
    a.fill = Qt::red;
    b.fill = Qt::blue;
    VectorStyle st(a);
    st.setCategorized(QStringLiteral("kind"), {{QStringLiteral("a"), a, QStringLiteral("A")}, {QStringLiteral("b"), b, QStringLiteral("B")}});
    return st;
}

QString order(const LayerRegistry &r)
{
    QStringList out;
    for (MapLayer *l : r.layers())
        out.append(l->id());
    return out.join(QLatin1Char(','));
}

} // namespace

class TstLayerModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void legendRowsFollowTheStyle()
    {
        LayerRegistry registry;
        registry.addLayer(pointLayer(QStringLiteral("p"), QStringLiteral("g")));
        LayerModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex p = model.indexForLayer(QStringLiteral("p"));
        QCOMPARE(model.rowCount(p), 0); // single symbol: swatch on the layer row

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto *layer = registry.layerAs<VectorLayer>(QStringLiteral("p"));
        layer->setStyle(categorized()); // 0 -> 2 legend rows
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), p);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.rowCount(p), 2);
        QCOMPARE(model.index(1, 0, p).data().toString(), QStringLiteral("B"));

        layer->setStyle(categorized()); // same rows: no insert, no remove
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);

        layer->setStyle(VectorStyle(Symbol{})); // 2 -> 0
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(model.rowCount(p), 0);
        QCOMPARE(reset.size(), 0); // no reset needed for any of it
    }
    void dragReordersWithinGroup()
    {
        LayerRegistry registry;
        for (const char *id : {"a", "b", "c"})
            registry.addLayer(pointLayer(QString::fromLatin1(id), QStringLiteral("g1")));
        registry.addLayer(pointLayer(QStringLiteral("x"), QStringLiteral("g2")));
        LayerModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(order(registry), QStringLiteral("a,b,c,x"));
        // Panel shows g2 (top) then g1 with c, b, a (top first).
        const QModelIndex a = model.indexForLayer(QStringLiteral("a"));
        QVERIFY(model.flags(a) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> drag(model.mimeData({a}));
        QVERIFY(drag);
        const QModelIndex g1 = a.parent();
        QCOMPARE(g1.data().toString(), QStringLiteral("g1"));
        // Drop "a" at the top of its group (row 0): drawn above c.
        QVERIFY(model.canDropMimeData(drag.get(), Qt::MoveAction, 0, 0, g1));
        QVERIFY(model.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, g1));
        QCOMPARE(order(registry), QStringLiteral("b,c,a,x"));
        // Drop "b" onto "a"'s row: it takes a's place (above it).
        std::unique_ptr<QMimeData> dragB(model.mimeData({model.indexForLayer(QStringLiteral("b"))}));
        QVERIFY(model.dropMimeData(dragB.get(), Qt::MoveAction, -1, -1, model.indexForLayer(QStringLiteral("a"))));
        QCOMPARE(order(registry), QStringLiteral("c,a,b,x"));
        // Drop at the end of the group (below all): drawn first.
        std::unique_ptr<QMimeData> dragB2(model.mimeData({model.indexForLayer(QStringLiteral("b"))}));
        QVERIFY(model.dropMimeData(dragB2.get(), Qt::MoveAction, 3, 0, model.indexForLayer(QStringLiteral("b")).parent()));
        QCOMPARE(order(registry), QStringLiteral("b,c,a,x"));
        // Not into another group.
        std::unique_ptr<QMimeData> dragX(model.mimeData({model.indexForLayer(QStringLiteral("x"))}));
        QVERIFY(!model.canDropMimeData(dragX.get(), Qt::MoveAction, 0, 0, model.indexForLayer(QStringLiteral("a")).parent()));
        QVERIFY(!model.dropMimeData(dragX.get(), Qt::MoveAction, 0, 0, model.indexForLayer(QStringLiteral("a")).parent()));
        QCOMPARE(order(registry), QStringLiteral("b,c,a,x"));
    }
    void registryIsTheOneList()
    {
        LayerRegistry registry;
        LayerModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPointer<MapLayer> a = registry.addLayer(pointLayer(QStringLiteral("a"), QStringLiteral("g")));
        registry.addLayer(pointLayer(QStringLiteral("b"), QStringLiteral("g")), 0);
        QCOMPARE(order(registry), QStringLiteral("b,a"));
        QCOMPARE(model.layers(), registry.layers());
        QVERIFY(model.indexForLayer(QStringLiteral("b")).isValid());
        QVERIFY(registry.removeLayer(QStringLiteral("a")));
        QVERIFY(!model.indexForLayer(QStringLiteral("a")).isValid());
        QTRY_VERIFY(a.isNull()); // deleted by the registry
        // A layer deleted by someone else drops out of the list.
        delete registry.layer(QStringLiteral("b"));
        QCOMPARE(registry.count(), 0);
    }
};

QTEST_MAIN(TstLayerModel)
#include "tst_layermodel.moc"
