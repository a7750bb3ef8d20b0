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

void releaseRenderers(const StatePtr &st)
{
    for (LayerJob &lj : st->layers)
        lj.renderer.reset(); // release shared data on a worker thread
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
        releaseRenderers(st);
        finish(st);
    });
}

// Frame-only mode, one band of the frame: every layer in order straight into the band's rows of the
// frame (a layer drawn with opacity below 1 goes through a band-sized image), then the labels that
// reach into it. No full-frame image per layer and no full-frame blend per layer: each pixel is
// blended once per feature that covers it, while the band is still in the cache.
void drawBand(const StatePtr &st, uchar *frameBits, int top, int h)
{
    if (st->cancelled())
        return;
    const QImage &frame = st->result.frame;
    QImage rows = rowsOf(frameBits, frame, top, h);
    const QRect region(0, top, frame.width(), h);
    for (LayerJob &lj : st->layers) {
        if (!lj.renderer)
            continue;
        if (lj.opacity >= 1.0) {
            RenderContext ctx = contextFor(st, lj, &rows, region);
            lj.renderer->render(ctx);
        } else {
            QImage layer(region.size(), QImage::Format_ARGB32_Premultiplied);
            layer.fill(Qt::transparent);
            RenderContext ctx = contextFor(st, lj, &layer, region);
            lj.renderer->render(ctx);
            QPainter p(&rows);
            p.setOpacity(lj.opacity);
            p.drawImage(0, 0, layer);
        }
        if (st->cancelled())
            return;
    }
    if (st->engine)
        st->engine->draw(rows, region.topLeft());
}

// Frame-only mode: the frame in bands of regionRows rows, drawn in parallel when every layer
// renderer allows concurrent regions, else one band after the other (a chain of tasks).
void drawBandChain(const StatePtr &st, uchar *frameBits, int top)
{
    const int height = st->result.frame.height();
    if (top >= height || st->cancelled()) {
        releaseRenderers(st);
        finish(st);
        return;
    }
    const int h = std::min(st->regionRows, height - top);
    QThreadPool::globalInstance()->start([st, frameBits, top, h] {
        drawBand(st, frameBits, top, h);
        drawBandChain(st, frameBits, top + h);
    });
}

void drawFrame(const StatePtr &st)
{
    uchar *frameBits = st->result.frame.bits(); // detached here, once, before any band writes
    const int height = st->result.frame.height();
    const bool concurrent = std::all_of(st->layers.begin(), st->layers.end(), [](const LayerJob &lj) {
        return !lj.renderer || lj.renderer->concurrentRegions();
    });
    if (!concurrent) {
        drawBandChain(st, frameBits, 0);
        return;
    }
    std::vector<std::function<void()>> tasks;
    for (int top = 0; top < height; top += st->regionRows) {
        const int h = std::min(st->regionRows, height - top);
        tasks.push_back([st, frameBits, top, h] { drawBand(st, frameBits, top, h); });
    }
    runAll(std::move(tasks), [st] {
        releaseRenderers(st);
        finish(st);
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
        drawFrame(st);
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
    Q_UNUSED(deviceWidth);
    Q_UNUSED(layerCount); // layers are drawn straight into the frame, one band at a time
    // Measured on the stress file (tests/bench): 64-128 rows beat both thinner bands (features drawn
    // again in each band they touch) and thicker ones (the band's pixels fall out of the cache while
    // hundreds of thousands of thin lines are blended into it). A fixed count keeps the output
    // independent of the machine's number of cores.
    return 128;
}

qint64 MapRenderJob::estimatedBytes(const MapSettings &settings, bool frameOnly)
{
    const QSize d = settings.deviceSize();
    const qint64 full = qint64(d.width()) * d.height() * 4;
    const qint64 layers = std::max<qint64>(1, settings.layers().size());
    if (!frameOnly)
        return full * (layers + 3); // layer images, labels, frame, composed copy
    // The frame, a band-sized image per pool thread (layers drawn with opacity), encoder slack.
    const qint64 band = qint64(d.width()) * std::min(d.height(), regionRowsFor(d.width(), int(layers))) * 4;
    return full + band * std::max(1, QThreadPool::globalInstance()->maxThreadCount()) + full / 8;
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
