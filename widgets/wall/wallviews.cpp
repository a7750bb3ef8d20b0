#include "widgets/wall/wallviews.h"

#include "app/core/base/clock.h"
#include "app/core/live/alarmservice.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/live/operation.h"
#include "app/core/live/roadnetworkfeed.h"
#include "app/core/live/warningservice.h"
#include "app/core/models/alarmlistmodel.h"
#include "app/core/models/warningmodels.h"
#include "app/core/district/floodlayers.h"
#include "app/core/rules/warningsignal.h"
#include "maps/layerregistry.h"
#include "maps/roadgraph.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"
#include "widgets/charts/gaugechart.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/map/routeoverlay.h"
#include "widgets/panels/warningbanner.h"

#include <QApplication>
#include <QJsonArray>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>
#include <qcustomplot.h>
#include <cmath>

namespace fc {

namespace {

QTimeZone beijing()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

// A chip: a status in the key font on its colour, ink chosen for contrast.
void paintChip(QPainter &p, const QRect &r, const QColor &fill, const QString &text, int radius)
{
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, radius, radius);
    const QColor dark(0x10, 0x10, 0x10), light(Qt::white);
    p.setPen(WallMetrics::contrastRatio(fill, dark) >= WallMetrics::contrastRatio(fill, light) ? dark : light);
    p.drawText(r.adjusted(radius, 0, -radius, 0), Qt::AlignCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, r.width() - 2 * radius));
}

// A colour for text on the wall's panel: the model's, when it reads there, else the wall's text colour.
QColor readable(const QVariant &v)
{
    const QColor c = v.value<QColor>();
    if (c.isValid() && WallMetrics::contrastRatio(c, WallColours::panel()) >= WallMetrics::MinimumContrast)
        return c;
    return WallColours::text();
}

bool pointOf(const QString &wkt, GeoPoint *p)
{
    static const QRegularExpression re(QStringLiteral("POINT\\s*\\(\\s*([-0-9.eE]+)\\s+([-0-9.eE]+)"));
    const auto m = re.match(wkt);
    if (!m.hasMatch())
        return false;
    p->lon = m.captured(1).toDouble();
    p->lat = m.captured(2).toDouble();
    return true;
}

} // namespace

// -- WallView --

WallView::WallView(const QString &kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("wall-") + kind);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMetrics(m_metrics);
}

void WallView::setMetrics(const WallMetrics &m)
{
    m_metrics = m;
    m_key = m.keyFont(QApplication::font());
    m_body = m.bodyFont(QApplication::font());
    metricsChanged();
    update();
}

void WallView::paintPanel(QPainter &p)
{
    p.fillRect(rect(), WallColours::background());
    p.setPen(Qt::NoPen);
    p.setBrush(WallColours::panel());
    const int m = std::max(2, pad() / 3);
    p.drawRoundedRect(rect().adjusted(m, m, -m, -m), pad() / 2, pad() / 2);
}

int WallView::paintHeader(QPainter &p, const QString &title, const QString &figure, const QColor &figureColour)
{
    const int pd = pad();
    const QFontMetrics km(m_key), bm(m_body);
    const int h = (figure.isEmpty() ? bm.height() : std::max(km.height(), bm.height())) + pd;
    int right = width() - pd;
    if (!figure.isEmpty()) {
        p.setFont(m_key);
        p.setPen(figureColour.isValid() ? figureColour : WallColours::text());
        const int w = km.horizontalAdvance(figure);
        p.drawText(QRect(right - w, pd / 2, w, h), Qt::AlignVCenter | Qt::AlignRight, figure);
        right -= w + pd;
    }
    p.setFont(m_body);
    p.setPen(WallColours::dimText());
    p.drawText(QRect(pd, pd / 2, right - pd, h), Qt::AlignVCenter | Qt::AlignLeft,
               bm.elidedText(title, Qt::ElideRight, right - pd));
    return h + pd / 2;
}

// -- WallBannerView --

WallBannerView::WallBannerView(Operation *operation, QWidget *parent) : WallView(QStringLiteral("banner"), parent), m_op(operation)
{
    m_slot = new QWidget(this);
    m_slot->setObjectName(QStringLiteral("typhoonBox"));
    m_slot->hide(); // the typhoon box goes here (its own feature); the banner leaves room only once it is shown
    m_flash.setInterval(WallMetrics::MinimumBlinkHalfPeriodMs);
    connect(&m_flash, &QTimer::timeout, this, [this] {
        m_flashOn = !m_flashOn;
        if (--m_flashLeft <= 0) {
            m_flash.stop();
            m_flashOn = false;
        }
        update();
    });
    if (!operation)
        return;
    connect(operation->clock(), &Clock::ticked, this, qOverload<>(&QWidget::update));
    connect(operation->warnings(), &WarningService::reset, this, qOverload<>(&QWidget::update));
    connect(operation->warnings(), &WarningService::changed, this, qOverload<>(&QWidget::update));
    connect(operation->warnings(), &WarningService::signalRaised, this, [this] {
        m_flashLeft = 20; // 10 s at 1 Hz
        m_flashOn = true;
        m_flash.start();
        update();
    });
}

bool WallBannerView::isReady() const
{
    return m_op && m_op->warnings()->isLoaded();
}

QRect WallBannerView::slotRect() const
{
    const int w = int(width() * 0.22);
    const int clockW = QFontMetrics(m_key).horizontalAdvance(QStringLiteral("00:00:00")) + 3 * pad();
    return QRect(width() - clockW - w, pad(), w, height() - 2 * pad());
}

void WallBannerView::resizeEvent(QResizeEvent *)
{
    m_slot->setGeometry(slotRect());
}

void WallBannerView::metricsChanged()
{
    m_slot->setGeometry(slotRect());
    setMinimumHeight(QFontMetrics(m_key).height() + QFontMetrics(m_body).height() / 2 + 3 * pad());
}

QStringList WallBannerView::keyTexts() const
{
    if (!m_op)
        return {};
    const BannerContent c = BannerContent::compute(m_op->warnings()->state(), m_op->clock()->now(), m_op->clock()->isReplaying());
    QStringList out;
    for (const auto &b : c.badges)
        out.append(b.text);
    out.append(c.levelText);
    out.append(c.clock);
    return out;
}

void WallBannerView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPanel(p);
    if (!m_op)
        return;
    const QDateTime now = m_op->clock()->now();
    const bool replay = m_op->clock()->isReplaying();
    const BannerContent c = BannerContent::compute(m_op->warnings()->state(), now, replay);
    const int pd = pad();
    const int radius = pd / 2;
    const QFontMetrics km(m_key), bm(m_body);
    const int boxH = km.height() + pd / 2;
    const int top = (height() - boxH) / 2;

    // Right: the clock (key) over its date (body), Beijing time.
    const QDateTime local = now.toTimeZone(beijing());
    const int clockW = km.horizontalAdvance(QStringLiteral("00:00:00")) + pd;
    QRect clockBox(width() - clockW - pd, 0, clockW, height());
    p.setFont(m_key);
    p.setPen(replay ? WallColours::text() : WallColours::text());
    const int dateH = bm.height();
    p.drawText(QRect(clockBox.x(), (height() - km.height() - dateH) / 2, clockW, km.height()), Qt::AlignCenter, c.clock);
    p.setFont(m_body);
    p.setPen(WallColours::dimText());
    p.drawText(QRect(clockBox.x() - pd, (height() - km.height() - dateH) / 2 + km.height(), clockW + 2 * pd, dateH),
               Qt::AlignCenter, QLocale().toString(local.date(), QStringLiteral("yyyy-MM-dd ddd")));
    int right = clockBox.x() - pd;
    if (m_slot->isVisible())
        right = m_slot->x() - pd;

    // The response level with how long it has run.
    p.setFont(m_key);
    QString level = c.levelText;
    const int lw = km.horizontalAdvance(level) + 2 * pd;
    QRect lbox(right - lw, top, lw, boxH);
    paintChip(p, lbox, c.level == QLatin1String("none") ? QColor(0x2c, 0x3a, 0x4e) : ResponseLevel::colour(c.level), level, radius);
    right = lbox.x() - pd;
    if (!c.since.isEmpty()) {
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        const int sw = bm.horizontalAdvance(c.since);
        p.drawText(QRect(right - sw, 0, sw, height()), Qt::AlignVCenter | Qt::AlignRight, c.since);
        right -= sw + pd;
    }
    // Checklist: overdue (red) or open.
    if (c.overdue > 0 || c.open > 0) {
        p.setFont(m_key);
        const QString t = c.overdue > 0 ? tr("%n overdue", nullptr, c.overdue) : tr("%n open", nullptr, c.open);
        const int w = km.horizontalAdvance(t) + 2 * pd;
        QRect box(right - w, top, w, boxH);
        paintChip(p, box, c.overdue > 0 ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x2c, 0x3a, 0x4e), t, radius);
        right = box.x() - pd;
    }

    // Left: a replay marker, then the signal badges in the room left (short texts where the full ones do not fit).
    int left = pd;
    if (replay) {
        p.setFont(m_body);
        const int w = bm.horizontalAdvance(c.replayText) + 2 * pd;
        QRect box(left, (height() - bm.height() - pd / 2) / 2, w, bm.height() + pd / 2);
        paintChip(p, box, BannerContent::replayColour(), c.replayText, radius);
        left += w + pd;
    }
    p.setFont(m_key);
    if (c.badges.isEmpty()) {
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        p.drawText(QRect(left, 0, std::max(0, right - left), height()), Qt::AlignVCenter | Qt::AlignLeft,
                   bm.elidedText(tr("No warning signal in force"), Qt::ElideRight, std::max(0, right - left)));
        return;
    }
    auto widthOf = [&](bool shortText) {
        int w = 0;
        for (const auto &b : c.badges)
            w += km.horizontalAdvance(shortText ? b.shortText : b.text) + 2 * pd + boxH + pd;
        return w;
    };
    const bool shortText = widthOf(false) > right - left;
    for (int i = 0; i < c.badges.size(); ++i) {
        const auto &b = c.badges[i];
        const QString t = shortText ? b.shortText : b.text;
        const int w = std::min(km.horizontalAdvance(t) + 2 * pd + boxH, std::max(0, right - left));
        if (w < boxH * 2)
            break;
        QRect box(left, top, w, boxH);
        QColor fill = WallColours::signalFill(b.colour);
        if (i == 0 && m_flashOn)
            fill = fill.lighter(130);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(box, radius, radius);
        const QIcon icon(WarningSignal::iconPath(b.kind));
        icon.paint(&p, QRect(box.x() + pd / 2, box.y() + pd / 4, boxH - pd / 2, boxH - pd / 2));
        p.setPen(WallColours::signalInk(b.colour));
        const QRect tr(box.x() + boxH, box.y(), box.width() - boxH - pd / 2, boxH);
        p.drawText(tr, Qt::AlignVCenter | Qt::AlignLeft, km.elidedText(t, Qt::ElideRight, tr.width()));
        left += w + pd;
    }
}

// -- WallListView --

WallListView::WallListView(const QString &kind, QAbstractItemModel *model, const QString &title, QList<Column> columns,
                           QWidget *parent)
    : WallView(kind, parent), m_model(model), m_title(title), m_columns(std::move(columns))
{
    auto repaint = [this] { update(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(model, &QAbstractItemModel::layoutChanged, this, repaint);
}

QList<int> WallListView::shownRows() const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!filter || filter(r))
            rows.append(r);
    if (newestFirst)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QStringList WallListView::keyTexts() const
{
    QStringList out;
    if (figure)
        out.append(figure());
    for (int r : shownRows())
        for (const Column &c : m_columns)
            if (c.chip)
                out.append(m_model->index(r, c.modelColumn).data().toString());
    return out;
}

void WallListView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPanel(p);
    if (!m_model)
        return;
    const QList<int> rows = shownRows();
    int y = paintHeader(p, m_title, figure ? figure() : QString());
    const int pd = pad();
    bool anyChip = false;
    int stretchSum = 0;
    for (const Column &c : m_columns) {
        anyChip = anyChip || c.chip;
        stretchSum += c.stretch;
    }
    const QFontMetrics km(m_key), bm(m_body);
    const int rowH = (anyChip ? km.height() : bm.height()) + pd / 2;
    const int avail = width() - 2 * pd;
    const int bottom = height() - pd;
    const int fit = std::max(0, (bottom - y) / rowH);
    const int shown = int(rows.size()) > fit ? std::max(0, fit - 1) : int(rows.size());
    for (int i = 0; i < shown; ++i) {
        const int r = rows[i];
        int x = pd;
        if (i % 2)
            p.fillRect(QRect(pd / 2, y, width() - pd, rowH), QColor(0x16, 0x1e, 0x2a));
        for (const Column &c : m_columns) {
            const int w = avail * c.stretch / std::max(1, stretchSum);
            const QModelIndex idx = m_model->index(r, c.modelColumn);
            const QString text = idx.data().toString();
            const QRect cell(x, y, w - pd / 2, rowH);
            if (c.chip) {
                p.setFont(m_key);
                QColor fill = chipColour ? chipColour(r, c.modelColumn) : idx.data(Qt::BackgroundRole).value<QColor>();
                if (!fill.isValid())
                    fill = QColor(0x2c, 0x3a, 0x4e);
                paintChip(p, cell.adjusted(0, pd / 8, 0, -pd / 8), fill, text, pd / 3);
            } else {
                p.setFont(m_body);
                p.setPen(readable(idx.data(Qt::ForegroundRole)));
                p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, bm.elidedText(text, Qt::ElideRight, cell.width()));
            }
            x += w;
        }
        y += rowH;
    }
    if (shown < rows.size()) {
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        p.drawText(QRect(pd, y, avail, rowH), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("… and %n more", nullptr, int(rows.size()) - shown));
    } else if (rows.isEmpty()) {
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        p.drawText(QRect(pd, y, avail, rowH), Qt::AlignVCenter | Qt::AlignLeft, tr("None"));
    }
}

// -- WallChecklistView --

WallChecklistView::WallChecklistView(Operation *operation, QWidget *parent)
    : WallView(QStringLiteral("checklist"), parent), m_op(operation), m_model(new ChecklistModel(operation->warnings(), this))
{
    auto repaint = [this] { update(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, repaint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, repaint);
    connect(m_model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(m_model, &QAbstractItemModel::modelReset, this, repaint);
}

bool WallChecklistView::isReady() const
{
    return m_op && m_op->warnings()->isLoaded();
}

QList<WallChecklistView::Unit> WallChecklistView::units() const
{
    QList<Unit> out;
    QHash<QString, int> at;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, ChecklistModel::Unit);
        if (i.data(ChecklistModel::StartedRole).toLongLong() == 0 || i.data(ChecklistModel::ClosedRole).toBool())
            continue; // not started by a level in force, or closed with it
        QString unit = i.data().toString();
        if (unit.isEmpty())
            unit = tr("(no unit)");
        if (!at.contains(unit)) {
            at.insert(unit, int(out.size()));
            out.append({unit});
        }
        Unit &u = out[at.value(unit)];
        ++u.total;
        if (!i.data(ChecklistModel::OpenRole).toBool())
            ++u.done;
        if (i.data(ChecklistModel::OverdueRole).toBool())
            ++u.overdue;
    }
    return out;
}

QStringList WallChecklistView::keyTexts() const
{
    QStringList out;
    for (const Unit &u : units())
        out.append(QStringLiteral("%1/%2").arg(u.done).arg(u.total));
    return out;
}

void WallChecklistView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPanel(p);
    const QList<Unit> list = units();
    int done = 0, total = 0, overdue = 0;
    for (const Unit &u : list) {
        done += u.done;
        total += u.total;
        overdue += u.overdue;
    }
    int y = paintHeader(p, tr("Checklist by unit"), total ? QStringLiteral("%1/%2").arg(done).arg(total) : QString());
    const int pd = pad();
    const QFontMetrics km(m_key), bm(m_body);
    const int rowH = km.height() + pd / 2;
    const int nameW = (width() - 2 * pd) * 2 / 5;
    const int figW = km.horizontalAdvance(QStringLiteral("00/00")) + pd;
    if (list.isEmpty()) {
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        p.drawText(QRect(pd, y, width() - 2 * pd, rowH), Qt::AlignVCenter, tr("No checklist started"));
        return;
    }
    for (const Unit &u : list) {
        if (y + rowH > height() - pd)
            break;
        p.setFont(m_body);
        p.setPen(WallColours::text());
        p.drawText(QRect(pd, y, nameW - pd, rowH), Qt::AlignVCenter, bm.elidedText(u.name, Qt::ElideRight, nameW - pd));
        const QRect bar(pd + nameW, y + rowH / 4, width() - 2 * pd - nameW - figW - pd, rowH / 2);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2c, 0x3a, 0x4e));
        p.drawRoundedRect(bar, pd / 4, pd / 4);
        if (u.total > 0) {
            p.setBrush(QColor(0x2e, 0x9d, 0x5b));
            p.drawRoundedRect(QRect(bar.x(), bar.y(), bar.width() * u.done / u.total, bar.height()), pd / 4, pd / 4);
        }
        p.setFont(m_key);
        p.setPen(u.overdue > 0 ? WallColours::signalText(QStringLiteral("red")) : WallColours::text());
        p.drawText(QRect(width() - pd - figW, y, figW, rowH), Qt::AlignVCenter | Qt::AlignRight,
                   QStringLiteral("%1/%2").arg(u.done).arg(u.total));
        y += rowH;
    }
}

// -- WallTickerView --

WallTickerView::WallTickerView(Operation *operation, QWidget *parent) : WallView(QStringLiteral("ticker"), parent), m_op(operation)
{
    connect(operation->warnings(), &WarningService::reset, this, [this] { diffWarnings(!m_warningsBased); });
    connect(operation->warnings(), &WarningService::changed, this, [this] { diffWarnings(!m_warningsBased); });
    connect(operation->alarms(), &AlarmService::alarmsChanged, this, [this] { diffAlarms(!m_alarmsBased); });
    connect(operation->alarms(), &AlarmService::ready, this, [this] { diffAlarms(!m_alarmsBased); });
    connect(operation->dispatch(), &DispatchState::loaded, this, [this] { diffDispatch(!m_dispatchBased); });
    connect(operation->dispatch(), &DispatchState::changed, this, [this] { diffDispatch(!m_dispatchBased); });
    connect(operation->dispatch(), &DispatchState::asOfChanged, this, [this] { diffDispatch(!m_dispatchBased); });
    // A jump (seek, replay started or left) is a new starting point: what differs is not news.
    connect(operation->clock(), &Clock::jumped, this, &WallTickerView::rebase);
    connect(operation->clock(), &Clock::modeChanged, this, &WallTickerView::rebase);
    diffWarnings(true);
    diffAlarms(true);
    diffDispatch(true);
}

void WallTickerView::rebase()
{
    m_warningsBased = m_alarmsBased = m_dispatchBased = false;
}

void WallTickerView::add(const QDateTime &at, const QString &text, const QString &colour)
{
    m_entries.push_front({at.isValid() ? at : m_op->clock()->now(), text, colour});
    while (m_entries.size() > MaxEntries)
        m_entries.pop_back();
    update();
}

void WallTickerView::diffWarnings(bool silent)
{
    if (!m_op->warnings()->isLoaded())
        return;
    const WarningState &s = m_op->warnings()->state();
    QHash<QString, QString> now;
    for (const WarningSignal &w : s.inForce())
        now.insert(w.kind, w.colour);
    if (!silent) {
        for (const WarningSignal &w : s.inForce()) {
            const QString before = m_signals.value(w.kind);
            if (before.isEmpty())
                add(w.issuedAt, tr("%1 issued").arg(WarningSignal::title(w.kind, w.colour)), w.colour);
            else if (before != w.colour)
                add(w.issuedAt, tr("%1 (was %2)").arg(WarningSignal::title(w.kind, w.colour), WarningSignal::colourName(before)),
                    w.colour);
        }
        for (auto it = m_signals.cbegin(); it != m_signals.cend(); ++it)
            if (!now.contains(it.key()))
                add({}, tr("%1 lifted").arg(WarningSignal::title(it.key(), it.value())));
    }
    const ResponseRecord r = s.currentResponse();
    const QString level = r.fid ? r.level : QStringLiteral("none");
    if (!silent && !m_level.isEmpty() && level != m_level)
        add(r.changedAt, tr("Response: %1").arg(ResponseLevel::name(level)));
    m_signals = now;
    m_level = level;
    m_warningsBased = true;
}

void WallTickerView::diffAlarms(bool silent)
{
    AlarmService *a = m_op->alarms();
    if (!a->isReady())
        return;
    QSet<QString> now;
    const auto &sensors = a->engine().sensors();
    for (auto it = a->alarms().cbegin(); it != a->alarms().cend(); ++it) {
        const QVariantMap &row = it.value();
        if (!row.value(QStringLiteral("cleared_at")).toString().isEmpty())
            continue;
        const qint64 sensor = row.value(QStringLiteral("sensor_fid")).toLongLong();
        const qint64 wall = row.value(QStringLiteral("wall_fid")).toLongLong();
        const QString source = row.value(QStringLiteral("source")).toString();
        const QString key = QStringLiteral("%1/%2/%3/%4").arg(sensor).arg(wall).arg(source, row.value(QStringLiteral("raised_at")).toString());
        now.insert(key);
        if (silent || m_alarms.contains(key))
            continue;
        QString name = sensors.value(sensor).name;
        if (wall)
            for (const WallSegment &w : a->engine().walls())
                if (w.fid == wall)
                    name = w.name;
        const QString level = row.value(QStringLiteral("level")).toString();
        add(QDateTime::fromString(row.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
            tr("%1 alarm: %2 (%3)").arg(AlarmLevels::caption(AlarmLevels::fromCode(level)), name, AlarmListModel::sourceLabel(source)),
            level);
    }
    m_alarms = now;
    m_alarmsBased = true;
}

void WallTickerView::diffDispatch(bool silent)
{
    DispatchState *d = m_op->dispatch();
    if (!d->isLoaded())
        return;
    QSet<qint64> incidents, dispatches;
    for (const StoreRow &i : d->rows(QStringLiteral("incidents"))) {
        incidents.insert(i.fid);
        if (!silent && !m_incidents.contains(i.fid))
            add(QDateTime::fromString(i.values.value(QStringLiteral("reported_at")).toString(), Qt::ISODateWithMs),
                tr("Incident %1 reported: %2")
                    .arg(i.values.value(QStringLiteral("code")).toString(), i.values.value(QStringLiteral("title")).toString()));
    }
    for (const StoreRow &x : d->rows(QStringLiteral("dispatches"))) {
        dispatches.insert(x.fid);
        if (!silent && !m_dispatches.contains(x.fid)) {
            const StoreRow team = d->row(QStringLiteral("rescue_teams"), x.values.value(QStringLiteral("team_fid")).toLongLong());
            const StoreRow inc = d->row(QStringLiteral("incidents"), x.values.value(QStringLiteral("incident_fid")).toLongLong());
            add(QDateTime::fromString(x.values.value(QStringLiteral("ordered_at")).toString(), Qt::ISODateWithMs),
                tr("%1 dispatched to incident %2")
                    .arg(team.values.value(QStringLiteral("name")).toString(), inc.values.value(QStringLiteral("code")).toString()));
        }
    }
    m_incidents = incidents;
    m_dispatches = dispatches;
    m_dispatchBased = true;
}

void WallTickerView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPanel(p);
    int y = paintHeader(p, tr("Latest events"));
    const int pd = pad();
    const QFontMetrics bm(m_body);
    const int rowH = bm.height() + pd / 3;
    const int timeW = bm.horizontalAdvance(QStringLiteral("00-00 00:00")) + pd;
    if (m_entries.empty()) {
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        p.drawText(QRect(pd, y, width() - 2 * pd, rowH), Qt::AlignVCenter, tr("No events since the wall started"));
        return;
    }
    for (const Entry &e : m_entries) {
        if (y + rowH > height() - pd / 2)
            break;
        p.setFont(m_body);
        p.setPen(WallColours::dimText());
        p.drawText(QRect(pd, y, timeW, rowH), Qt::AlignVCenter,
                   e.at.toTimeZone(beijing()).toString(QStringLiteral("MM-dd HH:mm")));
        const int dot = bm.height() / 2;
        int x = pd + timeW;
        if (!e.colour.isEmpty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(WallColours::signalFill(e.colour));
            p.drawEllipse(QRect(x, y + (rowH - dot) / 2, dot, dot));
        }
        x += dot + pd / 2;
        p.setPen(WallColours::text());
        p.drawText(QRect(x, y, width() - x - pd, rowH), Qt::AlignVCenter,
                   bm.elidedText(e.text, Qt::ElideRight, width() - x - pd));
        y += rowH;
    }
}

// -- WallChartView --

WallChartView::WallChartView(Operation *operation, const QString &sensorId, int hours, QWidget *parent)
    : WallView(QStringLiteral("chart"), parent), m_op(operation), m_sensorId(sensorId), m_hours(std::clamp(hours, 1, 24 * 14)),
      m_chart(new GaugeChart(this)), m_watcher(new QFutureWatcher<ReadingBatch>(this))
{
    m_chart->plot()->setInteractions({});
    m_chart->plot()->setBackground(WallColours::panel());
    connect(m_watcher, &QFutureWatcher<ReadingBatch>::finished, this, [this] {
        const ReadingBatch b = m_watcher->result();
        // One series per sensor shown, kept while the window moves on (a new series reallocates the plot's buffers).
        if (m_seriesOf != m_sensorId || m_chart->seriesCount() == 0) {
            m_chart->clear();
            SensorInfo info;
            for (const SensorInfo &s : m_op->alarms()->engine().sensors())
                if (s.id == m_sensorId)
                    info = s;
            m_chart->hideFromLegend(m_chart->addLine(info.name.isEmpty() ? m_sensorId : info.name, QColor(0x4f, 0xc3, 0xf7), info.unit));
            m_seriesOf = m_sensorId;
        }
        const int series = 0;
        QVector<double> t, v;
        for (const Reading &r : b.rows) {
            t.append(double(r.atMs) / 1000.0);
            v.append(r.value);
        }
        m_chart->setData(series, t, v);
        m_chart->fitAll();
        m_chart->setNow(double(m_op->clock()->now().toMSecsSinceEpoch()) / 1000.0);
        m_chart->redraw();
        m_loaded = true;
        update();
        if (m_again) {
            m_again = false;
            reload();
        }
    });
    connect(operation->clock(), &Clock::jumped, this, &WallChartView::reload);
    connect(operation->clock(), &Clock::ticked, this, [this](const QDateTime &now) {
        // The window follows the clock: again after 5 minutes of shown time, at most every 2 s of real time.
        if (!m_loadedAt.isValid() || std::abs(m_loadedAt.secsTo(now)) >= 300)
            if (!m_sinceLoad.isValid() || m_sinceLoad.elapsed() >= 2000)
                reload();
        update();
    });
    connect(operation->alarms(), &AlarmService::ready, this, &WallChartView::reload);
    connect(operation, &Operation::storeChanged, this, &WallChartView::reload);
    reload();
}

void WallChartView::setSensor(const QString &sensorId)
{
    m_sensorId = sensorId;
    m_loadedAt = {};
    reload();
}

void WallChartView::reload()
{
    Store *store = m_op ? m_op->store() : nullptr;
    if (!store || !m_op->alarms()->isReady())
        return;
    if (m_watcher->isRunning()) {
        m_again = true;
        return;
    }
    qint64 fid = 0;
    for (const SensorInfo &s : m_op->alarms()->engine().sensors())
        if (s.id == m_sensorId)
            fid = s.fid;
    const QDateTime now = m_op->clock()->now();
    m_loadedAt = now;
    m_sinceLoad.start();
    if (!fid) {
        m_chart->clear();
        m_seriesOf.clear();
        m_loaded = true;
        update();
        return;
    }
    ReadingQuery q;
    q.sensors = {fid};
    q.after = now.addSecs(-3600LL * m_hours);
    q.until = now;
    m_watcher->setFuture(store->readings(q));
}

int WallChartView::headerHeight() const
{
    return std::max(QFontMetrics(m_key).height(), QFontMetrics(m_body).height()) + pad() * 3 / 2;
}

void WallChartView::resizeEvent(QResizeEvent *)
{
    m_chart->setGeometry(rect().adjusted(pad(), headerHeight(), -pad(), -pad()));
}

void WallChartView::metricsChanged()
{
    QCustomPlot *plot = m_chart->plot();
    for (QCPAxis *a : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        a->setTickLabelFont(m_body);
        a->setLabelFont(m_body);
        a->setTickLabelColor(WallColours::text());
        a->setLabelColor(WallColours::text());
        a->setBasePen(QPen(WallColours::dimText()));
        a->setTickPen(QPen(WallColours::dimText()));
        a->setSubTickPen(QPen(WallColours::dimText()));
        a->grid()->setPen(QPen(QColor(0x2c, 0x3a, 0x4e)));
    }
    plot->legend->setFont(m_body);
    m_chart->setFont(m_body);
    m_chart->setGeometry(rect().adjusted(pad(), headerHeight(), -pad(), -pad()));
}

QStringList WallChartView::keyTexts() const
{
    if (!m_op)
        return {};
    for (const SensorInfo &s : m_op->alarms()->engine().sensors())
        if (s.id == m_sensorId) {
            const LatestReading r = m_op->alarms()->engine().latest().value(s.fid);
            if (r.atMs)
                return {QStringLiteral("%1 %2").arg(r.value, 0, 'f', 2).arg(s.unit)};
        }
    return {};
}

void WallChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintPanel(p);
    QString name = m_sensorId;
    if (m_op)
        for (const SensorInfo &s : m_op->alarms()->engine().sensors())
            if (s.id == m_sensorId)
                name = s.name;
    const QStringList figure = keyTexts();
    paintHeader(p, tr("%1 — last %n h", nullptr, m_hours).arg(name), figure.value(0));
}

// -- WallMapView --

WallMapView::WallMapView(const WallContext &context, const QJsonObject &options, QWidget *parent)
    : WallView(QStringLiteral("map"), parent), m_ctx(context)
{
    m_canvas = new MapCanvas(this);
    m_canvas->setRegistry(context.registry);
    m_canvas->setBackground(MapPalette::forTheme(MapTheme::Dark).background);
    QSet<QString> hidden;
    for (const QJsonValue &v : options.value(QStringLiteral("hide")).toArray())
        hidden.insert(v.toString());
    m_canvas->setHiddenLayers(hidden);
    m_bookmark = options.value(QStringLiteral("bookmark")).toString();
    m_steered = options.value(QStringLiteral("steered")).toBool();
    m_overlay = new RouteOverlay(m_canvas);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_canvas);
    if (context.registry)
        connect(context.registry, &LayerRegistry::layersChanged, this, [this] {
            applyScale();
            if (!m_homed)
                home();
        });
}

bool WallMapView::isReady() const
{
    return m_canvas->hasCompleteFrame() && !m_canvas->layers().isEmpty();
}

double WallMapView::labelPixelSize() const
{
    double minPt = 0;
    for (MapLayer *l : m_canvas->layers())
        if (auto *v = qobject_cast<VectorLayer *>(l); v && v->isVisible() && !v->style().labelField.isEmpty())
            minPt = minPt > 0 ? std::min(minPt, v->style().labelPointSize) : v->style().labelPointSize;
    if (minPt <= 0)
        minPt = 9.0;
    return minPt * 96.0 / 72.0 * m_symbolScale; // as the label engine sizes them
}

void WallMapView::applyScale()
{
    // Labels at least as large as the body text: the smallest label's font scaled to the body font's pixel size.
    double minPt = 0;
    for (MapLayer *l : m_canvas->layers())
        if (auto *v = qobject_cast<VectorLayer *>(l); v && !v->style().labelField.isEmpty())
            minPt = minPt > 0 ? std::min(minPt, v->style().labelPointSize) : v->style().labelPointSize;
    if (minPt <= 0)
        minPt = 9.0;
    m_symbolScale = std::max(1.0, m_body.pixelSize() / (minPt * 96.0 / 72.0));
    m_canvas->setSymbolScale(m_symbolScale);
    m_overlay->setScale(m_symbolScale);
}

void WallMapView::metricsChanged()
{
    applyScale();
}

void WallMapView::resizeEvent(QResizeEvent *e)
{
    WallView::resizeEvent(e);
    if (!m_homed)
        home();
}

void WallMapView::home()
{
    m_overlay->setRoute({});
    m_overlay->setMarkers({});
    Extent e;
    if (!m_bookmark.isEmpty() && bookmarks)
        bookmarks(m_bookmark, &e);
    if (e.isNull() && m_ctx.fullExtent)
        e = m_ctx.fullExtent();
    if (e.isNull())
        return;
    m_homed = true;
    m_canvas->setExtent(e);
}

void WallMapView::showExtent(const Extent &mercator)
{
    m_overlay->setRoute({});
    m_overlay->setMarkers({});
    m_homed = true;
    m_canvas->setExtent(mercator);
}

bool WallMapView::showIncident(qint64 fid, QString *error)
{
    DispatchState *d = m_ctx.operation->dispatch();
    const StoreRow inc = d->row(QStringLiteral("incidents"), fid);
    if (!inc.fid) {
        *error = tr("Incident %1 is not in this operation").arg(fid);
        return false;
    }
    const GeoPoint at{inc.values.value(QStringLiteral("lon")).toDouble(), inc.values.value(QStringLiteral("lat")).toDouble()};
    if (!at.isValid()) {
        *error = tr("Incident %1 has no location").arg(fid);
        return false;
    }
    QList<RouteOverlay::Marker> markers;
    const QString label = QStringLiteral("%1 %2").arg(inc.values.value(QStringLiteral("code")).toString(),
                                                      inc.values.value(QStringLiteral("title")).toString());
    markers.append({at, QColor(0xe5, 0x39, 0x35), label, true});
    QPointF p = WebMercator::fromGeo(at);
    Extent e(p.x(), p.y(), p.x(), p.y());
    std::vector<GeoPoint> route;
    QString routeLabel;
    for (const StoreRow &x : d->activeDispatches(fid)) {
        const StoreRow team = d->row(QStringLiteral("rescue_teams"), x.values.value(QStringLiteral("team_fid")).toLongLong());
        GeoPoint tp;
        if (!pointOf(team.values.value(QStringLiteral("geom")).toString(), &tp))
            continue;
        markers.append({tp, QColor(0x29, 0xb6, 0xf6), team.values.value(QStringLiteral("name")).toString(), false});
        e.include(WebMercator::fromGeo(tp));
        if (route.empty() && m_ctx.operation->roads()->network()) {
            const RoadGraph::Route r = m_ctx.operation->roads()->network()->graph().route(tp, at);
            if (r.found) {
                route = r.points;
                routeLabel = tr("%1 · %2 min").arg(team.values.value(QStringLiteral("name")).toString()).arg(std::ceil(r.seconds / 60.0));
                for (const GeoPoint &g : route)
                    e.include(WebMercator::fromGeo(g));
            }
        }
    }
    // At least 800 m across, with a margin around the incident, team and route.
    const double side = std::max({e.width(), e.height(), 800.0}) * 1.4;
    const Extent framed = Extent::fromCenter(e.center(), side * std::max(1.0, double(width()) / std::max(1, height())), side);
    m_homed = true;
    m_canvas->setExtent(framed);
    m_overlay->setMarkers(markers);
    m_overlay->setRoute(route, routeLabel);
    return true;
}

} // namespace fc
