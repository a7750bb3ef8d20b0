#pragma once

#include "app/core/whatif/whatif.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTreeWidget;
class QTimer;

namespace fc {

class ForecastDepthLayer;
class LayerRegistry;
class Operation;

// The waterlogging forecast panel: forecast rain in, the flood model run off the GUI thread (progress, cancel),
// the forecast depth on the map with a time slider, and the roads predicted to be waterlogged (marked as forecast,
// apart from the measured alarms).
class ForecastPanel : public QWidget
{
    Q_OBJECT
public:
    ForecastPanel(Operation *operation, LayerRegistry *registry, QWidget *parent = nullptr);
    ~ForecastPanel() override;

    // Starts a forecast with the panel's inputs (as the Run button does).
    void run();
    bool isRunning() const;
    const whatif::Result *result() const { return m_result.get(); }
    void setRain(double mm, double hours);
    void setCell(double metres);
    void showTime(int snapshot);

Q_SIGNALS:
    void finished(bool ok);

private:
    void done();
    void fillRoads();

    QPointer<Operation> m_operation;
    QPointer<LayerRegistry> m_registry;
    QDoubleSpinBox *m_rain, *m_hours, *m_drain, *m_tide;
    QComboBox *m_cell;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QSlider *m_slider;
    QLabel *m_time, *m_status;
    QTreeWidget *m_roads;
    QTimer *m_poll;
    QFutureWatcher<whatif::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic<double>> m_fraction;
    std::unique_ptr<whatif::Result> m_result;
    QPointer<ForecastDepthLayer> m_layer;
    bool m_running = false;
};

} // namespace fc
