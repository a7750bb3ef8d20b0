// Chart redraw benchmark(not a test): a year of 5-minute data for 10 series (1,051,200 points) in one
// GaugeChart, full-period redraw, zoomed redraws and a pan, with our min/max-per-pixel decimation against QCustomPlot
// drawing every point (its own adaptive sampling on and off). Median of R redraws each, offscreen.
//   bench_charts [--runs 15] [--width 1600] [--height 600]
#include "widgets/charts/gaugechart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <qcustomplot.h>

using namespace fc;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 15, w = 1600, h = 600;
    const QStringList a = app.arguments();
    for (int i = 1; i + 1 < a.size(); i += 2) {
        if (a[i] == QLatin1String("--runs"))
            runs = a[i + 1].toInt();
        else if (a[i] == QLatin1String("--width"))
            w = a[i + 1].toInt();
        else if (a[i] == QLatin1String("--height"))
            h = a[i + 1].toInt();
    }
    const int n = 365 * 288, series = 10;
    const double t0 = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QVector<QVector<double>> ts(series), vs(series);
    for (int s = 0; s < series; ++s) {
        ts[s].resize(n);
        vs[s].resize(n);
        for (int i = 0; i < n; ++i) {
            ts[s][i] = t0 + 300.0 * i;
            vs[s][i] = s + 2.0 * std::sin(i / 144.0 + s) + 0.3 * std::sin(i * 0.37);
        }
    }
    auto measure = [&](const char *what, auto setup) {
        GaugeChart chart;
        chart.resize(w, h);
        chart.show();
        setup(chart);
        QCoreApplication::processEvents();
        QVector<double> full, zoom, pan;
        QCustomPlot *p = chart.plot();
        for (int r = 0; r < runs; ++r) {
            p->xAxis->setRange(t0, t0 + 300.0 * n);
            QCoreApplication::processEvents(); // re-decimation (queued) + redraw
            QElapsedTimer t;
            t.start();
            chart.redraw();
            full.append(t.nsecsElapsed() / 1e6);
            p->xAxis->setRange(t0 + 86400.0 * (100 + r), t0 + 86400.0 * (107 + r)); // one week
            QCoreApplication::processEvents();
            t.restart();
            chart.redraw();
            zoom.append(t.nsecsElapsed() / 1e6);
            // A pan step as a drag does it: move the range, decimate, replot.
            t.restart();
            p->xAxis->moveRange(3600.0 * 6);
            QCoreApplication::processEvents();
            pan.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("%-44s full year %7.1f ms   one week %6.1f ms   pan step (decimate + redraw) %6.1f ms   points drawn %lld\n",
                    what, median(full), median(zoom), median(pan), static_cast<long long>(chart.plot()->graph(0)->data()->size()));
        std::fflush(stdout);
    };
    std::printf("10 series x %d points (a year of 5-minute data), %dx%d, median of %d\n", n, w, h, runs);
    measure("GaugeChart (min/max per pixel column)", [&](GaugeChart &c) {
        for (int s = 0; s < series; ++s)
            c.setData(c.addLine(QStringLiteral("S%1").arg(s), QColor::fromHsv(s * 36, 200, 220), QStringLiteral("m")), ts[s], vs[s]);
        c.fitAll();
    });
    auto raw = [&](bool adaptive) {
        return [&, adaptive](GaugeChart &c) {
            for (int s = 0; s < series; ++s) {
                QCPGraph *g = c.plot()->addGraph();
                g->setPen(QPen(QColor::fromHsv(s * 36, 200, 220), 1.6));
                g->setAdaptiveSampling(adaptive);
                g->setData(ts[s], vs[s], true);
            }
            c.plot()->rescaleAxes();
        };
    };
    measure("QCustomPlot, all points, adaptive sampling", raw(true));
    measure("QCustomPlot, all points, no sampling", raw(false));
    return 0;
}
