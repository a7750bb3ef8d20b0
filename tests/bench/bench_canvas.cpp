// bench_canvas: pan-frame and start-up benchmark for the map canvas ("Speed").
//
//   bench_canvas [--size 3840x2160] [--frames 50] [--pan 40] [--floodcommand PATH] [--runs 5]
//
// 1. In process: loads the demo district (DemoDistrict::load + FloodLayers::createLayers) into a
//    MapCanvas of --size, offscreen, and waits for firstFrameReady (time from main() to that signal
//    is printed, plus the render job's own time).
// 2. Pan frame: moves the view by --pan device pixels per frame (setCenter, as a drag does) and
//    times one paint of the canvas, i.e. the cached layer images moved and composed, into a
//    preallocated QImage (QWidget::render) and through QWidget::grab(); median of --frames each.
//    No event loop runs in between, so no re-render can start: this is the frame a user sees
//    while dragging.
// 3. Start-up (with --floodcommand): wall clock from launching `floodcommand --demo --screenshot`
//    to its "screenshot saved" line (first complete frame + a 50 ms settle + window grab + PNG
//    write) and to exit; median of --runs. The program's own "first frame N ms" is the render job
//    time only.
#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "maps/vectorlayer.h"
#include "widgets/map/mapcanvas.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegion>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fc;

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void printStats(const char *what, const std::vector<double> &v)
{
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    std::printf("%-34s median %7.2f ms  min %7.2f  p90 %7.2f  max %7.2f  (n=%zu)\n", what, median(v), s.front(),
                s[std::min(s.size() - 1, s.size() * 9 / 10)], s.back(), s.size());
}

struct StartupRun
{
    double toShot = -1, toExit = -1, firstFrame = -1;
};

StartupRun runFloodcommand(const QString &bin, const QStringList &args)
{
    StartupRun r;
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    proc.setProcessEnvironment(env);
    proc.setProcessChannelMode(QProcess::SeparateChannels);
    QByteArray out;
    QElapsedTimer t;
    static const QRegularExpression re(QStringLiteral("first frame (\\d+) ms"));
    QObject::connect(&proc, &QProcess::readyReadStandardOutput, [&] {
        out += proc.readAllStandardOutput();
        if (r.toShot < 0 && out.contains("screenshot saved"))
            r.toShot = t.nsecsElapsed() / 1e6;
    });
    t.start();
    proc.start(bin, args);
    if (!proc.waitForStarted(10000))
        return r;
    QEventLoop loop;
    QObject::connect(&proc, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    loop.exec();
    r.toExit = t.nsecsElapsed() / 1e6;
    out += proc.readAllStandardOutput();
    const auto m = re.match(QString::fromUtf8(out));
    if (m.hasMatch())
        r.firstFrame = m.captured(1).toDouble();
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        std::fprintf(stderr, "floodcommand failed: %s\n", proc.readAllStandardError().constData());
        r.toExit = -1;
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Map canvas pan-frame and start-up benchmark"));
    p.addHelpOption();
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Canvas size WxH"), QStringLiteral("WxH"), QStringLiteral("3840x2160"));
    const QCommandLineOption framesOpt(QStringLiteral("frames"), QStringLiteral("Pan frames to time"), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption panOpt(QStringLiteral("pan"), QStringLiteral("Pixels moved per frame"), QStringLiteral("PX"), QStringLiteral("40"));
    const QCommandLineOption binOpt(QStringLiteral("floodcommand"), QStringLiteral("floodcommand binary for the start-up timing"), QStringLiteral("PATH"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Start-up runs"), QStringLiteral("N"), QStringLiteral("5"));
    p.addOptions({sizeOpt, framesOpt, panOpt, binOpt, runsOpt});
    p.process(app);
    const QStringList wh = p.value(sizeOpt).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const int frames = std::max(1, p.value(framesOpt).toInt());
    const double pan = p.value(panOpt).toDouble();
    if (size.isEmpty()) {
        std::fprintf(stderr, "bench_canvas: bad --size\n");
        return 2;
    }

    // 1. Demo district into a canvas, first frame.
    QElapsedTimer load;
    load.start();
    QString error;
    const LayerStores stores = DemoDistrict::load(&error);
    if (stores.isEmpty()) {
        std::fprintf(stderr, "bench_canvas: demo district: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 loadMs = load.elapsed();
    MapCanvas canvas;
    canvas.setAttribute(Qt::WA_DontShowOnScreen);
    canvas.resize(size);
    const QList<VectorLayer *> layers = FloodLayers::createLayers(stores, MapTheme::Dark, &canvas);
    LayerRegistry registry;
    registry.setLayers(QList<MapLayer *>(layers.cbegin(), layers.cend()));
    canvas.setRegistry(&registry);
    canvas.show();
    bool ready = false;
    QEventLoop loop;
    QObject::connect(&canvas, &MapCanvas::firstFrameReady, &loop, [&] {
        ready = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    canvas.zoomToFullExtent();
    loop.exec();
    if (!ready) {
        std::fprintf(stderr, "bench_canvas: no first frame within 60 s\n");
        return 1;
    }
    const qint64 firstMs = sinceStart.elapsed();
    std::printf("canvas %dx%d, %lld layers; demo load %lld ms; main() to firstFrameReady %lld ms (render job %lld ms)\n",
                size.width(), size.height(), static_cast<long long>(layers.size()), static_cast<long long>(loadMs),
                static_cast<long long>(firstMs), static_cast<long long>(canvas.lastRenderMs()));

    // 2. Pan frames: shift the view, paint the cached images once.
    const QPointF c0 = canvas.settings().center();
    const double res = canvas.settings().resolution() / canvas.settings().devicePixelRatio();
    QImage target(size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> renderMs, grabMs;
    auto shift = [&](int i) {
        // Back and forth along a diagonal so the frame always overlaps the cached image.
        const int k = (i % 20) < 10 ? (i % 20) + 1 : 20 - (i % 20);
        canvas.setCenter(c0 + QPointF(k * pan * res, -k * pan * 0.5 * res));
    };
    for (int i = 0; i < 3; ++i) { // warm-up
        shift(i);
        canvas.render(&target);
    }
    for (int i = 0; i < frames; ++i) {
        shift(i);
        QElapsedTimer t;
        t.start();
        canvas.render(&target);
        renderMs.push_back(t.nsecsElapsed() / 1e6);
    }
    for (int i = 0; i < frames; ++i) {
        shift(i);
        QElapsedTimer t;
        t.start();
        const QPixmap px = canvas.grab();
        grabMs.push_back(t.nsecsElapsed() / 1e6);
    }
    printStats("pan frame (render into QImage)", renderMs);
    printStats("pan frame (QWidget::grab)", grabMs);

    // What-if: the same pan frame if the canvas kept one flattened image of the last frame (layers,
    // opacity and labels composed once per render) instead of composing every layer image per paint.
    canvas.setCenter(c0);
    const QImage flat = canvas.frameImage().convertToFormat(QImage::Format_RGB32);
    QImage target32(size, QImage::Format_RGB32);
    std::vector<double> flatMs;
    for (int i = 0; i < frames; ++i) {
        const int k = (i % 20) < 10 ? (i % 20) + 1 : 20 - (i % 20);
        const QPoint off(-int(k * pan), int(k * pan * 0.5));
        QElapsedTimer t;
        t.start();
        QPainter p(&target32);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(off, flat);
        // Only the strips the old frame no longer covers get the background.
        const QRect moved(off, flat.size());
        const QRegion exposed = QRegion(target32.rect()).subtracted(QRegion(moved));
        for (const QRect &r : exposed)
            p.fillRect(r, canvas.background());
        p.end();
        flatMs.push_back(t.nsecsElapsed() / 1e6);
    }
    printStats("what-if: one flattened image moved", flatMs);

    // 3. Start-up of the real program.
    if (p.isSet(binOpt)) {
        QTemporaryDir dir;
        const int runs = std::max(1, p.value(runsOpt).toInt());
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--size"), QStringLiteral("3840x2160")}}) {
            std::vector<double> shot, exitMs, frame;
            for (int i = 0; i < runs; ++i) {
                QStringList args{QStringLiteral("--demo"), QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))};
                args += extra;
                const StartupRun r = runFloodcommand(p.value(binOpt), args);
                if (r.toExit < 0) {
                    std::fprintf(stderr, "bench_canvas: floodcommand run failed\n");
                    return 1;
                }
                shot.push_back(r.toShot);
                exitMs.push_back(r.toExit);
                frame.push_back(r.firstFrame);
            }
            const QString what = extra.isEmpty() ? QStringLiteral("default window size") : extra.join(QLatin1Char(' '));
            std::printf("floodcommand --demo --screenshot (%s), %d runs:\n", qPrintable(what), runs);
            printStats("  launch -> 'screenshot saved'", shot);
            printStats("  launch -> exit", exitMs);
            printStats("  printed 'first frame' (job)", frame);
        }
    }
    return 0;
}
