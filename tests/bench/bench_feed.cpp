// Seat-to-seat latency of the change feed: a change committed by seat A until it is on seat B's map layer
// (B's StoreLayerSync applied it). Not a test: prints percentiles over N changes.
//   bench_feed LOCATION [--changes N]      LOCATION: a .gpkg (created if missing) or postgresql://... (created if empty)
#include "app/core/store/store.h"
#include "app/core/district/demooperation.h"
#include "app/core/live/storelayersync.h"
#include "maps/vectorlayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>

using namespace fc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_feed LOCATION [--changes N]\n");
        return 2;
    }
    const QString at = args[0];
    const int n = args.contains(QStringLiteral("--changes")) ? args.value(args.indexOf(QStringLiteral("--changes")) + 1).toInt() : 1000;
    QString e;
    std::unique_ptr<Store> a = Store::isServer(at) || QFileInfo::exists(at) ? Store::open(at, &e) : DemoOperation::createStore(at, &e);
    if (!a && Store::isServer(at))
        a = DemoOperation::createStore(at, &e);
    if (!a) {
        std::fprintf(stderr, "bench_feed: %s\n", qPrintable(e));
        return 1;
    }
    std::unique_ptr<Store> b = Store::open(at, &e);
    if (!b) {
        std::fprintf(stderr, "bench_feed: %s\n", qPrintable(e));
        return 1;
    }
    const LayerRead r = [&] { QFuture<LayerRead> f = b->readLayers({QStringLiteral("rescue_teams")}); f.waitForFinished(); return f.result(); }();
    VectorLayer teams(QStringLiteral("rescue_teams"), QStringLiteral("rescue_teams"), r.layers.value(QStringLiteral("rescue_teams")));
    StoreLayerSync sync(b.get());
    sync.track(&teams, r.changeId);
    QList<StoreRow> rows = [&] { auto f = a->rows(QStringLiteral("rescue_teams")); f.waitForFinished(); return f.result(); }();
    if (rows.isEmpty()) {
        std::fprintf(stderr, "bench_feed: no rescue teams in %s\n", qPrintable(at));
        return 1;
    }
    const qint64 fid = rows.first().fid;
    QList<double> ms;
    QElapsedTimer clock;
    int i = 0;
    qint64 waitingFor = 0;
    QObject::connect(&sync, &StoreLayerSync::layerUpdated, &app, [&] {
        const int k = teams.store()->indexOfFid(fid);
        if (k < 0 || teams.store()->attribute(k, QStringLiteral("members")).toLongLong() != waitingFor)
            return;
        ms.append(double(clock.nsecsElapsed()) / 1e6);
        if (++i >= n) {
            app.quit();
            return;
        }
        QMetaObject::invokeMethod(&app, [&] {
            waitingFor = 1000 + i;
            clock.restart();
            a->updateRow(QStringLiteral("rescue_teams"), fid,
                         {{QStringLiteral("members"), waitingFor},
                          {QStringLiteral("geom"), QStringLiteral("POINT (121.48%1 31.23)").arg(i % 100, 2, 10, QLatin1Char('0'))}});
        }, Qt::QueuedConnection);
    });
    waitingFor = 1000;
    clock.start();
    a->updateRow(QStringLiteral("rescue_teams"), fid, {{QStringLiteral("members"), waitingFor}});
    app.exec();
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.isEmpty() ? 0.0 : ms[std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size()))]; };
    std::printf("%s: %lld changes, seat A commit -> seat B map layer: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                qPrintable(Store::isServer(at) ? QStringLiteral("postgresql") : QStringLiteral("geopackage")),
                static_cast<long long>(ms.size()), pct(0.5), pct(0.95), ms.isEmpty() ? 0.0 : ms.last());
    return 0;
}
