#include "app/core/briefing/reportcharts.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace fc::ReportCharts {

namespace {

const char Family[] = "WenQuanYi Micro Hei";

struct Canvas
{
    QImage image;
    double px; // pixels per millimetre
};

Canvas canvas(double widthMm, double heightMm, int dpi)
{
    const double px = dpi / 25.4;
    QImage img(std::max(1, int(std::lround(widthMm * px))), std::max(1, int(std::lround(heightMm * px))),
               QImage::Format_RGB32);
    img.fill(Qt::white);
    img.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    img.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    return {img, px};
}

QFont font(double pt, int dpi, bool bold = false)
{
    QFont f(QString::fromLatin1(Family));
    f.setPixelSize(std::max(1, int(std::lround(pt * dpi / 72.0))));
    f.setBold(bold);
    return f;
}

// A "nice" upper bound for an axis and its step.
void niceAxis(double lo, double hi, double *top, double *bottom, double *step)
{
    if (!(hi > lo))
        hi = lo + 1;
    const double raw = (hi - lo) / 5;
    const double mag = std::pow(10, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double s = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
    *step = s;
    *bottom = std::floor(lo / s) * s;
    *top = std::ceil(hi / s) * s;
    if (*top <= *bottom)
        *top = *bottom + s;
}

QString num(double v)
{
    return std::fabs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', 1);
}

struct Frame
{
    QRectF plot;
};

// Title, axes, horizontal grid and value labels; returns the plot rectangle.
QRectF drawFrame(QPainter &p, const Canvas &c, int dpi, const QString &title, const QString &unit, double bottom,
                 double top, double step)
{
    const double px = c.px;
    const QRectF all(0, 0, c.image.width(), c.image.height());
    p.setFont(font(10, dpi, true));
    const QFontMetricsF tm(p.font());
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 1 * px, all.width(), tm.height()), Qt::AlignHCenter | Qt::AlignTop, title);
    p.setFont(font(7.5, dpi));
    const QFontMetricsF fm(p.font());
    double labelW = fm.horizontalAdvance(unit);
    for (double v = bottom; v <= top + step / 2; v += step)
        labelW = std::max(labelW, fm.horizontalAdvance(num(v)));
    const QRectF plot(labelW + 3 * px, 2 * px + tm.height() + fm.height(), all.width() - labelW - 6 * px,
                      all.height() - (2 * px + tm.height() + fm.height()) - fm.height() * 2.2 - 2 * px);
    p.setPen(QPen(QColor(120, 120, 120), 0.2 * px));
    p.drawText(QRectF(0, plot.top() - fm.height() * 1.1, labelW + 2 * px, fm.height()), Qt::AlignLeft, unit);
    for (double v = bottom; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - (v - bottom) / (top - bottom) * plot.height();
        p.setPen(QPen(QColor(220, 220, 220), 0.15 * px));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRectF(0, y - fm.height() / 2, labelW + 1.5 * px, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   num(v));
    }
    p.setPen(QPen(QColor(60, 60, 60), 0.25 * px));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    return plot;
}

void legend(QPainter &p, const Canvas &c, int dpi, const QRectF &plot, const QStringList &names, const QList<QColor> &colours)
{
    if (names.size() < 2)
        return;
    p.setFont(font(7, dpi));
    const QFontMetricsF fm(p.font());
    double x = plot.left();
    const double y = c.image.height() - fm.height() - 0.5 * c.px;
    for (int i = 0; i < names.size(); ++i) {
        p.fillRect(QRectF(x, y + fm.height() * 0.2, fm.height() * 0.6, fm.height() * 0.6), colours.value(i));
        x += fm.height() * 0.9;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, y + fm.ascent()), names[i]);
        x += fm.horizontalAdvance(names[i]) + 3 * c.px;
    }
}

} // namespace

QImage bars(const QString &title, const QString &unit, const QStringList &labels, const QList<QList<double>> &stacks,
            const QStringList &stackNames, const QList<QColor> &stackColours, double widthMm, double heightMm, int dpi)
{
    Canvas c = canvas(widthMm, heightMm, dpi);
    QPainter p(&c.image);
    p.setRenderHint(QPainter::Antialiasing);
    double hi = 0;
    for (int i = 0; i < labels.size(); ++i) {
        double sum = 0;
        for (const QList<double> &s : stacks)
            sum += s.value(i);
        hi = std::max(hi, sum);
    }
    double top, bottom, step;
    niceAxis(0, hi > 0 ? hi * 1.05 : 1, &top, &bottom, &step);
    QRectF plot = drawFrame(p, c, dpi, title, unit, bottom, top, step);
    if (stackNames.size() >= 2) // room for the legend under the labels
        plot.setBottom(plot.bottom());
    const int n = std::max(1, int(labels.size()));
    const double slot = plot.width() / n;
    p.setFont(font(7, dpi));
    const QFontMetricsF fm(p.font());
    const bool rotate = std::any_of(labels.begin(), labels.end(), [&](const QString &l) { return fm.horizontalAdvance(l) > slot * 0.95; });
    for (int i = 0; i < labels.size(); ++i) {
        double base = 0;
        const double x = plot.left() + i * slot + slot * 0.15;
        for (int k = 0; k < stacks.size(); ++k) {
            const double v = stacks[k].value(i);
            if (v <= 0)
                continue;
            const double y0 = plot.bottom() - base / (top - bottom) * plot.height();
            const double y1 = plot.bottom() - (base + v) / (top - bottom) * plot.height();
            p.fillRect(QRectF(x, y1, slot * 0.7, y0 - y1), stackColours.value(k, QColor(52, 101, 164)));
            base += v;
        }
        p.setPen(Qt::black);
        if (base > 0 && slot > fm.horizontalAdvance(num(base)) * 0.8) {
            const double y = plot.bottom() - base / (top - bottom) * plot.height();
            p.drawText(QRectF(x - slot * 0.15, y - fm.height(), slot, fm.height()), Qt::AlignHCenter | Qt::AlignBottom, num(base));
        }
        QString label = labels[i];
        if (rotate && labels.size() > 12 && i % 2 == 1)
            continue; // every other label when crowded
        if (rotate)
            label = fm.elidedText(label, Qt::ElideRight, slot * 1.9);
        p.drawText(QRectF(plot.left() + i * slot - slot * 0.5, plot.bottom() + 0.5 * c.px, slot * 2, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }
    legend(p, c, dpi, plot, stackNames, stackColours);
    p.end();
    return c.image;
}

QImage lines(const QString &title, const QString &unit, const QList<Series> &series, const QList<RefLine> &refs,
             double widthMm, double heightMm, int dpi)
{
    Canvas c = canvas(widthMm, heightMm, dpi);
    QPainter p(&c.image);
    p.setRenderHint(QPainter::Antialiasing);
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    qint64 t0 = std::numeric_limits<qint64>::max(), t1 = std::numeric_limits<qint64>::min();
    for (const Series &s : series)
        for (const auto &pt : s.points) {
            lo = std::min(lo, pt.second);
            hi = std::max(hi, pt.second);
            t0 = std::min(t0, pt.first);
            t1 = std::max(t1, pt.first);
        }
    for (const RefLine &r : refs) {
        lo = std::min(lo, r.value);
        hi = std::max(hi, r.value);
    }
    if (t1 <= t0)
        t1 = t0 + 3600 * 1000;
    double top, bottom, step;
    niceAxis(lo, hi, &top, &bottom, &step);
    const QRectF plot = drawFrame(p, c, dpi, title, unit, bottom, top, step);
    auto X = [&](qint64 t) { return plot.left() + double(t - t0) / double(t1 - t0) * plot.width(); };
    auto Y = [&](double v) { return plot.bottom() - (v - bottom) / (top - bottom) * plot.height(); };
    // Time axis: a tick every 3 or 6 hours, Beijing time.
    p.setFont(font(7, dpi));
    const QFontMetricsF fm(p.font());
    const qint64 hour = 3600 * 1000, tz = 8 * hour;
    const qint64 span = t1 - t0;
    const qint64 tick = span > 36 * hour ? 12 * hour : span > 12 * hour ? 6 * hour : span > 4 * hour ? 2 * hour : hour;
    for (qint64 t = ((t0 + tz) / tick + 1) * tick - tz; t <= t1; t += tick) {
        const double x = X(t);
        p.setPen(QPen(QColor(230, 230, 230), 0.15 * c.px));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QDateTime bj = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toOffsetFromUtc(8 * 3600);
        const QString text = bj.time().hour() == 0 ? bj.toString(QStringLiteral("MM-dd")) : bj.toString(QStringLiteral("HH:mm"));
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRectF(x - 10 * c.px, plot.bottom() + 0.5 * c.px, 20 * c.px, fm.height()), Qt::AlignHCenter | Qt::AlignTop, text);
    }
    for (const RefLine &r : refs) {
        p.setPen(QPen(r.colour, 0.35 * c.px, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), Y(r.value)), QPointF(plot.right(), Y(r.value)));
        p.setPen(r.colour.darker(130));
        p.drawText(QRectF(plot.left() + 1 * c.px, Y(r.value) - fm.height(), plot.width() - 2 * c.px, fm.height()),
                   Qt::AlignRight | Qt::AlignBottom, QStringLiteral("%1 %2").arg(r.label, num(r.value)));
    }
    QStringList names;
    QList<QColor> colours;
    for (const Series &s : series) {
        if (s.points.isEmpty())
            continue;
        QList<QPair<qint64, double>> pts = s.points;
        std::sort(pts.begin(), pts.end());
        QPainterPath path(QPointF(X(pts[0].first), Y(pts[0].second)));
        for (const auto &pt : pts)
            path.lineTo(QPointF(X(pt.first), Y(pt.second)));
        p.setPen(QPen(s.colour, 0.45 * c.px));
        p.drawPath(path);
        names.append(s.name);
        colours.append(s.colour);
    }
    legend(p, c, dpi, plot, names, colours);
    p.end();
    return c.image;
}

} // namespace fc::ReportCharts
