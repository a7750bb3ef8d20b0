// Warning signals, the response level and its checklist, CAP in and out, on a real store.
#include "app/core/io/capalert.h"
#include "app/core/district/demooperation.h"
#include "app/core/base/clock.h"
#include "app/core/store/store.h"
#include "app/core/rules/warningactions.h"
#include "app/core/models/warningmodels.h"
#include "app/core/live/warningservice.h"
#include "app/core/live/replayscenario.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTranslator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

// Beijing time, as the HQ writes it.
QDateTime bj(const char *s)
{
    return QDateTime::fromString(QString::fromLatin1(s), Qt::ISODate).toTimeZone(QTimeZone::utc()).isValid()
               ? QDateTime(QDateTime::fromString(QString::fromLatin1(s), Qt::ISODate).date(),
                           QDateTime::fromString(QString::fromLatin1(s), Qt::ISODate).time(),
                           QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                     .toUTC()
               : QDateTime();
}

QString cap(const char *name)
{
    return QStringLiteral(FC_TEST_DATA "/cap/") + QString::fromLatin1(name);
}

} // namespace

class TstWarnings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> newStore()
    {
        QString e;
        auto s = Store::create(m_dir.filePath(QStringLiteral("w%1.gpkg").arg(++m_n)), &e);
        if (s)
            s->setUser(QStringLiteral("duty-officer"));
        return s;
    }

    static bool run(Store &store, const QList<RowChange> &changes, QString *error = nullptr)
    {
        if (changes.isEmpty())
            return false;
        const WriteResult r = wait(store.apply(changes));
        if (error)
            *error = r.error;
        return r.ok;
    }

    static bool issue(Store &store, const char *kind, const char *colour, const char *at, QString *error = nullptr)
    {
        SignalInput in;
        in.kind = QString::fromLatin1(kind);
        in.colour = QString::fromLatin1(colour);
        in.issuedAt = bj(at);
        in.enteredBy = QStringLiteral("duty-officer");
        QString e;
        const QList<RowChange> c = WarningActions::issue(WarningState::read(store), in, &e);
        if (error)
            *error = e;
        return run(store, c, error);
    }

    static bool decide(Store &store, const char *level, const QString &reason, const char *at, QString *error = nullptr)
    {
        QString e;
        const QList<RowChange> c = WarningActions::decide(WarningState::read(store), QString::fromLatin1(level), reason,
                                                          QStringLiteral("Wang Min"), bj(at), &e);
        if (error)
            *error = e;
        return run(store, c, error);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Upgrade, downgrade and lift, with two kinds in force at once; history is kept.
    void signalTransitions()
    {
        auto store = newStore();
        QVERIFY(store);
        QVERIFY(issue(*store, "typhoon", "blue", "2024-09-14T17:00:00"));
        QVERIFY(issue(*store, "typhoon", "yellow", "2024-09-15T08:00:00"));
        QVERIFY(issue(*store, "high_tide", "blue", "2024-09-15T08:00:00"));
        QVERIFY(issue(*store, "typhoon", "orange", "2024-09-15T17:00:00"));
        WarningState s = WarningState::read(*store);
        QCOMPARE(s.inForce().size(), 2);
        QCOMPARE(s.inForce(QStringLiteral("typhoon")).colour, QStringLiteral("orange"));
        QCOMPARE(s.inForce(QStringLiteral("typhoon")).action, QStringLiteral("upgrade"));
        QCOMPARE(s.inForce(QStringLiteral("high_tide")).colour, QStringLiteral("blue"));
        QCOMPARE(s.allSignals().size(), 4); // blue and yellow typhoon rows kept as history
        const WarningSignal yellow = s.signal(s.inForce(QStringLiteral("typhoon")).previousFid);
        QCOMPARE(yellow.colour, QStringLiteral("yellow"));
        QCOMPARE(yellow.ended, QStringLiteral("upgrade"));
        QCOMPARE(yellow.liftedAt, bj("2024-09-15T17:00:00"));

        QVERIFY(issue(*store, "typhoon", "yellow", "2024-09-16T12:00:00"));
        s = WarningState::read(*store);
        QCOMPARE(s.inForce(QStringLiteral("typhoon")).action, QStringLiteral("downgrade"));

        QString e;
        QVERIFY(run(*store, WarningActions::lift(s, QStringLiteral("typhoon"), bj("2024-09-16T18:00:00"),
                                                 QStringLiteral("x"), &e)));
        s = WarningState::read(*store);
        QCOMPARE(s.inForce().size(), 1);
        QCOMPARE(s.inForce(QStringLiteral("typhoon")).fid, 0);
        // Nothing to lift: refused with a message.
        QVERIFY(WarningActions::lift(s, QStringLiteral("typhoon"), bj("2024-09-16T19:00:00"), {}, &e).isEmpty());
        QVERIFY(e.contains(QStringLiteral("Typhoon")));
        // A change dated before the signal in force is refused.
        QVERIFY(!issue(*store, "high_tide", "yellow", "2024-09-14T08:00:00", &e));
        QVERIFY(!issue(*store, "drought", "red", "2024-09-16T08:00:00", &e));
        QVERIFY(e.contains(QStringLiteral("drought")));
    }

    // The store itself refuses a second signal of a kind in force (another seat writing past our checks).
    void oneSignalInForcePerKindInTheSchema()
    {
        auto store = newStore();
        QVERIFY(issue(*store, "rainstorm", "yellow", "2024-07-01T10:00:00"));
        const QString path = store->path();
        const WriteResult r = wait(store->insertRow(QStringLiteral("warning_signals"),
                                                    {{QStringLiteral("kind"), QStringLiteral("rainstorm")},
                                                     {QStringLiteral("colour"), QStringLiteral("red")},
                                                     {QStringLiteral("issued_at"), QStringLiteral("2024-07-01T03:00:00Z")}}));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("UNIQUE")), qPrintable(r.error));
        // Another kind is fine.
        QVERIFY(wait(store->insertRow(QStringLiteral("warning_signals"),
                                      {{QStringLiteral("kind"), QStringLiteral("thunder")},
                                       {QStringLiteral("colour"), QStringLiteral("yellow")}}))
                    .ok);
        QCOMPARE(WarningState::read(*store).inForce().size(), 2);
    }

    // DOMAIN.md: typhoon blue -> IV, yellow -> III, orange -> II; rainstorm yellow -> III, orange -> II; red -> I.
    void planMapping_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("level");
        QTest::newRow("typhoon blue") << "typhoon" << "blue" << "IV";
        QTest::newRow("typhoon yellow") << "typhoon" << "yellow" << "III";
        QTest::newRow("typhoon orange") << "typhoon" << "orange" << "II";
        QTest::newRow("typhoon red") << "typhoon" << "red" << "I";
        QTest::newRow("rainstorm blue") << "rainstorm" << "blue" << "none";
        QTest::newRow("rainstorm yellow") << "rainstorm" << "yellow" << "III";
        QTest::newRow("rainstorm orange") << "rainstorm" << "orange" << "II";
        QTest::newRow("rainstorm red") << "rainstorm" << "red" << "I";
        QTest::newRow("heat red") << "heat" << "red" << "none";
    }
    void planMapping()
    {
        QFETCH(QString, kind);
        QFETCH(QString, colour);
        QFETCH(QString, level);
        const ResponsePlan p = ResponsePlan::defaultPlan();
        QVERIFY(p.isValid());
        QCOMPARE(p.levelFor(kind, colour), level);
    }

    void planImpliesTheHighestLevelAndIsConfigurable()
    {
        ResponsePlan p = ResponsePlan::defaultPlan();
        WarningSignal a, b;
        a.fid = 1, a.kind = QStringLiteral("typhoon"), a.colour = QStringLiteral("blue");
        b.fid = 2, b.kind = QStringLiteral("rainstorm"), b.colour = QStringLiteral("orange");
        qint64 fid = 0;
        QCOMPARE(p.impliedLevel({a, b}, &fid), QStringLiteral("II"));
        QCOMPARE(fid, 2);
        p.setLevelFor(QStringLiteral("rainstorm"), QStringLiteral("red"), QStringLiteral("II"));
        QString e;
        const ResponsePlan q = ResponsePlan::fromJson(p.toJson(), &e);
        QVERIFY2(q.isValid(), qPrintable(e));
        QCOMPARE(q.levelFor(QStringLiteral("rainstorm"), QStringLiteral("red")), QStringLiteral("II"));
        QCOMPARE(q.items(QStringLiteral("III")).size(), p.items(QStringLiteral("III")).size());
        QVERIFY(!ResponsePlan::fromJson("{\"code\":\"x\",\"title\":\"t\",\"mapping\":[{\"kind\":\"typhoon\","
                                        "\"colour\":\"pink\",\"level\":\"II\"}]}",
                                        &e)
                     .isValid());
        QVERIFY(e.contains(QStringLiteral("pink")));
    }

    // Confirm starts the level's checklist (with the lower levels' items), due relative to the start.
    void confirmOverrideAndChecklist()
    {
        auto store = newStore();
        QVERIFY(issue(*store, "typhoon", "yellow", "2024-09-15T08:00:00"));
        WarningState s = WarningState::read(*store);
        QVERIFY(s.decisionPending());
        QCOMPARE(s.proposedLevel(), QStringLiteral("III"));
        QString e;
        QVERIFY(decide(*store, "III", {}, "2024-09-15T08:10:00", &e));
        s = WarningState::read(*store);
        QVERIFY(!s.decisionPending());
        const ResponseRecord r = s.currentResponse();
        QCOMPARE(r.level, QStringLiteral("III"));
        QCOMPARE(r.decision, QStringLiteral("confirm"));
        QCOMPARE(r.decidedBy, QStringLiteral("Wang Min"));
        QCOMPARE(r.changedAt, bj("2024-09-15T08:10:00"));
        const ResponsePlan plan = ResponsePlan::defaultPlan();
        const int expected = int(plan.items(QStringLiteral("IV")).size() + plan.items(QStringLiteral("III")).size());
        QCOMPARE(expected, 9); // the shipped plan: 4 at IV, 5 at III
        QCOMPARE(s.openCount(), expected);
        for (const ChecklistItem &i : s.checklist()) {
            QCOMPARE(i.responseFid, r.fid); // linked in the same transaction
            QCOMPARE(i.dueAt, bj("2024-09-15T08:10:00").addSecs(i.dueMinutes * 60));
            if (i.itemCode == QLatin1String("III-02")) {
                QCOMPARE(i.unit, QStringLiteral("区水务所"));
                QCOMPARE(i.dueAt, bj("2024-09-15T10:10:00")); // close the gates within 2 h
            }
        }
        // Override without a reason is refused; with one it is recorded.
        QVERIFY(!decide(*store, "II", {}, "2024-09-15T09:00:00", &e));
        QVERIFY(e.contains(QStringLiteral("reason")));
        QVERIFY(decide(*store, "II", QStringLiteral("tide forecast 5.2 m"), "2024-09-15T09:00:00", &e));
        s = WarningState::read(*store);
        QCOMPARE(s.currentResponse().decision, QStringLiteral("override"));
        QCOMPARE(s.currentResponse().reason, QStringLiteral("tide forecast 5.2 m"));
        QCOMPARE(s.currentResponse().proposed, QStringLiteral("III"));
        QCOMPARE(s.openCount(), expected + int(plan.items(QStringLiteral("II")).size()));
        QCOMPARE(s.responses().size(), 2);
        QVERIFY(s.responses().first().endedAt.isValid());
        // The store keeps one response in force.
        const WriteResult dup = wait(store->insertRow(QStringLiteral("response_levels"),
                                                      {{QStringLiteral("level"), QStringLiteral("I")},
                                                       {QStringLiteral("scope"), QStringLiteral("flood_typhoon")}}));
        QVERIFY(!dup.ok);
    }

    // Completion and overdue against a fixed clock; lowering closes what no longer applies, keeping history.
    void completionOverdueAndLowering()
    {
        auto store = newStore();
        QVERIFY(issue(*store, "rainstorm", "orange", "2024-07-01T10:00:00"));
        QVERIFY(decide(*store, "II", {}, "2024-07-01T10:00:00"));
        WarningState s = WarningState::read(*store);
        Clock clock;
        clock.setFixed(bj("2024-07-01T10:20:00"));
        QCOMPARE(s.overdueCount(clock.now()), 0);
        clock.advance(31 * 60); // 10:51: the 30-minute item (IV-01) is overdue
        QCOMPARE(s.overdueCount(clock.now()), 1);
        qint64 iv01 = 0;
        for (const ChecklistItem &i : s.checklist())
            if (i.itemCode == QLatin1String("IV-01"))
                iv01 = i.fid;
        QVERIFY(iv01);
        QString e;
        QVERIFY(run(*store, WarningActions::setItemDone(s, iv01, true, QStringLiteral("Li"), QStringLiteral("on watch"),
                                                        clock.now(), &e)));
        s = WarningState::read(*store);
        QCOMPARE(s.overdueCount(clock.now()), 0);
        QCOMPARE(s.item(iv01).doneBy, QStringLiteral("Li"));
        QCOMPARE(s.item(iv01).remark, QStringLiteral("on watch"));
        clock.advance(3600); // 11:51: the 60-minute items (III-01, III-05, II-01) and the 90-minute II-04
        QCOMPARE(s.overdueCount(clock.now()), 4);

        // Rainstorm down to yellow: the plan proposes III; confirming closes the open level-II items.
        QVERIFY(issue(*store, "rainstorm", "yellow", "2024-07-01T12:00:00"));
        QVERIFY(decide(*store, "III", {}, "2024-07-01T12:05:00"));
        s = WarningState::read(*store);
        int closed = 0, doneKept = 0;
        for (const ChecklistItem &i : s.checklist()) {
            if (i.level == QLatin1String("II")) {
                QVERIFY(i.isClosed());
                QCOMPARE(i.closedAt, bj("2024-07-01T12:05:00"));
                ++closed;
            }
            doneKept += i.isDone() ? 1 : 0;
        }
        QCOMPARE(closed, 5);
        QCOMPARE(doneKept, 1);
        QCOMPARE(s.openCount(), 8); // 9 items of IV and III, one done
        // Items of III carried over keep their original due time (no duplicates).
        QCOMPARE(s.checklist().size(), 14);
        // A closed item can no longer change.
        qint64 closedFid = 0;
        for (const ChecklistItem &i : s.checklist())
            if (i.isClosed())
                closedFid = i.fid;
        QVERIFY(WarningActions::setItemDone(s, closedFid, true, {}, {}, clock.now(), &e).isEmpty());
        // Ending the response closes everything still open.
        QVERIFY(run(*store, WarningActions::lift(s, QStringLiteral("rainstorm"), bj("2024-07-01T15:00:00"), {}, &e)));
        QVERIFY(decide(*store, "none", {}, "2024-07-01T15:05:00"));
        s = WarningState::read(*store);
        QCOMPARE(s.openCount(), 0);
        QCOMPARE(s.currentResponse().level, QStringLiteral("none"));
    }

    // A replay sees the state as it stood then.
    void stateAsOf()
    {
        auto store = newStore();
        QVERIFY(issue(*store, "typhoon", "blue", "2024-09-14T17:00:00"));
        QVERIFY(decide(*store, "IV", {}, "2024-09-14T17:10:00"));
        QVERIFY(issue(*store, "typhoon", "yellow", "2024-09-15T08:00:00"));
        QVERIFY(decide(*store, "III", {}, "2024-09-15T08:10:00"));
        const WarningState now = WarningState::read(*store);
        const WarningState then = now.asOf(bj("2024-09-15T07:00:00"));
        QCOMPARE(then.inForce().size(), 1);
        QCOMPARE(then.inForce(QStringLiteral("typhoon")).colour, QStringLiteral("blue"));
        QCOMPARE(then.currentResponse().level, QStringLiteral("IV"));
        QCOMPARE(then.openCount(), 4); // the level-IV items only
        QCOMPARE(now.asOf(bj("2024-09-14T12:00:00")).inForce().size(), 0);
        QCOMPARE(now.currentResponse().level, QStringLiteral("III"));
        QCOMPARE(now.eventStart(), bj("2024-09-14T17:10:00")); // the event began with the level-IV decision
        QVERIFY(!then.asOf(bj("2024-09-14T17:05:00")).eventStart().isValid());
    }

    // CAP: English and Chinese samples import; Update raises, Cancel lifts the referenced signal.
    void capImport()
    {
        auto store = newStore();
        QString e, summary;
        for (const char *f : {"en_typhoon_alert.xml", "zh_rainstorm_alert.xml", "zh_rainstorm_update.xml"}) {
            const CapAlert a = CapAlert::readFile(cap(f), &e);
            QVERIFY2(a.isValid(), qPrintable(e));
            QVERIFY2(run(*store, a.changes(WarningState::read(*store), QStringLiteral("x"), bj("2024-09-16T09:00:00"),
                                           &summary, &e)),
                     qPrintable(e));
        }
        WarningState s = WarningState::read(*store);
        s.setNow(bj("2024-09-16T09:00:00")); // the typhoon alert expires at 2024-09-16 20:00
        QCOMPARE(s.inForce().size(), 2);
        const WarningSignal ty = s.inForce(QStringLiteral("typhoon"));
        QCOMPARE(ty.colour, QStringLiteral("yellow"));
        QCOMPARE(ty.issuer, QStringLiteral("Municipal Meteorological Service"));
        QCOMPARE(ty.issuedAt, bj("2024-09-15T08:00:00"));
        const WarningSignal rs = s.inForce(QStringLiteral("rainstorm"));
        QCOMPARE(rs.colour, QStringLiteral("red")); // 橙色 -> 红色 by the Update
        QCOMPARE(rs.action, QStringLiteral("upgrade"));
        QCOMPARE(rs.area, QStringLiteral("中心城区"));
        QCOMPARE(s.signal(rs.previousFid).colour, QStringLiteral("orange"));
        QCOMPARE(s.proposedLevel(), QStringLiteral("I"));

        const CapAlert cancel = CapAlert::readFile(cap("zh_rainstorm_cancel.xml"), &e);
        QVERIFY(cancel.isValid());
        QVERIFY(run(*store, cancel.changes(s, QStringLiteral("x"), bj("2024-09-16T15:01:00"), &summary, &e)));
        s = WarningState::read(*store);
        QCOMPARE(s.inForce(QStringLiteral("rainstorm")).fid, 0);
        QCOMPARE(s.signal(rs.fid).ended, QStringLiteral("cancel"));
        // Cancelling again: refused, nothing written.
        QVERIFY(cancel.changes(s, QStringLiteral("x"), bj("2024-09-16T15:02:00"), &summary, &e).isEmpty());
        QVERIFY(!e.isEmpty());
    }

    void capMalformedIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("namespace") << "bad_namespace.xml" << "namespace";
        QTest::newRow("identifier") << "bad_missing_identifier.xml" << "<identifier>";
        QTest::newRow("status") << "bad_status.xml" << "<status> 'Real'";
        QTest::newRow("truncated") << "bad_truncated.xml" << "Premature end";
        QTest::newRow("severity") << "bad_missing_severity.xml" << "<severity>";
        QTest::newRow("not xml") << "bad_not_xml.xml" << "line 1";
    }
    void capMalformedIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        QString e;
        const CapAlert a = CapAlert::readFile(cap(file.toLatin1().constData()), &e);
        QVERIFY(!a.isValid());
        QVERIFY2(e.contains(file), qPrintable(e));
        QVERIFY2(e.contains(problem), qPrintable(e));
    }

    // floodctl cap-import with a bad file among good ones changes nothing (the store file is byte-identical).
    void capImportCommandLeavesStoreUnchanged()
    {
        const QString db = m_dir.filePath(QStringLiteral("ctl.gpkg"));
        {
            QString e;
            auto s = Store::create(db, &e);
            QVERIFY(s);
        }
        const QByteArray before = sha256(db);
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("cap-import"), db, cap("zh_rainstorm_alert.xml"),
                                               cap("bad_truncated.xml")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("bad_truncated.xml")));
        QCOMPARE(sha256(db), before);
        // And the good one alone imports; status --json reports it.
        p.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("cap-import"), db, cap("zh_rainstorm_alert.xml")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        p.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("status"), db, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray sigs = o.value(QStringLiteral("signals")).toArray();
        QCOMPARE(sigs.size(), 1);
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("colour")).toString(), QStringLiteral("orange"));
        QCOMPARE(o.value(QStringLiteral("response")).toObject().value(QStringLiteral("proposed")).toString(),
                 QStringLiteral("II"));
    }

    // Export the signals in force as CAP 1.2 and read them back.
    void capRoundTrip()
    {
        auto store = newStore();
        QVERIFY(issue(*store, "typhoon", "orange", "2024-09-15T17:00:00"));
        QVERIFY(issue(*store, "high_tide", "blue", "2024-09-15T08:00:00"));
        const QByteArray xml = CapAlert::write(WarningState::read(*store).inForce(), QStringLiteral("fc-test"),
                                               bj("2024-09-15T18:00:00"));
        QString e;
        const CapAlert a = CapAlert::parse(xml, QStringLiteral("export.xml"), &e);
        QVERIFY2(a.isValid(), qPrintable(e));
        const QList<CapAlert::Signal> sigs = a.signalList(&e);
        QCOMPARE(sigs.size(), 2);
        QCOMPARE(sigs.at(0).kind, QStringLiteral("typhoon"));
        QCOMPARE(sigs.at(0).colour, QStringLiteral("orange"));
        QCOMPARE(sigs.at(1).kind, QStringLiteral("high_tide"));
        QCOMPARE(sigs.at(1).info.effective, bj("2024-09-15T08:00:00"));
    }

    // The service and models follow the change feed.
    void serviceAndModelsFollowTheFeed()
    {
        auto store = newStore();
        Clock clock;
        clock.setFixed(bj("2024-09-15T08:00:00"));
        WarningService service(&clock);
        QSignalSpy reset(&service, &WarningService::reset);
        service.setStore(store.get());
        QVERIFY(reset.wait(10000));
        SignalTableModel signalsModel(&service);
        ChecklistModel checklist(&service);
        QSignalSpy raised(&service, &WarningService::signalRaised);
        QSignalSpy inserted(&signalsModel, &QAbstractItemModel::rowsInserted);
        SignalInput in;
        in.kind = QStringLiteral("typhoon");
        in.colour = QStringLiteral("yellow");
        QVERIFY(wait(service.issue(in)).ok);
        QTRY_COMPARE(raised.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(signalsModel.rowCount(), 1);
        QCOMPARE(signalsModel.data(signalsModel.index(0, SignalTableModel::Colour), SignalTableModel::RawValueRole).toInt(), 2);
        QCOMPARE(service.state().proposedLevel(), QStringLiteral("III"));
        QVERIFY(wait(service.decide(QStringLiteral("III"), {})).ok);
        QTRY_COMPARE(checklist.rowCount(), 9);
        clock.advance(3 * 3600);
        int overdue = 0;
        for (int r = 0; r < checklist.rowCount(); ++r)
            overdue += checklist.data(checklist.index(r, 0), ChecklistModel::OverdueRole).toBool() ? 1 : 0;
        QCOMPARE(overdue, service.state().overdueCount(clock.now()));
        QVERIFY(overdue > 0);
        // A downgrade is not an alert.
        in.colour = QStringLiteral("blue");
        QVERIFY(wait(service.issue(in)).ok);
        QTRY_COMPARE(signalsModel.rowCount(), 2);
        QCOMPARE(raised.size(), 1);
    }

    // Checklist tasks and units, and the area, in the interface language: the plan's English texts in English
    // (read here from the plan file itself), the Chinese ones in Chinese; never a code.
    void checklistInTheInterfaceLanguage()
    {
        auto store = newStore();
        Clock clock;
        clock.setFixed(bj("2024-09-15T08:00:00"));
        WarningService service(&clock);
        QSignalSpy reset(&service, &WarningService::reset);
        service.setStore(store.get());
        QVERIFY(reset.wait(10000));
        SignalTableModel signalsModel(&service);
        ChecklistModel checklist(&service);
        SignalInput in;
        in.kind = QStringLiteral("typhoon");
        in.colour = QStringLiteral("blue");
        in.area = QStringLiteral("全市");
        QVERIFY(wait(service.issue(in)).ok);
        QTRY_COMPARE(service.state().proposedLevel(), QStringLiteral("IV"));
        const WriteResult decided = wait(service.decide(QStringLiteral("IV"), {}));
        QVERIFY2(decided.ok, qPrintable(decided.error));
        QTRY_VERIFY(checklist.rowCount() > 0);
        QTRY_COMPARE(signalsModel.rowCount(), 1);
        QFile planFile(QStringLiteral(FC_SOURCE_DIR "/resources/plans/flood_typhoon.json"));
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        QHash<QString, QJsonObject> byTask; // Chinese task -> plan item
        for (const QJsonValue &v : QJsonDocument::fromJson(planFile.readAll()).object().value(QStringLiteral("levels")).toObject().value(QStringLiteral("IV")).toArray())
            byTask.insert(v.toObject().value(QStringLiteral("task")).toString(), v.toObject());
        QCOMPARE(checklist.rowCount(), int(byTask.size()));
        for (int r = 0; r < checklist.rowCount(); ++r) {
            const QString zhTask = checklist.data(checklist.index(r, ChecklistModel::Task), ChecklistModel::RawValueRole).toString();
            QVERIFY2(byTask.contains(zhTask), qPrintable(zhTask));
            const QJsonObject item = byTask.value(zhTask);
            QCOMPARE(checklist.data(checklist.index(r, ChecklistModel::Task)).toString(), item.value(QStringLiteral("task_en")).toString());
            QCOMPARE(checklist.data(checklist.index(r, ChecklistModel::Unit)).toString(), item.value(QStringLiteral("unit_en")).toString());
        }
        QCOMPARE(signalsModel.data(signalsModel.index(0, SignalTableModel::Area)).toString(), QStringLiteral("whole city"));
        // In Chinese: the plan's own texts.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(FC_BINARY_DIR "/app/floodcommand_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString task0 = checklist.data(checklist.index(0, ChecklistModel::Task)).toString();
        const QString raw0 = checklist.data(checklist.index(0, ChecklistModel::Task), ChecklistModel::RawValueRole).toString();
        const QString area = signalsModel.data(signalsModel.index(0, SignalTableModel::Area)).toString();
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(task0, raw0);
        QCOMPARE(area, QStringLiteral("全市"));
    }

    // The Bebinca replay records its response levels as decided by the replay (an actor id), shown in the interface
    // language, never an English sentence in the "confirmed by" field.
    void replayDecidedByIsNotASentence()
    {
        QString e;
        auto store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("bebinca-actor.gpkg")), &e);
        QVERIFY2(store, qPrintable(e));
        ReplayScenario::Summary sum;
        QVERIFY2(ReplayScenario::writeBebinca(*store, &sum, &e), qPrintable(e));
        const WarningState st = WarningState::read(*store);
        // The replay's rows (the demo operation has its own, decided by its officer).
        int replayRows = 0;
        for (const ResponseRecord &r : st.responses()) {
            QVERIFY2(r.decidedBy != QLatin1String(ReplayScenario::Source), qPrintable(r.decidedBy));
            replayRows += r.decidedBy == QLatin1String(ReplayScenario::Actor) ? 1 : 0;
        }
        QCOMPARE(replayRows, sum.responseLevels);
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(FC_BINARY_DIR "/app/floodcommand_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString shown = ReplayScenario::actorName(QString::fromLatin1(ReplayScenario::Actor));
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(!shown.contains(QLatin1String("replay")) && !shown.isEmpty(), qPrintable(shown));
    }
};

QTEST_MAIN(TstWarnings)
#include "tst_warnings.moc"
