// Reliability: the headless tool attacked as a failing machine and a hostile user would. Runs the
// real floodctl (and floodcommand) binaries: full disks (RLIMIT_FSIZE, and a small tmpfs when allowed), special
// files, bogus stores, absurd render arguments, shapefile text limits, invalid geometry.
#include <sqlite3.h>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

// Runs a binary; fileLimit > 0 caps the size of any file it writes (a full disk as the process sees it);
// asNobody drops root so that permissions apply.
Run exec(const QString &bin, const QStringList &args, qint64 fileLimit = 0, bool asNobody = false, int timeoutMs = 120000)
{
    QProcess p;
    p.setChildProcessModifier([fileLimit, asNobody] {
        if (fileLimit > 0) {
            std::signal(SIGXFSZ, SIG_IGN); // writes past the limit fail with EFBIG instead of killing the process
            const rlimit rl{rlim_t(fileLimit), rlim_t(fileLimit)};
            setrlimit(RLIMIT_FSIZE, &rl);
        }
        if (asNobody && geteuid() == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        }
    });
    p.start(bin, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("(timed out: hung)");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// FC_FLOODCTL_BIN / FC_FLOODCOMMAND_BIN point the test at other builds (to show it fails on an older one).
QString floodctlBin()
{
    return qEnvironmentVariable("FC_FLOODCTL_BIN", QStringLiteral(FLOODCTL_BIN));
}

QString floodcommandBin()
{
    return qEnvironmentVariable("FC_FLOODCOMMAND_BIN", QStringLiteral(FLOODCOMMAND_BIN));
}

Run floodctl(const QStringList &args, qint64 fileLimit = 0, bool asNobody = false)
{
    return exec(floodctlBin(), args, fileLimit, asNobody);
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Everything in a folder, hidden staging files included.
QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString usage(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

} // namespace

class TstCtlAttack : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db; // demo district + 2000 generated hazards: every export format is well over the file limit

    QString path(const QString &n) const { return m_dir.filePath(n); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther));
        m_db = path(QStringLiteral("op.gpkg"));
        Run r = floodctl({QStringLiteral("init"), m_db, QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QJsonArray features;
        for (int i = 0; i < 2000; ++i)
            features.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("Feature")},
                {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                         {QStringLiteral("coordinates"), QJsonArray{121.40 + i * 1e-4, 31.20 + i * 1e-4}}}},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QStringLiteral("隐患点%1").arg(i)},
                                                           {QStringLiteral("severity"), QStringLiteral("high")},
                                                           {QStringLiteral("description"), QStringLiteral("地下通道积水，排水泵待检修").repeated(3)}}}});
        const QString json = path(QStringLiteral("hazards.geojson"));
        writeFile(json, QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                                  {QStringLiteral("features"), features}}).toJson(QJsonDocument::Compact));
        r = floodctl({QStringLiteral("import"), m_db, json, QStringLiteral("--layer"), QStringLiteral("hazards")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
    }

    // Item 2: a full disk during export fails loudly, leaves nothing, and the next export succeeds.
    void exportOnFullDisk_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"full.geojson", "full.shp", "full.kml", "full.csv", "full.gpkg", "full.fgb"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void exportOnFullDisk()
    {
        QFETCH(QString, file);
        const QString dir = path(QStringLiteral("export-") + QFileInfo(file).suffix());
        QVERIFY(QDir().mkpath(dir));
        const QString out = QDir(dir).filePath(file);
        const QByteArray before = sha256(m_db);
        // 60 KB per file: room for the store's shared-memory file, not for the output.
        Run r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("hazards"), out}, 60 * 1024);
        QVERIFY2(r.code == 1, qPrintable(usage(r)));
        QVERIFY2(r.err.contains(out) && r.err.contains(QLatin1String("nothing was written")), qPrintable(usage(r)));
        QVERIFY2(!r.out.contains(QLatin1String("wrote")), qPrintable(usage(r)));
        QCOMPARE(listing(dir), QStringList()); // no partial file, no staging folder
        QCOMPARE(sha256(m_db), before);
        r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("hazards"), out});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QVERIFY2(r.out.contains(QStringLiteral("(%1 rows").arg(2000 + 51)) || r.out.contains(QLatin1String("rows")), qPrintable(r.out));
        QVERIFY(QFileInfo(out).size() > 60 * 1024 || file.endsWith(QLatin1String(".shp")));
        QVERIFY(!listing(dir).join(QLatin1Char(' ')).contains(QLatin1String(".part")));
    }

    // The same with a real ENOSPC: a 200 KB tmpfs (root only; skipped elsewhere).
    void exportOnFullTmpfs()
    {
        const QString dir = path(QStringLiteral("tmpfs"));
        QVERIFY(QDir().mkpath(dir));
        if (::mount("tmpfs", dir.toUtf8().constData(), "tmpfs", 0, "size=200k") != 0)
            QSKIP("cannot mount a tmpfs here (not root)");
        struct Unmount
        {
            QByteArray d;
            ~Unmount() { ::umount(d.constData()); }
        } unmount{dir.toUtf8()};
        for (const char *f : {"a.geojson", "a.kml", "a.shp", "a.gpkg"}) {
            const QString out = QDir(dir).filePath(QLatin1String(f));
            const Run r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("hazards"), out});
            QVERIFY2(r.code == 1, qPrintable(usage(r)));
            QVERIFY2(r.err.contains(QLatin1String("disk full")), qPrintable(usage(r)));
            QCOMPARE(listing(dir), QStringList());
        }
    }

    // Item 2: rendered PNGs too.
    void renderOnFullDisk()
    {
        const QString dir = path(QStringLiteral("render-full"));
        QVERIFY(QDir().mkpath(dir));
        const QString out = QDir(dir).filePath(QStringLiteral("map.png"));
        Run r = floodctl({QStringLiteral("render"), m_db, out, QStringLiteral("--size"), QStringLiteral("1600x1200")}, 40 * 1024);
        QVERIFY2(r.code == 1, qPrintable(usage(r)));
        QVERIFY2(r.err.contains(out), qPrintable(usage(r)));
        QCOMPARE(listing(dir), QStringList());
        r = floodctl({QStringLiteral("render"), m_db, out, QStringLiteral("--size"), QStringLiteral("1600x1200")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QCOMPARE(listing(dir), QStringList{QStringLiteral("map.png")});
    }

    // Item 3: a 184-character Chinese description (552 bytes) does not fit a .dbf field: refused by default,
    // counted when cutting is allowed, and cut at a character boundary.
    void shapefileTextLimit()
    {
        const QString db = path(QStringLiteral("long.gpkg"));
        QVERIFY(floodctl({QStringLiteral("init"), db}).code == 0);
        const QString desc = QStringLiteral("防汛").repeated(92);
        QCOMPARE(desc.size(), 184);
        const QString json = path(QStringLiteral("long.geojson"));
        writeFile(json, QJsonDocument(QJsonObject{
                            {QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                            {QStringLiteral("features"),
                             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                                    {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                                             {QStringLiteral("coordinates"), QJsonArray{121.45, 31.2}}}},
                                                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QStringLiteral("长描述")},
                                                                                               {QStringLiteral("description"), desc}}}}}}})
                            .toJson());
        Run r = floodctl({QStringLiteral("import"), db, json, QStringLiteral("--layer"), QStringLiteral("hazards")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        const QString dir = path(QStringLiteral("shp-long"));
        QVERIFY(QDir().mkpath(dir));
        const QString shp = QDir(dir).filePath(QStringLiteral("long.shp"));
        r = floodctl({QStringLiteral("export"), db, QStringLiteral("--layer"), QStringLiteral("hazards"), shp});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("552 bytes")) && r.err.contains(QLatin1String("description")), qPrintable(usage(r)));
        QCOMPARE(listing(dir), QStringList());
        // Full text survives in formats without the limit.
        const QString geojson = QDir(dir).filePath(QStringLiteral("long.geojson"));
        r = floodctl({QStringLiteral("export"), db, QStringLiteral("--layer"), QStringLiteral("hazards"), geojson});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QFile gj(geojson);
        QVERIFY(gj.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(gj.readAll()).contains(desc));
        r = floodctl({QStringLiteral("export"), db, QStringLiteral("--layer"), QStringLiteral("hazards"), shp, QStringLiteral("--truncate-text")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QVERIFY2(r.out.contains(QLatin1String("1 text values truncated")), qPrintable(usage(r)));
        QVERIFY2(r.err.contains(QLatin1String("warning")), qPrintable(usage(r)));
        // The cut value in the .dbf: 84 whole characters (252 bytes), valid UTF-8.
        QFile dbf(QDir(dir).filePath(QStringLiteral("long.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        const QByteArray bytes = dbf.readAll();
        const QByteArray expected = desc.left(84).toUtf8();
        QVERIFY(bytes.contains(expected));
        QVERIFY(!bytes.contains(desc.left(85).toUtf8()));
    }

    // Item 4: non-finite and structurally invalid geometry refused, naming the feature; --make-valid repairs and
    // counts; check finds invalid geometry already stored.
    void invalidGeometry()
    {
        const QString db = path(QStringLiteral("geom.gpkg"));
        QVERIFY(floodctl({QStringLiteral("init"), db}).code == 0);
        const QString nan = path(QStringLiteral("nan.geojson"));
        writeFile(nan, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},
"geometry":{"type":"LineString","coordinates":[[121.4,31.1],[NaN,NaN],[121.5,31.2]]}}]})");
        const QByteArray before = sha256(db);
        Run r = floodctl({QStringLiteral("import"), db, nan, QStringLiteral("--layer"), QStringLiteral("roads")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("feature 1")) && r.err.contains(QLatin1String("finite")), qPrintable(usage(r)));
        QCOMPARE(sha256(db), before);
        r = floodctl({QStringLiteral("import"), db, nan, QStringLiteral("--layer"), QStringLiteral("roads"), QStringLiteral("--make-valid")});
        QCOMPARE(r.code, 1);
        QCOMPARE(sha256(db), before);

        const QString csv = path(QStringLiteral("blocks.csv"));
        writeFile(csv, "name,WKT\n"
                       "unclosed,\"POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.2))\"\n"
                       "bowtie,\"POLYGON ((121.4 31.1, 121.5 31.2, 121.5 31.1, 121.4 31.2, 121.4 31.1))\"\n"
                       "good,\"POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.1))\"\n");
        r = floodctl({QStringLiteral("import"), db, csv, QStringLiteral("--layer"), QStringLiteral("blocks")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("feature 1")) && r.err.contains(QLatin1String("not closed")), qPrintable(usage(r)));
        QCOMPARE(sha256(db), before);
        r = floodctl({QStringLiteral("import"), db, csv, QStringLiteral("--layer"), QStringLiteral("blocks"), QStringLiteral("--on-error"), QStringLiteral("skip")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QVERIFY2(r.err.contains(QLatin1String("Self-intersection")) || r.err.contains(QLatin1String("self-intersecting")), qPrintable(usage(r)));
        QVERIFY2(r.out.contains(QLatin1String("imported 1 of 3")), qPrintable(usage(r)));
        r = floodctl({QStringLiteral("import"), db, csv, QStringLiteral("--layer"), QStringLiteral("blocks"), QStringLiteral("--make-valid")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QVERIFY2(r.out.contains(QLatin1String("2 invalid geometries repaired")), qPrintable(usage(r)));
        r = floodctl({QStringLiteral("check"), db});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));

        // A bow-tie written by another program: check reports it by table and row.
        QByteArray blob("GP\x00\x01", 4); // GeoPackage blob, version 0, little endian, no envelope
        QDataStream ds(&blob, QIODevice::Append);
        ds.setByteOrder(QDataStream::LittleEndian);
        ds.setFloatingPointPrecision(QDataStream::DoublePrecision);
        ds << qint32(4326) << quint8(1) << quint32(3) << quint32(1) << quint32(5);
        for (double v : {121.4, 31.1, 121.5, 31.2, 121.5, 31.1, 121.4, 31.2, 121.4, 31.1})
            ds << v;
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
        // The R-tree triggers call GeoPackage SQL functions: give them the bow-tie's bounds.
        struct Bound
        {
            const char *name;
            double value;
        };
        static const Bound bounds[] = {{"ST_MinX", 121.4}, {"ST_MaxX", 121.5}, {"ST_MinY", 31.1}, {"ST_MaxY", 31.2}, {"ST_IsEmpty", 0}};
        for (const Bound &b : bounds)
            sqlite3_create_function(h, b.name, 1, SQLITE_UTF8, const_cast<Bound *>(&b),
                                    [](sqlite3_context *c, int, sqlite3_value **) {
                                        sqlite3_result_double(c, static_cast<const Bound *>(sqlite3_user_data(c))->value);
                                    }, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(h, "UPDATE blocks SET geom = ? WHERE name = 'good'", -1, &st, nullptr), SQLITE_OK);
        sqlite3_bind_blob(st, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);
        sqlite3_close(h);
        r = floodctl({QStringLiteral("check"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("blocks row")) && r.err.contains(QLatin1String("Self-intersection")), qPrintable(usage(r)));
    }

    // Item 6: special files as store or source return at once with a clear message.
    void specialFiles()
    {
        const QString fifo = path(QStringLiteral("pipe.gpkg"));
        QCOMPARE(::mkfifo(fifo.toUtf8().constData(), 0600), 0);
        const QList<QStringList> cases = {
            {QStringLiteral("check"), fifo},
            {QStringLiteral("export"), fifo, QStringLiteral("--layer"), QStringLiteral("hazards"), path(QStringLiteral("pipe-out.geojson"))},
            {QStringLiteral("import"), fifo, path(QStringLiteral("hazards.geojson")), QStringLiteral("--layer"), QStringLiteral("hazards")},
            {QStringLiteral("import"), m_db, fifo, QStringLiteral("--layer"), QStringLiteral("hazards")},
            {QStringLiteral("import"), m_db, fifo, QStringLiteral("--layer"), QStringLiteral("hazards"), QStringLiteral("--dry-run")},
            {QStringLiteral("import"), m_db, QStringLiteral("/dev/zero"), QStringLiteral("--layer"), QStringLiteral("hazards")},
            {QStringLiteral("check"), m_dir.path()},
            {QStringLiteral("render"), fifo, path(QStringLiteral("pipe.png"))},
        };
        const QByteArray before = sha256(m_db);
        for (const QStringList &args : cases) {
            const Run r = exec(floodctlBin(), args, 0, false, 20000);
            QVERIFY2(r.code == 1, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + usage(r)));
            QVERIFY2(r.err.contains(QLatin1String("FIFO")) || r.err.contains(QLatin1String("device"))
                         || r.err.contains(QLatin1String("folder")),
                     qPrintable(usage(r)));
        }
        QCOMPARE(sha256(m_db), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("pipe-out.geojson"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("pipe.png"))));
    }

    // Item 7: bogus schema versions and headers are not valid stores, for every command.
    void bogusStores_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("version 2^32") << QByteArray("INSERT INTO schema_version (version) VALUES (4294967296)") << QStringLiteral("not a valid store");
        QTest::newRow("version 'four'") << QByteArray("INSERT INTO schema_version (version) VALUES ('four')") << QStringLiteral("not a valid store");
        QTest::newRow("version -1") << QByteArray("INSERT INTO schema_version (version) VALUES (-1)") << QStringLiteral("not a valid store");
        QTest::newRow("application_id 0") << QByteArray("PRAGMA application_id = 0") << QStringLiteral("application_id is 0");
    }
    void bogusStores()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, message);
        const QString db = path(QStringLiteral("bogus-%1.gpkg").arg(QString::fromLatin1(QTest::currentDataTag())).remove(QLatin1Char('\'')).replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(floodctl({QStringLiteral("init"), db}).code == 0);
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        const QByteArray before = sha256(db);
        const QString out = path(QStringLiteral("bogus-out.geojson"));
        const QList<QStringList> cases = {
            {QStringLiteral("check"), db},
            {QStringLiteral("export"), db, QStringLiteral("--layer"), QStringLiteral("hazards"), out},
            {QStringLiteral("import"), db, path(QStringLiteral("hazards.geojson")), QStringLiteral("--layer"), QStringLiteral("hazards")},
        };
        for (const QStringList &args : cases) {
            const Run r = floodctl(args);
            QVERIFY2(r.code == 1, qPrintable(args.first() + QLatin1Char('\n') + usage(r)));
            QVERIFY2(r.err.contains(message) && r.err.contains(db), qPrintable(usage(r)));
            QVERIFY2(!r.err.contains(QLatin1String(": ;")) && !r.err.trimmed().endsWith(QLatin1Char(':')), qPrintable(usage(r)));
        }
        QCOMPARE(sha256(db), before);
        QVERIFY(!QFile::exists(out));
    }

    // Item 7: render refuses extents, styles and names that would give a blank or mislabelled image.
    void absurdRenderArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("NaN") << QStringList{QStringLiteral("--extent"), QStringLiteral("nan,31.1,121.5,31.3")} << QStringLiteral("finite");
        QTest::newRow("Inf") << QStringList{QStringLiteral("--extent"), QStringLiteral("121.4,31.1,inf,31.3")} << QStringLiteral("finite");
        QTest::newRow("zero width") << QStringList{QStringLiteral("--extent"), QStringLiteral("121.4,31.1,121.4,31.3")} << QStringLiteral("no area");
        QTest::newRow("zero height") << QStringList{QStringLiteral("--extent"), QStringLiteral("121.4,31.1,121.5,31.1")} << QStringLiteral("no area");
        QTest::newRow("inverted") << QStringList{QStringLiteral("--extent"), QStringLiteral("121.5,31.3,121.4,31.1")} << QStringLiteral("no area");
        QTest::newRow("beyond lon") << QStringList{QStringLiteral("--extent"), QStringLiteral("190,31,200,32")} << QStringLiteral("outside the world");
        QTest::newRow("beyond lat") << QStringList{QStringLiteral("--extent"), QStringLiteral("121,86,122,89")} << QStringLiteral("outside the world");
        QTest::newRow("three numbers") << QStringList{QStringLiteral("--extent"), QStringLiteral("121,31,122")} << QStringLiteral("four numbers");
        QTest::newRow("style") << QStringList{QStringLiteral("--style"), QStringLiteral("nonsense")} << QStringLiteral("unknown --style");
        QTest::newRow("bmp name") << QStringList{QStringLiteral("--out"), QStringLiteral("map.bmp")} << QStringLiteral(".bmp");
        QTest::newRow("no extension") << QStringList{QStringLiteral("--out"), QStringLiteral("map")} << QStringLiteral("no extension");
    }
    void absurdRenderArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString dir = path(QStringLiteral("render-args"));
        QVERIFY(QDir().mkpath(dir));
        QString out = QDir(dir).filePath(QStringLiteral("map.png"));
        if (args.first() == QLatin1String("--out")) {
            out = QDir(dir).filePath(args[1]);
            args.clear();
        }
        const Run r = floodctl(QStringList{QStringLiteral("render"), m_db, out, QStringLiteral("--size"), QStringLiteral("200x150")} + args);
        QVERIFY2(r.code == 2, qPrintable(usage(r)));
        QVERIFY2(r.err.contains(message), qPrintable(usage(r)));
        QCOMPARE(listing(dir), QStringList());
    }
    void renderJpegIsJpeg()
    {
        const QString out = path(QStringLiteral("map.jpg"));
        const Run r = floodctl({QStringLiteral("render"), m_db, out, QStringLiteral("--size"), QStringLiteral("300x200")});
        QVERIFY2(r.code == 0, qPrintable(usage(r)));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(3), QByteArray("\xff\xd8\xff"));
    }

    // Item 7: floodcommand --db with a typo does not make a new store and folders unless asked (--create).
    void missingStoreNotCreated()
    {
        const QString db = path(QStringLiteral("typo/path.gpkg"));
        const QString shot = path(QStringLiteral("typo-shot.png"));
        Run r = exec(floodcommandBin(), {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), shot,
                                                       QStringLiteral("--size"), QStringLiteral("800x600")});
        QVERIFY2(r.code == 1, qPrintable(usage(r)));
        QVERIFY2(r.err.contains(QLatin1String("--create")) && r.err.contains(db), qPrintable(usage(r)));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("typo"))));
        QVERIFY(!QFileInfo::exists(shot));
        r = floodctl({QStringLiteral("init"), db});
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1String("does not exist")), qPrintable(usage(r)));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("typo"))));
        r = exec(floodcommandBin(), {QStringLiteral("--db"), db, QStringLiteral("--create"), QStringLiteral("--screenshot"),
                                                   shot, QStringLiteral("--size"), QStringLiteral("800x600")});
        QVERIFY2(QFileInfo(db).isFile(), qPrintable(usage(r)));
        // A new empty store has no map layers: the screenshot fails, and says why.
        if (r.code != 0)
            QVERIFY2(r.err.contains(QLatin1String("could not be loaded: ")) && r.err.trimmed().size() > 40, qPrintable(usage(r)));
    }

    // Item 8: errors say what is wrong.
    void errorsSayWhatIsWrong()
    {
        // No extension.
        Run r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("hazards"), path(QStringLiteral("noext"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no extension")) && !r.err.contains(QLatin1String("'.'")), qPrintable(usage(r)));
        // Corrupt store: SQLite's words, not "not a FloodCommand store".
        const QString corrupt = path(QStringLiteral("corrupt.gpkg"));
        QVERIFY(QFile::copy(m_db, corrupt));
        {
            QFile f(corrupt);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(100);
            f.write(QByteArray(3000, '\xff'));
        }
        r = floodctl({QStringLiteral("check"), corrupt});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("damaged")) && r.err.contains(QLatin1String("malformed")), qPrintable(usage(r)));
        // Under 32 KB free for the shared-memory file: the disk, not the store, is the problem.
        const QString copy = path(QStringLiteral("nospace.gpkg"));
        QVERIFY(QFile::copy(m_db, copy));
        r = floodctl({QStringLiteral("check"), copy}, 8 * 1024);
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains(QLatin1String("not a FloodCommand")), qPrintable(usage(r)));
        QFile::remove(copy + QStringLiteral("-shm"));
        QFile::remove(copy + QStringLiteral("-wal"));
    }

    // Item 8: a read-only folder and a read-only store are named as such, before anything starts.
    void readOnlyPlaces()
    {
        if (geteuid() != 0 && access("/", W_OK) == 0)
            QSKIP("needs an unprivileged user that permissions apply to");
        const QString ro = path(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        const QString db = QDir(ro).filePath(QStringLiteral("op.gpkg"));
        QVERIFY(QFile::copy(m_db, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        const QByteArray before = sha256(db);
        const QStringList import = {QStringLiteral("import"), db, path(QStringLiteral("hazards.geojson")), QStringLiteral("--layer"), QStringLiteral("hazards")};
        Run r = floodctl(import, 0, true);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("folder")) && r.err.contains(QLatin1String("not writable")), qPrintable(usage(r)));
        // Writable folder, read-only file.
        QVERIFY(QFile::setPermissions(ro, QFile::permissions(ro) | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        r = floodctl(import, 0, true);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("read-only")) && !r.err.contains(QLatin1String("feature 1")), qPrintable(usage(r)));
        QCOMPARE(sha256(db), before);
    }
};

QTEST_GUILESS_MAIN(TstCtlAttack)
#include "tst_ctlattack.moc"
