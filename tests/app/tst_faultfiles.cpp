// Reliability, third round: faults and bad input on files, through the real floodctl. Copies onto themselves,
// replacing a store by renaming over it, destinations and sources that are not regular files, readings files that
// never end or have no line ends, extra fields and impossible years, stale parts of interrupted copies.
#include <sqlite3.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run ctl(const QStringList &args, int timeoutMs = 180000, bool asNobody = false)
{
    QProcess p;
    if (asNobody)
        p.setChildProcessModifier([] {
            if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
                _exit(99);
        });
    p.start(QStringLiteral(FLOODCTL_BIN), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("(hung: killed by the test)");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

qint64 count(const QString &store, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return n;
}

bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

class TstFaultFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo; // a demo operation, never changed by the tests

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString copyOfDemo(const QString &name)
    {
        const QString p = path(name);
        QFile::remove(p);
        return QFile::copy(m_demo, p) ? p : QString();
    }
    QString fifo(const QString &name)
    {
        const QString p = path(name);
        QFile::remove(p);
        return ::mkfifo(QFile::encodeName(p).constData(), 0600) == 0 ? p : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.gpkg"));
        const Run r = ctl({QStringLiteral("init"), m_demo, QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // A copy onto itself (the same name, or a link to it) is refused and changes nothing.
    void copyOntoItselfRefused()
    {
        const QString a = copyOfDemo(QStringLiteral("self.gpkg"));
        const QString link = path(QStringLiteral("self-link.gpkg"));
        QVERIFY(QFile::link(a, link));
        const QByteArray before = sha(a);
        for (const QString &to : {a, link}) {
            const Run r = ctl({QStringLiteral("copy"), a, to, QStringLiteral("--replace")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("same operation")), qPrintable(r.err));
        }
        QCOMPARE(sha(a), before);
        QVERIFY(count(a, "SELECT count(*) FROM audit_log") > 0);
    }

    // Replacing a store renames the new one over it: the name never disappears (no delete event on it, only
    // the move), and the result is the source's content.
    void replaceRenamesOverTheOldStore()
    {
        const QString from = copyOfDemo(QStringLiteral("from.gpkg"));
        const QString to = path(QStringLiteral("to.gpkg"));
        QVERIFY(ctl({QStringLiteral("init"), to}).code == 0);
        QCOMPARE(count(to, "SELECT count(*) FROM rescue_teams"), 0);
        const int fd = inotify_init1(IN_NONBLOCK);
        QVERIFY(fd >= 0);
        QVERIFY(inotify_add_watch(fd, QFile::encodeName(m_dir.path()).constData(), IN_DELETE | IN_MOVED_TO) >= 0);
        const Run r = ctl({QStringLiteral("copy"), from, to, QStringLiteral("--replace")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        bool deleted = false, movedIn = false;
        alignas(inotify_event) char buf[65536];
        for (;;) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n <= 0)
                break;
            for (char *p = buf; p < buf + n;) {
                const auto *ev = reinterpret_cast<const inotify_event *>(p);
                if (ev->len && QByteArray(ev->name) == "to.gpkg") {
                    deleted |= (ev->mask & IN_DELETE) != 0;
                    movedIn |= (ev->mask & IN_MOVED_TO) != 0;
                }
                p += sizeof(inotify_event) + ev->len;
            }
        }
        ::close(fd);
        QVERIFY(movedIn);
        QVERIFY2(!deleted, "the old store was deleted before the new one was moved in");
        QCOMPARE(count(to, "SELECT count(*) FROM rescue_teams"), count(from, "SELECT count(*) FROM rescue_teams"));
        QVERIFY(count(to, "SELECT count(*) FROM rescue_teams") > 0);
        QVERIFY(!QFile::exists(to + QStringLiteral(".copy-part")));
    }

    // A store that another program has open (here: this test's own connection, as a window would hold it) is not
    // replaced: that program would go on writing into the replaced file.
    void openStoreNotReplaced()
    {
        const QString to = copyOfDemo(QStringLiteral("open.gpkg"));
        sqlite3 *db = nullptr;
        QVERIFY(sqlite3_open_v2(QFile::encodeName(to).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QVERIFY(sqlite3_prepare_v2(db, "SELECT count(*) FROM audit_log", -1, &st, nullptr) == SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        sqlite3_finalize(st);
        const QByteArray before = sha(to);
        const Run r = ctl({QStringLiteral("copy"), m_demo, to, QStringLiteral("--replace")});
        sqlite3_close(db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is open in another program")), qPrintable(r.err));
        QCOMPARE(sha(to), before);
        const Run again = ctl({QStringLiteral("copy"), m_demo, to, QStringLiteral("--replace")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }

    // A write that waits for another program's long write says so, naming the store, instead of "database is
    // locked".
    void writeBlockedSaysWhy()
    {
        const QString store = copyOfDemo(QStringLiteral("busy.gpkg"));
        sqlite3 *db = nullptr;
        QVERIFY(sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const Run r = ctl({QStringLiteral("incident"), store, QStringLiteral("--kind"), QStringLiteral("waterlogging"),
                           QStringLiteral("--at"), QStringLiteral("121.47,31.23")});
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("holds the store for writing")) && r.err.contains(store), qPrintable(r.err));
        QCOMPARE(count(store, "SELECT count(*) FROM incidents"), 0);
    }

    // A part file left by a killed copy is removed on the next run, which says so.
    void staleCopyPartCleaned()
    {
        const QString to = path(QStringLiteral("stale.gpkg"));
        const QString part = to + QStringLiteral(".copy-part");
        QFile f(part);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const Run r = ctl({QStringLiteral("copy"), m_demo, to});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("left by an interrupted copy")), qPrintable(r.err));
        QVERIFY(!QFile::exists(part));
        QVERIFY(count(to, "SELECT count(*) FROM rescue_teams") > 0);
    }

    // An export killed half-way leaves its staging folder; the next export to that name removes it and says so.
    void staleExportPartCleaned()
    {
        QProcess gone;
        gone.start(QStringLiteral("/bin/true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        const QString out = path(QStringLiteral("teams.geojson"));
        const QString stale = path(QStringLiteral(".teams.geojson.part-AbC123"));
        QVERIFY(QDir().mkpath(stale));
        QFile owner(stale + QStringLiteral("/.owner"));
        QVERIFY(owner.open(QIODevice::WriteOnly));
        owner.write(QByteArray::number(deadPid));
        owner.close();
        QFile big(stale + QStringLiteral("/teams.geojson"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(1 << 20, ' '));
        big.close();
        const Run r = ctl({QStringLiteral("export"), m_demo, QStringLiteral("--layer"), QStringLiteral("rescue_teams"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("left by an interrupted export")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo(out).size() > 0);
    }

    // Destinations that are not regular files are refused before anything is written or renamed.
    void nonRegularDestinationsRefused()
    {
        const QString pipe = fifo(QStringLiteral("dest.fifo"));
        QVERIFY(!pipe.isEmpty());
        const QString link = path(QStringLiteral("dest-link.gpkg"));
        QFile::remove(link);
        QVERIFY(QFile::link(pipe, link));
        for (const QString &to : {pipe, link}) {
            const Run r = ctl({QStringLiteral("copy"), m_demo, to, QStringLiteral("--replace")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("named pipe")), qPrintable(r.err));
        }
        QVERIFY(isFifo(pipe));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!QFile::exists(pipe + QStringLiteral(".copy-part")));
        const Run r = ctl({QStringLiteral("readings"), m_demo, QStringLiteral("--out"), pipe});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("named pipe")), qPrintable(r.err));
        QVERIFY(isFifo(pipe));
        const Run e = ctl({QStringLiteral("export"), m_demo, QStringLiteral("--layer"), QStringLiteral("rescue_teams"), pipe});
        QVERIFY(e.code != 0);
        QVERIFY(isFifo(pipe));
    }

    // Sources that are not regular files are refused at once: a named pipe would block forever, a device never
    // ends (ingest and cap-import).
    void nonRegularSourcesRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("source");
        QTest::newRow("ingest fifo") << QStringLiteral("ingest") << QStringLiteral("fifo");
        QTest::newRow("ingest /dev/zero") << QStringLiteral("ingest") << QStringLiteral("/dev/zero");
        QTest::newRow("cap-import fifo") << QStringLiteral("cap-import") << QStringLiteral("fifo");
        QTest::newRow("cap-import /dev/zero") << QStringLiteral("cap-import") << QStringLiteral("/dev/zero");
    }
    void nonRegularSourcesRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, source);
        const QString store = copyOfDemo(QStringLiteral("src.gpkg"));
        const qint64 audit = count(store, "SELECT count(*) FROM audit_log");
        if (source == QLatin1String("fifo"))
            source = fifo(QStringLiteral("in.fifo"));
        QVERIFY(!source.isEmpty());
        const Run r = ctl({command, store, source}, 60000);
        QVERIFY2(r.code > 0, qPrintable(r.err)); // not hung, not crashed
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(QLatin1String("named pipe")) || all.contains(QLatin1String("device")), qPrintable(all));
        QCOMPARE(count(store, "SELECT count(*) FROM audit_log"), audit);
    }

    // A readings file without line ends (or with one absurdly long line) is refused with the reason, early,
    // instead of being held whole in memory.
    void readingsWithoutLineEnds()
    {
        const QString store = copyOfDemo(QStringLiteral("nl.gpkg"));
        const qint64 audit = count(store, "SELECT count(*) FROM audit_log");
        const QString f = path(QStringLiteral("oneline.csv"));
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("sensor,time,value\n63401200,2024-09-16T08:00:00+08:00,4.40\n");
        const QByteArray block(1 << 20, 'a');
        for (int i = 0; i < 24; ++i)
            out.write(block);
        out.close();
        const Run r = ctl({QStringLiteral("ingest"), store, f});
        QVERIFY2(r.code > 0, qPrintable(r.err));
        QVERIFY2(QString(r.out + r.err).contains(QLatin1String("a line longer than")), qPrintable(r.err + r.out));
        QVERIFY2(QString(r.out + r.err).contains(QLatin1String("after data row 1")), qPrintable(r.err + r.out));
        QCOMPARE(count(store, "SELECT count(*) FROM audit_log"), audit);
    }

    // Extra fields on a line (an unquoted decimal comma) and years that cannot be written back are errors
    // naming the line; the good lines are kept.
    void extraFieldsAndImpossibleYears()
    {
        const QString store = copyOfDemo(QStringLiteral("rows.gpkg"));
        const QString f = path(QStringLiteral("rows.csv"));
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("sensor,time,value\n"
                  "63401200,2024-09-16T08:00:00+08:00,4.40\n"      // line 2: good
                  "63401200,2024-09-16T08:05:00+08:00,4,60\n"      // line 3: decimal comma
                  "63401200,0000-06-01T08:00:00+08:00,4.5\n"       // line 4: year 0
                  "63401200,9999-12-31T20:00:00-08:00,4.5\n"       // line 5: year 10000 in UTC and in Beijing
                  "63401200,0001-01-01T00:00:00+08:00,4.5\n"       // line 6: year 0 in UTC
                  "63401200,2024-09-16T08:10:00+08:00,4.62,,\n");  // line 7: good (trailing empty fields)
        out.close();
        const Run r = ctl({QStringLiteral("ingest"), store, f});
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(QLatin1String("rows.csv:3:")) && all.contains(QLatin1String("expected at most 3 fields, found 4")),
                 qPrintable(all));
        for (const char *line : {"rows.csv:4:", "rows.csv:5:", "rows.csv:6:"})
            QVERIFY2(all.contains(QLatin1String(line)), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("outside the years 0001 to 9999")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("rows.csv:7:")) && !all.contains(QLatin1String("rows.csv:2:")), qPrintable(all));
        QCOMPARE(count(store, "SELECT count(*) FROM reading_days WHERE sensor_fid = (SELECT fid FROM sensors WHERE "
                              "id = '63401200' OR code = '63401200')") > 0,
                 true);
    }

    // A reading at a stored time with another value is a conflict, not a duplicate: counted apart, and the exit
    // code says so (3); the value first stored is kept. The same file sent again holds only duplicates (exit 0).
    void conflictsAreNotDuplicates()
    {
        const QString store = copyOfDemo(QStringLiteral("conflict.gpkg"));
        auto write = [&](const QString &name, const QByteArray &body) {
            QFile f(path(name));
            f.open(QIODevice::WriteOnly);
            f.write(body);
            return f.fileName();
        };
        const QString first = write(QStringLiteral("first.csv"), "sensor,time,value\n"
                                                                 "63401200,2024-09-16T08:00:00+08:00,1.0\n"
                                                                 "63401200,2024-09-16T08:00:00+08:00,9.0\n"
                                                                 "63401200,2024-09-16T08:00:00+08:00,5.0\n"
                                                                 "63401200,2024-09-16T08:05:00+08:00,2.0\n");
        Run r = ctl({QStringLiteral("ingest"), store, first});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QLatin1String("2 stored, 0 duplicates")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("2 readings conflict")), qPrintable(r.out));
        // Re-sent: the same values are duplicates ...
        r = ctl({QStringLiteral("ingest"), store, write(QStringLiteral("again.csv"), "sensor,time,value\n"
                                                                                    "63401200,2024-09-16T08:00:00+08:00,1.0\n"
                                                                                    "63401200,2024-09-16T08:05:00+08:00,2.0\n")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("0 stored, 2 duplicates")) && !r.out.contains(QLatin1String("conflict")), qPrintable(r.out));
        // ... corrected values are conflicts.
        r = ctl({QStringLiteral("ingest"), store, write(QStringLiteral("corrected.csv"), "sensor,time,value\n"
                                                                                        "63401200,2024-09-16T08:00:00+08:00,1.5\n"
                                                                                        "63401200,2024-09-16T08:05:00+08:00,2.5\n")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QLatin1String("0 stored, 0 duplicates")) && r.out.contains(QLatin1String("2 readings conflict")),
                 qPrintable(r.out));
        r = ctl({QStringLiteral("readings"), store, QStringLiteral("--sensor"), QStringLiteral("63401200"),
                 QStringLiteral("--from"), QStringLiteral("2024-09-16T08:00:00+08:00"), QStringLiteral("--to"),
                 QStringLiteral("2024-09-16T08:05:00+08:00")});
        QVERIFY2(r.out.contains(QLatin1String("2024-09-16T08:00:00+08:00,1,")) || r.out.contains(QLatin1String("2024-09-16T08:00:00+08:00,1\n")),
                 qPrintable(r.out));
    }

    // Option values are checked by one parser: nonsense is refused (exit 2) with the option named, before the
    // store is touched.
    void optionNonsenseRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString db = QStringLiteral("STORE");
        QTest::newRow("posts -1") << QStringList{QStringLiteral("preposition"), db, QStringLiteral("--posts"), QStringLiteral("-1"), QStringLiteral("--confirm")} << QStringLiteral("--posts '-1'");
        QTest::newRow("posts abc") << QStringList{QStringLiteral("preposition"), db, QStringLiteral("--posts"), QStringLiteral("abc"), QStringLiteral("--confirm")} << QStringLiteral("--posts 'abc'");
        QTest::newRow("watch count abc") << QStringList{QStringLiteral("watch"), db, QStringLiteral("--count"), QStringLiteral("abc")} << QStringLiteral("--count 'abc'");
        QTest::newRow("watch count 0") << QStringList{QStringLiteral("watch"), db, QStringLiteral("--count"), QStringLiteral("0")} << QStringLiteral("--count '0'");
        QTest::newRow("depth nan") << QStringList{QStringLiteral("incident"), db, QStringLiteral("--kind"), QStringLiteral("waterlogging"), QStringLiteral("--at"), QStringLiteral("121.47,31.23"), QStringLiteral("--depth-cm"), QStringLiteral("nan")} << QStringLiteral("--depth-cm 'nan'");
        QTest::newRow("needs nonsense") << QStringList{QStringLiteral("incident"), db, QStringLiteral("--kind"), QStringLiteral("waterlogging"), QStringLiteral("--at"), QStringLiteral("121.47,31.23"), QStringLiteral("--needs"), QStringLiteral("pump:-3,boat:abc,:")} << QStringLiteral("'pump:-3' is not KIND or KIND:N");
        QTest::newRow("crs with sql") << QStringList{QStringLiteral("import"), db, QStringLiteral("x.geojson"), QStringLiteral("--layer"), QStringLiteral("hazards"), QStringLiteral("--src-crs"), QStringLiteral("EPSG:4326; DROP TABLE hazards")} << QStringLiteral("not a coordinate system");
        QTest::newRow("team 0") << QStringList{QStringLiteral("dispatch"), db, QStringLiteral("--incident"), QStringLiteral("1"), QStringLiteral("--team"), QStringLiteral("0")} << QStringLiteral("--team '0': not an id");
        QTest::newRow("incident 1.9") << QStringList{QStringLiteral("dispatch"), db, QStringLiteral("--incident"), QStringLiteral("1.9"), QStringLiteral("--team"), QStringLiteral("1")} << QStringLiteral("--incident '1.9': not an id");
    }
    void optionNonsenseRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString store = copyOfDemo(QStringLiteral("opts.gpkg"));
        const QByteArray before = sha(store);
        args.replace(1, store);
        const Run r = ctl(args, 60000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(sha(store), before);
    }

    // Longitude/latitude given a projected CRS (metres) would put every feature near 0°, 0°: refused, saying why.
    void degreesGivenAProjectedCrs()
    {
        const QString store = copyOfDemo(QStringLiteral("crs.gpkg"));
        const qint64 before = count(store, "SELECT count(*) FROM hazards");
        const QString f = path(QStringLiteral("points.geojson"));
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "h1"},
                  "geometry": {"type": "Point", "coordinates": [121.47, 31.23]}}]})");
        out.close();
        const Run r = ctl({QStringLiteral("import"), store, f, QStringLiteral("--layer"), QStringLiteral("hazards"),
                           QStringLiteral("--src-crs"), QStringLiteral("EPSG:3857")});
        QVERIFY(r.code != 0);
        QVERIFY2(QString(r.out + r.err).contains(QLatin1String("projected coordinate system")), qPrintable(r.out + r.err));
        QCOMPARE(count(store, "SELECT count(*) FROM hazards"), before);
    }

    // A dispatch to a team or incident that does not exist says which, not a database constraint.
    void dispatchToNoSuchTeam()
    {
        const QString store = copyOfDemo(QStringLiteral("nosuch.gpkg"));
        QVERIFY(ctl({QStringLiteral("incident"), store, QStringLiteral("--kind"), QStringLiteral("waterlogging"),
                     QStringLiteral("--at"), QStringLiteral("121.47,31.23")}).code == 0);
        const qint64 incident = count(store, "SELECT min(fid) FROM incidents");
        QVERIFY(incident > 0);
        const Run r = ctl({QStringLiteral("dispatch"), store, QStringLiteral("--incident"), QString::number(incident),
                           QStringLiteral("--team"), QStringLiteral("99999")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no team 99999")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("FOREIGN KEY")), qPrintable(r.err));
        const Run i = ctl({QStringLiteral("dispatch"), store, QStringLiteral("--incident"), QStringLiteral("99999"),
                           QStringLiteral("--team"), QStringLiteral("1")});
        QCOMPARE(i.code, 1);
        QVERIFY2(i.err.contains(QLatin1String("no incident 99999")), qPrintable(i.err));
    }

    // status only reads: it answers on a store this login may not write (read-only file in a read-only folder).
    void statusOnReadOnlyStore()
    {
        if (geteuid() != 0)
            QSKIP("needs root to run floodctl as another user (CI runs as root)");
        QTemporaryDir ro(QStringLiteral("/tmp/fc-ro-XXXXXX"));
        QVERIFY(ro.isValid());
        const QString store = ro.filePath(QStringLiteral("ro.gpkg"));
        QVERIFY(QFile::copy(m_demo, store));
        QVERIFY(::chmod(QFile::encodeName(store).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(ro.path()).constData(), 0555) == 0);
        const Run r = ctl({QStringLiteral("status"), store}, 60000, true);
        ::chmod(QFile::encodeName(ro.path()).constData(), 0755);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("level")) || !r.out.isEmpty(), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TstFaultFiles)
#include "tst_faultfiles.moc"
