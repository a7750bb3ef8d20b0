// Extra attributes (source fields an import kept without a column) show in the identify panel as rows
// of their own, not as a JSON blob.
#include "maps/ogrreader.h"
#include "maps/vectorlayer.h"
#include "widgets/panels/identifypanel.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TstIdentifyExtra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extraAttributesAreRows()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("h.geojson"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                               "{\"type\":\"Point\",\"coordinates\":[121.49,31.24]},\"properties\":{\"name\":\"积水点\","
                               "\"extra\":\"{\\\"备注\\\":\\\"泵车待命\\\",\\\"编号\\\":17}\"}}]}")
                    .toUtf8());
        f.close();
        QString error;
        auto store = OgrReader::read(json, QString(), &error);
        QVERIFY2(store, qPrintable(error));
        VectorLayer layer(QStringLiteral("hazards"), QStringLiteral("hazards"), store);
        IdentifyPanel panel;
        panel.showHits({IdentifyHit(&layer, 0)});
        QStringList captions, values;
        for (const auto &row : panel.rows()) {
            captions.append(row.first);
            values.append(row.second);
        }
        for (const QString &v : values)
            QVERIFY2(!v.contains(QLatin1Char('{')), qPrintable(v)); // no JSON shown
        const qsizetype note = captions.indexOf(IdentifyPanel::tr("%1 (source field)").arg(QStringLiteral("备注")));
        QVERIFY2(note >= 0, qPrintable(captions.join(QLatin1Char('|'))));
        QCOMPARE(values[note], QStringLiteral("泵车待命"));
        const qsizetype number = captions.indexOf(IdentifyPanel::tr("%1 (source field)").arg(QStringLiteral("编号")));
        QVERIFY(number >= 0);
        QCOMPARE(values[number], QStringLiteral("17"));
    }
};

QTEST_MAIN(TstIdentifyExtra)
#include "tst_identifyextra.moc"
