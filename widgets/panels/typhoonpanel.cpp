#include "widgets/panels/typhoonpanel.h"

#include "app/core/base/clock.h"
#include "app/core/live/operation.h"
#include "app/core/live/warningservice.h"
#include "app/core/rules/typhoonproposal.h"
#include "app/core/rules/warningstate.h"
#include "app/core/store/store.h"
#include "app/core/typhoon/typhoonstore.h"

#include <QLabel>
#include <QMainWindow>
#include <QTimeZone>
#include <QToolBar>
#include <QtConcurrent>

namespace fc {

namespace {

QString hm(const QDateTime &t)
{
    return Typhoon::beijing(t).toString(QStringLiteral("MM-dd hh:mm"));
}

QString compass(double deg)
{
    static const char *names[8] = {QT_TRANSLATE_NOOP("fc::TyphoonPanel", "N"),  QT_TRANSLATE_NOOP("fc::TyphoonPanel", "NE"),
                                   QT_TRANSLATE_NOOP("fc::TyphoonPanel", "E"),  QT_TRANSLATE_NOOP("fc::TyphoonPanel", "SE"),
                                   QT_TRANSLATE_NOOP("fc::TyphoonPanel", "S"),  QT_TRANSLATE_NOOP("fc::TyphoonPanel", "SW"),
                                   QT_TRANSLATE_NOOP("fc::TyphoonPanel", "W"),  QT_TRANSLATE_NOOP("fc::TyphoonPanel", "NW")};
    const int i = int(std::lround(deg / 45.0)) % 8;
    return QCoreApplication::translate("fc::TyphoonPanel", names[i]);
}

} // namespace

TyphoonPanel::TyphoonPanel(QObject *parent) : Panel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, &TyphoonPanel::finished);
}

TyphoonPanel::~TyphoonPanel()
{
    m_watcher.waitForFinished();
}

QString TyphoonPanel::text(const Figures &f)
{
    if (!f.have)
        return {};
    const TyphoonFigures &g = f.figures;
    const Storm &s = f.storm;
    QStringList parts;
    const QString name = s.nameZh.isEmpty() ? s.nameEn : s.nameZh;
    parts.append(QStringLiteral("<b>%1</b>").arg(tr("Typhoon %1 (%2)").arg(name, s.code)));
    if (g.now.grade >= 0)
        parts.append(QStringLiteral("<span style='color:%1'>■</span> %2")
                         .arg(Typhoon::gradeColour(g.now.grade), Typhoon::gradeName(g.now.grade)));
    if (!std::isnan(g.nowDistanceKm))
        parts.append(std::isnan(g.nowBearingDeg)
                         ? tr("over the district")
                         : tr("%1 km %2 of the district").arg(g.nowDistanceKm, 0, 'f', 0).arg(compass(g.nowBearingDeg)));
    if (!std::isnan(g.now.windMs))
        parts.append(tr("%1 m/s").arg(g.now.windMs, 0, 'f', 0));
    if (g.now.forecast)
        parts.append(tr("(position from the forecast)"));
    for (int i = 0; i < 3; ++i) {
        const TyphoonFigures::Circle &c = g.circles[i];
        const int level = TyphoonFigures::levels[i];
        if (c.enter.isValid()) {
            const QString when = c.enter <= f.at ? tr("%1-level circle since %2").arg(level).arg(hm(c.enter))
                                                 : tr("%1-level circle arrives %2").arg(level).arg(hm(c.enter));
            parts.append(QStringLiteral("<b>%1</b>%2%3")
                             .arg(when, c.leave.isValid() ? tr(", leaves %1").arg(hm(c.leave)) : QString(),
                                  c.enterForecast ? QLatin1Char(' ') + tr("(forecast)") : QString()));
        } else if (i == 0) {
            parts.append(tr("7-level circle: not forecast to reach the district"));
        }
    }
    if (g.closest)
        parts.append(tr("closest %1 km at %2").arg(g.closest->distanceKm, 0, 'f', 0).arg(hm(g.closest->at))
                     + (g.closest->forecast ? QLatin1Char(' ') + tr("(forecast)") : QString()));
    if (!f.proposal.isEmpty())
        parts.append(QStringLiteral("<span style='color:#ffd54f'>%1</span>").arg(f.proposal.toHtmlEscaped()));
    return parts.join(QStringLiteral(" · "));
}

void TyphoonPanel::install(PanelHost *host)
{
    m_host = host;
    QMainWindow *w = host->window();
    m_bar = new QToolBar(tr("Typhoon"), w);
    m_bar->setObjectName(QStringLiteral("TyphoonBar"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_label = new QLabel;
    m_label->setTextFormat(Qt::RichText);
    m_label->setContentsMargins(8, 2, 8, 2);
    m_label->setStyleSheet(QStringLiteral("QLabel { background: #1b2a3a; color: #e8eef5; font-weight: 500; }"));
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(m_label);
    // Under the banner, above the map's tool bar.
    if (QToolBar *first = host->toolBar()) {
        w->insertToolBar(first, m_bar);
        w->insertToolBarBreak(first);
    } else {
        w->addToolBar(Qt::TopToolBarArea, m_bar);
    }
    m_bar->hide();
    if (Clock *clock = host->clock()) {
        connect(clock, &Clock::jumped, this, [this] { request(); });
        connect(clock, &Clock::modeChanged, this, [this] { request(); });
        connect(clock, &Clock::ticked, this, [this](const QDateTime &t) {
            if (!m_shownAt.isValid() || std::abs(m_shownAt.secsTo(t)) >= 60)
                request();
        });
    }
}

void TyphoonPanel::storeChanged(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &Store::rowsChanged, this, [this](const QList<RowEvent> &events) {
            for (const RowEvent &e : events)
                if (e.table.startsWith(QLatin1String("typhoon_")) || e.table == QLatin1String("warning_signals")
                    || e.table == QLatin1String("district_boundary")) {
                    request();
                    return;
                }
        });
    request();
}

void TyphoonPanel::request()
{
    m_dirty = true;
    if (m_running)
        m_again = true;
    else
        start();
}

void TyphoonPanel::start()
{
    if (!m_store || !m_host || !m_host->clock()) {
        m_dirty = false;
        return;
    }
    m_running = true;
    m_dirty = false;
    m_again = false;
    const QDateTime now = m_host->clock()->now();
    // The plan's rules and the typhoon signal in force, from the live warning state (GUI thread, no disk).
    QList<TyphoonProposalRule> rules;
    QString inForce;
    if (Operation *op = m_host->operation(); op && op->warnings()) {
        const WarningState &ws = op->warnings()->state();
        rules = ws.plan().typhoonProposals();
        for (const WarningSignal &s : ws.asOf(now).inForce())
            if (s.kind == QLatin1String("typhoon"))
                inForce = s.colour;
    }
    Store::Use use = m_store->use();
    m_watcher.setFuture(QtConcurrent::run([use, now, rules, inForce]() {
        Figures f;
        f.at = now;
        QList<Storm> storms;
        QList<GeoPoint> ring;
        QString e;
        if (!use || use.store()->schemaVersion() < 6 || !TyphoonStore::load(*use.store(), &storms, &e)
            || storms.isEmpty() || !TyphoonStore::districtRing(*use.store(), &ring, &e))
            return f;
        const TyphoonTarget target = TyphoonTarget::ring(ring);
        const NearestStorm n = nearestStorm(storms, target, now);
        if (n.index < 0)
            return f;
        f.have = true;
        f.storm = storms[n.index];
        f.figures = n.figures;
        const TyphoonFigures known = TyphoonFigures::compute(TyphoonTrack::asOf(f.storm, now), target, now);
        std::array<TyphoonProposal::Circle, 3> times;
        for (int i = 0; i < 3; ++i)
            times[i] = {known.circles[i].enter, known.circles[i].leave};
        const TyphoonProposal p = TyphoonProposal::propose(rules, times, now, inForce);
        if (!p.colour.isEmpty())
            f.proposal = tr("Plan proposes typhoon %1: %2").arg(WarningSignal::colourName(p.colour), p.reason);
        return f;
    }));
}

void TyphoonPanel::finished()
{
    m_running = false;
    const Figures f = m_watcher.result();
    m_shownAt = f.at;
    if (m_label) {
        m_label->setText(text(f));
        m_bar->setVisible(f.have && !(m_host && m_host->wallMode()));
    }
    if (m_again || m_dirty)
        start();
}

} // namespace fc
