// bench_typhoon: what the typhoon layers add to a frame, and how long the district figures take.
//
//   bench_typhoon [--size 3840x2160] [--runs 15] [--png DIR]
//
// 1. A synthetic year of best track (30 storms x 40 six-hourly points, each point with quadrant radii, one
//    forecast per storm), drawn with the demo district's layers over the western North Pacific (100-160 E,
//    0-45 N) at --size: median frame time with and without the typhoon layers (MapRenderJob::renderBlocking),
//    the difference and the ratio. Also the frame at district scale during the Bebinca replay.
// 2. The figures for the demo district (TyphoonFigures::compute: closest approach, 7/10/12-level arrival and
//    departure) for the Bebinca track and for the longest synthetic storm: median of --runs.
// --png writes the frames (year.png, bebinca_wide.png) for looking at.
#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "app/core/typhoon/typhoonfiles.h"
#include "app/core/typhoon/typhoonstore.h"
#include "app/core/typhoon/typhoontrack.h"
#include "maps/layerregistry.h"
#include "maps/maprenderjob.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"
#include "widgets/map/typhoonlayers.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTimeZone>

#include <ctime>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace fc;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QList<Storm> syntheticYear()
{
    QList<Storm> out;
    const QDateTime t0(QDate(2025, 5, 1), QTime(0, 0), QTimeZone::utc());
    for (int k = 0; k < 30; ++k) {
        Storm s;
        s.code = QStringLiteral("25%1").arg(k + 1, 2, 10, QLatin1Char('0'));
        s.nameEn = QStringLiteral("Synthetic%1").arg(k + 1);
        const double lon0 = 150 - (k % 7) * 3.0, lat0 = 8 + (k % 5) * 1.5;
        for (int i = 0; i < 40; ++i) {
            StormPoint p;
            p.at = t0.addDays(k * 7).addSecs(i * 6 * 3600);
            const double f = i / 39.0;
            p.pos = GeoPoint(lon0 - 32 * f + 6 * f * f * (k % 3), lat0 + 18 * f + 10 * f * f);
            p.windMs = 15 + 35 * std::sin(M_PI * f);
            p.grade = Typhoon::gradeFromWind(p.windMs);
            p.pressureHpa = 1005 - 60 * std::sin(M_PI * f);
            for (int q = 0; q < 4; ++q) {
                p.r7.quadrant(q) = 150 + 150 * std::sin(M_PI * f) + 20 * q;
                p.r10.quadrant(q) = p.windMs > 25 ? 60 + 10 * q : 0;
                p.r12.quadrant(q) = p.windMs > 33 ? 30 + 5 * q : 0;
            }
            p.source = QStringLiteral("file");
            s.points.append(p);
        }
        StormForecast f;
        f.agency = QStringLiteral("中国");
        f.baseAt = s.points[30].at;
        for (int h : {12, 24, 48, 72}) {
            StormPoint p;
            p.at = f.baseAt.addSecs(h * 3600);
            p.pos = GeoPoint(s.points[30].pos.lon - h * 0.1, s.points[30].pos.lat + h * 0.08);
            f.points.append(p);
        }
        s.forecasts.append(f);
        out.append(s);
    }
    return out;
}

// Median frame CPU time (all render threads) of two layer sets, measured alternately: the machine is shared, so wall
// time says more about the other users than about the frame.
std::pair<double, double> framePair(MapSettings s, const QList<MapLayer *> &a, const QList<MapLayer *> &b, int runs)
{
    std::vector<double> ta, tb;
    for (int i = 0; i < runs; ++i) {
        for (int k = 0; k < 2; ++k) {
            s.setLayers(k == 0 ? a : b);
            timespec c0{}, c1{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
            MapRenderJob::renderBlocking(s);
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
            (k == 0 ? ta : tb).push_back((c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6);
        }
    }
    return {median(ta), median(tb)};
}

double frameMs(const MapSettings &settings, int runs, QImage *image)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer e;
        e.start();
        const RenderResult r = MapRenderJob::renderBlocking(settings);
        t.push_back(e.nsecsElapsed() / 1e6);
        if (image && i == 0)
            *image = r.composed(QColor(9, 14, 22));
    }
    return median(t);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("size"), QStringLiteral("3840x2160")},
                  {QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("runs"), QStringLiteral("15")},
                  {QStringLiteral("png"), QStringLiteral("DIR"), QStringLiteral("dir")}});
    p.process(app);
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const int runs = p.value(QStringLiteral("runs")).toInt();
    const QString png = p.value(QStringLiteral("png"));

    QString error;
    const LayerStores stores = DemoDistrict::load(&error);
    LayerRegistry registry;
    const QList<VectorLayer *> district = FloodLayers::createLayers(stores, MapTheme::Dark, &registry);
    registry.setLayers(QList<MapLayer *>(district.cbegin(), district.cend()));
    TyphoonLayers typhoon(nullptr, nullptr, &registry);

    MapSettings s;
    s.setOutputSize(size);
    s.setExtentLonLat(Extent(100, 0, 160, 45));
    QList<MapLayer *> withTyphoon = registry.layers(), without;
    for (MapLayer *l : withTyphoon)
        if (!l->id().startsWith(QLatin1String("typhoon_")))
            without.append(l);

    const QList<Storm> year = syntheticYear();
    QElapsedTimer bt;
    bt.start();
    typhoon.show(year, QDateTime(QDate(2025, 12, 31), QTime(0, 0), QTimeZone::utc())); // the year as seen at its end
    const double buildMs = bt.nsecsElapsed() / 1e6;
    QImage img;
    const auto [base, with] = framePair(s, without, withTyphoon, runs);
    s.setLayers(withTyphoon);
    frameMs(s, 1, &img);
    if (!png.isEmpty())
        img.save(png + QStringLiteral("/year.png"));
    std::printf("frame %dx%d CPU, western North Pacific, demo district layers: %.1f ms; with a year of tracks (30 storms, "
                "1200 points): %.1f ms; added %.1f ms (ratio %.2f); building the features %.1f ms\n",
                size.width(), size.height(), base, with, with - base, with / base, buildMs);

    // Bebinca at the replay time, the wide view and the district view.
    QList<Storm> bebinca;
    QFile f(QStringLiteral(":/typhoon/bebinca_2024.json"));
    f.open(QIODevice::ReadOnly);
    TyphoonFiles::parseBulletin(f.readAll(), f.fileName(), &bebinca, &error);
    const QDateTime replay(QDate(2024, 9, 16), QTime(6, 0), QTimeZone(8 * 3600));
    typhoon.show(bebinca, replay);
    s.setExtentLonLat(Extent(117, 26.5, 128, 34));
    if (!png.isEmpty()) {
        frameMs(s, 1, &img);
        img.save(png + QStringLiteral("/bebinca_wide.png"));
    }
    s.setExtent(stores.value(QStringLiteral("district_boundary"))->extent().scaled(1.05));
    const auto [dBase, dWith] = framePair(s, without, withTyphoon, runs);
    std::printf("frame CPU at district scale, Bebinca replay 09-16 06:00: %.1f ms without, %.1f ms with the typhoon "
                "layers (ratio %.2f)\n",
                dBase, dWith, dWith / dBase);

    // The figures for the district.
    QList<GeoPoint> ring;
    const auto b = stores.value(QStringLiteral("district_boundary"));
    int n = 0;
    const QPointF *pts = b->part(0, 0, &n);
    for (int i = 0; i < n; ++i)
        ring.append(WebMercator::toGeo(pts[i]));
    const TyphoonTarget target = TyphoonTarget::ring(ring);
    for (const Storm *st : std::initializer_list<const Storm *>{&bebinca[0], &year[0]}) {
        std::vector<double> t, cpu;
        TyphoonFigures fig;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer e;
            timespec c0{}, c1{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
            e.start();
            fig = TyphoonFigures::compute(TyphoonTrack(*st), target, replay);
            t.push_back(e.nsecsElapsed() / 1e6);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
            cpu.push_back((c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6);
        }
        std::printf("figures for the district (%d boundary samples), %s (%d points): median %.2f ms wall, %.2f ms CPU\n",
                    int(target.samples().size()), qPrintable(st->displayName()), int(st->points.size()), median(t),
                    median(cpu));
    }
    return 0;
}
