#pragma once

#include "widgets/panels/panel.h"

#include <QPointer>
#include <QTimer>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fc {

class AlarmListModel;
class AlarmService;
class AlarmSound;
class GaugeMapLink;
class WarningService;

// The alarm list (告警): alarms in force and those cleared in the last 24 h (while replaying: those in force at the
// replay time, marked as such), filtered by level, state and text (an AlarmListModel kept current by the service);
// acknowledge with a remark; show the sensor or wall segment on the map. Unacknowledged orange and red alarms repeat
// their sound (and flash the dock title where there is no audio device). Also owns the live map link (sensor colours and values, road depths, the tide in the toolbar).
class AlarmPanel : public Panel
{
    Q_OBJECT
public:
    explicit AlarmPanel(QObject *parent = nullptr);
    ~AlarmPanel() override;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override;

    AlarmService *service() const { return m_service; }
    QTableView *view() const { return m_view; }
    AlarmListModel *model() const { return m_model; }
    // Acknowledges the selected alarm with the remark typed (by the store user).
    void acknowledgeSelected();
    void showSelectedOnMap();
    int unacknowledgedUrgent() const { return m_urgent; }
    QString statusText() const;

private:
    void updateStatus();
    void applyFilter();
    void repeatAlert();
    qint64 selectedFid() const;

    PanelHost *m_host = nullptr;
    AlarmService *m_service = nullptr; // the Operation's
    std::unique_ptr<GaugeMapLink> m_mapLink;
    std::unique_ptr<AlarmSound> m_sound;
    QDockWidget *m_dock = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_view = nullptr;
    AlarmListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_remark = nullptr;
    QPushButton *m_ack = nullptr;
    QLabel *m_status = nullptr;
    QPointer<WarningService> m_warnings; // the signals in force, for the rainstorm proposal
    QTimer m_repeat;
    int m_urgent = 0;
    bool m_flash = false;
};

} // namespace fc
