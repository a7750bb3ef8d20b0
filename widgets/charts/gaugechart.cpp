#include "widgets/charts/gaugechart.h"

#include "widgets/charts/chartdecimate.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QMouseEvent>
#include <QTimeZone>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace fc {

GaugeChart::GaugeChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)), m_readout(new QLabel(this))
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_plot, 1);
    v->addWidget(m_readout);
    m_readout->setObjectName(QStringLiteral("chartReadout"));
    m_readout->setTextFormat(Qt::PlainText);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("MM-dd\nHH:mm"));
    ticker->setTimeZone(QTimeZone(8 * 3600));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Time (Beijing)"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setNotAntialiasedElements(QCP::aePlottables);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);
    // Labels and ticks readable on dark and light themes: take the widget palette.
    const QPalette pal = palette();
    const QColor fg = pal.color(QPalette::WindowText), bg = pal.color(QPalette::Base);
    m_plot->setBackground(bg);
    for (QCPAxis *a : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        a->setBasePen(QPen(fg));
        a->setTickPen(QPen(fg));
        a->setSubTickPen(QPen(fg));
        a->setTickLabelColor(fg);
        a->setLabelColor(fg);
        a->grid()->setPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 40)));
    }
    m_plot->legend->setBrush(QColor(bg.red(), bg.green(), bg.blue(), 200));
    m_plot->legend->setTextColor(fg);
    m_plot->legend->setBorderPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 80)));
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 120), 1, Qt::DotLine));
    m_cursor->setVisible(false);
    m_now = new QCPItemStraightLine(m_plot);
    m_now->setPen(QPen(QColor(255, 80, 80), 1.5));
    m_now->setVisible(false);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!m_decimating)
            QMetaObject::invokeMethod(this, &GaugeChart::redecimate, Qt::QueuedConnection);
    });
}

void GaugeChart::clear()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_series.clear();
    m_group = nullptr;
    const QColor fg = palette().color(QPalette::WindowText);
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 120), 1, Qt::DotLine));
    m_cursor->setVisible(false);
    m_now = new QCPItemStraightLine(m_plot);
    m_now->setPen(QPen(QColor(255, 80, 80), 1.5));
    m_now->setVisible(false);
    m_plot->yAxis2->setVisible(false);
}

int GaugeChart::addLine(const QString &name, const QColor &colour, const QString &unit, bool dashed, bool rightAxis)
{
    QCPGraph *g = m_plot->addGraph(m_plot->xAxis, rightAxis ? m_plot->yAxis2 : m_plot->yAxis);
    g->setName(name);
    g->setPen(QPen(colour, 1.6, dashed ? Qt::DashLine : Qt::SolidLine));
    g->setAdaptiveSampling(false); // we decimate ourselves (min/max per pixel column)
    if (rightAxis)
        m_plot->yAxis2->setVisible(true);
    Series s;
    s.plottable = g;
    s.name = name;
    s.unit = unit;
    m_series.append(s);
    return int(m_series.size()) - 1;
}

int GaugeChart::addBars(const QString &name, const QColor &colour, const QString &unit, double widthS)
{
    auto *b = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    b->setName(name);
    b->setPen(Qt::NoPen);
    b->setBrush(colour);
    if (!m_group) {
        m_group = new QCPBarsGroup(m_plot);
        m_group->setSpacingType(QCPBarsGroup::stAbsolute);
        m_group->setSpacing(0);
    }
    b->setBarsGroup(m_group);
    Series s;
    s.plottable = b;
    s.name = name;
    s.unit = unit;
    s.bars = true;
    m_series.append(s);
    // Side by side within one interval.
    const int bars = int(std::count_if(m_series.cbegin(), m_series.cend(), [](const Series &x) { return x.bars; }));
    for (const Series &x : std::as_const(m_series))
        if (x.bars)
            static_cast<QCPBars *>(x.plottable)->setWidth(widthS * 0.9 / bars);
    return int(m_series.size()) - 1;
}

void GaugeChart::setData(int series, const QVector<double> &t, const QVector<double> &v)
{
    Series &s = m_series[series];
    s.x = t;
    s.y = v;
    if (s.bars)
        static_cast<QCPBars *>(s.plottable)->setData(t, v, true);
}

void GaugeChart::append(int series, double t, double v)
{
    Series &s = m_series[series];
    if (!s.x.isEmpty() && t <= s.x.last())
        return;
    s.x.append(t);
    s.y.append(v);
    if (s.bars)
        static_cast<QCPBars *>(s.plottable)->addData(t, v);
}

qsizetype GaugeChart::drawnPointCount(int series) const
{
    const Series &s = m_series[series];
    if (s.bars)
        return static_cast<QCPBars *>(s.plottable)->data()->size();
    return static_cast<QCPGraph *>(s.plottable)->data()->size();
}

void GaugeChart::hideFromLegend(int series)
{
    m_series[series].plottable->removeFromLegend();
}

void GaugeChart::addLevelLine(double y, const QString &label, const QColor &colour, Qt::PenStyle style)
{
    auto *l = new QCPItemStraightLine(m_plot);
    l->point1->setCoords(0, y);
    l->point2->setCoords(1, y);
    l->setPen(QPen(colour, 1.5, style));
    auto *t = new QCPItemText(m_plot);
    t->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    t->position->setTypeY(QCPItemPosition::ptPlotCoords);
    t->position->setCoords(0.01, y);
    t->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    t->setText(label);
    t->setColor(colour);
}

void GaugeChart::addBand(double y0, double y1, const QColor &colour)
{
    auto *r = new QCPItemRect(m_plot);
    r->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    r->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    r->topLeft->setCoords(0, y1);
    r->bottomRight->setCoords(1, y0);
    r->setPen(Qt::NoPen);
    r->setBrush(colour);
    r->setLayer(QStringLiteral("background"));
}

void GaugeChart::setAxisLabels(const QString &left, const QString &right)
{
    m_plot->yAxis->setLabel(left);
    m_plot->yAxis2->setLabel(right);
}

void GaugeChart::setNow(double t)
{
    m_now->setVisible(!std::isnan(t));
    if (!std::isnan(t)) {
        m_now->point1->setCoords(t, 0);
        m_now->point2->setCoords(t, 1);
    }
}

void GaugeChart::fitAll()
{
    double lo = 1e300, hi = -1e300;
    for (const Series &s : std::as_const(m_series))
        if (!s.x.isEmpty()) {
            lo = std::min(lo, s.x.first());
            hi = std::max(hi, s.x.last());
        }
    if (lo < hi)
        m_plot->xAxis->setRange(lo, hi);
    redecimate();
    for (int k = 0; k < m_series.size(); ++k)
        m_series[k].plottable->rescaleValueAxis(k > 0, true);
    m_plot->yAxis->scaleRange(1.1, m_plot->yAxis->range().center());
    redraw();
}

void GaugeChart::redecimate()
{
    m_decimating = true;
    const QCPRange r = m_plot->xAxis->range();
    const int columns = std::max(100, m_plot->axisRect()->width());
    QVector<double> ox, oy;
    for (Series &s : m_series) {
        if (s.bars)
            continue;
        decimateMinMax(s.x, s.y, r.lower, r.upper, columns, &ox, &oy);
        auto *g = static_cast<QCPGraph *>(s.plottable);
        g->setData(ox, oy, true);
        // A dense min/max envelope is drawn with a 1-pixel line: wide-pen strokes of a zigzag cost Qt's rasteriser
        // seconds; zoomed in (sparse points) the line keeps its display width.
        QPen pen = g->pen();
        pen.setWidthF(ox.size() > columns ? 1.0 : 1.6);
        g->setPen(pen);
    }
    m_decimating = false;
    redraw();
}

void GaugeChart::redraw()
{
    QElapsedTimer t;
    t.start();
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    m_lastRedrawMs = t.elapsed();
}

bool GaugeChart::exportPng(const QString &path, int width, int height)
{
    return m_plot->savePng(path, width, height);
}

QString GaugeChart::readout() const
{
    return m_readout->text();
}

void GaugeChart::updateReadout(double t)
{
    QStringList parts;
    parts.append(QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC).toOffsetFromUtc(8 * 3600).toString(QStringLiteral("MM-dd HH:mm")));
    for (const Series &s : std::as_const(m_series)) {
        if (s.x.isEmpty())
            continue;
        const auto it = std::lower_bound(s.x.cbegin(), s.x.cend(), t);
        qsizetype i = it - s.x.cbegin();
        if (i >= s.x.size())
            i = s.x.size() - 1;
        if (i > 0 && std::abs(s.x[i - 1] - t) < std::abs(s.x[i] - t))
            --i;
        if (std::abs(s.x[i] - t) > 3600)
            continue;
        parts.append(QStringLiteral("%1 %2 %3").arg(s.name).arg(s.y[i], 0, 'f', s.unit == QLatin1String("m") ? 2 : 1).arg(s.unit));
    }
    m_readout->setText(parts.join(QStringLiteral("  ·  ")));
}

bool GaugeChart::eventFilter(QObject *o, QEvent *e)
{
    if (o == m_plot && e->type() == QEvent::MouseMove) {
        const auto *me = static_cast<QMouseEvent *>(e);
        const double t = m_plot->xAxis->pixelToCoord(me->position().x());
        m_cursor->point1->setCoords(t, 0);
        m_cursor->point2->setCoords(t, 1);
        m_cursor->setVisible(true);
        updateReadout(t);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(o, e);
}

} // namespace fc
