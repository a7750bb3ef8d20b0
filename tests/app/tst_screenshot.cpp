#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real floodcommand executable in screenshot mode on the demo district and checks that the
// saved PNG shows a drawn map: water and roads in their theme colours, not a blank window.
class TstScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoScreenshot()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(FLOODCOMMAND_BIN),
                {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--screenshot"), out,
                 QStringLiteral("--size"), QStringLiteral("1920x1200")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QImage img(out);
        QVERIFY(!img.isNull());
        QCOMPARE(img.size(), QSize(1920, 1200));
        // Dark theme water (16,58,92) and road greys/ambers.
        qint64 water = 0, road = 0, total = 0;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2) {
                const QColor c = img.pixelColor(x, y);
                ++total;
                if (std::abs(c.red() - 16) < 10 && std::abs(c.green() - 58) < 10 && std::abs(c.blue() - 92) < 10)
                    ++water;
                if ((std::abs(c.red() - 112) < 14 && std::abs(c.green() - 128) < 14 && std::abs(c.blue() - 148) < 14)
                    || (std::abs(c.red() - 190) < 14 && std::abs(c.green() - 160) < 14 && std::abs(c.blue() - 100) < 14))
                    ++road;
            }
        QVERIFY2(water > total / 100, qPrintable(QStringLiteral("water pixels %1 of %2").arg(water).arg(total)));
        QVERIFY2(road > total / 200, qPrintable(QStringLiteral("road pixels %1 of %2").arg(road).arg(total)));
    }
    void storeBackedStart()
    {
        // --db with a missing file and --demo: the store is created from the demo district, the map
        // is read from it, and the file is a GeoPackage others can open.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("op.gpkg"));
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(FLOODCOMMAND_BIN), {QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--screenshot"), out,
                                                  QStringLiteral("--size"), QStringLiteral("1200x800")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo::exists(db));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(16), QByteArray("SQLite format 3\0", 16));
        QVERIFY(!QImage(out).isNull());
    }
    void helpWithoutDisplay()
    {
        // --help prints the usage and exits before any GUI exists: it works on a machine with no display.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // a platform that needs a display
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FLOODCOMMAND_BIN), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("--db")) && out.contains(QStringLiteral("--replay-at")), qPrintable(out));
    }
    void serverUriIsNeverAFile()
    {
        // A postgresql:// location is a server: it is connected to (here: refused, nothing listens on port 1),
        // never looked up as a file, and no folder or store file is created for it.
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(FLOODCOMMAND_BIN), {QStringLiteral("--lang"), QStringLiteral("en"),
                                                  QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/fc_none"),
                                                  QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(!err.contains(QStringLiteral("no such store")) && !err.contains(QStringLiteral("does not exist")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("127.0.0.1")) || err.contains(QStringLiteral("connect"), Qt::CaseInsensitive),
                 qPrintable(err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }
    void refusesForeignFile()
    {
        // A file that is not a store is refused and left exactly as it was.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.gpkg"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("duty log, not a database\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(FLOODCOMMAND_BIN), {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("duty log, not a database\n"));
    }
};

QTEST_GUILESS_MAIN(TstScreenshot)
#include "tst_screenshot.moc"
