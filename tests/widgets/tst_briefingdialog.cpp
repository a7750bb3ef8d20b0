// The window's briefing dialog: the report is built off the GUI thread (the event loop keeps running while it is
// prepared) and previewed; the picture of the dialog is kept for a look (FC_SHOT=path).
#include "app/core/district/demooperation.h"
#include "app/core/store/store.h"
#include "widgets/dialogs/briefingdialog.h"

#include <QLabel>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTest>

class TstBriefingDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewsWithoutBlocking()
    {
        QTemporaryDir dir;
        QString e;
        auto store = fc::DemoOperation::createStore(dir.filePath(QStringLiteral("op.gpkg")), &e);
        QVERIFY2(store, qPrintable(e));
        fc::BriefingDialog dlg(store.get(), QDateTime::currentDateTimeUtc());
        dlg.show();
        // The status says the report is being prepared while the event loop runs; then the serial and sections.
        QLabel *status = nullptr;
        for (QLabel *l : dlg.findChildren<QLabel *>())
            if (l->wordWrap())
                status = l;
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("section")), 60000);
        QVERIFY2(status->text().contains(QLatin1String("Serial ")), qPrintable(status->text()));
        auto *preview = dlg.findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() >= 2, 20000);
        if (!qEnvironmentVariableIsEmpty("FC_SHOT"))
            dlg.grab().save(qEnvironmentVariable("FC_SHOT"));
    }
};

QTEST_MAIN(TstBriefingDialog)
#include "tst_briefingdialog.moc"
