#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPBarsGroup;
class QCPItemStraightLine;
class QLabel;

namespace fc {

// One chart of gauge series (QCustomPlot): time axis in Beijing time with Chinese-capable labels, lines decimated
// for display (min/max per pixel column, redone on zoom and pan) so a year of 5-minute data redraws without
// stutter, bars side by side, horizontal level lines and coloured bands, drag to pan and wheel to zoom along time,
// a hover read-out of every series at the cursor, PNG export.
class GaugeChart : public QWidget
{
    Q_OBJECT
public:
    explicit GaugeChart(QWidget *parent = nullptr);
    QCustomPlot *plot() const { return m_plot; }

    void clear();
    // Times in seconds since the epoch (UTC), ascending.
    int addLine(const QString &name, const QColor &colour, const QString &unit, bool dashed = false, bool rightAxis = false);
    int addBars(const QString &name, const QColor &colour, const QString &unit, double widthS);
    void setData(int series, const QVector<double> &t, const QVector<double> &v);
    void append(int series, double t, double v);
    int seriesCount() const { return int(m_series.size()); }
    qsizetype pointCount(int series) const { return m_series.value(series).x.size(); }
    qsizetype drawnPointCount(int series) const;

    void hideFromLegend(int series);
    void addLevelLine(double y, const QString &label, const QColor &colour, Qt::PenStyle style = Qt::DashLine);
    void addBand(double y0, double y1, const QColor &colour);
    void setAxisLabels(const QString &left, const QString &right = {});
    // Vertical marker (e.g. the replay time); NaN hides it.
    void setNow(double t);
    void fitAll();
    void redraw();
    qint64 lastRedrawMs() const { return m_lastRedrawMs; }
    bool exportPng(const QString &path, int width, int height);
    QString readout() const;

protected:
    bool eventFilter(QObject *o, QEvent *e) override;

private:
    struct Series
    {
        QCPAbstractPlottable *plottable = nullptr;
        QVector<double> x, y;
        QString name, unit;
        bool bars = false;
    };
    void redecimate();
    void updateReadout(double t);

    QCustomPlot *m_plot;
    QLabel *m_readout;
    QCPBarsGroup *m_group = nullptr;
    QCPItemStraightLine *m_cursor = nullptr;
    QCPItemStraightLine *m_now = nullptr;
    QList<Series> m_series;
    qint64 m_lastRedrawMs = 0;
    bool m_decimating = false;
};

} // namespace fc
