#include "widgets/panels/warningspanel.h"

#include "app/core/live/operation.h"
#include "app/core/intake/capfolderwatcher.h"

#include "app/core/live/alarmservice.h"
#include "app/core/io/capalert.h"
#include "app/core/base/clock.h"
#include "app/core/store/store.h"
#include "app/core/models/warningmodels.h"
#include "app/core/live/warningservice.h"
#include "widgets/dialogs/signaldialog.h"
#include "widgets/panels/warningbanner.h"
#include "widgets/dialogs/warningtimeline.h"
#include "app/core/base/outputfile.h"
#include "widgets/dialogs/capotherplaces.h"
#include "app/core/rules/rainstormproposal.h"
#include "app/core/live/replayscenario.h"
#include "app/core/base/uilanguage.h"
#include "app/core/rules/writeaccess.h"

#include "widgets/common/writeguard.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fc {

const char WarningsPanel::CapFolderKey[] = "warnings/capFolder";

namespace {

// Signals: in force only unless history is asked for. Checklist: closed items hidden unless history is asked for.
class FilterProxy : public QSortFilterProxyModel
{
public:
    FilterProxy(int role, QObject *parent) : QSortFilterProxyModel(parent), m_role(role) {}
    void setShowAll(bool all)
    {
        m_all = all;
        invalidateFilter();
    }
    void setEventStart(const QDateTime &t)
    {
        if (t == m_eventStart)
            return;
        m_eventStart = t;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_all)
            return true;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_role != ChecklistModel::ClosedRole)
            return i.data(m_role).toBool();
        // The checklist of the current event: open items, and items done since it began (closed ones and
        // earlier events on request).
        if (i.data(ChecklistModel::ClosedRole).toBool())
            return false;
        if (i.data(ChecklistModel::OpenRole).toBool())
            return true;
        const qint64 started = i.data(ChecklistModel::StartedRole).toLongLong();
        return m_eventStart.isValid() && started >= m_eventStart.toMSecsSinceEpoch();
    }

private:
    int m_role;
    bool m_all = false;
    QDateTime m_eventStart;
};

} // namespace

WarningsPanel::WarningsPanel(QObject *parent) : Panel(parent) {}

WarningsPanel::~WarningsPanel() = default;

void WarningsPanel::install(PanelHost *host)
{
    m_host = host;
    m_service = host->operation()->warnings();
    m_alarms = host->operation()->alarms();
    QMainWindow *w = host->window();

    // The banner: its own tool bar row above the others, never moved or hidden by the user.
    m_banner = new WarningBanner(m_service);
    m_banner->setScale(host->wallMode() ? 2.2 : 1.0);
    m_bannerBar = new QToolBar(tr("Warning banner"), w);
    m_bannerBar->setObjectName(QStringLiteral("WarningBannerBar"));
    m_bannerBar->setMovable(false);
    m_bannerBar->setFloatable(false);
    m_bannerBar->toggleViewAction()->setEnabled(false);
    m_bannerBar->setContentsMargins(0, 0, 0, 0);
    m_bannerBar->setStyleSheet(QStringLiteral("QToolBar { padding: 0; border: none; spacing: 0; }"));
    m_bannerBar->addWidget(m_banner);
    if (QToolBar *first = host->toolBar()) {
        w->insertToolBar(first, m_bannerBar);
        w->insertToolBarBreak(first);
    } else {
        w->addToolBar(Qt::TopToolBarArea, m_bannerBar);
    }

    auto *dock = new QDockWidget(tr("Warnings and response"), w);
    dock->setObjectName(QStringLiteral("WarningsDock"));
    dock->setWidget(buildDock());
    host->addDock(dock, Qt::RightDockWidgetArea);
    if (host->wallMode()) // the checklist is what the room reads: give it a third of the wall
        QTimer::singleShot(0, w, [w, dock] { w->resizeDocks({dock}, {w->width() / 3}, Qt::Horizontal); });

    QMenu *menu = host->menu(PanelHost::Menu::Command);
    auto add = [&](const QString &text, void (WarningsPanel::*slot)(), bool edits) {
        QAction *a = menu->addAction(text);
        connect(a, &QAction::triggered, this, slot);
        if (edits)
            m_editActions.append(a);
        return a;
    };
    add(tr("Issue or change a warning signal…"), &WarningsPanel::issueDialogIssue, true);
    add(tr("Lift a warning signal…"), &WarningsPanel::issueDialogLift, true);
    add(tr("Confirm the proposed response level"), &WarningsPanel::confirm, true);
    add(tr("Override the response level…"), &WarningsPanel::overrideLevel, true);
    add(tr("Edit the plan (signal → level, actions)…"), &WarningsPanel::editPlan, true);
    menu->addSeparator();
    add(tr("Import CAP alert…"), &WarningsPanel::importCap, true);
    add(tr("Export signals in force as CAP…"), &WarningsPanel::exportCap, false);
    add(tr("Watched CAP folder…"), &WarningsPanel::chooseCapFolder, false);
    add(tr("CAP alerts for other places…"), &WarningsPanel::showCapOtherPlaces, false);
    menu->addSeparator();
    add(tr("Warnings timeline and yearly figures…"), &WarningsPanel::showTimeline, false);

    // Files from the watched CAP folder are imported by the Operation's intake (here, or in floodctl serve).
    connect(host->operation(), &Operation::capImported, this, [this](const QString &, bool, const QString &summary) {
        m_host->showMessage(summary, 30000);
    });
    connect(m_alarms, &AlarmService::readingsChanged, this, &WarningsPanel::updateRainProposal);

    connect(m_service, &WarningService::reset, this, &WarningsPanel::refresh);
    connect(m_service, &WarningService::changed, this, &WarningsPanel::refresh);
    refresh();
}

void WarningsPanel::issueDialogIssue()
{
    issueDialog(false);
}

void WarningsPanel::issueDialogLift()
{
    issueDialog(true);
}

QWidget *WarningsPanel::buildDock()
{
    auto *root = new QWidget;
    auto *v = new QVBoxLayout(root);
    v->setContentsMargins(6, 6, 6, 6);

    m_levelLabel = new QLabel(root);
    QFont big = m_levelLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_levelLabel->setFont(big);
    v->addWidget(m_levelLabel);
    auto *prop = new QHBoxLayout;
    m_proposal = new QLabel(root);
    m_proposal->setWordWrap(true);
    m_confirm = new QPushButton(tr("Confirm"), root);
    m_override = new QPushButton(tr("Override…"), root);
    connect(m_confirm, &QPushButton::clicked, this, &WarningsPanel::confirm);
    connect(m_override, &QPushButton::clicked, this, &WarningsPanel::overrideLevel);
    prop->addWidget(m_proposal, 1);
    prop->addWidget(m_confirm);
    prop->addWidget(m_override);
    v->addLayout(prop);
    // The district's own rain gauges reaching a rainstorm threshold while that signal is not in force.
    auto *rain = new QHBoxLayout;
    m_rainProposal = new QLabel(root);
    m_rainProposal->setObjectName(QStringLiteral("rainProposal"));
    m_rainProposal->setWordWrap(true);
    m_rainProposal->setStyleSheet(QStringLiteral("color: #ffb020; font-weight: bold;"));
    m_recordRain = new QPushButton(tr("Record rainstorm signal…"), root);
    m_recordRain->setObjectName(QStringLiteral("recordRainstorm"));
    m_recordRain->setToolTip(tr("Rainstorm signals are issued by the Shanghai Central Meteorological Observatory: record "
                                "the signal here once it is issued (the form is filled in from the gauges)"));
    connect(m_recordRain, &QPushButton::clicked, this, &WarningsPanel::recordRainstorm);
    rain->addWidget(m_rainProposal, 1);
    rain->addWidget(m_recordRain);
    m_rainProposal->hide();
    m_recordRain->hide();
    v->addLayout(rain);

    auto *sigHead = new QHBoxLayout;
    auto *sigTitle = new QLabel(tr("Signals in force"), root);
    sigTitle->setFont(big);
    sigHead->addWidget(sigTitle, 1);
    auto *sigHistory = new QCheckBox(tr("History"), root);
    sigHead->addWidget(sigHistory);
    auto *issue = new QPushButton(tr("Issue / change…"), root);
    auto *lift = new QPushButton(tr("Lift…"), root);
    connect(issue, &QPushButton::clicked, this, &WarningsPanel::issueDialogIssue);
    connect(lift, &QPushButton::clicked, this, &WarningsPanel::issueDialogLift);
    sigHead->addWidget(issue);
    sigHead->addWidget(lift);
    v->addLayout(sigHead);

    m_signals = new SignalTableModel(m_service, this);
    auto *sp = new FilterProxy(SignalTableModel::InForceRole, this);
    m_signalProxy = sp;
    sp->setSourceModel(m_signals);
    sp->setSortRole(SignalTableModel::RawValueRole);
    connect(sigHistory, &QCheckBox::toggled, this, [sp](bool on) { sp->setShowAll(on); });
    m_signalView = new QTableView(root);
    m_signalView->setModel(sp);
    m_signalView->setSortingEnabled(true);
    m_signalView->sortByColumn(SignalTableModel::Colour, Qt::DescendingOrder);
    m_signalView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signalView->verticalHeader()->hide();
    m_signalView->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < SignalTableModel::Text; ++c)
        m_signalView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_signalView->setMaximumHeight(220);
    v->addWidget(m_signalView);

    auto *checkHead = new QHBoxLayout;
    auto *checkTitle = new QLabel(tr("Checklist by unit"), root);
    checkTitle->setFont(big);
    checkHead->addWidget(checkTitle, 1);
    auto *checkHistory = new QCheckBox(tr("History"), root);
    checkHead->addWidget(checkHistory);
    auto *done = new QPushButton(tr("Done / reopen"), root);
    auto *remark = new QPushButton(tr("Remark…"), root);
    connect(done, &QPushButton::clicked, this, &WarningsPanel::toggleDone);
    connect(remark, &QPushButton::clicked, this, &WarningsPanel::setRemark);
    checkHead->addWidget(done);
    checkHead->addWidget(remark);
    v->addLayout(checkHead);

    m_checklist = new ChecklistModel(m_service, this);
    auto *cp = new FilterProxy(ChecklistModel::ClosedRole, this);
    m_checkProxy = cp;
    cp->setSourceModel(m_checklist);
    cp->setSortRole(ChecklistModel::RawValueRole);
    connect(checkHistory, &QCheckBox::toggled, this, [cp](bool on) { cp->setShowAll(on); });
    m_checkView = new QTableView(root);
    m_checkView->setModel(cp);
    m_checkView->setSortingEnabled(true);
    m_checkView->sortByColumn(ChecklistModel::Unit, Qt::AscendingOrder);
    m_checkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkView->verticalHeader()->hide();
    for (int c = 0; c < ChecklistModel::ColumnCount; ++c)
        m_checkView->horizontalHeader()->setSectionResizeMode(c, c == ChecklistModel::Task   ? QHeaderView::Stretch
                                                                 : c == ChecklistModel::Unit ? QHeaderView::Interactive
                                                                                             : QHeaderView::ResizeToContents);
    // Units wrap in a column of their own width (the English names are long); the task gets the rest.
    m_checkView->setColumnWidth(ChecklistModel::Unit, m_checkView->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    m_checkView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checkView->setWordWrap(true);
    connect(m_checkView, &QTableView::doubleClicked, this, &WarningsPanel::toggleDone);
    // Who and when are in the state's tooltip; the task gets the width.
    m_checkView->setColumnHidden(ChecklistModel::DoneBy, true);
    m_checkView->setColumnHidden(ChecklistModel::DoneAt, true);
    v->addWidget(m_checkView, 1);

    m_editActions << issue << lift << done << remark;
    if (m_host && m_host->wallMode()) {
        // The wall shows; it is not operated (no dialog may pop over it).
        for (QWidget *b : {static_cast<QWidget *>(issue), static_cast<QWidget *>(lift), static_cast<QWidget *>(done),
                           static_cast<QWidget *>(remark), static_cast<QWidget *>(m_confirm),
                           static_cast<QWidget *>(m_override), static_cast<QWidget *>(sigHistory),
                           static_cast<QWidget *>(checkHistory)})
            b->hide();
        m_signalView->setColumnHidden(SignalTableModel::Text, true);
        m_signalView->setColumnHidden(SignalTableModel::EnteredBy, true);
        m_signalView->setColumnHidden(SignalTableModel::Issuer, true);
        m_checkView->setColumnHidden(ChecklistModel::DoneAt, true);
        m_checkView->setColumnHidden(ChecklistModel::Remark, true);
        m_signalView->setMaximumHeight(16777215);
    }
    return root;
}

void WarningsPanel::storeChanged(Store *store)
{
    Q_UNUSED(store) // the Operation's warning service follows the store itself
    if (store) // losing the server (or getting it back) changes what may be written
        connect(store, &Store::connectionChanged, this, &WarningsPanel::refresh, Qt::UniqueConnection);
    refresh();
}

bool WarningsPanel::isReady() const
{
    return !m_service || !m_service->store() || m_service->isLoaded();
}

// Rain totals at or over a rainstorm threshold (DOMAIN.md: 1 h / 6 h) while the signal in force is lower or none:
// propose recording the matching signal. The HQ does not issue rainstorm signals; the observatory does.
void WarningsPanel::updateRainProposal()
{
    if (!m_rainProposal)
        return;
    m_rainColour.clear();
    const AlarmLevel proposed = RainstormProposal::level(
        m_alarms ? m_alarms->engine().proposedRainstormLevel() : AlarmLevel::None, m_service->state());
    if (proposed != AlarmLevel::None) {
        const AlarmEngine &e = m_alarms->engine();
        QString where1, where6;
        double max1 = -1, max6 = -1;
        for (const SensorInfo &s : e.sensors()) {
            if (!s.isRain() || !e.latest().contains(s.fid))
                continue;
            if (e.rainTotal1h(s.fid) > max1) {
                max1 = e.rainTotal1h(s.fid);
                where1 = s.name;
            }
            if (e.rainTotal6h(s.fid) > max6) {
                max6 = e.rainTotal6h(s.fid);
                where6 = s.name;
            }
        }
        m_rainColour = AlarmLevels::code(proposed);
        // The totals that reach a threshold (the 1 h one only while it rains).
        const QString six = tr("6 h %1 mm at %2").arg(max6, 0, 'f', 1).arg(where6);
        const QString totals = max1 > 0 ? tr("1 h %1 mm at %2").arg(max1, 0, 'f', 1).arg(where1) + tr(", ") + six : six;
        m_rainProposal->setText(tr("District rain gauges reach the rainstorm %1 threshold (%2); the rainstorm %1 signal "
                                   "is not in force.")
                                    .arg(AlarmLevels::caption(proposed), totals));
        m_rainText = tr("District rain gauges: %1.").arg(totals);
    }
    const bool show = !m_rainColour.isEmpty();
    m_rainProposal->setVisible(show);
    m_recordRain->setVisible(show);
    WriteGuard::apply(m_recordRain, show && !m_service->isShowingReplay() && !m_host->wallMode(),
                      WriteAccess::refusal(m_service->store(), m_host->clock()));
}

void WarningsPanel::recordRainstorm()
{
    if (m_rainColour.isEmpty() || m_host->wallMode() || !m_service->store() || m_service->isShowingReplay())
        return;
    SignalDialog d(m_service->state(), m_host->clock()->now(), m_host->window());
    d.setLift(false);
    d.setKind(QStringLiteral("rainstorm"));
    d.setColour(m_rainColour);
    d.setText(m_rainText);
    if (d.exec() != QDialog::Accepted)
        return;
    track(m_service->issue(d.input()), tr("Warning signal"));
}

void WarningsPanel::refresh()
{
    if (!m_levelLabel)
        return;
    const WarningState &s = m_service->state();
    const bool replay = m_service->isShowingReplay();
    const QString why = WriteAccess::refusal(m_service->store(), m_host ? m_host->clock() : nullptr);
    const ResponseRecord r = s.currentResponse();
    const QString level = r.fid ? r.level : QStringLiteral("none");
    QString text = ResponseLevel::name(level);
    if (r.fid && level != QLatin1String("none"))
        text += tr(" — %1 since %2")
                    .arg(r.decision == QLatin1String("override") ? tr("overridden by %1").arg(ReplayScenario::actorName(r.decidedBy))
                                                                  : tr("confirmed by %1").arg(ReplayScenario::actorName(r.decidedBy)),
                         s.levelSince().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("MM-dd HH:mm")));
    m_levelLabel->setText(text);
    static_cast<FilterProxy *>(m_checkProxy)->setEventStart(s.eventStart());
    const bool pending = s.decisionPending();
    m_proposal->setText(replay                  ? tr("Replay: the state at the replayed time (see the clock), read-only.")
                        : !m_service->store()   ? tr("No operation store is open.")
                        : pending               ? tr("The plan proposes %1 for the signals in force.").arg(ResponseLevel::name(s.proposedLevel()))
                                                : tr("The response level matches the plan."));
    m_proposal->setStyleSheet(pending && !replay ? QStringLiteral("color: #ffb020; font-weight: bold;") : QString());
    updateRainProposal();
    WriteGuard::apply(m_confirm, pending, why);
    WriteGuard::apply(m_override, true, why);
    for (QObject *o : std::as_const(m_editActions))
        WriteGuard::apply(o, !(qobject_cast<QAction *>(o) && m_host->wallMode()), why);
}

void WarningsPanel::track(QFuture<WriteResult> future, const QString &what)
{
    auto *w = new QFutureWatcher<WriteResult>(this);
    connect(w, &QFutureWatcherBase::finished, this, [this, w, what] {
        const WriteResult r = w->result();
        if (!r.ok)
            m_host->showMessage(tr("%1: %2").arg(what, r.error), 20000);
        w->deleteLater();
    });
    w->setFuture(future);
}

void WarningsPanel::issueDialog(bool lift)
{
    if (m_host->wallMode() || !m_service->store())
        return;
    SignalDialog d(m_service->state(), m_host->clock()->now(), m_host->window());
    d.setLift(lift);
    const QModelIndex cur = m_signalView->currentIndex();
    if (cur.isValid())
        d.setKind(cur.siblingAtColumn(SignalTableModel::Kind).data(SignalTableModel::RawValueRole).toString());
    if (d.exec() != QDialog::Accepted)
        return;
    const SignalInput in = d.input();
    if (d.isLift())
        track(m_service->lift(in.kind, in.issuedAt), tr("Lift"));
    else
        track(m_service->issue(in), tr("Warning signal"));
}

void WarningsPanel::confirm()
{
    if (!m_service->store())
        return;
    track(m_service->decide(m_service->state().proposedLevel(), {}), tr("Confirm response level"));
}

void WarningsPanel::overrideLevel()
{
    if (m_host->wallMode() || !m_service->store())
        return;
    QStringList names;
    for (const QString &l : ResponseLevel::all())
        names.append(ResponseLevel::name(l));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_host->window(), tr("Response level"),
                                                 tr("The plan proposes %1. Level:").arg(ResponseLevel::name(m_service->state().proposedLevel())),
                                                 names, int(ResponseLevel::rank(m_service->state().proposedLevel())), false, &ok);
    if (!ok)
        return;
    const QString level = ResponseLevel::all().value(names.indexOf(chosen));
    QString reason;
    if (level != m_service->state().proposedLevel()) {
        reason = QInputDialog::getText(m_host->window(), tr("Override"), tr("Reason for departing from the plan:"),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    track(m_service->decide(level, reason), tr("Response level"));
}

void WarningsPanel::toggleDone()
{
    if (m_host->wallMode())
        return;
    const QModelIndex i = m_checkView->currentIndex();
    if (!i.isValid())
        return;
    const qint64 fid = i.data(ChecklistModel::FidRole).toLongLong();
    const ChecklistItem item = m_service->state().item(fid);
    track(m_service->setItemDone(fid, !item.isDone()), tr("Checklist"));
}

void WarningsPanel::setRemark()
{
    if (m_host->wallMode())
        return;
    const QModelIndex i = m_checkView->currentIndex();
    if (!i.isValid())
        return;
    const qint64 fid = i.data(ChecklistModel::FidRole).toLongLong();
    const ChecklistItem item = m_service->state().item(fid);
    bool ok = false;
    const QString remark = QInputDialog::getText(m_host->window(), tr("Remark"), UiLanguage::pick(item.task, m_service->state().plan().item(item.itemCode).taskEn), QLineEdit::Normal, item.remark, &ok);
    if (ok)
        track(m_service->setItemDone(fid, item.isDone(), remark), tr("Checklist"));
}

void WarningsPanel::importCap()
{
    if (m_host->wallMode() || !m_service->store())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(m_host->window(), tr("Import CAP alert"), {},
                                                            tr("CAP alerts (*.xml *.cap);;All files (*)"));
    for (const QString &f : files)
        importCapFile(f);
}

void WarningsPanel::importCapFile(const QString &path)
{
    if (!m_service->store())
        return;
    // A replay is read-only here; the outcome comes back as Operation::capImported (shown in the status bar).
    if (m_host->clock()->isReplaying()) {
        m_host->showMessage(tr("%1: %2").arg(path, WarningService::tr("a replay is showing: nothing can be written")), 30000);
        return;
    }
    m_host->operation()->importCapFile(path);
}

void WarningsPanel::exportCap()
{
    const QList<WarningSignal> inForce = m_service->state().inForce();
    if (inForce.isEmpty()) {
        m_host->showMessage(tr("No signal is in force: nothing to export."));
        return;
    }
    if (m_host->wallMode())
        return;
    const QString path = QFileDialog::getSaveFileName(m_host->window(), tr("Export CAP"), QStringLiteral("signals.xml"),
                                                      tr("CAP alerts (*.xml)"));
    if (path.isEmpty())
        return;
    // The file dialog asked about replacing; an operation store (the open one too) or a device never is replaced.
    QString refused;
    if (!OutputFile::checkDestination(path, true, {}, &refused)) {
        m_host->showMessage(refused, 30000);
        return;
    }
    const QByteArray xml = CapAlert::write(inForce, QStringLiteral("floodcommand"), m_host->clock()->now());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.commit())
        m_host->showMessage(tr("%1: cannot write (%2)").arg(path, f.errorString()));
    else
        m_host->showMessage(tr("%n signal(s) exported to %1", nullptr, int(inForce.size())).arg(path));
}

void WarningsPanel::chooseCapFolder()
{
    if (m_host->wallMode())
        return;
    QSettings settings;
    const QString cur = settings.value(QLatin1String(CapFolderKey)).toString();
    const QString dir = QFileDialog::getExistingDirectory(
        m_host->window(), cur.isEmpty() ? tr("Watch a folder for CAP files (cancel: off)") : tr("Watched CAP folder: %1 (cancel: off)").arg(cur),
        cur);
    settings.setValue(QLatin1String(CapFolderKey), dir);
    // The Operation's intake watches it: here when this window runs the intake, else where it runs.
    Operation *op = m_host->operation();
    if (op->isIntakeRunning()) {
        op->capFolder()->setFolder(dir);
    } else if (!dir.isEmpty()) {
        Operation::IntakeOptions o;
        o.capFolder = dir;
        QString e;
        if (!op->startIntake(o, &e)) {
            m_host->showMessage(tr("CAP folder not watched here: %1").arg(e));
            return;
        }
    }
    m_host->showMessage(dir.isEmpty() ? tr("CAP folder watching is off.") : tr("Watching %1 for CAP files.").arg(dir));
}

void WarningsPanel::editPlan()
{
    if (m_host->wallMode() || !m_service->store())
        return;
    // The plan is data: edit its JSON; a valid edit is stored as the next version (earlier versions stay).
    const ResponsePlan cur = m_service->state().plan();
    QDialog d(m_host->window());
    d.setWindowTitle(tr("Plan %1 (version %2)").arg(cur.titleText()).arg(cur.storeFid() ? cur.version() : 0));
    d.resize(900, 700);
    auto *v = new QVBoxLayout(&d);
    auto *edit = new QPlainTextEdit(QString::fromUtf8(cur.toJson()), &d);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    v->addWidget(edit);
    auto *error = new QLabel(&d);
    error->setStyleSheet(QStringLiteral("color: #ff6060;"));
    v->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &d);
    v->addWidget(buttons);
    ResponsePlan edited;
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        QString e;
        edited = ResponsePlan::fromJson(edit->toPlainText().toUtf8(), &e);
        if (!edited.isValid()) {
            error->setText(e);
            return;
        }
        d.accept();
    });
    if (d.exec() != QDialog::Accepted)
        return;
    track(m_service->write(WarningActions::storePlan(m_service->state(), edited, m_service->user(), m_host->clock()->now()),
                           {}, tr("plan edited")),
          tr("Plan"));
}

void WarningsPanel::showCapOtherPlaces()
{
    if (m_host->wallMode())
        return;
    auto *dlg = new CapOtherPlacesDialog(m_service->store(), m_host->window());
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

void WarningsPanel::showTimeline()
{
    if (m_host->wallMode())
        return;
    auto *dlg = new WarningTimelineDialog(m_service, m_host->window());
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

} // namespace fc
