// CAP alerts taken in as a duty officer needs them: expiry, late alerts, the round trip, national identifiers,
// two languages, alerts for other places, dates far ahead, updates and cancels of alerts never received; and
// floodctl's writers refusing to overwrite. Samples are hand-written CAP 1.2 in tests/data/cap.
#include "app/core/io/capalert.h"
#include "app/core/base/clock.h"
#include "app/core/base/outputfile.h"
#include "app/core/store/store.h"
#include "app/core/rules/warningactions.h"
#include "app/core/live/warningservice.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

QDateTime bj(const char *s)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(s), Qt::ISODate);
    return QDateTime(t.date(), t.time(), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

QString cap(const char *name)
{
    return QStringLiteral(FC_TEST_DATA "/cap/") + QString::fromLatin1(name);
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run floodctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FLOODCTL_BIN), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The demo district, roughly (DOMAIN.md): west edge 121.465 E, the river on the east, Suzhou Creek north.
const char BoundaryWkt[] = "POLYGON((121.465 31.190,121.505 31.190,121.505 31.246,121.465 31.246,121.465 31.190))";

} // namespace

class TstCapImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> newStore(bool withBoundary = false, QString *path = nullptr)
    {
        QString e;
        const QString p = m_dir.filePath(QStringLiteral("c%1.gpkg").arg(++m_n));
        auto s = Store::create(p, &e);
        if (!s)
            return s;
        s->setUser(QStringLiteral("duty-officer"));
        if (withBoundary
            && !wait(s->insertRow(QStringLiteral("district_boundary"),
                                  {{QStringLiteral("name"), QStringLiteral("黄浦区")},
                                   {QStringLiteral("geom"), QString::fromLatin1(BoundaryWkt)}})).ok)
            return {};
        if (path)
            *path = p;
        return s;
    }

    static CapAlert read(const char *file)
    {
        QString e;
        CapAlert a = CapAlert::readFile(cap(file), &e);
        if (!a.isValid())
            qWarning("%s", qPrintable(e));
        return a;
    }

    // Imports one alert at `now` with the store's district; the summary, or the error with an empty list.
    static QList<RowChange> import(Store &store, const CapAlert &a, const QDateTime &now, QString *summary,
                                   QString *error, const QString &lang = QStringLiteral("zh"))
    {
        CapImportOptions o;
        o.language = lang;
        o.district = CapDistrict::read(store, error);
        QString note;
        const QList<RowChange> c = a.changes(WarningState::read(store), QStringLiteral("duty-officer"), now, o, summary,
                                             error, &note);
        if (!c.isEmpty() && !wait(store.apply(c, note)).ok)
            return {};
        return c;
    }

    static int dutyLogRows(Store &store) { return int(wait(store.rows(QStringLiteral("duty_log"))).size()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // An alert that expired in 2003 is history: lifted at its expiry, never in force today.
    void expiredAlertIsHistory()
    {
        auto store = newStore();
        QString summary, e;
        QVERIFY2(!import(*store, read("nat_rainstorm_expired_2003.xml"), bj("2026-12-07T20:00:00"), &summary, &e).isEmpty(),
                 qPrintable(e));
        WarningState s = WarningState::read(*store);
        QCOMPARE(s.inForce().size(), 0);
        QCOMPARE(s.proposedLevel(), QStringLiteral("none"));
        QCOMPARE(s.allSignals().size(), 1);
        const WarningSignal w = s.allSignals().first();
        QCOMPARE(w.issuedAt, bj("2003-08-05T10:00:00"));
        QCOMPARE(w.liftedAt, bj("2003-08-05T22:00:00"));
        QCOMPARE(w.capIdentifier, QStringLiteral("31010141600000_20030805100000"));
        QVERIFY2(summary.contains(QLatin1String("history")), qPrintable(summary));
    }

    // A signal with <expires> lapses then, for every reader of the state; a renewal moves the lapse.
    void signalLapsesAtExpiry()
    {
        auto store = newStore();
        QString summary, e;
        QVERIFY2(!import(*store, read("nat_bilingual_rainstorm.xml"), bj("2024-09-20T08:05:00"), &summary, &e).isEmpty(),
                 qPrintable(e));
        WarningState s = WarningState::read(*store);
        s.setNow(bj("2024-09-20T19:59:59"));
        QCOMPARE(s.inForce(QStringLiteral("rainstorm")).colour, QStringLiteral("orange"));
        QCOMPARE(s.proposedLevel(), QStringLiteral("II"));
        QCOMPARE(s.nextLapse(), bj("2024-09-20T20:00:00"));
        s.setNow(bj("2024-09-20T20:00:00"));
        QCOMPARE(s.inForce().size(), 0);
        QCOMPARE(s.proposedLevel(), QStringLiteral("none"));
        // Renewed by the duty officer before it lapses (no expiry given): in force until lifted.
        s.setNow(bj("2024-09-20T19:00:00"));
        SignalInput in;
        in.kind = QStringLiteral("rainstorm");
        in.colour = QStringLiteral("orange");
        in.issuedAt = bj("2024-09-20T19:00:00");
        in.text = QStringLiteral("续发");
        QVERIFY(wait(store->apply(WarningActions::issue(s, in, &e))).ok);
        s = WarningState::read(*store);
        s.setNow(bj("2024-09-21T08:00:00"));
        QCOMPARE(s.inForce(QStringLiteral("rainstorm")).colour, QStringLiteral("orange"));
    }

    // The GUI's service hears of a lapse like of any change: what is in force is re-read when the time passes.
    void serviceSeesTheLapse()
    {
        auto store = newStore();
        Clock clock;
        clock.setFixed(bj("2024-09-20T19:59:00"));
        WarningService service(&clock);
        QSignalSpy reset(&service, &WarningService::reset);
        service.setStore(store.get());
        QVERIFY(reset.wait(10000));
        SignalInput in;
        in.kind = QStringLiteral("rainstorm");
        in.colour = QStringLiteral("orange");
        in.issuedAt = bj("2024-09-20T08:00:00");
        in.expiresAt = bj("2024-09-20T20:00:00");
        QVERIFY(wait(service.issue(in)).ok);
        QTRY_COMPARE(service.state().inForce().size(), 1);
        QCOMPARE(service.state().proposedLevel(), QStringLiteral("II"));
        reset.clear();
        clock.setFixed(bj("2024-09-20T20:00:30"));
        QCOMPARE(service.state().inForce().size(), 0);
        QVERIFY(reset.wait(5000)); // the next tick tells the views
        QCOMPARE(service.state().proposedLevel(), QStringLiteral("none"));
    }

    // A late alert keeps its own issue time and is history; the signal in force is untouched.
    void lateAlertKeepsItsTime()
    {
        auto store = newStore();
        SignalInput in;
        in.kind = QStringLiteral("rainstorm");
        in.colour = QStringLiteral("blue");
        in.issuedAt = bj("2024-09-20T10:00:00");
        QString e, summary;
        QVERIFY(wait(store->apply(WarningActions::issue(WarningState::read(*store), in, &e))).ok);
        QVERIFY2(!import(*store, read("nat_bilingual_rainstorm.xml"), bj("2024-09-20T10:30:00"), &summary, &e).isEmpty(),
                 qPrintable(e));
        WarningState s = WarningState::read(*store);
        s.setNow(bj("2024-09-20T10:30:00"));
        const WarningSignal blue = s.inForce(QStringLiteral("rainstorm"));
        QCOMPARE(blue.colour, QStringLiteral("blue"));
        QCOMPARE(blue.issuedAt, bj("2024-09-20T10:00:00"));
        WarningSignal orange;
        for (const WarningSignal &w : s.allSignals())
            if (w.colour == QLatin1String("orange"))
                orange = w;
        QCOMPARE(orange.issuedAt, bj("2024-09-20T08:00:00")); // the alert's own time, not "now"
        QCOMPARE(orange.liftedAt, bj("2024-09-20T10:00:00")); // ended when the blue began
        QVERIFY2(summary.contains(QLatin1String("late")), qPrintable(summary));
    }

    // Export -> import -> export gives the same bytes (no headline growing into the text).
    void roundTripIsByteStable()
    {
        auto a = newStore();
        QString e;
        SignalInput in;
        in.kind = QStringLiteral("typhoon");
        in.colour = QStringLiteral("orange");
        in.issuedAt = bj("2024-09-15T17:00:00");
        in.text = QStringLiteral("预计未来24小时本区平均风力可达10级");
        in.expiresAt = bj("2024-09-16T17:00:00");
        QVERIFY(wait(a->apply(WarningActions::issue(WarningState::read(*a), in, &e))).ok);
        in.kind = QStringLiteral("high_tide");
        in.colour = QStringLiteral("blue");
        in.issuedAt = bj("2024-09-15T08:00:00");
        in.text = QStringLiteral("黄浦江高潮位");
        in.expiresAt = {};
        QVERIFY(wait(a->apply(WarningActions::issue(WarningState::read(*a), in, &e))).ok);
        const QDateTime sent = bj("2024-09-15T18:00:00");
        WarningState sa = WarningState::read(*a);
        sa.setNow(sent);
        const QByteArray first = CapAlert::write(sa.inForce(), QStringLiteral("31010141600000"), sent);
        QByteArray prev = first;
        for (int trip = 0; trip < 2; ++trip) {
            auto b = newStore();
            const CapAlert alert = CapAlert::parse(prev, QStringLiteral("export.xml"), &e);
            QVERIFY2(alert.isValid(), qPrintable(e));
            QString summary;
            QVERIFY2(!import(*b, alert, sent, &summary, &e).isEmpty(), qPrintable(e));
            WarningState sb = WarningState::read(*b);
            sb.setNow(sent);
            const QByteArray again = CapAlert::write(sb.inForce(), QStringLiteral("31010141600000"), sent);
            QCOMPARE(QString::fromUtf8(again), QString::fromUtf8(first));
            prev = again;
        }
        // The national sender gets a national identifier: its code, "_", the Beijing time of sending.
        QVERIFY(first.contains("<identifier>31010141600000_20240915180000</identifier>"));
        QVERIFY(first.contains("<expires>2024-09-16T17:00:00+08:00</expires>"));
    }

    // GB/T 35965.1 identifiers: a malformed one is refused, a good one is kept as given.
    void nationalIdentifiers()
    {
        QString e;
        QVERIFY(!CapAlert::readFile(cap("bad_national_identifier.xml"), &e).isValid());
        QVERIFY2(e.contains(QLatin1String("31010141600000_20241320080000")) && e.contains(QLatin1String("35965")),
                 qPrintable(e));
        QVERIFY(CapAlert::isNationalIdentifier(QStringLiteral("13060041600000_20240712213138")));
        QVERIFY(!CapAlert::isNationalIdentifier(QStringLiteral("1306004160000_20240712213138")));  // 13 digits
        QVERIFY(!CapAlert::isNationalIdentifier(QStringLiteral("13060041600000_20240230213138"))); // 30 February
        auto store = newStore();
        QString summary;
        QVERIFY(!import(*store, read("nat_bilingual_rainstorm.xml"), bj("2024-09-20T09:00:00"), &summary, &e).isEmpty());
        QCOMPARE(WarningState::read(*store).allSignals().first().capIdentifier, QStringLiteral("31010141600000_20240920080000"));
    }

    // Two info blocks: the interface language's gives the text.
    void interfaceLanguageInfo()
    {
        for (const char *lang : {"en", "zh"}) {
            auto store = newStore();
            QString summary, e;
            QVERIFY(!import(*store, read("nat_bilingual_rainstorm.xml"), bj("2024-09-20T09:00:00"), &summary, &e,
                            QString::fromLatin1(lang))
                         .isEmpty());
            const WarningSignal w = WarningState::read(*store).allSignals().first();
            QCOMPARE(w.colour, QStringLiteral("orange"));
            if (QByteArray(lang) == "en") {
                QCOMPARE(w.text, QStringLiteral("More than 50 mm of rain expected in Huangpu within 3 hours."));
                QCOMPARE(w.issuer, QStringLiteral("Huangpu Meteorological Office"));
            } else {
                QCOMPARE(w.text, QStringLiteral("预计未来3小时黄浦区将出现50毫米以上降水。"));
                QCOMPARE(w.issuer, QStringLiteral("黄浦区气象局"));
            }
        }
    }

    void geocodeContainment()
    {
        QVERIFY(CapDistrict::codesMeet(QStringLiteral("310000"), QStringLiteral("310101000000")));       // Shanghai
        QVERIFY(CapDistrict::codesMeet(QStringLiteral("310101000000"), QStringLiteral("310101")));       // itself
        QVERIFY(CapDistrict::codesMeet(QStringLiteral("310101002000"), QStringLiteral("310101000000"))); // a street in it
        QVERIFY(!CapDistrict::codesMeet(QStringLiteral("130602000000"), QStringLiteral("310101000000"))); // Baoding
        QVERIFY(!CapDistrict::codesMeet(QStringLiteral("310104000000"), QStringLiteral("310101000000"))); // Xuhui
        QVERIFY(!CapDistrict::codesMeet(QStringLiteral("31A101"), QStringLiteral("310101")));
    }

    // Alerts for other places are recorded, listed on request and change nothing; alerts whose area covers the
    // district (a containing place's code, a circle over it) apply.
    void otherPlacesAreNotApplicable()
    {
        QString path;
        auto store = newStore(true, &path);
        QVERIFY(store);
        QString summary, e;
        for (const char *f : {"nat_baoding_rainstorm.xml", "en_seychelles_wind.xml"}) {
            e.clear();
            const QList<RowChange> c = import(*store, read(f), bj("2024-09-20T09:00:00"), &summary, &e);
            QCOMPARE(c.size(), 1);
            QCOMPARE(c.first().table, QStringLiteral("duty_log"));
            QVERIFY2(summary.contains(QLatin1String("not for this district")), qPrintable(summary));
        }
        WarningState s = WarningState::read(*store);
        QCOMPARE(s.allSignals().size(), 0);
        QCOMPARE(s.proposedLevel(), QStringLiteral("none"));
        QCOMPARE(s.checklist().size(), 0);
        QCOMPARE(dutyLogRows(*store), 2);
        // The circle around People's Square covers the district.
        QVERIFY(!import(*store, read("zh_typhoon_circle.xml"), bj("2024-09-15T09:00:00"), &summary, &e).isEmpty());
        s = WarningState::read(*store);
        s.setNow(bj("2024-09-15T09:00:00"));
        QCOMPARE(s.inForce(QStringLiteral("typhoon")).colour, QStringLiteral("yellow"));
        store.reset();
        const Run r = floodctl({QStringLiteral("cap-import"), path, QStringLiteral("--list-not-applicable")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("13060041600000_20240712213138"))
                     && r.out.contains(QLatin1String("SC-MET-2024-0615-07"))
                     && r.out.contains(QLatin1String("2 alert(s) recorded as not applicable")),
                 qPrintable(r.out));
    }

    // Times far ahead are refused (configurable); an invalid <effective> is refused.
    void datesAreChecked()
    {
        auto store = newStore();
        QString summary, e;
        QVERIFY(import(*store, read("bad_sent_9999.xml"), bj("2024-09-20T09:00:00"), &summary, &e).isEmpty());
        QVERIFY2(e.contains(QLatin1String("<sent>")) && e.contains(QLatin1String("9999")), qPrintable(e));
        e.clear();
        QVERIFY(import(*store, read("bad_effective_2999.xml"), bj("2024-09-20T09:00:00"), &summary, &e).isEmpty());
        QVERIFY2(e.contains(QLatin1String("<effective>")) && e.contains(QLatin1String("2999")), qPrintable(e));
        QCOMPARE(WarningState::read(*store).allSignals().size(), 0);
        // 30 hours ahead: inside the default window of 48 h, outside a window of 24 h.
        CapImportOptions o;
        const CapAlert a = read("nat_bilingual_rainstorm.xml");
        e.clear();
        QVERIFY(!a.changes(WarningState::read(*store), QStringLiteral("x"), bj("2024-09-19T02:00:00"), o, &summary, &e).isEmpty());
        o.maxAheadSeconds = 24 * 3600;
        QVERIFY(a.changes(WarningState::read(*store), QStringLiteral("x"), bj("2024-09-19T02:00:00"), o, &summary, &e).isEmpty());
        QVERIFY2(e.contains(QLatin1String("24 h")), qPrintable(e));
        e.clear();
        QVERIFY(!CapAlert::readFile(cap("bad_effective_invalid.xml"), &e).isValid());
        QVERIFY2(e.contains(QLatin1String("<effective>")) && e.contains(QLatin1String("2024-09-31")) && e.contains(QLatin1String("line 17")),
                 qPrintable(e));
    }

    // An Update of an alert never received is the signal in force, marked so; a Cancel of one changes nothing.
    void updatesAndCancelsOfUnknownAlerts()
    {
        auto store = newStore();
        QString summary, e;
        QVERIFY2(!import(*store, read("nat_update_unknown.xml"), bj("2024-09-20T11:05:00"), &summary, &e).isEmpty(), qPrintable(e));
        WarningState s = WarningState::read(*store);
        QCOMPARE(s.inForce(QStringLiteral("rainstorm")).colour, QStringLiteral("red"));
        QCOMPARE(s.inForce(QStringLiteral("rainstorm")).issuedAt, bj("2024-09-20T11:00:00"));
        QVERIFY2(summary.contains(QLatin1String("original alert not received")), qPrintable(summary));
        const QList<StoreRow> log = wait(store->rows(QStringLiteral("duty_log")));
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().values.value(QStringLiteral("entry")).toString().contains(QLatin1String("original not received")));
        e.clear();
        const QList<RowChange> c = import(*store, read("nat_cancel_unknown.xml"), bj("2024-09-20T12:05:00"), &summary, &e);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().table, QStringLiteral("duty_log"));
        s = WarningState::read(*store);
        QCOMPARE(s.inForce(QStringLiteral("rainstorm")).colour, QStringLiteral("red")); // unchanged
        QCOMPARE(dutyLogRows(*store), 2);
    }

    // floodctl cap-import: an alert refused for what it says (not only for its form) refuses the whole batch.
    void capImportBatchIsAllOrNothing()
    {
        QString path;
        {
            auto store = newStore(false, &path);
            QVERIFY(store);
        }
        const QByteArray before = sha256(path);
        const Run r = floodctl({QStringLiteral("cap-import"), path, cap("zh_rainstorm_alert.xml"), cap("bad_sent_9999.xml")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad_sent_9999.xml")) && r.err.contains(QLatin1String("nothing imported")),
                 qPrintable(r.err));
        QCOMPARE(sha256(path), before);
        // The window is an option.
        const Run w = floodctl({QStringLiteral("cap-import"), path, cap("nat_bilingual_rainstorm.xml"),
                                QStringLiteral("--now"), QStringLiteral("2024-09-19T02:00:00+08:00"),
                                QStringLiteral("--max-ahead-hours"), QStringLiteral("24")});
        QCOMPARE(w.code, 1);
        QCOMPARE(sha256(path), before);
    }

    // Every writer refuses an existing destination unless --overwrite, and never writes over a store or its input.
    void writersRefuseExistingDestinations()
    {
        QString path, other;
        {
            auto store = newStore(false, &path);
            QVERIFY(store);
            SignalInput in;
            in.kind = QStringLiteral("typhoon");
            in.colour = QStringLiteral("blue");
            in.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
            QString e;
            QVERIFY(wait(store->apply(WarningActions::issue(WarningState::read(*store), in, &e))).ok);
            QVERIFY(wait(store->insertRow(QStringLiteral("hazards"),
                                          {{QStringLiteral("name"), QStringLiteral("h1")},
                                           {QStringLiteral("geom"), QStringLiteral("POINT(121.48 31.23)")}})).ok);
            auto o = newStore(false, &other);
            QVERIFY(o);
        }
        const QByteArray store = sha256(path), otherSha = sha256(other);
        // cap-export onto the store it reads, onto another store: refused even with --overwrite.
        for (const QString &dest : {path, other}) {
            for (bool ow : {false, true}) {
                QStringList args = {QStringLiteral("cap-export"), path, dest};
                if (ow)
                    args.append(QStringLiteral("--overwrite"));
                const Run r = floodctl(args);
                QCOMPARE(r.code, 1);
            }
        }
        QCOMPARE(sha256(path), store);
        QCOMPARE(sha256(other), otherSha);
        // A device is never replaced by a file (as root, rename would have swapped the node for a regular file).
        const Run dev = floodctl({QStringLiteral("cap-export"), path, QStringLiteral("/dev/null"), QStringLiteral("--overwrite")});
        QCOMPARE(dev.code, 1);
        QVERIFY2(dev.err.contains(QLatin1String("not a regular file")), qPrintable(dev.err));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
        // An existing XML: refused, then replaced with --overwrite.
        const QString xml = m_dir.filePath(QStringLiteral("signals.xml"));
        {
            QFile f(xml);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        Run r = floodctl({QStringLiteral("cap-export"), path, xml});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--overwrite")), qPrintable(r.err));
        QCOMPARE(sha256(xml), QCryptographicHash::hash("old", QCryptographicHash::Sha256));
        r = floodctl({QStringLiteral("cap-export"), path, xml, QStringLiteral("--overwrite")});
        QCOMPARE(r.code, 0);
        QFile f(xml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<event>台风</event>"));
        // export, readings --out, render: the same rule.
        const QString geojson = m_dir.filePath(QStringLiteral("h.geojson"));
        QCOMPARE(floodctl({QStringLiteral("export"), path, QStringLiteral("--layer"), QStringLiteral("hazards"), geojson}).code, 0);
        r = floodctl({QStringLiteral("export"), path, QStringLiteral("--layer"), QStringLiteral("hazards"), geojson});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
        QCOMPARE(floodctl({QStringLiteral("export"), path, QStringLiteral("--layer"), QStringLiteral("hazards"), geojson,
                           QStringLiteral("--overwrite")}).code, 0);
        QCOMPARE(floodctl({QStringLiteral("export"), path, QStringLiteral("--layer"), QStringLiteral("hazards"), other,
                           QStringLiteral("--overwrite")}).code, 1);
        QCOMPARE(sha256(other), otherSha);
        const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
        QCOMPARE(floodctl({QStringLiteral("readings"), path, QStringLiteral("--out"), csv}).code, 0);
        QCOMPARE(floodctl({QStringLiteral("readings"), path, QStringLiteral("--out"), csv}).code, 1);
        QCOMPARE(floodctl({QStringLiteral("readings"), path, QStringLiteral("--out"), csv, QStringLiteral("--overwrite")}).code, 0);
        QCOMPARE(floodctl({QStringLiteral("readings"), path, QStringLiteral("--out"), path, QStringLiteral("--overwrite")}).code, 1);
        QCOMPARE(sha256(path), store);
        const QString png = m_dir.filePath(QStringLiteral("m.png"));
        {
            QFile p(png);
            QVERIFY(p.open(QIODevice::WriteOnly));
            p.write("old");
        }
        r = floodctl({QStringLiteral("render"), path, png, QStringLiteral("--size"), QStringLiteral("64x64")});
        QCOMPARE(r.code, 1);
        QCOMPARE(sha256(png), QCryptographicHash::hash("old", QCryptographicHash::Sha256));
        QCOMPARE(floodctl({QStringLiteral("render"), path, png, QStringLiteral("--size"), QStringLiteral("64x64"),
                           QStringLiteral("--overwrite")}).code, 0);
        QVERIFY(sha256(png) != QCryptographicHash::hash("old", QCryptographicHash::Sha256));
    }
};

QTEST_MAIN(TstCapImport)
#include "tst_capimport.moc"
