#include "app/core/store/store.h"
#include "app/core/district/demooperation.h"
#include "app/core/models/storecommands.h"
#include "app/core/models/storetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

} // namespace

class TstStoreModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        QString error;
        m_store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("model-%1.gpkg").arg(++n)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setUser(QStringLiteral("officer.li"));
    }
    void cleanup() { m_store.reset(); }

    void followsChangesWithoutReload()
    {
        StoreTableModel model(m_store.get(), QStringLiteral("shelters"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &StoreTableModel::loaded);
        QVERIFY(loaded.wait());
        const int rows = model.rowCount();
        QVERIFY(rows >= 6);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const WriteResult w = wait(m_store->insertRow(QStringLiteral("shelters"),
                                                      {{QStringLiteral("name"), QStringLiteral("临时安置点")},
                                                       {QStringLiteral("capacity"), 120},
                                                       {QStringLiteral("geom"), QStringLiteral("POINT (121.48 31.23)")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), rows + 1);
        const int row = model.rowOfFid(w.fids[0]);
        QCOMPARE(model.data(model.index(row, model.columnOf(QStringLiteral("name")))).toString(), QStringLiteral("临时安置点"));

        QVERIFY(wait(m_store->updateRow(QStringLiteral("shelters"), w.fids[0], {{QStringLiteral("occupancy"), 45}})).ok);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(row, model.columnOf(QStringLiteral("occupancy"))), StoreTableModel::RawValueRole).toLongLong(), 45);

        QVERIFY(wait(m_store->deleteRow(QStringLiteral("shelters"), w.fids[0])).ok);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(reset.count(), 0); // updated row by row, never reloaded
    }

    void timesShownInShanghai()
    {
        StoreTableModel model(m_store.get(), QStringLiteral("flood_gates"));
        QSignalSpy loaded(&model, &StoreTableModel::loaded);
        QVERIFY(loaded.wait());
        const int col = model.columnOf(QStringLiteral("last_operated"));
        const QString raw = model.data(model.index(0, col), StoreTableModel::RawValueRole).toString();
        const QDateTime utc = QDateTime::fromString(raw, Qt::ISODateWithMs);
        QVERIFY2(raw.endsWith(QLatin1Char('Z')) && utc.isValid(), qPrintable(raw));
        QCOMPARE(model.data(model.index(0, col)).toString(), utc.addSecs(8 * 3600).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QVERIFY(model.headerData(col, Qt::Horizontal).toString() != QStringLiteral("last_operated")); // captioned
    }

    void undoRedoEdits()
    {
        StoreTableModel model(m_store.get(), QStringLiteral("flood_gates"));
        QUndoStack undo;
        model.setUndoStack(&undo);
        QSignalSpy loaded(&model, &StoreTableModel::loaded);
        QVERIFY(loaded.wait());
        const int col = model.columnOf(QStringLiteral("state"));
        const QModelIndex idx = model.index(0, col);
        const qint64 fid = model.fidAt(0);
        const QString before = model.data(idx, Qt::EditRole).toString();
        const QString after = before == QLatin1String("open") ? QStringLiteral("closed") : QStringLiteral("open");

        QVERIFY(model.setData(idx, after));
        QTRY_COMPARE(model.data(idx, Qt::EditRole).toString(), after);
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QTRY_COMPARE(model.data(idx, Qt::EditRole).toString(), before);
        undo.redo();
        QTRY_COMPARE(model.data(idx, Qt::EditRole).toString(), after);
        // Each step is an audited write by the person editing.
        const QList<AuditEntry> log = wait(m_store->auditLog(QStringLiteral("flood_gates"), fid));
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].note, QStringLiteral("redo"));
        QCOMPARE(log[1].note, QStringLiteral("undo"));
        QCOMPARE(log[1].after.value(QStringLiteral("state")).toString(), before);
        for (const AuditEntry &e : log)
            QCOMPARE(e.actor, QStringLiteral("officer.li"));
        // An invalid value is refused by the store and the model keeps the stored value.
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        QVERIFY(model.setData(idx, QStringLiteral("half-open")));
        QVERIFY(failed.wait());
        QCOMPARE(model.data(idx, Qt::EditRole).toString(), after);
    }

    void undoInsertAndDelete()
    {
        StoreTableModel model(m_store.get(), QStringLiteral("incidents"));
        QUndoStack undo;
        QSignalSpy loaded(&model, &StoreTableModel::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 0);
        auto *insert = new StoreInsertCommand(m_store.get(), QStringLiteral("incidents"),
                                              {{QStringLiteral("title"), QStringLiteral("河南南路积水 30 cm")},
                                               {QStringLiteral("severity"), QStringLiteral("medium")}});
        undo.push(insert);
        QTRY_COMPARE(model.rowCount(), 1);
        const qint64 fid = insert->fid();
        QVERIFY(fid > 0);
        undo.undo();
        QTRY_COMPARE(model.rowCount(), 0);
        undo.redo();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.fidAt(0), fid); // the same row comes back

        const StoreRow row = wait(m_store->row(QStringLiteral("incidents"), fid));
        undo.push(new StoreDeleteCommand(m_store.get(), QStringLiteral("incidents"), row));
        QTRY_COMPARE(model.rowCount(), 0);
        undo.undo();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.fidAt(0), fid);
        QCOMPARE(model.data(model.index(0, model.columnOf(QStringLiteral("title")))).toString(), QStringLiteral("河南南路积水 30 cm"));
    }

    void auditLogModelIsReadOnly()
    {
        StoreTableModel model(m_store.get(), QStringLiteral("audit_log"));
        QSignalSpy loaded(&model, &StoreTableModel::loaded);
        QVERIFY(loaded.wait());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, model.columnOf(QStringLiteral("actor"))), QStringLiteral("forged")));
    }
};

QTEST_GUILESS_MAIN(TstStoreModel)
#include "tst_storemodel.moc"
