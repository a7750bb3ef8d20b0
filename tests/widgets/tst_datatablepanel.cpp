// The operation data table panel as a duty officer uses it: pick a table, edit a cell, undo/redo the edit,
// read the audit log (never edit it), filter by name and sort numbers as numbers.
#include "app/core/store/store.h"
#include "app/core/district/demooperation.h"
#include "app/core/models/storetablemodel.h"
#include "widgets/panels/datatablepanel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fc;

namespace {

template<typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

// Waits (through the event loop) until the store announces a committed change to `table`, row `fid`.
bool waitForChange(QSignalSpy &spy, const QString &table, qint64 fid)
{
    int seen = 0;
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (; seen < spy.size(); ++seen) {
            const auto events = spy.at(seen).at(0).value<QList<RowEvent>>();
            for (const RowEvent &e : events)
                if (e.table == table && e.fid == fid)
                    return true;
        }
        if (!spy.wait(10000))
            return false;
    }
    return false;
}

} // namespace

class TstDataTablePanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    // Shows `table` in the panel and waits until its rows are loaded.
    static bool showAndLoad(DataTablePanel &panel, const QString &table)
    {
        panel.showTable(table);
        StoreTableModel *model = panel.model();
        if (!model || model->table() != table)
            return false;
        QSignalSpy loaded(model, &StoreTableModel::loaded);
        return loaded.wait(20000) && model->rowCount() > 0;
    }

    static QAbstractItemModel *viewModel(DataTablePanel &panel) { return panel.view()->model(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        QString error;
        m_store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("panel-%1.gpkg").arg(++n)), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setUser(QStringLiteral("officer.wang"));
    }
    void cleanup() { m_store.reset(); }

    void editIsStoredAuditedAndUndoable()
    {
        QUndoStack undo;
        DataTablePanel panel(m_store.get(), &undo);
        QVERIFY(showAndLoad(panel, QStringLiteral("shelters")));
        StoreTableModel *model = panel.model();
        QAbstractItemModel *view = viewModel(panel);
        QCOMPARE(view->rowCount(), model->rowCount());

        // The shelter 格致中学体育馆 (SH-01): its occupancy cell in the view.
        const int nameCol = model->columnOf(QStringLiteral("name"));
        const int occCol = model->columnOf(QStringLiteral("occupancy"));
        QVERIFY(nameCol >= 0 && occCol >= 0);
        int viewRow = -1;
        for (int r = 0; r < view->rowCount(); ++r)
            if (view->index(r, nameCol).data().toString() == QStringLiteral("格致中学体育馆"))
                viewRow = r;
        QVERIFY(viewRow >= 0);
        const QModelIndex cell = view->index(viewRow, occCol);
        const qint64 fid = cell.data(StoreTableModel::FidRole).toLongLong();
        QVERIFY(fid > 0);
        QVERIFY(view->flags(cell) & Qt::ItemIsEditable);

        const qint64 before = wait(m_store->row(QStringLiteral("shelters"), fid)).values.value(QStringLiteral("occupancy")).toLongLong();
        const qint64 after = before + 137;
        const int auditBefore = int(wait(m_store->auditLog(QStringLiteral("shelters"), fid)).size());

        QSignalSpy changed(m_store.get(), &Store::rowsChanged);
        QVERIFY(view->setData(cell, after, Qt::EditRole));
        QVERIFY(waitForChange(changed, QStringLiteral("shelters"), fid));
        QCOMPARE(wait(m_store->row(QStringLiteral("shelters"), fid)).values.value(QStringLiteral("occupancy")).toLongLong(), after);
        QCOMPARE(undo.count(), 1);
        // The view shows the stored value (the model follows the store's notification).
        QTRY_COMPARE(view->index(viewRow, occCol).data(StoreTableModel::RawValueRole).toLongLong(), after);

        // The edit is in the audit trail: who, what, the value before and after.
        QList<AuditEntry> log = wait(m_store->auditLog(QStringLiteral("shelters"), fid));
        QCOMPARE(int(log.size()), auditBefore + 1);
        QCOMPARE(log[0].action, QStringLiteral("update"));
        QCOMPARE(log[0].actor, QStringLiteral("officer.wang"));
        QCOMPARE(log[0].table, QStringLiteral("shelters"));
        QCOMPARE(log[0].rowFid, fid);
        QCOMPARE(log[0].before.value(QStringLiteral("occupancy")).toInteger(), before);
        QCOMPARE(log[0].after.value(QStringLiteral("occupancy")).toInteger(), after);

        // Undo puts the old value back in the store; redo applies the edit again.
        changed.clear();
        undo.undo();
        QVERIFY(waitForChange(changed, QStringLiteral("shelters"), fid));
        QCOMPARE(wait(m_store->row(QStringLiteral("shelters"), fid)).values.value(QStringLiteral("occupancy")).toLongLong(), before);
        QTRY_COMPARE(view->index(viewRow, occCol).data(StoreTableModel::RawValueRole).toLongLong(), before);

        changed.clear();
        undo.redo();
        QVERIFY(waitForChange(changed, QStringLiteral("shelters"), fid));
        QCOMPARE(wait(m_store->row(QStringLiteral("shelters"), fid)).values.value(QStringLiteral("occupancy")).toLongLong(), after);
        QTRY_COMPARE(view->index(viewRow, occCol).data(StoreTableModel::RawValueRole).toLongLong(), after);

        log = wait(m_store->auditLog(QStringLiteral("shelters"), fid));
        QCOMPARE(int(log.size()), auditBefore + 3); // edit, undo, redo: each audited
        QCOMPARE(log[1].note, QStringLiteral("undo"));
        QCOMPARE(log[0].note, QStringLiteral("redo"));
    }

    void auditLogIsReadOnly()
    {
        QUndoStack undo;
        DataTablePanel panel(m_store.get(), &undo);
        // Make one audited edit first so the log has a person-made entry.
        QVERIFY(showAndLoad(panel, QStringLiteral("shelters")));
        const qint64 fid = panel.model()->fidAt(0);
        QVERIFY(wait(m_store->updateRow(QStringLiteral("shelters"), fid, {{QStringLiteral("occupancy"), 12}})).ok);

        QVERIFY(showAndLoad(panel, QStringLiteral("audit_log")));
        StoreTableModel *model = panel.model();
        QAbstractItemModel *view = viewModel(panel);
        QVERIFY(view->rowCount() > 0);
        QCOMPARE(view->rowCount(), int(wait(m_store->auditLog()).size()));
        for (int r = 0; r < view->rowCount(); ++r)
            for (int c = 0; c < view->columnCount(); ++c)
                QVERIFY2(!(view->flags(view->index(r, c)) & Qt::ItemIsEditable),
                         qPrintable(QStringLiteral("audit cell %1,%2 editable").arg(r).arg(c)));

        // A write attempt through the view changes nothing and puts nothing on the undo stack.
        const int actorCol = model->columnOf(QStringLiteral("actor"));
        QVERIFY(actorCol >= 0);
        const QModelIndex cell = view->index(0, actorCol);
        const QString actor = cell.data(Qt::EditRole).toString();
        const int entries = int(wait(m_store->auditLog()).size());
        QVERIFY(!view->setData(cell, QStringLiteral("someone.else"), Qt::EditRole));
        QCOMPARE(undo.count(), 0);
        QCOMPARE(view->index(0, actorCol).data(Qt::EditRole).toString(), actor);
        QCOMPARE(int(wait(m_store->auditLog()).size()), entries);
    }

    void filterByName_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one shelter") << QStringLiteral("格致中学体育馆") << QStringList{QStringLiteral("格致中学体育馆")};
        QTest::newRow("part of a name")
            << QStringLiteral("中学体育馆")
            << QStringList{QStringLiteral("格致中学体育馆"), QStringLiteral("大同中学体育馆"), QStringLiteral("向明中学体育馆"),
                           QStringLiteral("敬业中学体育馆"), QStringLiteral("光明中学体育馆")};
        QTest::newRow("no match") << QStringLiteral("不存在的安置点") << QStringList{};
    }
    void filterByName()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        QUndoStack undo;
        DataTablePanel panel(m_store.get(), &undo);
        QVERIFY(showAndLoad(panel, QStringLiteral("shelters")));
        QAbstractItemModel *view = viewModel(panel);
        const int all = view->rowCount();
        const int nameCol = panel.model()->columnOf(QStringLiteral("name"));

        // Typed into the panel's filter box, as the officer does.
        auto *box = panel.findChild<QLineEdit *>();
        QVERIFY(box);
        box->setText(filter);
        QStringList shown;
        for (int r = 0; r < view->rowCount(); ++r)
            shown.append(view->index(r, nameCol).data().toString());
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);

        // Clearing the filter shows every row again.
        box->clear();
        QCOMPARE(view->rowCount(), all);
    }

    void sortsNumbersByValue()
    {
        QUndoStack undo;
        DataTablePanel panel(m_store.get(), &undo);
        QVERIFY(showAndLoad(panel, QStringLiteral("shelters")));
        StoreTableModel *model = panel.model();
        QAbstractItemModel *view = viewModel(panel);
        const int capCol = model->columnOf(QStringLiteral("capacity"));
        QVERIFY(capCol >= 0);

        // Two capacities whose text order differs from their numeric order: "80" > "900" as text.
        QVERIFY(wait(m_store->updateRow(QStringLiteral("shelters"), model->fidAt(0), {{QStringLiteral("capacity"), 900}})).ok);
        QVERIFY(wait(m_store->updateRow(QStringLiteral("shelters"), model->fidAt(1), {{QStringLiteral("capacity"), 80}})).ok);
        QTRY_COMPARE(model->data(model->index(1, capCol), StoreTableModel::RawValueRole).toLongLong(), 80);
        QTRY_COMPARE(model->data(model->index(0, capCol), StoreTableModel::RawValueRole).toLongLong(), 900);

        panel.view()->sortByColumn(capCol, Qt::AscendingOrder);
        QList<qint64> values;
        for (int r = 0; r < view->rowCount(); ++r)
            values.append(view->index(r, capCol).data(StoreTableModel::RawValueRole).toLongLong());
        QCOMPARE(values.size(), model->rowCount());
        QList<qint64> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(values, sorted);
        QCOMPARE(values.first(), 80);
        QVERIFY(values.indexOf(900) > values.indexOf(80));
        QVERIFY(values.indexOf(1200) > values.indexOf(900)); // SH-05, 1200 people: after 900, not before "250"

        panel.view()->sortByColumn(capCol, Qt::DescendingOrder);
        QCOMPARE(view->index(0, capCol).data(StoreTableModel::RawValueRole).toLongLong(), 1200);
        QCOMPARE(view->index(view->rowCount() - 1, capCol).data(StoreTableModel::RawValueRole).toLongLong(), 80);
    }

    void tableChoiceListsAuditLogAndSwitches()
    {
        QUndoStack undo;
        DataTablePanel panel(m_store.get(), &undo);
        auto *choice = panel.findChild<QComboBox *>();
        QVERIFY(choice);
        QVERIFY(choice->findData(QStringLiteral("shelters")) >= 0);
        QVERIFY(choice->findData(QStringLiteral("audit_log")) >= 0);
        // Choosing a table in the combo box shows that table.
        choice->setCurrentIndex(choice->findData(QStringLiteral("shelters")));
        QCOMPARE(panel.model()->table(), QStringLiteral("shelters"));
        QSignalSpy loaded(panel.model(), &StoreTableModel::loaded);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel.view()->model()->rowCount(), 9); // the demo district's nine shelters
    }
};

QTEST_MAIN(TstDataTablePanel)
#include "tst_datatablepanel.moc"
