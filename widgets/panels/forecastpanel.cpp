#include "widgets/panels/forecastpanel.h"

#include "app/core/base/clock.h"
#include "app/core/live/operation.h"
#include "app/core/store/store.h"
#include "widgets/map/forecastlayer.h"

#include "maps/layerregistry.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

namespace fc {

namespace {
const QString layerId = QStringLiteral("forecast_depth");
}

ForecastPanel::ForecastPanel(Operation *operation, LayerRegistry *registry, QWidget *parent)
    : QWidget(parent), m_operation(operation), m_registry(registry)
{
    auto *form = new QFormLayout;
    m_rain = new QDoubleSpinBox(this);
    m_rain->setRange(1, 500);
    m_rain->setValue(80);
    m_rain->setSuffix(tr(" mm"));
    m_hours = new QDoubleSpinBox(this);
    m_hours->setRange(0.5, 24);
    m_hours->setValue(3);
    m_hours->setSuffix(tr(" h"));
    m_drain = new QDoubleSpinBox(this);
    m_drain->setRange(0, 200);
    m_drain->setValue(whatif::designDrainMmH);
    m_drain->setSuffix(tr(" mm/h"));
    m_drain->setToolTip(tr("Drainage capacity of the network (design standard by default)"));
    m_tide = new QDoubleSpinBox(this);
    m_tide->setRange(0, 7);
    m_tide->setDecimals(2);
    m_tide->setValue(3.2);
    m_tide->setSuffix(tr(" m"));
    m_tide->setToolTip(tr("Huangpu River level held outside the flood walls (Wusong datum)"));
    m_cell = new QComboBox(this);
    for (int c : {10, 20, 40})
        m_cell->addItem(tr("%1 m").arg(c), c);
    m_cell->setCurrentIndex(1);
    form->addRow(tr("Forecast rain"), m_rain);
    form->addRow(tr("over"), m_hours);
    form->addRow(tr("Drainage"), m_drain);
    form->addRow(tr("River level"), m_tide);
    form->addRow(tr("Cell size"), m_cell);
    m_run = new QPushButton(tr("Run forecast"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setEnabled(false);
    m_time = new QLabel(this);
    m_roads = new QTreeWidget(this);
    m_roads->setColumnCount(4);
    m_roads->setHeaderLabels({tr("Road"), tr("Over 15 cm from"), tr("Peak"), tr("Peak at")});
    m_roads->setRootIsDecorated(false);
    m_roads->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *roadsTitle = new QLabel(tr("<b>Predicted waterlogging (forecast, not measured)</b>"), this);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addLayout(buttons);
    v->addWidget(m_progress);
    v->addWidget(m_status);
    v->addWidget(m_slider);
    v->addWidget(m_time);
    v->addWidget(roadsTitle);
    v->addWidget(m_roads, 1);
    m_poll = new QTimer(this);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_fraction)
            m_progress->setValue(int(m_fraction->load() * 1000));
    });
    connect(m_run, &QPushButton::clicked, this, &ForecastPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_status->setText(tr("Cancelling…"));
    });
    connect(&m_watcher, &QFutureWatcher<whatif::Result>::finished, this, &ForecastPanel::done);
    connect(m_slider, &QSlider::valueChanged, this, &ForecastPanel::showTime);
}

ForecastPanel::~ForecastPanel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished(); // the run stops at its next step
}

void ForecastPanel::setRain(double mm, double hours)
{
    m_rain->setValue(mm);
    m_hours->setValue(hours);
}

void ForecastPanel::setCell(double metres)
{
    const int i = m_cell->findData(int(metres));
    if (i >= 0)
        m_cell->setCurrentIndex(i);
}

bool ForecastPanel::isRunning() const
{
    return m_running; // until done() has taken the result (the watcher's future ends a moment before)
}

void ForecastPanel::run()
{
    if (isRunning() || !m_operation || !m_operation->store()) {
        if (!m_operation || !m_operation->store())
            m_status->setText(tr("No operation is open."));
        return;
    }
    whatif::Options o;
    o.rainMm = m_rain->value();
    o.rainHours = m_hours->value();
    o.drainMmH = m_drain->value();
    o.tide = m_tide->value();
    o.cellM = m_cell->currentData().toDouble();
    o.start = m_operation->clock() ? m_operation->clock()->now() : QDateTime::currentDateTime();
    // The store's reads are started here (its requests are made on its own thread); the worker waits for them.
    Store *store = m_operation->store();
    const QStringList tables = {QStringLiteral("district_boundary"), QStringLiteral("blocks"), QStringLiteral("river"),
                                QStringLiteral("roads"), QStringLiteral("flood_walls"), QStringLiteral("flood_gates"),
                                QStringLiteral("pumping_stations"), QStringLiteral("sensors"),
                                QStringLiteral("waterlogging_roads")};
    QFuture<LayerRead> read = store->readLayers(tables);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_fraction = std::make_shared<std::atomic<double>>(0.0);
    auto cancel = m_cancelFlag;
    auto fraction = m_fraction;
    m_running = true;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Running the flood model…"));
    m_poll->start();
    m_watcher.setFuture(QtConcurrent::run([read, o, cancel, fraction]() mutable {
        const LayerRead layers = read.result();
        if (!layers.ok) {
            whatif::Result r;
            r.error = layers.error;
            return r;
        }
        return whatif::run(layers.layers, o, cancel.get(), [fraction](double f) { fraction->store(f); });
    }));
}

void ForecastPanel::done()
{
    m_running = false;
    m_poll->stop();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    whatif::Result r = m_watcher.result();
    if (!r.ok) {
        m_progress->setValue(0);
        m_status->setText(r.cancelled ? tr("Forecast cancelled.") : tr("Forecast failed: %1").arg(r.error));
        emit finished(false);
        return;
    }
    m_progress->setValue(1000);
    m_result = std::make_unique<whatif::Result>(std::move(r));
    const whatif::Result &res = *m_result;
    int over15 = 0;
    for (const whatif::RoadForecast &rf : res.roads)
        over15 += rf.onsetS[1] >= 0;
    m_status->setText(tr("Forecast from %1: %2 mm, drainage %3 mm/h; %4 road segments predicted over 15 cm. "
                         "Model: %5 h in %6 s.")
                          .arg(QLocale().toString(res.start, QLocale::ShortFormat))
                          .arg(res.rainMm, 0, 'f', 0)
                          .arg(res.drainMmH, 0, 'f', 0)
                          .arg(over15)
                          .arg(res.untilS / 3600.0, 0, 'f', 1)
                          .arg(res.wallSeconds, 0, 'f', 1));
    if (m_registry) {
        const Extent e(res.geo.originX, res.geo.originY - res.geo.ny * res.geo.pixel,
                       res.geo.originX + res.geo.nx * res.geo.pixel, res.geo.originY);
        m_registry->removeLayer(layerId);
        auto layer = std::make_unique<ForecastDepthLayer>(layerId, tr("Forecast water depth"), e, res.geo.nx, res.geo.ny);
        layer->setOpacity(0.85);
        m_layer = static_cast<ForecastDepthLayer *>(m_registry->addLayer(std::move(layer)));
    }
    m_slider->setEnabled(!res.snapshots.empty());
    m_slider->setRange(0, std::max(0, int(res.snapshots.size()) - 1));
    // Start at the worst moment: the snapshot holding the most water.
    int worst = 0;
    double most = -1;
    for (std::size_t k = 0; k < res.snapshots.size(); ++k) {
        double v = 0;
        for (float d : res.snapshots[k].depth)
            v += d;
        if (v > most) {
            most = v;
            worst = int(k);
        }
    }
    m_slider->blockSignals(true);
    m_slider->setValue(worst);
    m_slider->blockSignals(false);
    showTime(worst);
    fillRoads();
    emit finished(true);
}

void ForecastPanel::showTime(int snapshot)
{
    if (!m_result || snapshot < 0 || std::size_t(snapshot) >= m_result->snapshots.size())
        return;
    const auto &s = m_result->snapshots[std::size_t(snapshot)];
    const QDateTime at = m_result->start.addSecs(qint64(s.t));
    m_time->setText(tr("Forecast for %1 (+%2 h %3 min)")
                        .arg(QLocale().toString(at, QLocale::ShortFormat))
                        .arg(int(s.t) / 3600)
                        .arg((int(s.t) % 3600) / 60));
    if (m_layer)
        m_layer->setDepth(s.depth, m_result->mask);
}

void ForecastPanel::fillRoads()
{
    m_roads->clear();
    if (!m_result)
        return;
    QList<const whatif::RoadForecast *> list;
    for (const whatif::RoadForecast &rf : m_result->roads)
        if (rf.onsetS[1] >= 0)
            list.append(&rf);
    std::sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->onsetS[1] < b->onsetS[1]; });
    for (const whatif::RoadForecast *rf : list) {
        auto *item = new QTreeWidgetItem(m_roads);
        item->setText(0, rf->name.isEmpty() ? rf->id : QStringLiteral("%1 (%2)").arg(rf->name, rf->id));
        item->setText(1, QLocale().toString(m_result->start.addSecs(qint64(rf->onsetS[1])), QLocale::ShortFormat));
        item->setText(2, tr("%1 cm").arg(qRound(rf->peakM * 100)));
        item->setText(3, QLocale().toString(m_result->start.addSecs(qint64(rf->peakAtS)), QLocale::ShortFormat));
        item->setToolTip(0, tr("Forecast by the flood model, not a measurement"));
    }
}

} // namespace fc
