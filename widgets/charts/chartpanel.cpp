#include "widgets/charts/chartpanel.h"

#include "app/core/rules/alarmengine.h"
#include "app/core/base/clock.h"
#include "widgets/charts/gaugechart.h"

#include <QComboBox>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QLocale>
#include <cmath>
#include <numeric>
#include <qcustomplot.h>

namespace fc {

namespace {

// The periods offered (hours back from the latest reading).
constexpr int Periods[] = {24, 72, 7 * 24, 30 * 24, 365 * 24};

template<typename T, typename F>
void whenDone(QObject *owner, QFuture<T> future, F fn)
{
    auto *w = new QFutureWatcher<T>(owner);
    QObject::connect(w, &QFutureWatcher<T>::finished, owner, [w, fn] {
        w->deleteLater();
        fn(w->result());
    });
    w->setFuture(future);
}

double secsOf(const QVariant &stored)
{
    return double(QDateTime::fromString(stored.toString(), Qt::ISODateWithMs).toSecsSinceEpoch());
}

const QList<QColor> &palette()
{
    static const QList<QColor> p = {QColor(70, 160, 255), QColor(60, 200, 160), QColor(240, 200, 60), QColor(240, 120, 60),
                                    QColor(200, 90, 220), QColor(120, 200, 80), QColor(255, 110, 140), QColor(150, 150, 255),
                                    QColor(90, 220, 230), QColor(220, 170, 120), QColor(180, 180, 180), QColor(255, 160, 40)};
    return p;
}

} // namespace

// What the charts draw, per sensor, in time order: values (forecasts apart), and for rain gauges the hourly totals
// (bars centred on the hour) and the running total.
struct ChartPanel::Series
{
    using Xy = QPair<QVector<double>, QVector<double>>;
    QHash<qint64, Xy> values, forecast, hourly, cumulative;
    qint64 readings = 0;
};

ChartPanel::ChartPanel(QObject *parent) : Panel(parent)
{
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(1000);
    connect(&m_redraw, &QTimer::timeout, this, [this] {
        for (GaugeChart *c : {m_rain, m_tide, m_depth, m_pump})
            if (c && c->isVisible())
                c->fitAll();
    });
}

void ChartPanel::install(PanelHost *host)
{
    m_host = host;
    m_dock = new QDockWidget(tr("Gauge charts"), host->window());
    m_dock->setObjectName(QStringLiteral("ChartDock"));
    auto *w = new QWidget(m_dock);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(4, 4, 4, 4);
    m_tabs = new QTabWidget(w);
    m_rain = new GaugeChart(m_tabs);
    m_tide = new GaugeChart(m_tabs);
    m_depth = new GaugeChart(m_tabs);
    m_pump = new GaugeChart(m_tabs);
    m_tabs->addTab(m_rain, tr("Rain"));
    m_tabs->addTab(m_tide, tr("Tide"));
    m_tabs->addTab(m_depth, tr("Road depth"));
    m_tabs->addTab(m_pump, tr("Pumping stations"));
    m_tabs->setMinimumHeight(260);
    v->addWidget(m_tabs, 1);
    auto *row = new QHBoxLayout;
    m_status = new QLabel(w);
    m_period = new QComboBox(w);
    m_period->setToolTip(tr("Period shown, up to the latest reading (or the replay time)"));
    const QStringList names = {tr("24 hours"), tr("72 hours"), tr("7 days"), tr("30 days"), tr("1 year")};
    for (int i = 0; i < names.size(); ++i)
        m_period->addItem(names[i], Periods[i]);
    m_period->setCurrentIndex(m_period->findData(m_periodHours));
    connect(m_period, &QComboBox::activated, this, [this](int i) { setPeriodHours(m_period->itemData(i).toInt()); });
    auto *fit = new QPushButton(tr("Whole period"), w);
    auto *png = new QPushButton(tr("Export PNG…"), w);
    row->addWidget(m_status, 1);
    row->addWidget(m_period);
    row->addWidget(fit);
    row->addWidget(png);
    v->addLayout(row);
    m_dock->setWidget(w);
    host->addDock(m_dock, Qt::BottomDockWidgetArea);
    connect(fit, &QPushButton::clicked, this, [this] {
        if (auto *c = qobject_cast<GaugeChart *>(m_tabs->currentWidget()))
            c->fitAll();
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString name = QStringLiteral("%1/gauges-%2.png").arg(dir, m_host->clock()->now().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd-HHmm")));
        // No dialog over a wall display: save straight into Pictures.
        const QString path = m_host->wallMode() ? name : QFileDialog::getSaveFileName(m_host->window(), tr("Export chart"), name, tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        m_host->showMessage(exportCurrent(path) ? tr("Chart saved: %1").arg(path) : tr("Could not save %1").arg(path), 8000);
    });
    if (QMenu *cmd = host->menu(PanelHost::Menu::Command)) {
        QAction *a = cmd->addAction(tr("Gauge &charts"));
        connect(a, &QAction::triggered, this, [this] {
            m_dock->show();
            m_dock->raise();
        });
    }
    if (Clock *clock = host->clock()) {
        connect(clock, &Clock::jumped, this, [this] { reload(); });
        connect(clock, &Clock::modeChanged, this, [this] { reload(); });
    }
}

void ChartPanel::setPeriodHours(int hours)
{
    if (hours == m_periodHours)
        return;
    m_periodHours = hours;
    if (m_period)
        m_period->setCurrentIndex(m_period->findData(hours));
    reload();
}

GaugeChart *ChartPanel::chart(int tab) const
{
    return qobject_cast<GaugeChart *>(m_tabs->widget(tab));
}

int ChartPanel::tabCount() const
{
    return m_tabs->count();
}

bool ChartPanel::exportCurrent(const QString &path)
{
    auto *c = qobject_cast<GaugeChart *>(m_tabs->currentWidget());
    return c && c->exportPng(path, 1600, 900);
}

void ChartPanel::storeChanged(Store *store)
{
    if (m_feed)
        disconnect(m_feed);
    m_store = store;
    if (store)
        m_feed = connect(store, &Store::rowsChanged, this, &ChartPanel::onRows);
    reload();
}

void ChartPanel::reload()
{
    m_loaded = false;
    const int gen = ++m_generation;
    for (GaugeChart *c : {m_rain, m_tide, m_depth, m_pump})
        if (c)
            c->clear();
    m_lineOf.clear();
    if (!m_store)
        return;
    m_status->setText(tr("loading…"));
    Store *store = m_store;
    Clock *clock = m_host ? m_host->clock() : nullptr;
    const bool replay = clock && clock->isReplaying();
    const QString replayEnd = replay ? clock->now().toUTC().toString(Qt::ISODateWithMs) : QString();
    // Sensors and walls, then the window ending at the latest reading (or the replay time).
    whenDone(this, store->rows(QStringLiteral("sensors")), [=, this](const QList<StoreRow> &sensors) {
        if (gen != m_generation || !m_store)
            return;
        whenDone(this, store->rows(QStringLiteral("flood_walls")), [=, this](const QList<StoreRow> &walls) {
            if (gen != m_generation || !m_store)
                return;
            // The latest reading of each sensor, up to the replay time.
            ReadingQuery latest;
            latest.latestOnly = true;
            if (replay)
                latest.until = QDateTime::fromString(replayEnd, Qt::ISODateWithMs);
            whenDone(this, store->readingRows(latest),
                     [=, this](QList<StoreRow> last) {
                         if (gen != m_generation || !m_store)
                             return;
                         if (last.isEmpty()) {
                             build(sensors, walls, Series());
                             return;
                         }
                         std::sort(last.begin(), last.end(), [](const StoreRow &a, const StoreRow &b) {
                             return a.values.value(QStringLiteral("observed_at")).toString() > b.values.value(QStringLiteral("observed_at")).toString();
                         });
                         const QDateTime end = QDateTime::fromString(last.first().values.value(QStringLiteral("observed_at")).toString(), Qt::ISODateWithMs);
                         ReadingQuery window;
                         window.after = end.addSecs(-qint64(m_periodHours) * 3600);
                         window.until = end;
                         QSet<qint64> rain;
                         for (const StoreRow &r : sensors)
                             if (SensorInfo::fromRow(r).isRain())
                                 rain.insert(r.fid);
                         // A year of a district's gauges is millions of readings: read and made into series on
                         // a pool thread (the job holds a Store::Use); only the series come to this thread.
                         auto job = QtConcurrent::run([use = store->use(), window, rain] {
                             return prepare(use.store()->readings(window).result(), rain);
                         });
                         whenDone(this, job, [=, this](const Series &series) {
                             if (gen == m_generation && m_store)
                                 build(sensors, walls, series);
                         });
                     });
        });
    });
}

ChartPanel::Series ChartPanel::prepare(const ReadingBatch &readings, const QSet<qint64> &rain)
{
    Series out;
    out.readings = qint64(readings.rows.size());
    const qint32 forecastFlag = qint32(readings.qualities.indexOf(QStringLiteral("forecast")));
    // Store::readings returns readings sorted by sensor, then time: one run per sensor.
    for (size_t i = 0; i < readings.rows.size();) {
        const qint32 f = readings.rows[i].sensorFid;
        size_t end = i;
        while (end < readings.rows.size() && readings.rows[end].sensorFid == f)
            ++end;
        Series::Xy &v = out.values[f];
        v.first.reserve(qsizetype(end - i));
        v.second.reserve(qsizetype(end - i));
        for (; i < end; ++i) {
            const Reading &r = readings.rows[i];
            if (std::isnan(r.value))
                continue;
            Series::Xy &to = forecastFlag >= 0 && r.quality == forecastFlag ? out.forecast[f] : v;
            to.first.append(double(r.atMs) / 1000.0);
            to.second.append(r.value);
        }
        if (v.first.isEmpty())
            out.values.remove(f);
    }
    for (auto it = out.values.cbegin(); it != out.values.cend(); ++it) {
        if (!rain.contains(it.key()))
            continue;
        const QVector<double> &t = it->first, &v = it->second;
        Series::Xy &hourly = out.hourly[it.key()], &cum = out.cumulative[it.key()];
        for (int k = 0; k < t.size(); ++k) {
            const double hour = double(qint64(std::ceil(t[k] / 3600.0) * 3600) - 1800);
            if (hourly.first.isEmpty() || hourly.first.last() != hour) {
                hourly.first.append(hour);
                hourly.second.append(0);
            }
            hourly.second.last() += v[k];
        }
        cum.first = t;
        cum.second.reserve(t.size());
        double sum = 0;
        for (double x : v)
            cum.second.append(sum += x);
    }
    return out;
}

void ChartPanel::build(const QList<StoreRow> &sensorRows, const QList<StoreRow> &walls, const Series &series)
{
    QHash<qint64, SensorInfo> sensors;
    m_kind.clear();
    for (const StoreRow &r : sensorRows) {
        const SensorInfo s = SensorInfo::fromRow(r);
        sensors.insert(s.fid, s);
        m_kind.insert(s.fid, s.kind);
    }
    auto has = [&](qint64 f) { return series.values.contains(f); };
    auto xs = [&](qint64 f) { return series.values.value(f).first; };
    auto ys = [&](qint64 f) { return series.values.value(f).second; };
    QList<qint64> fids = sensors.keys();
    std::sort(fids.begin(), fids.end());
    int rainIdx = 0, depthIdx = 0, n = 0;
    // Rain: hourly totals as bars side by side, running total (5-minute steps) on the right axis.
    m_rain->setAxisLabels(tr("Rain per hour (mm)"), tr("Running total (mm)"));
    for (qint64 f : fids) {
        const SensorInfo &s = sensors[f];
        if (!s.isRain() || !has(f))
            continue;
        const QColor c = palette().value(rainIdx++ % palette().size());
        const int bars = m_rain->addBars(s.name, c, QStringLiteral("mm"), 3600);
        m_rain->setData(bars, series.hourly.value(f).first, series.hourly.value(f).second);
        const int line = m_rain->addLine(tr("%1 total").arg(s.name), c.lighter(130), QStringLiteral("mm"), false, true);
        m_rain->setData(line, series.cumulative.value(f).first, series.cumulative.value(f).second);
        m_rain->hideFromLegend(line);
        ++n;
    }
    // Tide: level, warning and design levels, lowest wall crest; forecast dashed.
    double lowestCrest = 1e9;
    for (const StoreRow &w : walls)
        if (!w.values.value(QStringLiteral("crest_m")).isNull())
            lowestCrest = std::min(lowestCrest, w.values.value(QStringLiteral("crest_m")).toDouble());
    m_tide->setAxisLabels(tr("Water level (m, Wusong datum)"));
    for (qint64 f : fids) {
        const SensorInfo &s = sensors[f];
        if (!s.isTide())
            continue;
        if (has(f)) {
            const int k = m_tide->addLine(s.name, QColor(90, 170, 255), QStringLiteral("m"));
            m_tide->setData(k, xs(f), ys(f));
            m_lineOf.insert(f, {m_tide, k});
            ++n;
        }
        if (series.forecast.contains(f)) {
            const int k = m_tide->addLine(tr("%1 forecast").arg(s.name), QColor(90, 170, 255), QStringLiteral("m"), true);
            m_tide->setData(k, series.forecast.value(f).first, series.forecast.value(f).second);
        }
    }
    m_tide->addLevelLine(4.55, tr("Warning level 4.55 m (Huangpu Park)"), QColor(240, 200, 40));
    m_tide->addLevelLine(5.86, tr("Design level 5.86 m (1,000-year tide)"), QColor(235, 60, 60), Qt::SolidLine);
    if (lowestCrest < 1e8)
        m_tide->addLevelLine(lowestCrest, tr("Lowest wall crest %1 m").arg(lowestCrest, 0, 'f', 2), QColor(245, 140, 30), Qt::DotLine);
    // Road depth: one line per road sensor; thresholds of the first sensor as coloured bands.
    m_depth->setAxisLabels(tr("Depth (cm)"));
    bool bands = false;
    for (qint64 f : fids) {
        const SensorInfo &s = sensors[f];
        if (!s.isDepth() || !has(f))
            continue;
        const int k = m_depth->addLine(s.name.section(QStringLiteral("（"), 0, 0), palette().value(depthIdx++ % palette().size()), QStringLiteral("cm"));
        m_depth->setData(k, xs(f), ys(f));
        m_lineOf.insert(f, {m_depth, k});
        if (!bands) {
            bands = true;
            const auto &lv = s.thresholds.level;
            const QColor cols[] = {QColor(60, 140, 255, 40), QColor(240, 210, 40, 45), QColor(245, 140, 30, 50), QColor(235, 50, 50, 55)};
            for (int i = 0; i < 4; ++i)
                if (!std::isnan(lv[size_t(i)]))
                    m_depth->addBand(lv[size_t(i)], i < 3 && !std::isnan(lv[size_t(i + 1)]) ? lv[size_t(i + 1)] : 500, cols[i]);
        }
        ++n;
    }
    // Pumping stations: flow (left) and forebay level (right), from sensors of kind pump_flow / forebay.
    m_pump->setAxisLabels(tr("Flow (m³/s)"), tr("Forebay level (m)"));
    int pumps = 0;
    for (qint64 f : fids) {
        const SensorInfo &s = sensors[f];
        const bool flow = s.kind == QLatin1String("pump_flow"), forebay = s.kind == QLatin1String("forebay");
        if ((!flow && !forebay) || !has(f))
            continue;
        const int k = m_pump->addLine(s.name, palette().value(pumps++ % palette().size()), s.unit, forebay, forebay);
        m_pump->setData(k, xs(f), ys(f));
        m_lineOf.insert(f, {m_pump, k});
    }
    const bool replay = m_host && m_host->clock() && m_host->clock()->isReplaying();
    for (GaugeChart *c : {m_rain, m_tide, m_depth, m_pump}) {
        c->setNow(replay ? double(m_host->clock()->now().toSecsSinceEpoch()) : std::nan(""));
        c->fitAll();
    }
    m_shown = series.readings;
    m_status->setText(m_shown == 0 ? tr("No readings yet")
                                            : tr("%1 readings, %2 up to the latest; drag to pan, wheel to zoom%3")
                                                  .arg(QLocale().toString(m_shown), m_period ? m_period->currentText() : QString())
                                                  .arg(pumps ? QString() : tr("; no pumping station readings")));
    m_loaded = true;
    Q_EMIT loaded();
}

void ChartPanel::onRows(const QList<RowEvent> &events)
{
    if (!m_loaded)
        return;
    bool any = false;
    for (const RowEvent &ev : events) {
        if (ev.table == QLatin1String("sensors") || ev.table == QLatin1String("flood_walls")) {
            reload(); // thresholds (the depth bands), names, kinds or wall crests changed
            return;
        }
        if (ev.table != QLatin1String("sensor_readings"))
            continue;
        if (ev.kind == RowEvent::Kind::Reset) {
            reload();
            return;
        }
        if (ev.kind != RowEvent::Kind::Insert)
            continue;
        const qint64 f = ev.after.value(QStringLiteral("sensor_fid")).toLongLong();
        const auto it = m_lineOf.constFind(f);
        if (it == m_lineOf.cend())
            continue;
        it->first->append(it->second, secsOf(ev.after.value(QStringLiteral("observed_at"))), ev.after.value(QStringLiteral("value")).toDouble());
        any = true;
    }
    if (any && !m_redraw.isActive())
        m_redraw.start();
}

} // namespace fc
