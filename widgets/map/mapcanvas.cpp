#include "widgets/map/mapcanvas.h"

#include "maps/layerregistry.h"
#include "widgets/map/maptools.h"

#include "maps/maplayer.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <cmath>

namespace fc {


IdentifyHit::IdentifyHit(VectorLayer *l, int f) : layer(l), feature(f), store(l ? l->store() : nullptr) {}

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startJob);
    m_zoomBox = new ZoomBoxTool(this); // shift-drag, whatever the tool
    setTool(Tool::Pan);
    // The whole world until the owner sets the start view (from its data: see setFullExtent).
    m_settings.setCenter(QPointF(0, 0));
    m_settings.setResolution(WebMercator::resolutionForZoom(2));
}

MapCanvas::~MapCanvas()
{
    // Layers may die after our members: drop their connections first.
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    for (const auto &l : std::as_const(m_connected))
        if (l)
            disconnect(l, nullptr, this, nullptr);
    m_refreshTimer.stop();
    if (m_job)
        m_job->cancel();
}

void MapCanvas::setRegistry(LayerRegistry *registry)
{
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    m_registry = registry;
    if (m_registry)
        connect(m_registry, &LayerRegistry::layersChanged, this, &MapCanvas::layersChanged);
    layersChanged();
}

void MapCanvas::layersChanged()
{
    for (const auto &l : std::as_const(m_connected))
        if (l)
            disconnect(l, nullptr, this, nullptr);
    m_connected.clear();
    for (MapLayer *l : layers()) {
        m_connected.append(l);
        connect(l, &MapLayer::repaintNeeded, this, [this, l] { scheduleRefresh({l->id()}); });
        connect(l, &MapLayer::propertiesChanged, this, [this] {
            // Visibility may need a render (hidden layers are not rendered); opacity only a repaint.
            scheduleRefresh({});
        });
    }
    m_cache.invalidateAll();
    scheduleRefresh();
}

QList<MapLayer *> MapCanvas::layers() const
{
    QList<MapLayer *> all = m_registry ? m_registry->layers() : QList<MapLayer *>();
    if (!m_hiddenLayers.isEmpty())
        all.removeIf([this](MapLayer *l) { return m_hiddenLayers.contains(l->id()); });
    return all;
}

void MapCanvas::setHiddenLayers(const QSet<QString> &ids)
{
    m_hiddenLayers = ids;
    scheduleRefresh();
}

void MapCanvas::setBackground(const QColor &c)
{
    m_background = c;
    scheduleRefresh(); // recompose the flattened frame on the new colour
}

void MapCanvas::setSymbolScale(double s)
{
    m_settings.setSymbolScale(s);
    refresh();
}

void MapCanvas::setBadgeText(const QString &t)
{
    m_badge = t;
    update();
}

void MapCanvas::setNotice(const QString &t)
{
    m_notice = t;
    update();
}

void MapCanvas::setTool(Tool t)
{
    m_tool = t;
    m_zoomBox->cancel();
    switch (t) {
    case Tool::Pan: m_activeTool = std::make_unique<PanTool>(this); break;
    case Tool::ZoomBox: m_activeTool = std::make_unique<ZoomBoxTool>(this); break;
    case Tool::MeasureDistance: m_activeTool = std::make_unique<MeasureTool>(this, false); break;
    case Tool::MeasureArea: m_activeTool = std::make_unique<MeasureTool>(this, true); break;
    }
    setCursor(m_activeTool->cursor());
    Q_EMIT measureChanged(0, 0);
    update();
}

void MapCanvas::setExtent(const Extent &e)
{
    m_settings.setOutputSize(size());
    m_settings.setExtent(e);
    m_cache.invalidateAll();
    scheduleRefresh();
}

void MapCanvas::setCenter(QPointF c)
{
    m_settings.setCenter(c);
    m_cache.invalidateAll();
    scheduleRefresh();
}

void MapCanvas::setResolution(double res)
{
    m_settings.setResolution(std::clamp(res, 0.02, 20000.0));
    m_cache.invalidateAll();
    scheduleRefresh();
}

void MapCanvas::zoomBy(double factor, QPointF anchor)
{
    // Keep the map point under the anchor pixel fixed.
    const QPointF before = m_settings.toMap(anchor);
    const double res = std::clamp(m_settings.resolution() / factor, 0.02, 20000.0);
    m_settings.setResolution(res);
    const QPointF after = m_settings.toMap(anchor);
    m_settings.setCenter(m_settings.center() + (before - after));
    m_cache.invalidateAll();
    scheduleRefresh();
}

void MapCanvas::zoomIn()
{
    zoomBy(2.0, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::zoomOut()
{
    zoomBy(0.5, QPointF(width() / 2.0, height() / 2.0));
}

void MapCanvas::zoomToFullExtent()
{
    Extent e = m_fullExtent;
    if (e.isNull())
        for (MapLayer *l : layers())
            e.include(l->extent());
    if (!e.isNull())
        setExtent(e.scaled(1.04));
}

void MapCanvas::zoomToLayer(const QString &id)
{
    for (MapLayer *l : layers())
        if (l->id() == id && !l->extent().isNull()) {
            Extent e = l->extent();
            if (e.width() < 200 && e.height() < 200)
                e = Extent::fromCenter(e.center(), 400, 400);
            setExtent(e.scaled(1.15));
        }
}

void MapCanvas::zoomToFeature(const Extent &b)
{
    if (!b.isNull())
        setExtent(Extent::fromCenter(b.center(), std::max(b.width(), 500.0) * 1.5, std::max(b.height(), 500.0) * 1.5));
}

void MapCanvas::refresh()
{
    m_cache.invalidateAll();
    scheduleRefresh();
}

void MapCanvas::scheduleRefresh(const QSet<QString> &dirty)
{
    m_cache.invalidate(dirty);
    Q_EMIT viewChanged();
    update(); // show moved/scaled cached images immediately
    if (m_job) {
        // A new view makes the running frame useless: cancel it. A layer-only change (hover, live
        // data) waits for the frame to finish, so moving the mouse never starves the map.
        m_restartAfterJob = true;
        if (m_cache.allInvalid())
            m_job->cancel();
        return;
    }
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MapCanvas::startJob()
{
    if (m_job) {
        m_restartAfterJob = true;
        return;
    }
    m_settings.setOutputSize(size());
    m_settings.setDevicePixelRatio(devicePixelRatioF());
    m_settings.setLayers(layers());
    m_settings.setFontFamily(font().family()); // the application's configured font
    m_job = std::make_unique<MapRenderJob>(m_settings);
    m_job->setBackground(m_background);
    m_job->setTicket(RenderTicket{++m_ticketSerial});
    m_jobCompositionKey = compositionKey();
    // A huge canvas (a 16k screenshot) is drawn straight into one frame, without an image per layer.
    const bool huge = MapRenderJob::estimatedBytes(m_settings, false) > (qint64(1) << 30);
    if (huge) {
        m_job->setFrameOnly(true);
        m_cache.invalidateAll();
    }
    m_cache.prepare(*m_job);
    connect(m_job.get(), &MapRenderJob::finished, this, &MapCanvas::jobFinished);
    m_job->start();
}

void MapCanvas::jobFinished()
{
    auto *sender = qobject_cast<MapRenderJob *>(QObject::sender());
    if (!m_job || !sender || sender->ticket() != m_job->ticket())
        return; // a job we no longer wait for
    std::unique_ptr<MapRenderJob> job = std::move(m_job);
    const RenderResult &r = job->result();
    if (!r.errors.isEmpty())
        Q_EMIT renderErrors(r.errors);
    if (!r.cancelled) {
        m_cache.store(r);
        m_frameKey = m_jobCompositionKey;
        m_lastRenderMs = r.elapsedMs;
        update();
        Q_EMIT renderFinished(r.elapsedMs);
    } else {
        m_cache.invalidateAll(); // a cancelled frame leaves everything to redo
    }
    job.release()->deleteLater();
    if (m_restartAfterJob || !m_settings.hasSameView(m_cache.frame().settings)) {
        m_restartAfterJob = false;
        m_refreshTimer.start();
    } else if (!m_firstFrameSignalled && m_cache.hasFrame() && !layers().isEmpty()) {
        m_firstFrameSignalled = true;
        Q_EMIT firstFrameReady();
    }
}

QImage MapCanvas::frameImage() const
{
    return m_cache.frame().frame.isNull() ? m_cache.frame().composed(m_background) : m_cache.frame().frame;
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_cache.hasFrame() && !m_cache.frame().frame.isNull() && m_frameKey == compositionKey()
        && m_cache.frame().settings.resolution() == m_settings.resolution() && m_cache.frame().settings.outputSize() == size()
        && m_cache.frame().settings.devicePixelRatio() == devicePixelRatioF()) {
        // Pan fast path: the flattened frame at a whole-pixel offset, background only where uncovered.
        MapSettings cur = m_settings;
        cur.setOutputSize(size());
        const Extent e = m_cache.frame().settings.extent();
        const QPoint offset = cur.toPixel({e.xMin(), e.yMax()}).toPoint();
        const QRect covered(offset, size());
        for (const QRect &r : QRegion(rect()).subtracted(covered))
            p.fillRect(r, m_background);
        p.drawImage(offset, m_cache.frame().frame);
        drawOverlays(p);
        return;
    }
    p.fillRect(rect(), m_background);
    if (m_cache.hasFrame()) {
        // Where the last frame's extent lies in the current view (handles pan and zoom at once).
        MapSettings cur = m_settings;
        cur.setOutputSize(size());
        const Extent e = m_cache.frame().settings.extent();
        const QPointF tl = cur.toPixel({e.xMin(), e.yMax()});
        const QPointF br = cur.toPixel({e.xMax(), e.yMin()});
        const QRectF target(tl, br);
        const bool exact = m_cache.frame().settings.hasSameView(cur) || (std::abs(target.width() - width()) < 0.5);
        p.setRenderHint(QPainter::SmoothPixmapTransform, !exact);
        if (!m_cache.frame().frame.isNull() && m_frameKey == compositionKey()) {
            // One opaque image, moved or scaled: a pan frame costs one blit.
            p.drawImage(target, m_cache.frame().frame);
            drawOverlays(p);
            return;
        }
        // Visibility or opacity changed since the frame was flattened: compose per layer until the
        // (cheap, reusing) recomposition arrives.
        QHash<QString, MapLayer *> byId;
        for (MapLayer *l : layers())
            byId.insert(l->id(), l);
        for (const LayerImage &li : m_cache.frame().layers) {
            MapLayer *l = byId.value(li.layerId);
            if (!l || !l->isVisible())
                continue;
            p.setOpacity(l->opacity());
            p.drawImage(target, li.image);
        }
        p.setOpacity(1.0);
        if (!m_cache.frame().labels.isNull())
            p.drawImage(target, m_cache.frame().labels);
    }
    drawOverlays(p);
}

QString MapCanvas::compositionKey() const
{
    QString key = m_background.name();
    for (MapLayer *l : layers())
            key += QLatin1Char('|') + l->id() + (l->isVisible() ? QLatin1Char('1') : QLatin1Char('0'))
                   + QString::number(l->opacity(), 'f', 3);
    return key;
}

void MapCanvas::drawOverlays(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    m_activeTool->paint(p);
    m_zoomBox->paint(p);
    drawScaleBar(p);
    drawNorthArrow(p);
    if (!m_notice.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        p.setFont(f);
        const QFontMetrics fm(f);
        const QRect text = fm.boundingRect(QRect(0, 0, std::min(width() - 80, 720), height()),
                                           Qt::AlignCenter | Qt::TextWordWrap, m_notice);
        QRect box = text.adjusted(-24, -18, 24, 18);
        box.moveCenter(rect().center());
        const bool dark = m_background.lightness() < 128;
        p.setPen(QPen(dark ? QColor(120, 144, 156) : QColor(96, 125, 139), 1));
        p.setBrush(dark ? QColor(20, 28, 36, 230) : QColor(255, 255, 255, 230));
        p.drawRoundedRect(box, 6, 6);
        p.setPen(dark ? QColor(230, 236, 242) : QColor(30, 30, 30));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_notice);
    }
    if (!m_badge.isEmpty()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.95);
        f.setBold(true);
        p.setFont(f);
        const QFontMetrics fm(f);
        const QRect r(width() - fm.horizontalAdvance(m_badge) - 24, height() - fm.height() - 16,
                      fm.horizontalAdvance(m_badge) + 14, fm.height() + 6);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(200, 60, 40, 200));
        p.drawRoundedRect(r, 4, 4);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, m_badge);
    }
}

void MapCanvas::drawScaleBar(QPainter &p)
{
    // A round ground length about 120 px long.
    const double groundPerPx = m_settings.resolution() * WebMercator::scaleFactor(WebMercator::toGeo(m_settings.center()).lat);
    const double target = groundPerPx * 120;
    const double mag = std::pow(10.0, std::floor(std::log10(target)));
    double nice = mag;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag <= target)
            nice = m * mag;
    const double px = nice / groundPerPx;
    const QString text = nice >= 1000 ? QStringLiteral("%1 km").arg(nice / 1000) : QStringLiteral("%1 m").arg(nice);
    const QPointF o(16, height() - 22);
    const bool dark = m_background.lightness() < 128;
    const QColor fg = dark ? QColor(230, 236, 242) : QColor(30, 30, 30);
    const QColor bg = dark ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 170);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(o.x() - 8, o.y() - 26, px + 60, 38), 4, 4);
    p.setPen(QPen(fg, 2));
    p.drawLine(o, o + QPointF(px, 0));
    p.drawLine(o, o + QPointF(0, -6));
    p.drawLine(o + QPointF(px, 0), o + QPointF(px, -6));
    p.drawLine(o + QPointF(px / 2, 0), o + QPointF(px / 2, -4));
    p.drawText(QPointF(o.x(), o.y() - 10), text);
    p.drawText(QPointF(o.x() + px + 6, o.y() + 4), QStringLiteral("1:%1").arg(qRound64(m_settings.scaleDenominator() / 100) * 100));
}

void MapCanvas::drawNorthArrow(QPainter &p)
{
    const QPointF c(width() - 34, 44);
    const bool dark = m_background.lightness() < 128;
    p.setPen(Qt::NoPen);
    p.setBrush(dark ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 170));
    p.drawEllipse(c, 24, 24);
    QPolygonF north{c + QPointF(0, -18), c + QPointF(8, 6), c + QPointF(0, 1)};
    QPolygonF south{c + QPointF(0, -18), c + QPointF(-8, 6), c + QPointF(0, 1)};
    p.setBrush(QColor(220, 60, 50));
    p.drawPolygon(north);
    p.setBrush(dark ? QColor(230, 236, 242) : QColor(60, 60, 60));
    p.drawPolygon(south);
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(dark ? QColor(230, 236, 242) : QColor(30, 30, 30));
    p.drawText(QRectF(c.x() - 10, c.y() + 4, 20, 18), Qt::AlignCenter, QStringLiteral("N"));
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    m_settings.setOutputSize(size());
    m_cache.invalidateAll();
    scheduleRefresh();
}

void MapCanvas::panBy(QPointF delta)
{
    m_settings.setCenter(m_settings.center() + QPointF(-delta.x() * m_settings.resolution(), delta.y() * m_settings.resolution()));
    m_cache.invalidateAll();
    scheduleRefresh();
}

MapTool *MapCanvas::toolFor(QMouseEvent *e)
{
    return m_zoomBox->isActive() ? static_cast<MapTool *>(m_zoomBox) : m_activeTool.get();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    if (m_tool == Tool::Pan && e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier))
        m_zoomBox->press(e);
    else
        m_activeTool->press(e);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    Q_EMIT cursorMoved(WebMercator::toGeo(m_settings.toMap(e->position())));
    toolFor(e)->move(e);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    toolFor(e)->release(e);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (!m_activeTool->doubleClick(e))
        zoomBy(2.0, e->position());
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(2.0, steps * 0.5), e->position());
}

void MapCanvas::keyPressEvent(QKeyEvent *e)
{
    const double step = std::min(width(), height()) * 0.25;
    switch (e->key()) {
    case Qt::Key_Left: panBy({step, 0}); break;
    case Qt::Key_Right: panBy({-step, 0}); break;
    case Qt::Key_Up: panBy({0, step}); break;
    case Qt::Key_Down: panBy({0, -step}); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Escape:
        m_activeTool->cancel();
        m_zoomBox->cancel();
        update();
        break;
    default: QWidget::keyPressEvent(e); return;
    }
}

QList<IdentifyHit> MapCanvas::identifyAt(QPointF pixel, double tolerancePx) const
{
    QList<IdentifyHit> hits;
    const QPointF map = m_settings.toMap(pixel);
    const double tol = tolerancePx * m_settings.resolution();
    const QList<MapLayer *> ls = layers();
    for (auto it = ls.crbegin(); it != ls.crend(); ++it) {
        auto *v = qobject_cast<VectorLayer *>(*it);
        if (!v || !v->isVisible() || !v->isVisibleAtZoom(m_settings.zoom()))
            continue;
        // Point symbols are larger than a pixel: widen the tolerance by the symbol radius.
        double t = tol;
        if (v->store() && v->store()->geometryType() == GeometryType::Point)
            t += v->style().symbol().size / 2 * m_settings.resolution() * m_settings.symbolScale();
        for (int i : v->identify(map, t))
            hits.append({v, i});
    }
    return hits;
}

double MapCanvas::measuredLength() const
{
    auto *m = qobject_cast<MeasureTool *>(m_activeTool.get());
    return m ? m->length() : 0.0;
}

double MapCanvas::measuredArea() const
{
    auto *m = qobject_cast<MeasureTool *>(m_activeTool.get());
    return m ? m->area() : 0.0;
}

} // namespace fc
