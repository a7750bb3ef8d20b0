#include "widgets/panels/hazardpanel.h"

#include "app/core/base/clock.h"
#include "app/core/district/floodlayers.h"
#include "app/core/live/operation.h"
#include "maps/vectorlayer.h"
#include "widgets/map/mapcanvas.h"
#include "app/core/rules/hazarddesk.h"
#include "app/core/store/hazardworkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QFileDialog>
#include <QtConcurrent>

#include <algorithm>

namespace fc {

namespace {

QString s(const char *t)
{
    return QString::fromLatin1(t);
}

const QStringList Tables = {s("hazards"), s("hazard_rounds"), s("hazard_steps"), s("greenery"), s("greenery_results"),
                            s("greenery_campaigns"), s("warning_signals")};

QColor stateColour(const QString &st)
{
    if (st == QLatin1String("found")) return QColor(235, 80, 60);
    if (st == QLatin1String("assigned")) return QColor(245, 150, 40);
    if (st == QLatin1String("rectifying")) return QColor(240, 210, 50);
    if (st == QLatin1String("awaiting_check")) return QColor(80, 160, 240);
    return QColor(110, 190, 110);
}

QString local(const QVariant &utc)
{
    const QDateTime t = QDateTime::fromString(utc.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utc.toString();
}

// Open and closed hazards by category, one stacked bar per category (the states in workflow order).
class StateChart : public QWidget
{
public:
    using QWidget::QWidget;
    QMap<QString, QMap<QString, int>> counts; // category -> state -> count
    QSize sizeHint() const override { return {360, 240}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        if (counts.isEmpty())
            return;
        int max = 1;
        for (const auto &c : counts) {
            int n = 0;
            for (int v : c)
                n += v;
            max = std::max(max, n);
        }
        const int left = 150, legend = 40;
        const int rowH = std::max(12, (height() - legend - 6) / int(counts.size()));
        int y = 4;
        const QFontMetrics fm(font());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it, y += rowH) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(4, y, left - 8, rowH), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(HazardDesk::categoryLabel(it.key()), Qt::ElideRight, left - 8));
            int x = left, total = 0;
            for (const QString &st : HazardWorkflow::states()) {
                const int n = it.value().value(st);
                const int w = (width() - left - 40) * n / max;
                p.fillRect(QRect(x, y + 2, w, rowH - 4), stateColour(st));
                x += w;
                total += n;
            }
            p.drawText(QRect(x + 4, y, 36, rowH), Qt::AlignLeft | Qt::AlignVCenter, QString::number(total));
        }
        int x = 4, ly = height() - legend + 4;
        for (const QString &st : HazardWorkflow::states()) {
            const QString t = HazardDesk::stateLabel(st);
            if (x + 24 + fm.horizontalAdvance(t) > width()) { // second line
                x = 4;
                ly += fm.height() + 2;
            }
            p.fillRect(QRect(x, ly + 2, 12, 12), stateColour(st));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(x + 16, ly + fm.ascent(), t);
            x += 24 + fm.horizontalAdvance(t);
        }
    }
};

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

} // namespace

HazardPanel::HazardPanel(QObject *parent) : Panel(parent) {}

void HazardPanel::install(PanelHost *host)
{
    m_host = host;
    auto *dock = new QDockWidget(tr("Hazards and greenery"), host->window());
    dock->setObjectName(s("hazardsDock"));
    auto *tabs = new QTabWidget(dock);
    // Hazards: filters, list, card, chart.
    auto *hz = new QWidget(tabs);
    auto *v = new QVBoxLayout(hz);
    auto *filters = new QHBoxLayout;
    m_round = new QComboBox(hz);
    m_category = new QComboBox(hz);
    m_street = new QComboBox(hz);
    m_status = new QComboBox(hz);
    m_overdue = new QCheckBox(tr("Overdue only"), hz);
    for (QComboBox *c : {m_round, m_category, m_street, m_status}) {
        filters->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &HazardPanel::refresh);
    }
    filters->addWidget(m_overdue);
    connect(m_overdue, &QCheckBox::toggled, this, &HazardPanel::refresh);
    v->addLayout(filters);
    m_summary = new QLabel(hz);
    v->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, hz);
    m_list = new QTableWidget(split);
    m_list->setColumnCount(6);
    m_list->setHorizontalHeaderLabels({tr("Hazard"), tr("Category"), tr("Severity"), tr("Status"), tr("Deadline"), tr("Overdue")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto sel = m_list->selectedItems();
        m_selected = sel.isEmpty() ? 0 : m_list->item(sel.first()->row(), 0)->data(Qt::UserRole).toLongLong();
        showCard();
    });
    auto *card = new QWidget(split);
    auto *cv = new QVBoxLayout(card);
    cv->setContentsMargins(0, 0, 0, 0);
    m_card = new QTextBrowser(card);
    cv->addWidget(m_card, 1);
    m_photos = new QHBoxLayout;
    cv->addLayout(m_photos);
    m_actions = new QHBoxLayout;
    cv->addLayout(m_actions);
    auto *chart = new StateChart(split);
    m_chart = chart;
    split->addWidget(m_list);
    split->addWidget(card);
    split->addWidget(chart);
    split->setSizes({420, 320, 300});
    v->addWidget(split, 1);
    tabs->addTab(hz, tr("Hazards"));
    // Greenery: the campaign and the typhoon flagging.
    auto *gr = new QWidget(tabs);
    auto *gv = new QVBoxLayout(gr);
    m_greeneryHead = new QLabel(gr);
    m_greeneryHead->setWordWrap(true);
    gv->addWidget(m_greeneryHead);
    m_sitesTable = new QTableWidget(gr);
    m_sitesTable->setColumnCount(5);
    m_sitesTable->setHorizontalHeaderLabels({tr("Site"), tr("Tall trees"), tr("Unit"), tr("Result"), tr("Flag")});
    m_sitesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sitesTable->verticalHeader()->hide();
    m_sitesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sitesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    gv->addWidget(m_sitesTable, 1);
    auto *ga = new QHBoxLayout;
    auto *start = new QPushButton(tr("Start inspection campaign"), gr);
    connect(start, &QPushButton::clicked, this, &HazardPanel::startCampaign);
    ga->addWidget(start);
    m_resultBox = new QComboBox(gr);
    for (const QString &r : GreeneryRules::results())
        m_resultBox->addItem(GreeneryRules::resultLabel(r), r);
    ga->addWidget(m_resultBox);
    auto *record = new QPushButton(tr("Record result"), gr);
    connect(record, &QPushButton::clicked, this, &HazardPanel::recordResult);
    ga->addWidget(record);
    auto *toHazard = new QPushButton(tr("Finding becomes a hazard"), gr);
    connect(toHazard, &QPushButton::clicked, this, &HazardPanel::findingToHazard);
    ga->addWidget(toHazard);
    ga->addStretch(1);
    gv->addLayout(ga);
    tabs->addTab(gr, tr("Rooftop greenery"));
    dock->setWidget(tabs);
    m_widget = tabs;
    host->addDock(dock, Qt::BottomDockWidgetArea);
    if (host->clock())
        connect(host->clock(), &Clock::jumped, this, &HazardPanel::refresh);
    // The map's hazard layer appears after the window loads its data and is restyled with the theme: checked
    // every few seconds (cheap: compares a pointer, the theme and a set).
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &HazardPanel::styleMap);
    timer->start(2000);
}

QDateTime HazardPanel::now() const
{
    return m_host && m_host->clock() ? m_host->clock()->now() : QDateTime::currentDateTimeUtc();
}

void HazardPanel::storeChanged(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    for (auto *m : {&m_hazards, &m_rounds, &m_steps, &m_sites, &m_results, &m_campaigns, &m_signals})
        m->clear();
    m_selected = 0;
    if (!store) {
        refresh();
        return;
    }
    connect(store, &Store::rowsChanged, this, &HazardPanel::apply);
    load();
}

void HazardPanel::load()
{
    QMap<qint64, QVariantMap> *targets[] = {&m_hazards, &m_rounds, &m_steps, &m_sites, &m_results, &m_campaigns, &m_signals};
    for (int i = 0; i < Tables.size(); ++i) {
        auto *w = new QFutureWatcher<QList<StoreRow>>(this);
        QMap<qint64, QVariantMap> *target = targets[i];
        ++m_pending;
        connect(w, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, w, target] {
            for (const StoreRow &r : w->result())
                target->insert(r.fid, r.values);
            w->deleteLater();
            if (--m_pending == 0) {
                fillFilters();
                refresh();
            }
        });
        w->setFuture(m_store->rows(Tables[i], {}, {}, false));
    }
}

void HazardPanel::apply(const QList<RowEvent> &events)
{
    bool touched = false;
    for (const RowEvent &e : events) {
        const int i = Tables.indexOf(e.table);
        if (i < 0 && e.kind != RowEvent::Kind::Reset)
            continue;
        if (e.kind == RowEvent::Kind::Reset) {
            if (i >= 0) { // an import: read again
                for (auto *m : {&m_hazards, &m_rounds, &m_steps, &m_sites, &m_results, &m_campaigns, &m_signals})
                    m->clear();
                load();
                return;
            }
            continue;
        }
        QMap<qint64, QVariantMap> *targets[] = {&m_hazards, &m_rounds, &m_steps, &m_sites, &m_results, &m_campaigns, &m_signals};
        if (e.kind == RowEvent::Kind::Delete)
            targets[i]->remove(e.fid);
        else
            targets[i]->insert(e.fid, e.after);
        touched = true;
    }
    if (touched) {
        fillFilters();
        refresh();
    }
}

void HazardPanel::fillFilters()
{
    auto fill = [](QComboBox *c, const QString &all, const QList<QPair<QString, QVariant>> &items) {
        const QVariant keep = c->currentData();
        QSignalBlocker b(c);
        c->clear();
        c->addItem(all);
        for (const auto &i : items)
            c->addItem(i.first, i.second);
        const int at = c->findData(keep);
        c->setCurrentIndex(at < 0 ? 0 : at);
    };
    QList<QPair<QString, QVariant>> rounds, cats, streets, states;
    for (auto it = m_rounds.cbegin(); it != m_rounds.cend(); ++it)
        rounds.append({it.value().value(s("name")).toString(), it.key()});
    QStringList seenCat, seenStreet;
    for (const QVariantMap &h : std::as_const(m_hazards)) {
        const QString c = h.value(s("category")).toString(), st = h.value(s("street")).toString();
        if (!c.isEmpty() && !seenCat.contains(c))
            seenCat.append(c);
        if (!st.isEmpty() && !seenStreet.contains(st))
            seenStreet.append(st);
    }
    seenStreet.sort();
    for (const QString &c : HazardDesk::categories())
        if (seenCat.contains(c))
            cats.append({HazardDesk::categoryLabel(c), c});
    for (const QString &st : seenStreet)
        streets.append({st, st});
    for (const QString &st : HazardWorkflow::states())
        states.append({HazardDesk::stateLabel(st), st});
    fill(m_round, tr("All rounds"), rounds);
    fill(m_category, tr("All categories"), cats);
    fill(m_street, tr("All streets"), streets);
    fill(m_status, tr("All states"), states);
}

int HazardPanel::visibleHazards() const
{
    return m_list ? m_list->rowCount() : 0;
}

void HazardPanel::refresh()
{
    if (!m_list)
        return;
    const QDateTime t = now();
    QSignalBlocker b(m_list);
    m_list->setRowCount(0);
    int open = 0, overdue = 0, selectedRow = -1;
    auto *chart = static_cast<StateChart *>(m_chart);
    chart->counts.clear();
    // Most overdue first, then the open ones by deadline, the closed ones last.
    QList<qint64> order = m_hazards.keys();
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        const QVariantMap &ha = m_hazards[a], &hb = m_hazards[b];
        const bool oa = HazardWorkflow::isOpen(ha.value(s("status")).toString()),
                   ob = HazardWorkflow::isOpen(hb.value(s("status")).toString());
        if (oa != ob)
            return oa;
        const int la = HazardDesk::daysOverdue(ha, t), lb = HazardDesk::daysOverdue(hb, t);
        if (la != lb)
            return la > lb;
        return ha.value(s("deadline")).toString() < hb.value(s("deadline")).toString();
    });
    for (const qint64 fid : order) {
        const QVariantMap &h = m_hazards[fid];
        const QString status = h.value(s("status")).toString();
        const int late = HazardDesk::daysOverdue(h, t);
        if (m_round->currentIndex() > 0 && h.value(s("round_fid")).toLongLong() != m_round->currentData().toLongLong())
            continue;
        if (m_category->currentIndex() > 0 && h.value(s("category")).toString() != m_category->currentData().toString())
            continue;
        if (m_street->currentIndex() > 0 && h.value(s("street")).toString() != m_street->currentData().toString())
            continue;
        chart->counts[h.value(s("category")).toString()][status] += 1;
        if (m_status->currentIndex() > 0 && status != m_status->currentData().toString())
            continue;
        if (m_overdue->isChecked() && late == 0)
            continue;
        open += HazardWorkflow::isOpen(status);
        overdue += late > 0;
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        auto *name = new QTableWidgetItem(h.value(s("name")).toString());
        name->setData(Qt::UserRole, fid);
        m_list->setItem(row, 0, name);
        m_list->setItem(row, 1, new QTableWidgetItem(HazardDesk::categoryLabel(h.value(s("category")).toString())));
        m_list->setItem(row, 2, new QTableWidgetItem(HazardDesk::severityLabel(h.value(s("severity")).toString())));
        auto *st = new QTableWidgetItem(HazardDesk::stateLabel(status));
        st->setForeground(stateColour(status).darker(status == QLatin1String("rectifying") ? 160 : 110));
        m_list->setItem(row, 3, st);
        m_list->setItem(row, 4, new QTableWidgetItem(h.value(s("deadline")).toString()));
        auto *late_ = new QTableWidgetItem(late > 0 ? tr("%n day(s)", nullptr, late) : QString());
        if (late > 0)
            late_->setForeground(QColor(220, 40, 40));
        m_list->setItem(row, 5, late_);
        if (fid == m_selected)
            selectedRow = row;
    }
    m_summary->setText(tr("%1 shown: %2 open, %3 overdue").arg(m_list->rowCount()).arg(open).arg(overdue));
    if (selectedRow < 0 && m_list->rowCount() > 0) { // the most urgent one's card, until the officer picks another
        selectedRow = 0;
        m_selected = m_list->item(0, 0)->data(Qt::UserRole).toLongLong();
    }
    if (selectedRow >= 0)
        m_list->selectRow(selectedRow);
    chart->update();
    // The map marks the overdue hazards (the same rule, the same clock).
    m_late.clear();
    for (auto it = m_hazards.cbegin(); it != m_hazards.cend(); ++it)
        if (HazardDesk::isOverdue(it.value(), t))
            m_late.insert(it.key());
    styleMap();
    showCard();
    showGreenery();
}

void HazardPanel::styleMap()
{
    MapCanvas *canvas = m_host ? m_host->canvas() : nullptr;
    if (!canvas)
        return;
    const MapTheme theme = canvas->background().lightness() < 128 ? MapTheme::Dark : MapTheme::Light;
    for (MapLayer *l : canvas->layers()) {
        auto *v = dynamic_cast<VectorLayer *>(l);
        if (!v || v->id() != QLatin1String("hazards"))
            continue;
        // Again when the layer was reloaded, the theme changed (which restyles every layer) or the set changed.
        if (v == m_styledLayer && int(theme) == m_styledTheme && m_late == m_lateShown)
            return;
        v->setStyle(FloodLayers::hazardLiveStyle(theme, std::make_shared<const QSet<qint64>>(m_late)));
        m_styledLayer = v;
        m_styledTheme = int(theme);
        m_lateShown = m_late;
        return;
    }
}

void HazardPanel::selectHazard(qint64 fid)
{
    m_selected = fid;
    refresh();
}

void HazardPanel::showCard()
{
    while (QLayoutItem *i = m_photos->takeAt(0)) {
        delete i->widget();
        delete i;
    }
    while (QLayoutItem *i = m_actions->takeAt(0)) {
        delete i->widget();
        delete i;
    }
    if (!m_hazards.contains(m_selected)) {
        m_card->setHtml(tr("<p>Select a hazard to see its card.</p>"));
        return;
    }
    const QVariantMap h = m_hazards.value(m_selected);
    const QString status = h.value(s("status")).toString();
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> · %3 · %4</p>")
                       .arg(h.value(s("name")).toString().toHtmlEscaped(), HazardDesk::stateLabel(status),
                            HazardDesk::categoryLabel(h.value(s("category")).toString()),
                            HazardDesk::severityLabel(h.value(s("severity")).toString()));
    html += tr("<p>Unit: %1<br>Street: %2<br>Found: %3 · Deadline: %4%5</p>")
                .arg(h.value(s("unit")).toString().toHtmlEscaped(), h.value(s("street")).toString().toHtmlEscaped(),
                     h.value(s("found")).toString(), h.value(s("deadline")).toString(),
                     HazardDesk::isOverdue(h, now())
                         ? tr(" <span style='color:#d22'>(overdue %n day(s))</span>", nullptr, HazardDesk::daysOverdue(h, now()))
                         : QString());
    html += QStringLiteral("<p>%1</p>").arg(h.value(s("description")).toString().toHtmlEscaped());
    html += tr("<p><b>History</b></p><ul>");
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        if (it.value().value(s("hazard_fid")).toLongLong() != m_selected)
            continue;
        const QVariantMap &st = it.value();
        html += QStringLiteral("<li>%1 %2: %3 → %4 %5</li>")
                    .arg(local(st.value(s("at"))), st.value(s("actor")).toString().toHtmlEscaped(),
                         st.value(s("from_state")).toString().isEmpty() ? QStringLiteral("—")
                                                                        : HazardDesk::stateLabel(st.value(s("from_state")).toString()),
                         HazardDesk::stateLabel(st.value(s("to_state")).toString()),
                         st.value(s("remark")).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_card->setHtml(html);
    // Steps it can take now (the rule's), each written with the row's revision.
    for (const QString &to : HazardWorkflow::next(status)) {
        auto *b = new QPushButton(tr("→ %1").arg(HazardDesk::stateLabel(to)), m_widget);
        b->setEnabled(m_store && m_store->role() != QLatin1String("viewer") && !(m_host->clock() && m_host->clock()->isReplaying()));
        connect(b, &QPushButton::clicked, this, [this, to] { move(to); });
        m_actions->addWidget(b);
    }
    auto *attach = new QPushButton(tr("Attach photo or document…"), m_widget);
    attach->setEnabled(m_store && m_store->role() != QLatin1String("viewer"));
    connect(attach, &QPushButton::clicked, this, &HazardPanel::attach);
    m_actions->addWidget(attach);
    m_actions->addStretch(1);
    // Thumbnails, read for this hazard only.
    if (!m_store)
        return;
    auto *w = new QFutureWatcher<QList<StoreRow>>(this);
    const qint64 fid = m_selected;
    connect(w, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, w, fid] {
        w->deleteLater();
        if (fid != m_selected)
            return;
        for (const StoreRow &a : w->result()) {
            QPixmap px;
            if (!px.loadFromData(a.values.value(s("thumbnail")).toByteArray()))
                continue;
            auto *l = new QLabel(m_widget);
            l->setPixmap(px.scaledToHeight(90, Qt::SmoothTransformation));
            l->setToolTip(a.values.value(s("name")).toString());
            m_photos->addWidget(l);
        }
        m_photos->addStretch(1);
    });
    w->setFuture(m_store->rows(s("attachments"), s("hazard_fid = ?"), {m_selected}));
}

void HazardPanel::move(const QString &to)
{
    if (!m_store || !m_hazards.contains(m_selected))
        return;
    StoreRow row;
    row.fid = m_selected;
    row.values = m_hazards.value(m_selected);
    QString e;
    const QList<RowChange> changes = HazardDesk::move(row, to, {}, m_store->user(), now(), &e);
    if (changes.isEmpty()) {
        m_host->showMessage(e);
        return;
    }
    auto *w = new QFutureWatcher<WriteResult>(this);
    connect(w, &QFutureWatcher<WriteResult>::finished, this, [this, w] {
        w->deleteLater();
        if (!w->result().ok)
            m_host->showMessage(w->result().error);
    });
    w->setFuture(m_store->apply(changes, tr("hazard #%1 -> %2").arg(m_selected).arg(to)));
}

void HazardPanel::showGreenery()
{
    if (!m_sitesTable)
        return;
    // The latest campaign, its results by site.
    qint64 campaign = m_campaigns.isEmpty() ? 0 : m_campaigns.lastKey();
    QHash<qint64, QString> resultOf;
    int done = 0, listed = 0;
    for (const QVariantMap &r : std::as_const(m_results))
        if (r.value(s("campaign_fid")).toLongLong() == campaign) {
            ++listed;
            const QString res = r.value(s("result")).toString();
            done += !res.isEmpty();
            resultOf.insert(r.value(s("site_fid")).toLongLong(), res);
        }
    QList<StoreRow> sites, signalRows;
    for (auto it = m_sites.cbegin(); it != m_sites.cend(); ++it)
        sites.append({it.key(), it.value()});
    for (auto it = m_signals.cbegin(); it != m_signals.cend(); ++it)
        signalRows.append({it.key(), it.value()});
    const GreeneryFlagging g = GreeneryRules().flag(sites, signalRows, now());
    QSet<qint64> flagged;
    for (const GreeneryFlag &f : g.flagged)
        flagged.insert(f.fid);
    QString head = campaign ? tr("<b>%1</b>: %2 of %3 sites inspected.")
                                  .arg(m_campaigns.value(campaign).value(s("name")).toString().toHtmlEscaped())
                                  .arg(done)
                                  .arg(listed)
                            : tr("No inspection campaign yet.");
    if (g.typhoonInForce)
        head += tr(" <span style='color:#d22'>Typhoon signal in force: %n site(s) not inspected since %1.</span>", nullptr,
                   int(g.flagged.size()))
                    .arg(local(g.cutoff.toString(Qt::ISODateWithMs)));
    m_greeneryHead->setText(head);
    m_sitesTable->setRowCount(0);
    // The flagged sites first: the checklist the units work down.
    QList<qint64> order = m_sites.keys();
    std::stable_sort(order.begin(), order.end(),
                     [&](qint64 a, qint64 b) { return flagged.contains(a) && !flagged.contains(b); });
    for (const qint64 siteFid : order) {
        const auto it = m_sites.constFind(siteFid);
        const int row = m_sitesTable->rowCount();
        m_sitesTable->insertRow(row);
        auto *nameItem = new QTableWidgetItem(it.value().value(s("name")).toString());
        nameItem->setData(Qt::UserRole, it.key());
        m_sitesTable->setItem(row, 0, nameItem);
        m_sitesTable->setItem(row, 1, new QTableWidgetItem(QString::number(it.value().value(s("tall_trees")).toInt())));
        m_sitesTable->setItem(row, 2, new QTableWidgetItem(it.value().value(s("unit")).toString()));
        m_sitesTable->setItem(row, 3, new QTableWidgetItem(GreeneryRules::resultLabel(resultOf.value(it.key()))));
        auto *f = new QTableWidgetItem(flagged.contains(it.key()) ? tr("not inspected since the signal") : QString());
        f->setForeground(QColor(220, 40, 40));
        m_sitesTable->setItem(row, 4, f);
    }
}

// The selected site's row of the latest campaign, or none.
static StoreRow campaignRow(const QMap<qint64, QVariantMap> &campaigns, const QMap<qint64, QVariantMap> &results,
                            qint64 site)
{
    const qint64 campaign = campaigns.isEmpty() ? 0 : campaigns.lastKey();
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        if (it.value().value(s("campaign_fid")).toLongLong() == campaign
            && it.value().value(s("site_fid")).toLongLong() == site)
            return {it.key(), it.value()};
    return {};
}

qint64 HazardPanel::selectedSite() const
{
    const auto sel = m_sitesTable->selectedItems();
    return sel.isEmpty() ? 0 : m_sitesTable->item(sel.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void HazardPanel::startCampaign()
{
    if (!m_store)
        return;
    const QDateTime t = now();
    // The campaign answers the typhoon signal in force, if any.
    QVariant signal;
    for (auto it = m_signals.cbegin(); it != m_signals.cend(); ++it)
        if (it.value().value(s("kind")).toString() == QLatin1String("typhoon") && it.value().value(s("lifted_at")).isNull())
            signal = it.key();
    const QList<qint64> sites = m_sites.keys();
    const QString name = tr("Pre-typhoon greenery inspection %1").arg(t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(s("yyyy-MM-dd")));
    QFuture<WriteResult> c = m_store->insertRow(s("greenery_campaigns"), {{s("name"), name},
                                                                         {s("started_at"), t.toString(Qt::ISODateWithMs)},
                                                                         {s("started_by"), m_store->user()},
                                                                         {s("signal_fid"), signal}});
    whenDone(this, m_store->applyAfter(c, [sites](const WriteResult &r) {
                 QList<RowChange> rows;
                 if (!r.ok || r.fids.isEmpty())
                     return rows;
                 for (qint64 site : sites)
                     rows.append({RowChange::Kind::Insert, s("greenery_results"), 0,
                                  {{s("campaign_fid"), r.fids.first()}, {s("site_fid"), site}}});
                 return rows;
             }, tr("greenery inspection campaign: every site listed")),
             [this](const WriteResult &r) {
                 if (!r.ok)
                     m_host->showMessage(r.error);
             });
}

void HazardPanel::recordResult()
{
    const StoreRow row = campaignRow(m_campaigns, m_results, selectedSite());
    if (!m_store || row.fid == 0) {
        m_host->showMessage(tr("Select a site of the current campaign first."));
        return;
    }
    QString e;
    const QList<RowChange> ch = GreeneryRules::recordResult(row, m_resultBox->currentData().toString(), {},
                                                           m_store->user(), now(), &e);
    if (ch.isEmpty()) {
        m_host->showMessage(e);
        return;
    }
    whenDone(this, m_store->apply(ch, tr("greenery inspection result")), [this](const WriteResult &r) {
        if (!r.ok)
            m_host->showMessage(r.error);
    });
}

void HazardPanel::findingToHazard()
{
    const StoreRow row = campaignRow(m_campaigns, m_results, selectedSite());
    if (!m_store || row.fid == 0) {
        m_host->showMessage(tr("Select a site of the current campaign first."));
        return;
    }
    const QDateTime t = now();
    const qint64 fid = row.fid;
    // Two writes through the store (the hazard, then its link and first step): off the GUI thread.
    whenDone(this, QtConcurrent::run([use = m_store->use(), fid, t] {
                 return GreeneryRules::findingToHazard(*use.store(), fid, {}, s("medium"), {}, t);
             }),
             [this](const WriteResult &r) {
                 m_host->showMessage(r.ok ? tr("Hazard #%1 recorded from the greenery finding.").arg(r.fids.value(0))
                                          : r.error);
                 if (r.ok)
                     selectHazard(r.fids.value(0));
             });
}

void HazardPanel::attach()
{
    if (!m_store || m_selected == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(m_host->window(), tr("Attach to hazard #%1").arg(m_selected));
    if (path.isEmpty())
        return;
    const qint64 fid = m_selected;
    const QDateTime t = now();
    // Read, checked and thumbnailed on a pool thread; written by the store.
    whenDone(this, QtConcurrent::run([use = m_store->use(), fid, path, t] {
                 return HazardDesk::attachFile(*use.store(), s("hazard_fid"), fid, path, t);
             }),
             [this](const WriteResult &r) {
                 m_host->showMessage(r.ok ? tr("Attached.") : r.error);
                 if (r.ok)
                     showCard();
             });
}

} // namespace fc
