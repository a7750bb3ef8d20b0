// bench_wall: soak run of the command-room wall. Not a CTest test (see README.md).
//
//   bench_wall [--size 3840x2160] [--hours 72] [--rate 3600] [--dir DIR] [--shots PREFIX --shot-hour 56]
//
// 1. A demo operation store with the Typhoon Bebinca (2024) replay written into it (ReplayScenario::writeBebinca).
// 2. The 3-screen wall (built-in wall-3) on three offscreen windows of --size, fed by one Operation, as
//    `floodcommand --wall --screens 3` runs it; waits until every view shows its data.
// 3. Replays --hours from the start of the scenario at --rate x (72 h at 3600x: 72 s). Every second of real time,
//    each window is painted once (QWidget::grab: every view composed, the map's last frame drawn) and timed: the
//    frame time. A 5 ms timer measures the longest stall of the GUI thread (event-loop latency) in between.
// 4. Resident memory (VmRSS) after the first replayed hour and at the end: growth as a ratio; the worst frame.
// With --shots PREFIX, the three screens are saved as PREFIX-1.png .. PREFIX-3.png when the replay reaches --shot-hour.
#include "app/core/base/clock.h"
#include "app/core/district/demooperation.h"
#include "app/core/district/floodlayers.h"
#include "app/core/live/operation.h"
#include "app/core/live/replayscenario.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "maps/layerregistry.h"
#include "maps/vectorlayer.h"
#include "widgets/common/theme.h"
#include "widgets/wall/wallcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fc;

namespace {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("size"), QStringLiteral("window size"), QStringLiteral("WxH"), QStringLiteral("3840x2160")});
    p.addOption({QStringLiteral("hours"), QStringLiteral("replayed hours"), QStringLiteral("H"), QStringLiteral("72")});
    p.addOption({QStringLiteral("rate"), QStringLiteral("replay rate"), QStringLiteral("X"), QStringLiteral("3600")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("work folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("shots"), QStringLiteral("save the screens as PREFIX-N.png"), QStringLiteral("PREFIX")});
    p.addOption({QStringLiteral("shot-hour"), QStringLiteral("replayed hour of the shots"), QStringLiteral("H"), QStringLiteral("56")});
    p.process(app);
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const double hours = p.value(QStringLiteral("hours")).toDouble();
    const double rate = p.value(QStringLiteral("rate")).toDouble();
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    Theme::apply(app, MapTheme::Dark, true);

    QString error;
    const QString path = dir + QStringLiteral("/bench-wall.gpkg");
    QFile::remove(path);
    {
        auto made = DemoOperation::createStore(path, &error);
        ReplayScenario::Summary s;
        if (!made || !ReplayScenario::writeBebinca(*made, &s, &error)) {
            std::fprintf(stderr, "bench_wall: %s\n", qPrintable(error));
            return 1;
        }
    }
    auto store = Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "bench_wall: %s\n", qPrintable(error));
        return 1;
    }
    Store *s = store.get();
    Operation op;
    op.setStore(std::move(store));
    LayerRegistry registry;
    auto read = s->readLayers(Schema::featureKinds());
    read.waitForFinished();
    const QList<VectorLayer *> layers = FloodLayers::createLayers(read.result().layers, MapTheme::Dark, &registry);
    Extent full;
    for (VectorLayer *l : layers)
        if (l->store() && l->store()->count())
            full.include(l->store()->extent());
    WallContext ctx{&op, &registry, [full] { return full; }};
    WallController wall(ctx);
    wall.setLayout(WallLayout::builtIn(3));
    wall.setStore(s);
    wall.useVirtualScreens(3, size, true);
    registry.setLayers(QList<MapLayer *>(layers.cbegin(), layers.cend()));
    wall.mapDataLoaded();

    QElapsedTimer ready;
    ready.start();
    while (!wall.allReady() && ready.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!wall.allReady()) {
        std::fprintf(stderr, "bench_wall: the views did not show their data within 120 s\n");
        return 1;
    }
    std::printf("wall ready in %lld ms: 3 windows of %dx%d, %lld views\n", ready.elapsed(), size.width(), size.height(),
                static_cast<long long>(wall.views().size()));

    const QDateTime from = ReplayScenario::periodStart();
    const QDateTime to = from.addSecs(qint64(hours * 3600));
    op.clock()->startReplay(from, rate);
    std::vector<double> frames;
    qint64 worstStall = 0, rssHour1 = -1, rssPeak = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer stall;
    QObject::connect(&stall, &QTimer::timeout, [&] {
        worstStall = std::max(worstStall, sinceTick.restart());
    });
    stall.start(5);
    bool shot = !p.isSet(QStringLiteral("shots"));
    const QDateTime shotAt = from.addSecs(qint64(p.value(QStringLiteral("shot-hour")).toDouble() * 3600));
    QTimer frame;
    QEventLoop loop;
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const QDateTime now = op.clock()->now();
        for (WallWindow *w : wall.windows()) {
            QElapsedTimer t;
            t.start();
            const QImage img = w->grab().toImage();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!shot && now >= shotAt)
                img.save(QStringLiteral("%1-%2.png").arg(p.value(QStringLiteral("shots"))).arg(w->index() + 1));
        }
        if (!shot && now >= shotAt) {
            shot = true;
            std::printf("screens saved at %s\n", qPrintable(now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(Qt::ISODate)));
        }
        sinceTick.restart(); // the grab is the frame, counted above, not a stall
        const qint64 rss = rssKiB();
        rssPeak = std::max(rssPeak, rss);
        if (rssHour1 < 0 && now >= from.addSecs(3600))
            rssHour1 = rss;
        if (now >= to)
            loop.quit();
    });
    frame.start(1000);
    QElapsedTimer run;
    run.start();
    loop.exec();
    const qint64 rssEnd = rssKiB();
    std::sort(frames.begin(), frames.end());
    const double median = frames.empty() ? 0 : frames[frames.size() / 2];
    const double worst = frames.empty() ? 0 : frames.back();
    std::printf("replayed %.0f h at %.0fx in %.1f s: %zu frames (3 screens), frame median %.1f ms, worst %.1f ms "
                "(worst / 100 ms budget = %.2f); longest GUI-thread stall between frames %lld ms\n",
                hours, rate, double(run.elapsed()) / 1000.0, frames.size(), median, worst, worst / 100.0, worstStall);
    std::printf("memory: %.1f MiB after the first hour, %.1f MiB at the end, peak %.1f MiB: growth %.2f %% (limit 5 %%)\n",
                double(rssHour1) / 1024.0, double(rssEnd) / 1024.0, double(rssPeak) / 1024.0,
                rssHour1 > 0 ? 100.0 * double(rssEnd - rssHour1) / double(rssHour1) : 0.0);
    size_t ticker = 0;
    for (WallTickerView *t : wall.viewsOf<WallTickerView>())
        ticker += t->entries().size();
    std::printf("ticker entries at the end: %zu\n", ticker);
    op.setStore(nullptr);
    return 0;
}
