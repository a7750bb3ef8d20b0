#pragma once

#include "widgets/panels/panel.h"

#include <QFuture>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace fc {

class AlarmService;
class CapFolderWatcher;
class ChecklistModel;
class PanelHost;
class SignalTableModel;
class WarningBanner;
class WarningService;
struct WriteResult;

// Warning signals, the response level and its checklist: the banner across the top of the window, a dock with
// the signals in force, the plan's proposal (confirm / override) and the checklist by unit, and Command menu
// entries (issue / lift, CAP import and export, the watched CAP folder, the timeline).
class WarningsPanel : public Panel
{
    Q_OBJECT
public:
    explicit WarningsPanel(QObject *parent = nullptr);
    ~WarningsPanel() override;
    void install(PanelHost *host) override;
    void storeChanged(Store *store) override;
    bool isReady() const override;

    WarningService *service() const { return m_service; }
    WarningBanner *banner() const { return m_banner; }

    // QSettings key of the watched CAP folder (empty: off).
    static const char CapFolderKey[];

private:
    QWidget *buildDock();
    void refresh();
    void track(QFuture<WriteResult> future, const QString &what);
    void issueDialog(bool lift);
    void issueDialogIssue();
    void issueDialogLift();
    void confirm();
    void overrideLevel();
    void toggleDone();
    void setRemark();
    void importCap();
    void importCapFile(const QString &path);
    void exportCap();
    void chooseCapFolder();
    void showCapOtherPlaces();
    void showTimeline();
    void editPlan();
    void updateRainProposal();
    void recordRainstorm();

    PanelHost *m_host = nullptr;
    WarningService *m_service = nullptr;
    WarningBanner *m_banner = nullptr;
    QToolBar *m_bannerBar = nullptr;
    SignalTableModel *m_signals = nullptr;
    ChecklistModel *m_checklist = nullptr;
    QSortFilterProxyModel *m_signalProxy = nullptr, *m_checkProxy = nullptr;
    QTableView *m_signalView = nullptr, *m_checkView = nullptr;
    QLabel *m_proposal = nullptr, *m_levelLabel = nullptr;
    QPushButton *m_confirm = nullptr, *m_override = nullptr;
    QList<QObject *> m_editActions;
    // The district's rain gauges against the rainstorm thresholds (from the alarm service, when published).
    QPointer<AlarmService> m_alarms;
    QLabel *m_rainProposal = nullptr;
    QPushButton *m_recordRain = nullptr;
    QString m_rainColour, m_rainText;
};

} // namespace fc
