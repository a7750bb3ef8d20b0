// The import dialog (widgets/importdialog) on a real store: mapping, preview, import, summary.
#include "app/core/store/store.h"
#include "widgets/dialogs/importdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TstStoreImportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void mapPreviewImport()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("dlg.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        const QString json = m_dir.filePath(QStringLiteral("s.geojson"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"名称":"市八中学","capacity":450}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.48,31.23]},"properties":{"名称":"格致中学","capacity":"many"}}]})");
        f.close();

        ImportDialog dlg(store.get());
        QSignalSpy ready(&dlg, &ImportDialog::previewReady);
        QSignalSpy where(&dlg, &ImportDialog::previewGeometries);
        dlg.setKind(QStringLiteral("shelters"));
        dlg.setSourceFile(json);
        QVERIFY(ready.wait());
        QCOMPARE(dlg.mappingRows(), 2);
        QCOMPARE(dlg.previewRows(), 1); // the second feature is bad and listed as such
        QCOMPARE(where.last().at(0).toStringList(), QStringList{QStringLiteral("POINT (121.47 31.22)")});

        // 名称 maps to name by the synonym table, and the dialog says so; the user can override it.
        auto *table = dlg.findChild<QTableWidget *>();
        QVERIFY(table);
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(0, 2));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("name"));
        QCOMPARE(dlg.mappingRule(0), ImportMapping::ruleName(MatchRule::Synonym));
        combo->setCurrentIndex(combo->findData(QStringLiteral("extra")));
        QVERIFY(ready.wait());
        QCOMPARE(dlg.mappingRule(0), ImportMapping::ruleName(MatchRule::Extra));
        combo->setCurrentIndex(combo->findData(QStringLiteral("name")));
        QVERIFY(ready.wait());
        QCOMPARE(dlg.mappingRule(0), ImportMapping::ruleName(MatchRule::User));
        QCOMPARE(dlg.options().fieldMap.value(QStringLiteral("名称")), QStringLiteral("name"));
        if (qEnvironmentVariableIsSet("FC_SCREENSHOT")) { // for a look: FC_SCREENSHOT=/tmp/dialog.png
            dlg.resize(900, 700);
            dlg.grab().save(qEnvironmentVariable("FC_SCREENSHOT"));
        }

        // Abort (default): nothing imported, the summary says so.
        QSignalSpy done(&dlg, &ImportDialog::imported);
        dlg.startImport();
        QVERIFY(done.wait());
        QVERIFY(!dlg.lastReport().ok);
        QVERIFY(dlg.findChild<QPlainTextEdit *>()->toPlainText().contains(QLatin1String("unchanged")));

        // Skip: one imported, one reported.
        ImportOptions o = dlg.options();
        QVERIFY(o.onError == ImportOptions::OnError::Abort);
        const auto radios = dlg.findChildren<QAbstractButton *>();
        for (QAbstractButton *b : radios)
            if (b->text() == ImportDialog::tr("Skip them and report"))
                b->click();
        dlg.startImport();
        QVERIFY(done.wait());
        QVERIFY2(dlg.lastReport().ok, qPrintable(dlg.lastReport().error));
        QCOMPARE(dlg.lastReport().imported, 1);
        QCOMPARE(dlg.lastReport().skipped, 1);
        const QString summary = dlg.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY(summary.contains(QLatin1String("many")));
        QVERIFY2(summary.contains(QStringLiteral("名称")) && summary.contains(QLatin1String("capacity")), qPrintable(summary));
        auto rows = store->rows(QStringLiteral("shelters"));
        rows.waitForFinished();
        QCOMPARE(rows.result().value(0).values.value(QStringLiteral("name")).toString(), QStringLiteral("市八中学"));
    }
};

QTEST_MAIN(TstStoreImportDialog)
#include "tst_storeimportdialog.moc"
