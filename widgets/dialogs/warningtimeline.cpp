#include "widgets/dialogs/warningtimeline.h"

#include "app/core/base/clock.h"
#include "app/core/live/warningservice.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace fc {

QMap<int, QMap<QString, YearFigures>> yearlyFigures(const WarningState &state, const QDateTime &now)
{
    QMap<int, QMap<QString, YearFigures>> out;
    const QTimeZone bj(QByteArrayLiteral("Asia/Shanghai"));
    QString runKind;
    QString previous = QStringLiteral("none");
    for (const ResponseRecord &r : state.responses()) {
        if (!r.changedAt.isValid())
            continue;
        const int year = r.changedAt.toTimeZone(bj).date().year();
        const QString kind = r.signalFid ? state.signal(r.signalFid).kind : QString();
        if (r.level != QLatin1String("none") && previous == QLatin1String("none")) {
            runKind = kind.isEmpty() ? QStringLiteral("other") : kind;
            out[year][runKind].responsesStarted += 1;
        }
        if (r.level != QLatin1String("none")) {
            const QDateTime end = r.endedAt.isValid() ? r.endedAt : now;
            out[year][runKind.isEmpty() ? QStringLiteral("other") : runKind].hoursAtLevel[r.level] +=
                double(r.changedAt.secsTo(end)) / 3600.0;
        }
        previous = r.level;
    }
    return out;
}

WarningTimelineDialog::WarningTimelineDialog(WarningService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_plot(new QCustomPlot(this)), m_figures(new QTableWidget(this))
{
    setWindowTitle(tr("Warnings timeline"));
    resize(1200, 760);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_plot, 3);
    v->addWidget(m_figures, 1);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(service, &WarningService::changed, this, &WarningTimelineDialog::rebuild);
    rebuild();
}

void WarningTimelineDialog::rebuild()
{
    if (!m_service)
        return;
    const WarningState &s = m_service->state();
    const QDateTime now = m_service->clock() ? m_service->clock()->now() : QDateTime::currentDateTimeUtc();
    m_plot->clearItems();
    const QPalette pal = palette();
    m_plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxis *a : {m_plot->xAxis, m_plot->yAxis}) {
        a->setBasePen(QPen(pal.color(QPalette::Text)));
        a->setTickPen(QPen(pal.color(QPalette::Text)));
        a->setTickLabelColor(pal.color(QPalette::Text));
        a->setLabelColor(pal.color(QPalette::Text));
        a->grid()->setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
    }
    // Rows: the response on top, then every kind that has a signal.
    QStringList kinds;
    for (const WarningSignal &w : s.allSignals())
        if (!kinds.contains(w.kind))
            kinds.append(w.kind);
    std::sort(kinds.begin(), kinds.end(), [](const QString &a, const QString &b) {
        return WarningSignal::kinds().indexOf(a) < WarningSignal::kinds().indexOf(b);
    });
    QSharedPointer<QCPAxisTickerText> yTicks(new QCPAxisTickerText);
    const int rows = int(kinds.size()) + 1;
    yTicks->addTick(rows, tr("Response"));
    for (int i = 0; i < kinds.size(); ++i)
        yTicks->addTick(rows - 1 - i, WarningSignal::kindName(kinds[i]));
    m_plot->yAxis->setTicker(yTicks);
    m_plot->yAxis->setRange(0.3, rows + 0.7);
    QSharedPointer<QCPAxisTickerDateTime> xTicks(new QCPAxisTickerDateTime);
    xTicks->setDateTimeFormat(QStringLiteral("MM-dd\nHH:mm"));
    xTicks->setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    m_plot->xAxis->setTicker(xTicks);

    double minT = std::numeric_limits<double>::max(), maxT = double(now.toSecsSinceEpoch());
    auto bar = [&](double y, const QDateTime &from, const QDateTime &to, const QColor &fill, const QString &label) {
        if (!from.isValid())
            return;
        const double a = double(from.toSecsSinceEpoch()), b = double((to.isValid() ? to : now).toSecsSinceEpoch());
        minT = std::min(minT, a);
        auto *r = new QCPItemRect(m_plot);
        r->topLeft->setCoords(a, y + 0.35);
        r->bottomRight->setCoords(b, y - 0.35);
        r->setBrush(fill);
        r->setPen(QPen(fill.darker(150)));
        if (!label.isEmpty()) {
            auto *t = new QCPItemText(m_plot);
            t->position->setCoords(a, y);
            t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            t->setText(QStringLiteral(" ") + label);
            t->setColor(0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue() > 150 ? Qt::black : Qt::white);
            t->setClipToAxisRect(true);
        }
    };
    for (const WarningSignal &w : s.allSignals())
        bar(rows - 1 - kinds.indexOf(w.kind), w.issuedAt, w.liftedAt, WarningSignal::colourValue(w.colour),
            WarningSignal::colourName(w.colour));
    for (const ResponseRecord &r : s.responses())
        if (r.level != QLatin1String("none"))
            bar(rows, r.changedAt, r.endedAt, ResponseLevel::colour(r.level), r.level);
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(double(now.toSecsSinceEpoch()), 0);
    line->point2->setCoords(double(now.toSecsSinceEpoch()), 1);
    line->setPen(QPen(QColor(0xff, 0x50, 0x50), 2, Qt::DashLine));
    if (minT > maxT)
        minT = maxT - 86400;
    // Show the current event: at most the last three days (drag and wheel reach the rest of the history).
    minT = std::max(minT, maxT - 3 * 86400.0);
    const double pad = std::max(3600.0, (maxT - minT) * 0.05);
    m_plot->xAxis->setRange(minT - pad, maxT + pad);
    m_plot->replot();

    // Yearly figures.
    const auto figures = yearlyFigures(s, now);
    const QStringList levels = {QStringLiteral("IV"), QStringLiteral("III"), QStringLiteral("II"), QStringLiteral("I")};
    m_figures->clear();
    m_figures->setColumnCount(2 + int(levels.size()) + 1);
    QStringList headers = {tr("Year"), tr("Kind"), tr("Responses started")};
    for (const QString &l : levels)
        headers.append(tr("Hours at %1").arg(l));
    m_figures->setHorizontalHeaderLabels(headers);
    int row = 0;
    m_figures->setRowCount(0);
    for (auto y = figures.begin(); y != figures.end(); ++y)
        for (auto k = y.value().begin(); k != y.value().end(); ++k) {
            m_figures->insertRow(row);
            m_figures->setItem(row, 0, new QTableWidgetItem(QString::number(y.key())));
            m_figures->setItem(row, 1, new QTableWidgetItem(k.key() == QLatin1String("other") ? tr("Other") : WarningSignal::kindName(k.key())));
            m_figures->setItem(row, 2, new QTableWidgetItem(QString::number(k.value().responsesStarted)));
            for (int i = 0; i < levels.size(); ++i)
                m_figures->setItem(row, 3 + i, new QTableWidgetItem(QString::number(k.value().hoursAtLevel.value(levels[i]), 'f', 1)));
            ++row;
        }
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace fc
