// Finding a feature by name or id, and the layer panel's model (visibility, order within a group, legend),
// on the demo district's layers.
#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "maps/layerregistry.h"
#include "maps/layermodel.h"
#include "maps/vectorlayer.h"
#include "widgets/map/featuresearch.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>

using namespace fc;

class TstFeatureSearch : public QObject
{
    Q_OBJECT
    LayerStores m_stores;
    LayerRegistry m_registry;   // owns the shared layers
    QList<MapLayer *> m_layers; // bottom first

    VectorLayer *layer(const QString &id) const
    {
        for (MapLayer *l : m_layers)
            if (l->id() == id)
                return qobject_cast<VectorLayer *>(l);
        return nullptr;
    }
    static QStringList ids(const QList<MapLayer *> &layers)
    {
        QStringList out;
        for (MapLayer *l : layers)
            out.append(l->id());
        return out;
    }
    // Layer ids as the tree shows them under a group row, top first.
    static QStringList groupChildren(const LayerModel &model, int groupRow)
    {
        QStringList out;
        const QModelIndex g = model.index(groupRow, 0);
        for (int r = 0; r < model.rowCount(g); ++r)
            out.append(model.index(r, 0, g).data(LayerModel::LayerIdRole).toString());
        return out;
    }
    static QStringList groupNames(const LayerModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, 0).data(Qt::DisplayRole).toString());
        return out;
    }
    static int groupRowOf(const LayerModel &model, const QString &layerId)
    {
        return model.indexForLayer(layerId).parent().row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_stores = DemoDistrict::load(&error);
        QVERIFY2(!m_stores.isEmpty(), qPrintable(error));
        const QList<VectorLayer *> layers = FloodLayers::createLayers(m_stores, MapTheme::Dark, nullptr);
        m_layers = QList<MapLayer *>(layers.cbegin(), layers.cend());
        m_registry.setLayers(m_layers);
        QVERIFY(layer(QStringLiteral("hazards")));
        QVERIFY(layer(QStringLiteral("roads")));
    }

    // --- FeatureSearch ---

    void findsHazardById_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("as written") << QStringLiteral("HZ-001");
        QTest::newRow("lower case") << QStringLiteral("hz-001");
        QTest::newRow("surrounding spaces") << QStringLiteral("  HZ-001 ");
    }
    void findsHazardById()
    {
        QFETCH(QString, text);
        FeatureSearch search;
        search.setRegistry(&m_registry);
        const QList<IdentifyHit> hits = search.find(text);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits[0].layer);
        QCOMPARE(hits[0].layer->id(), QStringLiteral("hazards"));
        const FeatureStore &fs = *hits[0].layer->store();
        QCOMPARE(fs.attribute(hits[0].feature, QStringLiteral("id")).toString(), QStringLiteral("HZ-001"));
        QCOMPARE(fs.attribute(hits[0].feature, QStringLiteral("name")).toString(), QStringLiteral("中山南一路码头趸船缆绳老化"));
    }

    void findsRoadsByChineseName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("whole name") << QStringLiteral("肇嘉浜路");
        QTest::newRow("part of a name") << QStringLiteral("嘉浜");
        QTest::newRow("english name, any case") << QStringLiteral("zhaojiabang");
    }
    void findsRoadsByChineseName()
    {
        QFETCH(QString, text);
        FeatureSearch search;
        search.setRegistry(&m_registry);
        const QList<IdentifyHit> hits = search.find(text);
        VectorLayer *roads = layer(QStringLiteral("roads"));
        // Every road segment of 肇嘉浜路 in the demo data, and nothing else.
        QList<int> expected;
        const FeatureStore &fs = *roads->store();
        for (int i = 0; i < fs.count(); ++i)
            if (fs.attribute(i, QStringLiteral("name")).toString() == QStringLiteral("肇嘉浜路"))
                expected.append(i);
        QVERIFY(!expected.isEmpty());
        QList<int> found;
        for (const IdentifyHit &h : hits) {
            QVERIFY(h.layer);
            if (h.layer == roads)
                found.append(h.feature);
            QVERIFY2(h.layer->store()->attribute(h.feature, QStringLiteral("name")).toString().contains(QStringLiteral("嘉浜"))
                         || h.layer->store()->attribute(h.feature, QStringLiteral("name_en")).toString().contains(text, Qt::CaseInsensitive),
                     qPrintable(h.layer->id()));
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    void findsRoadWithOtherLayersSharingItsName()
    {
        FeatureSearch search;
        search.setRegistry(&m_registry);
        // 中山南一路: seven road segments and two hazards on it; all of them, roads included.
        const QList<IdentifyHit> hits = search.find(QStringLiteral("中山南一路"));
        int roads = 0, hazards = 0;
        for (const IdentifyHit &h : hits) {
            roads += h.layer->id() == QLatin1String("roads");
            hazards += h.layer->id() == QLatin1String("hazards");
            QVERIFY(h.layer->store()->attribute(h.feature, QStringLiteral("name")).toString().contains(QStringLiteral("中山南一路")));
        }
        QCOMPARE(roads, 7);
        QCOMPARE(hazards, 2);
        QCOMPARE(hits.size(), 9);
        // The limit caps the hit list (Enter takes the first hit only).
        QCOMPARE(search.find(QStringLiteral("中山南一路"), 1).size(), 1);
    }

    void findsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown text") << QStringLiteral("不存在的地点XYZ");
        QTest::newRow("unknown id") << QStringLiteral("HZ-999");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
    }
    void findsNothing()
    {
        QFETCH(QString, text);
        FeatureSearch search;
        search.setRegistry(&m_registry);
        QVERIFY(search.find(text).isEmpty());
    }

    // The header promises "case-insensitive substring of ... id"; the completer offers such matches, and
    // pressing Enter (find(text, 1)) should then find the same feature.
    void findsByPartOfAnId()
    {
        FeatureSearch search;
        search.setRegistry(&m_registry);
        const QList<IdentifyHit> hits = search.find(QStringLiteral("HZ-05"));
        QStringList found;
        for (const IdentifyHit &h : hits)
            found.append(h.layer->store()->attribute(h.feature, QStringLiteral("id")).toString());
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("HZ-050"), QStringLiteral("HZ-051")}));
    }

    void returnKeyEmitsFirstHit()
    {
        FeatureSearch search;
        search.setRegistry(&m_registry);
        QSignalSpy found(&search, &FeatureSearch::found);
        search.setText(QStringLiteral("HZ-001"));
        QTest::keyClick(&search, Qt::Key_Return);
        QCOMPARE(found.size(), 1);
        const auto hit = found.first().first().value<IdentifyHit>();
        QVERIFY(hit.layer);
        QCOMPARE(hit.layer->store()->attribute(hit.feature, QStringLiteral("id")).toString(), QStringLiteral("HZ-001"));
    }

    // The completion list: one entry per street name for roads (肇嘉浜路 has several segments, one entry), one per
    // feature for other layers, each pointing at its layer and feature; choosing an entry emits that feature.
    void completerOffersEntries()
    {
        FeatureSearch search;
        search.setRegistry(&m_registry);
        QAbstractItemModel *model = search.completer()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VectorLayer *roads = layer(QStringLiteral("roads"));
        int street = 0, hazard = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, 0).data().toString();
            if (text == QStringLiteral("肇嘉浜路 · %1").arg(roads->name()))
                ++street;
            if (text.contains(QStringLiteral("HZ-001")))
                hazard = r;
        }
        QCOMPARE(street, 1);
        QVERIFY(hazard >= 0);
        QSignalSpy found(&search, &FeatureSearch::found);
        Q_EMIT search.completer()->activated(model->index(hazard, 0));
        QCOMPARE(found.size(), 1);
        const auto hit = found.first().first().value<IdentifyHit>();
        QVERIFY(hit.layer);
        QCOMPARE(hit.layer->id(), QStringLiteral("hazards"));
        QCOMPARE(hit.layer->store()->attribute(hit.feature, QStringLiteral("id")).toString(), QStringLiteral("HZ-001"));
    }

    // --- LayerModel (the layer panel) ---

    void modelIsConsistent()
    {
        LayerModel model(&m_registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 2);
        model.moveLayer(QStringLiteral("greenery"), +1);
        model.moveLayer(QStringLiteral("greenery"), -1);
    }

    void uncheckingHidesLayer()
    {
        LayerModel model(&m_registry);
        VectorLayer *hazards = layer(QStringLiteral("hazards"));
        QVERIFY(hazards->isVisible());
        const QModelIndex idx = model.indexForLayer(QStringLiteral("hazards"));
        QVERIFY(idx.isValid());
        QVERIFY(model.flags(idx) & Qt::ItemIsUserCheckable);
        QCOMPARE(idx.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(idx, QVariant::fromValue(Qt::Unchecked), Qt::CheckStateRole));
        QVERIFY(!hazards->isVisible());
        QCOMPARE(idx.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!changed.isEmpty()); // the tree view repaints the check box
        QCOMPARE(changed.first().first().value<QModelIndex>().row(), idx.row());
        // Other layers are untouched.
        for (MapLayer *l : std::as_const(m_layers))
            if (l != hazards)
                QVERIFY2(l->isVisible(), qPrintable(l->id()));

        QVERIFY(model.setData(idx, int(Qt::Checked), Qt::CheckStateRole));
        QVERIFY(hazards->isVisible());
        QCOMPARE(idx.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Group rows and legend rows have no check box and setting one does nothing.
        QVERIFY(!(model.flags(idx.parent()) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(idx.parent(), int(Qt::Unchecked), Qt::CheckStateRole));
    }

    void moveWithinGroupOnly()
    {
        // Fresh layers: moving changes only the model's order, but keep the shared list untouched anyway.
        LayerRegistry registry;
        const QList<VectorLayer *> vl = FloodLayers::createLayers(m_stores, MapTheme::Dark, nullptr);
        const QList<MapLayer *> layers(vl.cbegin(), vl.cend());
        registry.setLayers(layers);
        LayerModel model(&registry);
        QSignalSpy orderChanged(&model, &LayerModel::layerOrderChanged);

        const QStringList groupsBefore = groupNames(model);
        const int hz = groupRowOf(model, QStringLiteral("hazards"));
        QVERIFY(hz >= 0);
        const QStringList hazardGroup = groupChildren(model, hz);
        QVERIFY(hazardGroup.size() >= 3);
        QCOMPARE(hazardGroup.first(), QStringLiteral("hazards")); // top of its group
        QCOMPARE(hazardGroup.at(1), QStringLiteral("greenery"));

        // Up within the group: greenery now above hazard points, in the tree and in the map order.
        model.moveLayer(QStringLiteral("greenery"), +1);
        QCOMPARE(orderChanged.size(), 1);
        QStringList expected = hazardGroup;
        expected.swapItemsAt(0, 1);
        QCOMPARE(groupChildren(model, hz), expected);
        const QStringList order = ids(model.layers());
        QVERIFY(order.indexOf(QStringLiteral("greenery")) > order.indexOf(QStringLiteral("hazards")));
        QCOMPARE(groupNames(model), groupsBefore);
        QCOMPARE(order.size(), layers.size());

        // The top layer of a group cannot leave it upwards, nor the bottom one downwards: nothing changes.
        const QList<QStringList> before = [&] {
            QList<QStringList> all;
            for (int g = 0; g < model.rowCount(); ++g)
                all.append(groupChildren(model, g));
            return all;
        }();
        const QStringList mapOrder = ids(model.layers());
        for (int g = 0; g < model.rowCount(); ++g) {
            const QStringList children = groupChildren(model, g);
            model.moveLayer(children.first(), +1);
            model.moveLayer(children.last(), -1);
        }
        QCOMPARE(orderChanged.size(), 1);
        QCOMPARE(ids(model.layers()), mapOrder);
        for (int g = 0; g < model.rowCount(); ++g)
            QCOMPARE(groupChildren(model, g), before[g]);

        // Moving every layer as far as it goes in both directions never changes any layer's group
        // nor the set of layers in a group.
        QHash<QString, QString> groupOf;
        for (MapLayer *l : layers)
            groupOf.insert(l->id(), l->group());
        QList<QStringList> sets = before;
        for (QStringList &s : sets)
            s.sort();
        for (MapLayer *l : layers)
            for (int step = 0; step < 20; ++step)
                model.moveLayer(l->id(), step < 10 ? +1 : -1);
        QCOMPARE(groupNames(model), groupsBefore);
        for (int g = 0; g < model.rowCount(); ++g) {
            QStringList children = groupChildren(model, g);
            for (const QString &id : std::as_const(children))
                QCOMPARE(model.indexForLayer(id).parent().data().toString(), groupOf.value(id));
            children.sort();
            QCOMPARE(children, sets[g]);
        }
    }

    void legendForCategorizedLayers_data()
    {
        QTest::addColumn<QString>("layerId");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("hazards by severity")
            << QStringLiteral("hazards")
            << QStringList{QStringLiteral("Rectified"), QStringLiteral("Low severity"), QStringLiteral("Medium severity"),
                           QStringLiteral("High severity"), QStringLiteral("Major hazard")};
        QTest::newRow("gates by state")
            << QStringLiteral("flood_gates") << QStringList{QStringLiteral("Gate open"), QStringLiteral("Gate closed")};
        QTest::newRow("sensors by kind")
            << QStringLiteral("sensors")
            << QStringList{QStringLiteral("Rain gauge"), QStringLiteral("Tide gauge"), QStringLiteral("Waterlogging sensor")};
        QTest::newRow("shelters by occupancy")
            << QStringLiteral("shelters")
            << QStringList{QStringLiteral("Shelter empty"), QStringLiteral("Shelter under half full"),
                           QStringLiteral("Shelter half full or more"), QStringLiteral("Shelter 90% full or more"),
                           QStringLiteral("Shelter full")};
    }
    void legendForCategorizedLayers()
    {
        QFETCH(QString, layerId);
        QFETCH(QStringList, labels);
        LayerModel model(&m_registry);
        const QModelIndex idx = model.indexForLayer(layerId);
        QVERIFY(idx.isValid());
        QCOMPARE(model.rowCount(idx), labels.size());
        for (int r = 0; r < labels.size(); ++r) {
            const QModelIndex child = model.index(r, 0, idx);
            QVERIFY(child.isValid());
            QCOMPARE(child.parent(), idx);
            QCOMPARE(child.data(Qt::DisplayRole).toString(), labels[r]);
            QVERIFY(!child.data(Qt::DecorationRole).value<QIcon>().isNull()); // a swatch
            QVERIFY(!model.layerForIndex(child)); // a legend row is not a layer
            QCOMPARE(model.rowCount(child), 0);
        }
    }

    void singleSymbolLayerHasSwatchNoChildren()
    {
        LayerModel model(&m_registry);
        // (Shelters are filled by occupancy now, a categorized layer: pumping stations have one symbol.)
        const QModelIndex idx = model.indexForLayer(QStringLiteral("pumping_stations"));
        QVERIFY(idx.isValid());
        QCOMPARE(model.rowCount(idx), 0);
        QVERIFY(!idx.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Feature count shown next to the layer name.
        QCOMPARE(idx.siblingAtColumn(LayerModel::CountColumn).data(LayerModel::RawValueRole).toInt(), 7);
    }
};

QTEST_MAIN(TstFeatureSearch)
#include "tst_featuresearch.moc"
