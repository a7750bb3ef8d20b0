#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// Charts for printed reports, drawn with QPainter at print resolution (no widget library: floodctl runs without
// one, and a chart is a picture in the document model like the map). Sizes in millimetres at `dpi`.
namespace ReportCharts {

struct Series
{
    QString name;
    QColor colour;
    QList<QPair<qint64, double>> points; // time (ms since epoch), value
};
struct RefLine
{
    QString label;
    QColor colour;
    double value = 0;
};

// Bars with a label under each (hours, units, kinds); stacks: one value list per stack part.
QImage bars(const QString &title, const QString &unit, const QStringList &labels, const QList<QList<double>> &stacks,
            const QStringList &stackNames, const QList<QColor> &stackColours, double widthMm, double heightMm, int dpi);
// Lines over time (Beijing time on the axis) with horizontal reference lines (warning level, crest).
QImage lines(const QString &title, const QString &unit, const QList<Series> &series, const QList<RefLine> &refs,
             double widthMm, double heightMm, int dpi);

} // namespace ReportCharts

} // namespace fc
