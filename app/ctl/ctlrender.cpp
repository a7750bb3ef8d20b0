#include "app/ctl/ctlcommands.h"

#include "app/core/district/floodlayers.h"
#include "app/core/base/outputfile.h"
#include "app/core/store/storefile.h"
#include "maps/maprenderjob.h"
#include "maps/ogrreader.h"
#include "maps/systemmemory.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <thread>
#include <cmath>
#include <cstdio>

namespace fc::ctl {

namespace {

// Simple default styles for any GeoPackage: by geometry, a distinct colour per layer.
VectorStyle defaultStyle(GeometryType type, int k)
{
    static const QColor palette[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
                                     QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127)};
    const QColor c = palette[k % 8];
    Symbol s;
    if (type == GeometryType::Polygon) {
        s.fill = c.lighter(150);
        s.stroke = c.darker(130);
        s.strokeWidth = 0.6;
    } else if (type == GeometryType::Line) {
        s.stroke = c;
        s.strokeWidth = 1.0;
    } else {
        s.fill = c;
        s.stroke = QColor(255, 255, 255);
        s.strokeWidth = 0.8;
        s.size = 5;
    }
    return VectorStyle(s);
}

} // namespace

int render(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DATA"), QStringLiteral("GeoPackage (or any OGR vector source)"));
    p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("PNG to write"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Output size WxH"), QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption extent(QStringLiteral("extent"), QStringLiteral("minlon,minlat,maxlon,maxlat"), QStringLiteral("EXTENT"));
    const QCommandLineOption style(QStringLiteral("style"), QStringLiteral("default (per-geometry) or flood (FloodCommand styles by layer name)"), QStringLiteral("STYLE"), QStringLiteral("default"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Render N times and report each time"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QStringLiteral("Replace OUT if it exists"));
    p.addOptions({size, extent, style, repeat, overwrite});
    if (!p.parse(QStringList{QStringLiteral("floodctl render")} + args) || p.positionalArguments().size() != 2) {
        std::fprintf(stderr, "usage: floodctl render DATA.gpkg OUT.png [--size WxH] [--extent minlon,minlat,maxlon,maxlat] [--style default|flood]\n"
                             "                      [--overwrite]\n%s\n",
                     qPrintable(p.errorText()));
        return 2;
    }
    const QString data = p.positionalArguments()[0], out = p.positionalArguments()[1];
    const QStringList wh = p.value(size).split(QLatin1Char('x'));
    const QSize sz(wh.value(0).toInt(), wh.value(1).toInt());
    if (wh.size() != 2 || sz.width() < 1 || sz.height() < 1 || sz.width() > 32768 || sz.height() > 32768) {
        std::fprintf(stderr, "floodctl render: bad --size '%s' (expected WxH)\n", qPrintable(p.value(size)));
        return 2;
    }

    // -- argument checks: refuse what would hang, mislead or write a blank or mislabelled image --
    const QString styleName = p.value(style);
    if (styleName != QLatin1String("default") && styleName != QLatin1String("flood")) {
        std::fprintf(stderr, "floodctl render: unknown --style '%s' (use default or flood)\n", qPrintable(styleName));
        return 2;
    }
    QString error;
    if (OutputFile::imageFormat(out, &error).isEmpty()) {
        std::fprintf(stderr, "floodctl render: %s\n", qPrintable(error));
        return 2;
    }
    // Before any work: an existing OUT only with --overwrite, never the data itself or an operation store.
    if (!OutputFile::checkDestination(out, p.isSet(overwrite), {data}, &error)) {
        std::fprintf(stderr, "floodctl render: %s\n", qPrintable(error));
        return 1;
    }
    Extent requested;
    if (p.isSet(extent)) {
        const QStringList e = p.value(extent).split(QLatin1Char(','));
        bool ok[4] = {};
        double v[4] = {};
        for (int i = 0; i < 4; ++i)
            v[i] = e.value(i).trimmed().toDouble(&ok[i]);
        QString why;
        if (e.size() != 4 || !ok[0] || !ok[1] || !ok[2] || !ok[3])
            why = QStringLiteral("expected four numbers minlon,minlat,maxlon,maxlat");
        else if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]) || !std::isfinite(v[3]))
            why = QStringLiteral("every value must be a finite number (not NaN or infinity)");
        else if (v[0] < -180 || v[2] > 180 || v[1] < -WebMercator::MaxLatitude || v[3] > WebMercator::MaxLatitude)
            why = QStringLiteral("outside the world map (longitude -180..180, latitude -85.05..85.05)");
        else if (!(v[0] < v[2]) || !(v[1] < v[3]))
            why = QStringLiteral("the extent has no area: minlon must be below maxlon and minlat below maxlat");
        if (!why.isEmpty()) {
            std::fprintf(stderr, "floodctl render: bad --extent '%s': %s\n", qPrintable(p.value(extent)), qPrintable(why));
            return 2;
        }
        requested = Extent(v[0], v[1], v[2], v[3]);
    }
    if (!StoreFile::regularFile(data, &error)) {
        std::fprintf(stderr, "floodctl render: %s\n", qPrintable(error));
        return 1;
    }
    // -- end argument checks --

    const bool flood = styleName == QLatin1String("flood");
    QElapsedTimer load;
    load.start();
    const QStringList names = OgrReader::layerNames(data, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "floodctl render: %s\n", qPrintable(error));
        return 1;
    }
    std::vector<std::unique_ptr<VectorLayer>> layers;
    Extent all;
    int k = 0;
    // Layers are read in parallel (one at a time per core; each its own connection); errors are
    // reported for the first failing layer in the file's order, as a sequential read would.
    std::vector<std::shared_ptr<const FeatureStore>> stores(std::size_t(names.size()));
    QStringList errors(names.size());
    {
        std::atomic_int next{0};
        auto worker = [&] {
            for (int i; (i = next.fetch_add(1)) < names.size();) {
                OgrReader::Options o;
                o.threads = 1;
                o.lazyIndex = true; // the render scans the boxes in order; no R-tree needed
                // The default styles use no attribute (no classes, no labels): read geometries only,
                // as QGIS's single-symbol renderer asks its provider for no attributes. The flood
                // styles classify and label by fields: read them all.
                if (!flood)
                    o.fields = QStringList();
                stores[std::size_t(i)] = OgrReader::read(data, names[i], o, &errors[i]);
            }
        };
        std::vector<std::thread> threads;
        const int extra = std::min(int(names.size()), std::max(1, QThread::idealThreadCount())) - 1;
        for (int t = 0; t < extra; ++t)
            threads.emplace_back(worker);
        worker();
        for (std::thread &t : threads)
            t.join();
    }
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        const auto &store = stores[std::size_t(i)];
        if (!store) {
            std::fprintf(stderr, "floodctl render: %s\n", qPrintable(errors[i]));
            return 1;
        }
        if (store->count() == 0)
            continue;
        auto layer = std::make_unique<VectorLayer>(name, name, store);
        layer->setStyle(flood ? FloodLayers::style(name, MapTheme::Dark) : defaultStyle(store->geometryType(), k++));
        all.include(store->extent());
        layers.push_back(std::move(layer));
    }
    // Draw polygons under lines under points.
    std::stable_sort(layers.begin(), layers.end(), [](const auto &a, const auto &b) {
        auto rank = [](GeometryType t) { return t == GeometryType::Polygon ? 0 : t == GeometryType::Line ? 1 : 2; };
        return rank(a->store()->geometryType()) < rank(b->store()->geometryType());
    });
    const qint64 loadMs = load.elapsed();

    MapSettings s;
    s.setOutputSize(sz);
    if (all.isNull()) {
        std::fprintf(stderr, "floodctl render: %s has no features to draw; nothing was written\n", qPrintable(data));
        return 1;
    }
    if (p.isSet(extent)) {
        s.setExtentLonLat(requested);
        if (!WebMercator::fromGeoExtent(requested).intersects(all))
            std::fprintf(stderr, "floodctl render: warning: the extent holds none of the data in %s; the image shows "
                                 "only the background\n",
                         qPrintable(data));
    } else {
        s.setExtent(all.scaled(1.02));
    }
    QList<MapLayer *> list;
    for (auto &l : layers)
        list.append(l.get());
    s.setLayers(list);
    s.setFontFamily(QStringLiteral("WenQuanYi Micro Hei")); // the application's default (Theme)
    // The frame is drawn region by region straight into one image: memory is the output image plus
    // a few hundred MB of region buffers, whatever the number of layers. Refuse what cannot fit.
    const qint64 need = MapRenderJob::estimatedBytes(s, true);
    const qint64 have = SystemMemory::availableBytes();
    if (have >= 0 && need > have) {
        std::fprintf(stderr,
                     "floodctl render: a %d x %d image needs about %.1f GiB of memory; only %.1f GiB is available "
                     "(ask for a smaller --size)\n",
                     sz.width(), sz.height(), double(need) / double(1 << 30), double(have) / double(1 << 30));
        return 1;
    }
    const QColor background = flood ? MapPalette::forTheme(MapTheme::Dark).background : QColor(Qt::white);
    const int n = std::max(1, p.value(repeat).toInt());
    RenderResult r;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        MapRenderJob job(s);
        job.setBackground(background);
        job.setFrameOnly(true);
        job.start();
        job.waitForFinished();
        r = job.result();
        std::printf("render %d: %lld ms (%d x %d, %zu layers, %d labels)\n", i + 1, static_cast<long long>(t.elapsed()),
                    sz.width(), sz.height(), layers.size(), r.labelCount);
    }
    for (const QString &e : std::as_const(r.errors))
        std::fprintf(stderr, "floodctl render: %s\n", qPrintable(e));
    if (r.frame.isNull()) {
        std::fprintf(stderr, "floodctl render: nothing rendered for %s\n", qPrintable(out));
        return 1;
    }
    const QImage &img = r.frame;
    if (!OutputFile::saveImage(img, out, &error, p.isSet(overwrite))) {
        std::fprintf(stderr, "floodctl render: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("load: %lld ms\nwrote %s\n", static_cast<long long>(loadMs), qPrintable(out));
    return 0;
}

} // namespace fc::ctl
