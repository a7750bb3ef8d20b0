// The identify panel in Chinese, as the duty officer reads it: Chinese field captions, coded values spelled
// out (severity 'major' -> 重大), the hit list when several features lie under the cursor.
#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "maps/vectorlayer.h"
#include "widgets/panels/identifypanel.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace fc;

class TstIdentifyPanel : public QObject
{
    Q_OBJECT
    QTranslator m_translator;
    LayerStores m_stores;
    QObject m_owner;
    QList<VectorLayer *> m_layers;

    VectorLayer *layer(const QString &id) const
    {
        for (VectorLayer *l : m_layers)
            if (l->id() == id)
                return l;
        return nullptr;
    }
    IdentifyHit hazard(const QString &id) const
    {
        VectorLayer *l = layer(QStringLiteral("hazards"));
        const FeatureStore &fs = *l->store();
        for (int i = 0; i < fs.count(); ++i)
            if (fs.attribute(i, QStringLiteral("id")).toString() == id)
                return {l, i};
        return {};
    }
    static QString valueOf(const IdentifyPanel &panel, const QString &caption)
    {
        for (const auto &row : panel.rows())
            if (row.first == caption)
                return row.second;
        return QStringLiteral("<no row %1>").arg(caption);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString qm = QStringLiteral(FC_BINARY_DIR "/app/floodcommand_zh_CN.qm");
        QVERIFY2(m_translator.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        // Layers are made after the translator is in, as the application does at start.
        QString error;
        m_stores = DemoDistrict::load(&error);
        QVERIFY2(!m_stores.isEmpty(), qPrintable(error));
        m_layers = FloodLayers::createLayers(m_stores, MapTheme::Dark, &m_owner);
        QVERIFY(layer(QStringLiteral("hazards")));
    }

    void chineseCaptionsAndCodedValues_data()
    {
        QTest::addColumn<QString>("hazardId");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("category");
        QTest::newRow("major, being rectified") << QStringLiteral("HZ-041") << QStringLiteral("重大") << QStringLiteral("整改中")
                                                << QStringLiteral("建筑外立面");
        QTest::newRow("major, rectified") << QStringLiteral("HZ-023") << QStringLiteral("重大") << QStringLiteral("已整改")
                                          << QStringLiteral("地下空间");
        QTest::newRow("high") << QStringLiteral("HZ-002") << QStringLiteral("较大") << QStringLiteral("已整改")
                              << QStringLiteral("滨江区域");
        QTest::newRow("medium") << QStringLiteral("HZ-001") << QStringLiteral("一般") << QStringLiteral("已整改")
                                << QStringLiteral("滨江区域");
    }
    void chineseCaptionsAndCodedValues()
    {
        QFETCH(QString, hazardId);
        QFETCH(QString, severity);
        QFETCH(QString, status);
        QFETCH(QString, category);
        const IdentifyHit hit = hazard(hazardId);
        QVERIFY(hit.layer);
        IdentifyPanel panel;
        QSignalSpy chosen(&panel, &IdentifyPanel::featureChosen);
        panel.showHits({hit});
        QCOMPARE(panel.hitCount(), 1);
        QCOMPARE(chosen.size(), 1);

        const auto rows = panel.rows();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first(), (QPair<QString, QString>(QStringLiteral("图层"), QStringLiteral("隐患点"))));
        QCOMPARE(valueOf(panel, QStringLiteral("编号")), hazardId);
        QCOMPARE(valueOf(panel, QStringLiteral("名称")),
                 hit.layer->store()->attribute(hit.feature, QStringLiteral("name")).toString());
        QCOMPARE(valueOf(panel, QStringLiteral("等级")), severity);
        QCOMPARE(valueOf(panel, QStringLiteral("状态")), status);
        QCOMPARE(valueOf(panel, QStringLiteral("类别")), category);
        // No raw field name or raw code is left in Latin letters (ids and dates aside).
        for (const auto &row : rows) {
            QVERIFY2(!row.first.contains(QLatin1Char('_')) && row.first != QLatin1String("severity")
                         && row.first != QLatin1String("status"),
                     qPrintable(row.first));
            for (const QString &code : {QStringLiteral("major"), QStringLiteral("high"), QStringLiteral("medium"),
                                        QStringLiteral("rectified"), QStringLiteral("rectifying")})
                QVERIFY2(row.second != code, qPrintable(row.first + QStringLiteral(": ") + row.second));
        }

        auto *table = panel.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("字段"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("值"));
        // Read-only: the officer cannot type into the identify results.
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    }

    // A hazard that is still open must not read like a gate standing open: 'open' on a hazard means
    // "not yet rectified", and the panel spells out the hazard's own status.
    void openHazardStatusIsNotAGateState()
    {
        const IdentifyHit hit = hazard(QStringLiteral("HZ-007")); // severity major, status open
        QVERIFY(hit.layer);
        QCOMPARE(hit.layer->store()->attribute(hit.feature, QStringLiteral("status")).toString(), QStringLiteral("open"));
        IdentifyPanel panel;
        panel.showHits({hit});
        QCOMPARE(valueOf(panel, QStringLiteral("等级")), QStringLiteral("重大"));
        const QString status = valueOf(panel, QStringLiteral("状态"));
        QVERIFY2(status != QStringLiteral("open"), qPrintable(status));
        const QString gateOpen = FloodLayers::valueCaption(QStringLiteral("state"), QStringLiteral("open"));
        QCOMPARE(gateOpen, QStringLiteral("开启"));
        QVERIFY2(status != gateOpen, qPrintable(QStringLiteral("hazard status shown as the gate state '%1'").arg(status)));
    }

    void severalHitsOfferAChoice()
    {
        const IdentifyHit first = hazard(QStringLiteral("HZ-007"));
        VectorLayer *shelters = layer(QStringLiteral("shelters"));
        QVERIFY(first.layer && shelters);
        const IdentifyHit second{shelters, 0};
        IdentifyPanel panel;
        QSignalSpy chosen(&panel, &IdentifyPanel::featureChosen);
        panel.showHits({first, second});
        QCOMPARE(panel.hitCount(), 2);
        auto *choice = panel.findChild<QComboBox *>();
        QVERIFY(choice);
        QVERIFY(!choice->isHidden());
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->itemText(0), QStringLiteral("隐患点 · 自忠路游客集散点围挡不稳"));
        QCOMPARE(choice->itemText(1), QStringLiteral("安置点 · 格致中学体育馆"));
        // The hint counts the features, in Chinese.
        bool hint = false;
        for (QLabel *l : panel.findChildren<QLabel *>())
            hint |= l->text() == QStringLiteral("此处有 2 个要素。");
        QVERIFY(hint);
        // The first is shown at once; choosing the second shows it and tells the map.
        QCOMPARE(valueOf(panel, QStringLiteral("编号")), QStringLiteral("HZ-007"));
        QCOMPARE(chosen.size(), 1);
        choice->setCurrentIndex(1);
        QCOMPARE(chosen.size(), 2);
        const auto hit = chosen.last().first().value<IdentifyHit>();
        QCOMPARE(hit.layer.data(), shelters);
        QCOMPARE(hit.feature, 0);
        QCOMPARE(valueOf(panel, QStringLiteral("编号")), QStringLiteral("SH-01"));
        QCOMPARE(valueOf(panel, QStringLiteral("名称")), QStringLiteral("格致中学体育馆"));

        // Clicking on nothing clears the list.
        panel.showHits({});
        QCOMPARE(panel.hitCount(), 0);
        QVERIFY(panel.rows().isEmpty());
        QVERIFY(choice->isHidden());
    }
};

QTEST_MAIN(TstIdentifyPanel)
#include "tst_identifypanel.moc"
