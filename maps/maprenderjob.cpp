#include "maps/maprenderjob.h"

#include "maps/labelengine.h"
#include "maps/layerrenderer.h"
#include "maps/maplayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace fc {

namespace {

struct LayerJob
{
    QString id;
    QString name;
    double opacity = 1.0;
    std::shared_ptr<LayerRenderer> renderer; // null: the image is re-used
    int bands = 1;
    QList<LabelCandidate> labels;
};

// Everything the chain of pool tasks shares. Owned by the tasks (shared_ptr), not by the job.
struct State
{
    MapSettings settings; // the frame, without layers
    std::shared_ptr<std::atomic_bool> cancel;
    RenderErrors errors;
    QColor background;
    bool frameOnly = false;
    int regionRows = 0;
    std::vector<LayerJob> layers;
    RenderResult result;
    std::optional<LabelEngine> engine;
    QPromise<RenderResult> promise;
    QElapsedTimer timer;

    bool cancelled() const { return cancel->load(std::memory_order_relaxed); }
};
using StatePtr = std::shared_ptr<State>;

// Starts the tasks on the global pool; the last one to end starts `then`. Nobody waits.
void runAll(std::vector<std::function<void()>> tasks, std::function<void()> then)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    if (tasks.empty()) {
        pool->start(std::move(then));
        return;
    }
    auto remaining = std::make_shared<std::atomic_int>(int(tasks.size()));
    auto next = std::make_shared<std::function<void()>>(std::move(then));
    for (auto &t : tasks)
        pool->start([task = std::move(t), remaining, next] {
            task();
            if (remaining->fetch_sub(1) == 1)
                (*next)();
        });
}

// A view of rows [top, top + rows) of an image, sharing its pixels (no copy, no detach).
QImage rowsOf(uchar *bits, const QImage &image, int top, int rows)
{
    return QImage(bits + qsizetype(top) * image.bytesPerLine(), image.width(), rows, image.bytesPerLine(),
                  image.format());
}

// The settings of a region of the frame: same resolution, centred on the region.
MapSettings regionSettings(const MapSettings &frame, const QRect &region)
{
    MapSettings s = frame;
    const double dpr = frame.devicePixelRatio();
    const MapToPixel m2p(frame);
    const QPointF tl = m2p.toMap(QPointF(region.topLeft()));
    const QPointF br = m2p.toMap(QPointF(region.left() + region.width(), region.top() + region.height()));
    s.setOutputSize(QSize(int(std::ceil(region.width() / dpr)), int(std::ceil(region.height() / dpr))));
    s.setCenter((tl + br) / 2);
    return s;
}

RenderContext contextFor(const StatePtr &st, const LayerJob &layer, QImage *image, const QRect &region)
{
    RenderContext ctx;
    ctx.image = image;
    ctx.region = region;
    ctx.frameSize = st->settings.deviceSize();
    ctx.settings = region.size() == ctx.frameSize ? st->settings : regionSettings(st->settings, region);
    ctx.mapToPixel = MapToPixel(st->settings).shifted(region.topLeft());
    ctx.cancelled = st->cancel.get();
    ctx.errors = &st->errors;
    ctx.layerName = layer.name;
    return ctx;
}

void finish(const StatePtr &st)
{
    RenderResult &r = st->result;
    if (!st->frameOnly && st->background.isValid() && !st->cancelled())
        r.frame = r.composed(st->background); // carries the view's device pixel ratio
    r.cancelled = st->cancelled();
    r.errors = st->errors.list();
    r.elapsedMs = st->timer.elapsed();
    st->promise.addResult(std::move(r));
    st->promise.finish();
}

// Layer images mode: every layer into its own full image, big layers in parallel bands.
void drawLayers(const StatePtr &st)
{
    const QSize device = st->settings.deviceSize();
    std::vector<std::function<void()>> tasks;
    for (std::size_t k = 0; k < st->layers.size(); ++k) {
        LayerJob &lj = st->layers[k];
        if (!lj.renderer)
            continue;
        QImage &image = st->result.layers[qsizetype(k)].image;
        image = QImage(device, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        uchar *bits = image.bits(); // detached here, once, before any band writes
        const int bandHeight = (device.height() + lj.bands - 1) / lj.bands;
        for (int b = 0; b < lj.bands; ++b) {
            const int top = b * bandHeight;
            const int h = std::min(bandHeight, device.height() - top);
            if (h <= 0)
                break;
            tasks.push_back([st, &lj, &image, bits, top, h, device] {
                if (st->cancelled())
                    return;
                if (lj.bands == 1) {
                    RenderContext ctx = contextFor(st, lj, &image, QRect(QPoint(0, 0), device));
                    lj.renderer->render(ctx);
                    return;
                }
                QImage band = rowsOf(bits, image, top, h); // writes straight into the layer image
                RenderContext ctx = contextFor(st, lj, &band, QRect(0, top, device.width(), h));
                lj.renderer->render(ctx);
            });
        }
    }
    if (st->engine) {
        tasks.push_back([st, device] {
            if (st->cancelled())
                return;
            QImage labels(device, QImage::Format_ARGB32_Premultiplied);
            labels.fill(Qt::transparent);
            st->engine->draw(labels);
            st->result.labels = labels;
        });
    }
    runAll(std::move(tasks), [st] {
        for (LayerJob &lj : st->layers)
            lj.renderer.reset(); // release shared data on a worker thread
        finish(st);
    });
}

// Frame-only mode: region after region, each layer into a region-sized image, composed at once.
void drawRegion(const StatePtr &st, int top)
{
    const QSize device = st->settings.deviceSize();
    const int h = std::min(st->regionRows, device.height() - top);
    if (h <= 0 || st->cancelled()) {
        for (LayerJob &lj : st->layers)
            lj.renderer.reset();
        finish(st);
        return;
    }
    const QRect region(0, top, device.width(), h);
    auto images = std::make_shared<std::vector<QImage>>(st->layers.size());
    std::vector<std::function<void()>> tasks;
    for (std::size_t k = 0; k < st->layers.size(); ++k) {
        const LayerJob &lj = st->layers[k];
        if (!lj.renderer)
            continue;
        QImage &img = (*images)[k];
        img = QImage(region.size(), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        uchar *bits = img.bits(); // detached here, before any band writes
        // Big layers: the region in parallel bands, as in the layer-images mode.
        const int bands = std::min(lj.bands, std::max(1, region.height() / 64));
        const int bandHeight = (region.height() + bands - 1) / bands;
        for (int b = 0; b < bands; ++b) {
            const int top = b * bandHeight;
            const int h = std::min(bandHeight, region.height() - top);
            if (h <= 0)
                break;
            tasks.push_back([st, images, k, region, bits, top, h, bands] {
                if (st->cancelled())
                    return;
                QImage &whole = (*images)[k];
                QImage band = bands == 1 ? QImage() : rowsOf(bits, whole, top, h);
                QImage *target = bands == 1 ? &whole : &band;
                RenderContext ctx = contextFor(st, st->layers[k], target,
                                               QRect(region.left(), region.top() + top, region.width(), h));
                st->layers[k].renderer->render(ctx);
            });
        }
    }
    runAll(std::move(tasks), [st, images, region] {
        if (!st->cancelled()) {
            QImage &frame = st->result.frame;
            QImage rows = rowsOf(frame.bits(), frame, region.top(), region.height());
            QPainter p(&rows);
            for (std::size_t k = 0; k < images->size(); ++k) {
                if ((*images)[k].isNull())
                    continue;
                p.setOpacity(st->layers[k].opacity);
                p.drawImage(0, 0, (*images)[k]);
            }
            p.end();
            images->clear();
            if (st->engine)
                st->engine->draw(rows, region.topLeft());
        }
        drawRegion(st, region.top() + region.height());
    });
}

// After every layer is prepared: place labels across layers, then draw.
void afterPrepare(const StatePtr &st)
{
    if (st->cancelled()) {
        finish(st);
        return;
    }
    RenderResult &r = st->result;
    QList<LabelCandidate> all;
    for (std::size_t k = 0; k < st->layers.size(); ++k) {
        LayerJob &lj = st->layers[k];
        if (lj.renderer)
            r.layers[qsizetype(k)].labels = lj.labels;
        // Later (upper) layers win ties.
        for (LabelCandidate c : r.layers[qsizetype(k)].labels) {
            c.priority = c.priority * 1000 + int(k);
            all.append(c);
        }
    }
    const QSize device = st->settings.deviceSize();
    if (!all.isEmpty()) {
        st->engine.emplace(device, st->settings.symbolPixelRatio());
        st->engine->setFontFamily(st->settings.fontFamily());
        st->engine->place(all, st->cancel.get());
        r.labelCount = int(st->engine->placed().size());
        r.placedLabels = st->engine->placed();
    }
    if (st->frameOnly) {
        const bool opaque = st->background.isValid() && st->background.alpha() == 255;
        r.frame = QImage(device, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
        if (r.frame.isNull()) {
            st->errors.add(QString(), QCoreApplication::translate("fc::MapRenderJob", "not enough memory for a %1 x %2 image")
                                          .arg(device.width())
                                          .arg(device.height()));
            st->cancel->store(true);
            finish(st);
            return;
        }
        r.frame.fill(st->background.isValid() ? st->background : QColor(Qt::transparent));
        r.frame.setDevicePixelRatio(st->settings.devicePixelRatio());
        for (LayerJob &lj : st->layers)
            lj.labels.clear();
        drawRegion(st, 0);
    } else {
        drawLayers(st);
    }
}

} // namespace

QImage RenderResult::composed(const QColor &background) const
{
    if (!frame.isNull() && labels.isNull()
        && std::all_of(layers.begin(), layers.end(), [](const LayerImage &l) { return l.image.isNull(); }))
        return frame; // a frame-only render
    const QSize size = settings.deviceSize();
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(background);
    QPainter p(&out);
    for (const LayerImage &l : layers) {
        if (l.image.isNull())
            continue;
        p.setOpacity(l.opacity);
        p.drawImage(0, 0, l.image);
    }
    p.setOpacity(1.0);
    if (!labels.isNull())
        p.drawImage(0, 0, labels);
    p.end();
    out.setDevicePixelRatio(settings.devicePixelRatio());
    return out;
}

MapRenderJob::MapRenderJob(const MapSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<RenderResult>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

MapRenderJob::~MapRenderJob()
{
    // Never waits: the tasks own their state and end early once cancelled.
    cancel();
}

void MapRenderJob::reuse(const RenderResult &previous, const QSet<QString> &dirtyLayers)
{
    m_previous = previous;
    m_dirty = dirtyLayers;
    m_hasPrevious = previous.settings.hasSameView(m_settings);
}

void MapRenderJob::cancel()
{
    m_cancel->store(true);
}

bool MapRenderJob::isActive() const
{
    return m_watcher.isRunning();
}

void MapRenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
    if (m_watcher.future().resultCount() > 0)
        m_result = m_watcher.result();
}

int MapRenderJob::regionRowsFor(int deviceWidth, int layerCount)
{
    // About 256 MB of region images at a time.
    const qint64 budget = qint64(256) << 20;
    const qint64 perRow = qint64(std::max(1, deviceWidth)) * 4 * std::max(1, layerCount);
    return int(std::clamp<qint64>(budget / perRow, 64, 4096));
}

qint64 MapRenderJob::estimatedBytes(const MapSettings &settings, bool frameOnly)
{
    const QSize d = settings.deviceSize();
    const qint64 full = qint64(d.width()) * d.height() * 4;
    const qint64 layers = std::max<qint64>(1, settings.layers().size());
    if (!frameOnly)
        return full * (layers + 3); // layer images, labels, frame, composed copy
    const qint64 region = qint64(d.width()) * std::min(d.height(), regionRowsFor(d.width(), int(layers))) * 4;
    return full + region * layers + full / 8; // the frame, region images, encoder slack
}

void MapRenderJob::start()
{
    auto st = std::make_shared<State>();
    st->timer.start();
    st->settings = m_settings;
    st->settings.setLayers({});
    st->cancel = m_cancel;
    st->background = m_background;
    st->frameOnly = m_frameOnly;
    st->result.settings = st->settings;
    const double zoom = m_settings.zoom();
    const int automaticBands = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    // GUI thread: snapshots only.
    for (MapLayer *layer : m_settings.layers()) {
        if (!layer->isVisible() || !layer->isVisibleAtZoom(zoom))
            continue;
        LayerImage li;
        li.layerId = layer->id();
        li.opacity = layer->opacity();
        LayerJob lj;
        lj.id = layer->id();
        lj.name = layer->name();
        lj.opacity = layer->opacity();
        if (!m_frameOnly && m_hasPrevious && !m_dirty.contains(layer->id())) {
            for (const LayerImage &old : std::as_const(m_previous.layers))
                if (old.layerId == layer->id() && !old.image.isNull()) {
                    li.image = old.image;
                    li.labels = old.labels;
                    break;
                }
        }
        if (li.image.isNull()) {
            lj.renderer = std::shared_ptr<LayerRenderer>(layer->createRenderer(m_settings).release());
            if (lj.renderer && lj.renderer->concurrentRegions())
                lj.bands = m_bandCount > 0 ? m_bandCount
                                           : (layer->featureCount() > BandThreshold ? automaticBands : 1);
        }
        st->result.layers.append(li);
        st->layers.push_back(std::move(lj));
    }
    if (m_frameOnly)
        st->regionRows = m_regionRows > 0 ? m_regionRows
                                          : regionRowsFor(m_settings.deviceSize().width(), int(st->layers.size()));
    st->promise.start();
    m_watcher.setFuture(st->promise.future());

    std::vector<std::function<void()>> prepares;
    for (std::size_t k = 0; k < st->layers.size(); ++k) {
        if (!st->layers[k].renderer)
            continue;
        prepares.push_back([st, k] {
            if (st->cancelled())
                return;
            LayerJob &lj = st->layers[k];
            PrepareContext ctx;
            ctx.settings = st->settings;
            ctx.mapToPixel = MapToPixel(st->settings);
            ctx.cancelled = st->cancel.get();
            ctx.labels = &lj.labels;
            ctx.errors = &st->errors;
            ctx.layerName = lj.name;
            lj.renderer->prepare(ctx);
        });
    }
    runAll(std::move(prepares), [st] { afterPrepare(st); });
}

RenderResult MapRenderJob::renderBlocking(const MapSettings &settings)
{
    MapRenderJob job(settings);
    job.start();
    job.waitForFinished();
    return job.m_result;
}

} // namespace fc
