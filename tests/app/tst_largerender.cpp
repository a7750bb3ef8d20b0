#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

// Issue 13 item 5: large renders. floodctl render composes the frame region by region into one image
// (no full-size image per layer), and refuses sizes whose memory the machine (or the process's
// limits) cannot give, with a clear message, instead of being killed.
class TstLargeRender : public QObject
{
    Q_OBJECT

    // Runs floodctl with an address-space limit (ulimit -v) in the child.
    static int floodctl(const QStringList &args, qint64 addressSpaceBytes, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setChildProcessModifier([addressSpaceBytes] {
            if (addressSpaceBytes > 0) {
                rlimit rl{rlim_t(addressSpaceBytes), rlim_t(addressSpaceBytes)};
                setrlimit(RLIMIT_AS, &rl);
            }
        });
        p.start(QStringLiteral(FLOODCTL_BIN), args);
        if (!p.waitForFinished(600000))
            return -100;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -200;
    }

    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QCOMPARE(floodctl({QStringLiteral("init"), m_store, QStringLiteral("--demo")}, 0), 0);
    }
    void refusesWhatCannotFit()
    {
        // 32768 x 32768 needs over 4 GiB for the image alone; with 3 GiB of address space it must be
        // refused up front, with a message, and no file written.
        const QString out = m_dir.filePath(QStringLiteral("huge.png"));
        QByteArray err;
        const int code = floodctl({QStringLiteral("render"), m_store, out, QStringLiteral("--size"), QStringLiteral("32768x32768")},
                                  qint64(3) << 30, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("needs about") && err.contains("GiB"), err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }
    void largeFrameInLittleMemory()
    {
        // 12000 x 12000 with every demo layer under a 2.5 GiB address-space limit. Per-layer full-size
        // images (what the job did before) would need ~0.55 GiB per layer: several GiB. Drawn by regions
        // into one frame it fits, and the picture is the map (not a blank or truncated image).
        const QString out = m_dir.filePath(QStringLiteral("large.png"));
        QByteArray err;
        const int code = floodctl({QStringLiteral("render"), m_store, out, QStringLiteral("--size"), QStringLiteral("12000x12000"),
                                   QStringLiteral("--style"), QStringLiteral("flood")},
                                  qint64(5) << 29, &err);
        QVERIFY2(code == 0, err.constData());
        QImageReader reader(out);
        QCOMPARE(reader.size(), QSize(12000, 12000));
        reader.setAllocationLimit(1024);
        const QImage img = reader.read();
        QVERIFY(!img.isNull());
        // Ink in every horizontal eighth of the image: no region was lost.
        const QColor bg = img.pixelColor(0, 0);
        for (int band = 0; band < 8; ++band) {
            int ink = 0;
            for (int y = band * 1500 + 200; y < band * 1500 + 1300; y += 50)
                for (int x = 0; x < 12000; x += 50)
                    ink += img.pixelColor(x, y) != bg;
            QVERIFY2(ink > 20, qPrintable(QStringLiteral("band %1: %2").arg(band).arg(ink)));
        }
    }
};

QTEST_GUILESS_MAIN(TstLargeRender)
#include "tst_largerender.moc"
