#include "maps/maprenderjob.h"

#include "maps/labelengine.h"
#include "maps/layerrenderer.h"
#include "maps/maplayer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

namespace {

// Layers with more features than this are split into bands rendered in parallel.
constexpr int BandThreshold = 20000;

struct Task
{
    int layerSlot = 0;
    std::shared_ptr<LayerRenderer> renderer;
    MapSettings settings; // the band's view
    int bandTop = 0;      // device-pixel row of the band in the layer image
    QImage image;
    QList<LabelCandidate> labels;
};

} // namespace

QImage RenderResult::composed(const QColor &background) const
{
    const QSize size = settings.deviceSize();
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(background);
    QPainter p(&out);
    for (const LayerImage &l : layers) {
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
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    m_watcher.waitForFinished();
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
}

void MapRenderJob::start()
{
    // GUI thread: snapshots only.
    RenderResult base;
    base.settings = m_settings;
    base.settings.setLayers({});
    QList<Task> tasks;
    const QSize device = m_settings.deviceSize();
    const double zoom = m_settings.zoom();
    const int threads = std::max(1, QThread::idealThreadCount());
    for (MapLayer *layer : m_settings.layers()) {
        if (!layer || !layer->isVisible() || !layer->isVisibleAtZoom(zoom))
            continue;
        const int slot = int(base.layers.size());
        LayerImage li;
        li.layerId = layer->id();
        li.opacity = layer->opacity();
        if (m_hasPrevious && !m_dirty.contains(layer->id())) {
            bool found = false;
            for (const LayerImage &old : m_previous.layers)
                if (old.layerId == layer->id()) {
                    li.image = old.image;
                    li.labels = old.labels;
                    found = true;
                    break;
                }
            if (found) {
                base.layers.append(li);
                continue;
            }
        }
        base.layers.append(li);
        const int bands = layer->featureCount() > BandThreshold ? threads : 1;
        const int bandHeight = (device.height() + bands - 1) / bands;
        for (int b = 0; b < bands; ++b) {
            const int top = b * bandHeight;
            const int h = std::min(bandHeight, device.height() - top);
            if (h <= 0)
                break;
            Task t;
            t.layerSlot = slot;
            t.renderer = std::shared_ptr<LayerRenderer>(layer->createRenderer(m_settings).release());
            t.bandTop = top;
            t.settings = m_settings;
            t.settings.setLayers({});
            if (bands > 1) {
                // A band is a view of the same resolution covering rows [top, top+h).
                const double dpr = m_settings.devicePixelRatio();
                const double res = m_settings.resolution();
                const Extent full = m_settings.extent();
                const double yTop = full.yMax() - top / dpr * res;
                const double bandMapH = h / dpr * res;
                t.settings.setOutputSize(QSize(m_settings.outputSize().width(), int(std::ceil(h / dpr))));
                t.settings.setCenter(QPointF(full.center().x(), yTop - t.settings.outputSize().height() * res / 2));
                Q_UNUSED(bandMapH);
            }
            tasks.append(std::move(t));
        }
    }

    auto cancel = m_cancel;
    const QString family = m_fontFamily;
    const MapSettings settings = base.settings;
    const QColor background = m_background;
    m_watcher.setFuture(QtConcurrent::run([tasks = std::move(tasks), base, cancel, family, settings, background]() mutable {
        QElapsedTimer timer;
        timer.start();
        QtConcurrent::blockingMap(tasks, [&](Task &t) {
            if (cancel->load())
                return;
            const QSize size = t.settings.deviceSize();
            t.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
            t.image.fill(Qt::transparent);
            RenderContext ctx;
            ctx.image = &t.image;
            ctx.settings = t.settings;
            ctx.mapToPixel = MapToPixel(t.settings);
            ctx.cancelled = cancel.get();
            ctx.labels = &t.labels;
            t.renderer->render(ctx);
            t.renderer.reset(); // release shared data on the worker thread
        });
        RenderResult r = base;
        r.cancelled = cancel->load();
        if (r.cancelled)
            return r;
        const QSize device = settings.deviceSize();
        // Assemble bands into layer images.
        for (Task &t : tasks) {
            LayerImage &li = r.layers[t.layerSlot];
            const bool wholeLayer = t.bandTop == 0 && t.image.size() == device;
            if (wholeLayer && li.image.isNull()) {
                li.image = t.image;
            } else {
                if (li.image.isNull()) {
                    li.image = QImage(device, QImage::Format_ARGB32_Premultiplied);
                    li.image.fill(Qt::transparent);
                }
                QPainter p(&li.image);
                p.setCompositionMode(QPainter::CompositionMode_Source);
                p.drawImage(0, t.bandTop, t.image, 0, 0, t.image.width(), std::min(t.image.height(), device.height() - t.bandTop));
            }
            for (LabelCandidate c : t.labels) {
                c.anchor.ry() += t.bandTop;
                li.labels.append(c);
            }
        }
        // Labels across all layers; later (upper) layers win ties.
        QList<LabelCandidate> all;
        for (int k = 0; k < r.layers.size(); ++k)
            for (LabelCandidate c : r.layers[k].labels) {
                c.priority = c.priority * 1000 + k;
                all.append(c);
            }
        if (!all.isEmpty()) {
            LabelEngine engine(device, settings.symbolPixelRatio());
            engine.setFontFamily(family);
            engine.place(all, cancel.get());
            r.labels = QImage(device, QImage::Format_ARGB32_Premultiplied);
            r.labels.fill(Qt::transparent);
            engine.draw(r.labels);
            r.labelCount = int(engine.placed().size());
        }
        if (background.isValid() && !cancel->load()) {
            r.frame = r.composed(background); // carries the view's device pixel ratio
        }
        r.cancelled = cancel->load();
        r.elapsedMs = timer.elapsed();
        return r;
    }));
}

RenderResult MapRenderJob::renderBlocking(const MapSettings &settings)
{
    MapRenderJob job(settings);
    job.start();
    job.waitForFinished();
    return job.m_watcher.result();
}

} // namespace fc
