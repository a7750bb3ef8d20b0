#include "widgets/panels/suppliespanel.h"

#include "app/core/base/clock.h"
#include "app/core/live/operation.h"
#include "app/core/rules/writeaccess.h"
#include "app/core/store/store.h"
#include "widgets/common/writeguard.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <map>

namespace fc {

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

QString beijing(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("MM-dd HH:mm"));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

SuppliesPanel::SuppliesPanel(QObject *parent) : Panel(parent) {}

SuppliesPanel::~SuppliesPanel() = default;

void SuppliesPanel::install(PanelHost *host)
{
    m_host = host;

    // The warehouse.
    m_warehouseDock = new QDockWidget(tr("Supplies warehouse"), host->window());
    m_warehouseDock->setObjectName(QStringLiteral("SuppliesDock"));
    auto *w = new QWidget(m_warehouseDock);
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(w);
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    m_chart = new QCustomPlot(w);
    m_chart->setObjectName(QStringLiteral("suppliesChart"));
    m_chart->setMinimumHeight(200);
    const QPalette pal = w->palette();
    const QColor fg = pal.color(QPalette::WindowText), bg = pal.color(QPalette::Base);
    m_chart->setBackground(bg);
    for (QCPAxis *a : {m_chart->xAxis, m_chart->yAxis}) {
        a->setBasePen(QPen(fg));
        a->setTickPen(QPen(fg));
        a->setSubTickPen(QPen(fg));
        a->setTickLabelColor(fg);
        a->setLabelColor(fg);
        a->grid()->setPen(QPen(QColor(fg.red(), fg.green(), fg.blue(), 40)));
    }
    m_chart->yAxis->setLabel(tr("Kinds"));
    m_chart->legend->setVisible(true);
    m_chart->legend->setBrush(QColor(bg.red(), bg.green(), bg.blue(), 200));
    m_chart->legend->setTextColor(fg);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    // Chart, alarms and movements side by side (the dock sits in the wide bottom area).
    auto *row = new QHBoxLayout;
    row->addWidget(m_chart, 3);
    auto *alarmsBox = new QVBoxLayout;
    alarmsBox->addWidget(new QLabel(tr("Alarms: low stock and expiry"), w));
    m_alarms = new QListWidget(w);
    m_alarms->setObjectName(QStringLiteral("suppliesAlarms"));
    alarmsBox->addWidget(m_alarms, 1);
    row->addLayout(alarmsBox, 2);
    auto *movesBox = new QVBoxLayout;
    movesBox->addWidget(new QLabel(tr("Recent movements"), w));
    m_moves = new QTableWidget(0, 6, w);
    m_moves->setObjectName(QStringLiteral("suppliesMovements"));
    m_moves->setHorizontalHeaderLabels({tr("Time"), tr("Movement"), tr("Kind"), tr("Quantity"), tr("To / from"), tr("By")});
    m_moves->verticalHeader()->hide();
    m_moves->horizontalHeader()->setStretchLastSection(true);
    m_moves->setEditTriggers(QAbstractItemView::NoEditTriggers);
    movesBox->addWidget(m_moves, 1);
    row->addLayout(movesBox, 4);
    auto *requestsBox = new QVBoxLayout;
    requestsBox->addWidget(new QLabel(tr("Allocation requests"), w));
    m_pending = new QListWidget(w);
    m_pending->setObjectName(QStringLiteral("suppliesRequests"));
    requestsBox->addWidget(m_pending, 1);
    m_confirm = new QPushButton(tr("Confirm and issue"), w);
    requestsBox->addWidget(m_confirm);
    row->addLayout(requestsBox, 2);
    v->addLayout(row, 1);
    auto *form = new QHBoxLayout;
    m_kind = new QComboBox(w);
    m_kind->setEditable(true); // type a code or a name to find a kind among the 130+
    m_kind->setInsertPolicy(QComboBox::NoInsert);
    m_qty = new QSpinBox(w);
    m_qty->setRange(1, 1000000);
    m_from = new QComboBox(w);
    m_to = new QComboBox(w);
    m_issue = new QPushButton(tr("Issue"), w);
    form->addWidget(m_kind, 2);
    form->addWidget(m_qty);
    form->addWidget(m_from, 1);
    form->addWidget(new QLabel(QStringLiteral("→"), w));
    form->addWidget(m_to, 1);
    form->addWidget(m_issue);
    v->addLayout(form);
    m_warehouseDock->setWidget(w);
    host->addDock(m_warehouseDock, Qt::BottomDockWidgetArea);
    connect(m_issue, &QPushButton::clicked, this, &SuppliesPanel::issue);
    connect(m_confirm, &QPushButton::clicked, this, &SuppliesPanel::confirmRequest);

    // The shelters.
    m_sheltersDock = new QDockWidget(tr("Shelters"), host->window());
    m_sheltersDock->setObjectName(QStringLiteral("SheltersDock"));
    auto *s = new QWidget(m_sheltersDock);
    auto *sv = new QVBoxLayout(s);
    sv->setContentsMargins(4, 4, 4, 4);
    m_boardSummary = new QLabel(s);
    m_boardSummary->setWordWrap(true);
    sv->addWidget(m_boardSummary);
    m_board = new QTableWidget(0, 4, s);
    m_board->setObjectName(QStringLiteral("shelterBoard"));
    m_board->setHorizontalHeaderLabels({tr("Shelter"), tr("Status"), tr("People / places"), tr("Occupancy")});
    m_board->verticalHeader()->hide();
    m_board->horizontalHeader()->setStretchLastSection(true);
    m_board->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    sv->addWidget(m_board, 1);
    auto *move = new QFormLayout;
    m_shelter = new QComboBox(s);
    m_people = new QSpinBox(s);
    m_people->setRange(1, 100000);
    m_origin = new QLineEdit(s);
    m_origin->setPlaceholderText(tr("From: street, housing estate or address"));
    m_override = new QLineEdit(s);
    m_override->setPlaceholderText(tr("Override reason (only to admit people over capacity)"));
    auto *buttons = new QHBoxLayout;
    m_arrive = new QPushButton(tr("Record arrival"), s);
    m_depart = new QPushButton(tr("Record departure"), s);
    buttons->addWidget(m_arrive);
    buttons->addWidget(m_depart);
    move->addRow(tr("Shelter"), m_shelter);
    move->addRow(tr("People"), m_people);
    move->addRow(tr("From"), m_origin);
    move->addRow(tr("Override"), m_override);
    move->addRow(buttons);
    auto *ask = new QHBoxLayout;
    m_askKind = new QComboBox(s);
    m_askKind->setEditable(true);
    m_askKind->setInsertPolicy(QComboBox::NoInsert);
    m_askQty = new QSpinBox(s);
    m_askQty->setRange(1, 100000);
    m_ask = new QPushButton(tr("Request supplies"), s);
    ask->addWidget(m_askKind, 1);
    ask->addWidget(m_askQty);
    ask->addWidget(m_ask);
    move->addRow(tr("Supplies"), ask);
    sv->addLayout(move);
    m_sheltersDock->setWidget(s);
    host->addDock(m_sheltersDock, Qt::RightDockWidgetArea);
    connect(m_arrive, &QPushButton::clicked, this, [this] { movepeople(true); });
    connect(m_depart, &QPushButton::clicked, this, [this] { movepeople(false); });
    connect(m_ask, &QPushButton::clicked, this, &SuppliesPanel::requestSupplies);
    connect(m_board, &QTableWidget::cellClicked, this, [this](int row, int) {
        const qint64 fid = m_board->item(row, 0)->data(Qt::UserRole).toLongLong();
        const int i = m_shelter->findData(fid);
        if (i >= 0)
            m_shelter->setCurrentIndex(i);
    });

    if (QMenu *cmd = host->menu(PanelHost::Menu::Command)) {
        QAction *a = cmd->addAction(tr("Supplies &warehouse"));
        connect(a, &QAction::triggered, this, [this] {
            m_warehouseDock->show();
            m_warehouseDock->raise();
        });
        QAction *b = cmd->addAction(tr("S&helters"));
        connect(b, &QAction::triggered, this, [this] {
            m_sheltersDock->show();
            m_sheltersDock->raise();
        });
    }
    if (Clock *clock = host->clock()) {
        connect(clock, &Clock::jumped, this, &SuppliesPanel::refresh);
        connect(clock, &Clock::modeChanged, this, &SuppliesPanel::refresh);
        connect(clock, &Clock::ticked, this, [this, clock](const QDateTime &now) {
            if (clock->isReplaying() && now.time().second() == 0) // the replay moves on: a minute at a time
                refresh();
        });
    }
}

void SuppliesPanel::storeChanged(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &Store::rowsChanged, this, &SuppliesPanel::onRows);
        connect(store, &Store::connectionChanged, this, &SuppliesPanel::updateWriteAccess);
    }
    reload();
}

void SuppliesPanel::reload()
{
    ++m_generation;
    m_kinds.clear();
    m_movements.clear();
    m_warehouses.clear();
    m_shelterRows.clear();
    m_profiles.clear();
    m_transfers.clear();
    m_requests.clear();
    m_loading = 0;
    if (!m_store || m_store->schemaVersion() < 6) {
        refresh();
        return;
    }
    const int generation = m_generation;
    auto load = [this, generation](const QString &table, std::function<void(const QList<StoreRow> &)> take) {
        ++m_loading;
        auto *watcher = new QFutureWatcher<QList<StoreRow>>(this);
        connect(watcher, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, watcher, generation, take] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // another store (or a reset) since
            take(watcher->result());
            if (--m_loading == 0)
                refresh();
        });
        watcher->setFuture(m_store->rows(table));
    };
    load(S("supply_kinds"), [this](const QList<StoreRow> &rows) {
        for (const StoreRow &r : rows)
            m_kinds.append(SupplyKind::fromRow(r));
    });
    load(S("supply_movements"), [this](const QList<StoreRow> &rows) {
        for (const StoreRow &r : rows)
            m_movements.append(SupplyMovement::fromRow(r));
    });
    load(S("warehouses"), [this](const QList<StoreRow> &rows) {
        for (const StoreRow &r : rows)
            m_warehouses.insert(r.fid, r.values.value(S("name")).toString());
    });
    load(S("shelters"), [this](const QList<StoreRow> &rows) { m_shelterRows = rows; });
    load(S("shelter_profiles"), [this](const QList<StoreRow> &rows) { m_profiles = rows; });
    load(S("supply_requests"), [this](const QList<StoreRow> &rows) { m_requests = rows; });
    load(S("people_transfers"), [this](const QList<StoreRow> &rows) {
        for (const StoreRow &r : rows)
            m_transfers.append(PeopleTransfer::fromRow(r));
    });
}

void SuppliesPanel::onRows(const QList<RowEvent> &events)
{
    static const QStringList mine = {S("supply_kinds"), S("supply_movements"), S("warehouses"), S("shelters"),
                                     S("shelter_profiles"), S("people_transfers"), S("supply_requests")};
    bool changed = false;
    for (const RowEvent &e : events) {
        if (!mine.contains(e.table))
            continue;
        if (m_loading > 0 || e.kind == RowEvent::Kind::Reset || e.table == QLatin1String("supply_kinds")
            || e.table == QLatin1String("warehouses")) {
            reload(); // rare: the catalogue or the warehouses changed, or a table was reloaded
            return;
        }
        changed = true;
        auto replace = [&](QList<StoreRow> &rows) {
            for (int i = 0; i < rows.size(); ++i)
                if (rows[i].fid == e.fid) {
                    if (e.kind == RowEvent::Kind::Delete)
                        rows.removeAt(i);
                    else
                        rows[i].values = e.after;
                    return;
                }
            if (e.kind != RowEvent::Kind::Delete)
                rows.append({e.fid, e.after});
        };
        if (e.table == QLatin1String("supply_movements") && e.kind == RowEvent::Kind::Insert)
            m_movements.append(SupplyMovement::fromRow({e.fid, e.after}));
        else if (e.table == QLatin1String("people_transfers") && e.kind == RowEvent::Kind::Insert)
            m_transfers.append(PeopleTransfer::fromRow({e.fid, e.after}));
        else if (e.table == QLatin1String("shelters"))
            replace(m_shelterRows);
        else if (e.table == QLatin1String("shelter_profiles"))
            replace(m_profiles);
        else if (e.table == QLatin1String("supply_requests"))
            replace(m_requests);
    }
    if (changed)
        refresh();
}

void SuppliesPanel::refresh()
{
    if (!m_warehouseDock)
        return;
    Clock *clock = m_host->clock();
    const QDateTime asOf = clock && clock->isReplaying() ? clock->now() : QDateTime();
    refreshWarehouse(asOf);
    refreshShelters(asOf);
    updateWriteAccess();
}

void SuppliesPanel::refreshWarehouse(const QDateTime &asOf)
{
    QList<SupplyMovement> moves;
    for (const SupplyMovement &m : std::as_const(m_movements))
        if (!asOf.isValid() || m.at <= asOf)
            moves.append(m);
    const QHash<qint64, qint64> stock = Supplies::stockByKind(moves);
    QHash<qint64, const SupplyKind *> kindOf;
    for (const SupplyKind &k : std::as_const(m_kinds))
        kindOf.insert(k.fid, &k);

    // Each category: kinds at or above their minimum level, and below it.
    QStringList categories;
    std::map<QString, std::pair<int, int>> perCategory;
    qint64 items = 0;
    int below = 0;
    for (const SupplyKind &k : std::as_const(m_kinds)) {
        const QString c = k.category.isEmpty() ? tr("Other") : k.category;
        if (!categories.contains(c))
            categories.append(c);
        const qint64 s = stock.value(k.fid);
        items += s;
        if (k.minLevel > 0 && s < k.minLevel) {
            ++perCategory[c].second;
            ++below;
        } else {
            ++perCategory[c].first;
        }
    }
    m_chart->clearPlottables();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> x, ok, low;
    for (int i = 0; i < categories.size(); ++i) {
        // Four-character category names on two lines, so eight categories fit under a narrow chart.
        const QString &c = categories[i];
        ticker->addTick(i + 1, c.size() == 4 && c.at(0).unicode() >= 0x2E80 ? c.left(2) + QLatin1Char('\n') + c.mid(2) : c);
        x.append(i + 1);
        ok.append(perCategory[categories[i]].first);
        low.append(perCategory[categories[i]].second);
    }
    m_chart->xAxis->setTicker(ticker);
    auto *okBars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    okBars->setName(tr("At or above minimum"));
    okBars->setBrush(QColor(70, 170, 90));
    okBars->setPen(Qt::NoPen);
    okBars->setData(x, ok, true);
    auto *lowBars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    lowBars->setName(tr("Below minimum"));
    lowBars->setBrush(QColor(225, 60, 50));
    lowBars->setPen(Qt::NoPen);
    lowBars->setData(x, low, true);
    lowBars->moveAbove(okBars);
    double top = 1;
    for (int i = 0; i < x.size(); ++i)
        top = std::max(top, ok[i] + low[i]);
    m_chart->xAxis->setRange(0.4, categories.size() + 0.6);
    m_chart->yAxis->setRange(0, top * 1.7); // room for the legend above the bars
    m_chart->replot();

    m_summary->setText((asOf.isValid() ? tr("Replay: stock at %1 (Beijing time), read-only").arg(beijing(asOf)) + QStringLiteral(" · ")
                                       : QString())
                       + tr("%1 kinds, %2 items in %3 warehouses · %4 below minimum")
                             .arg(m_kinds.size())
                             .arg(items)
                             .arg(m_warehouses.size())
                             .arg(below));

    // Alarms: low stock first, then expiry (the date the clock shows, in Beijing).
    m_alarms->clear();
    const QDate today = (asOf.isValid() ? asOf : (m_host->clock() ? m_host->clock()->now() : QDateTime::currentDateTimeUtc()))
                            .toTimeZone(QTimeZone("Asia/Shanghai"))
                            .date();
    QList<StockAlarm> alarms = Supplies::alarms(m_kinds, moves, today);
    std::stable_partition(alarms.begin(), alarms.end(), [](const StockAlarm &a) { return a.kind == StockAlarm::Kind::Low; });
    for (const StockAlarm &a : std::as_const(alarms)) {
        const SupplyKind *k = kindOf.value(a.kindFid);
        if (!k)
            continue;
        auto *item = new QListWidgetItem(Supplies::alarmText(a, *k)
                                         + (a.warehouse ? QStringLiteral(" · ") + m_warehouses.value(a.warehouse) : QString()));
        item->setForeground(a.kind == StockAlarm::Kind::Low ? QColor(235, 80, 60)
                            : a.kind == StockAlarm::Kind::Expired ? QColor(200, 60, 200) : QColor(230, 170, 30));
        m_alarms->addItem(item);
    }

    // The latest movements, newest first.
    QList<const SupplyMovement *> recent;
    for (const SupplyMovement &m : std::as_const(moves))
        recent.append(&m);
    std::stable_sort(recent.begin(), recent.end(), [](const SupplyMovement *a, const SupplyMovement *b) { return a->at > b->at; });
    recent = recent.mid(0, 40);
    QHash<qint64, QString> shelterName;
    for (const StoreRow &r : std::as_const(m_shelterRows))
        shelterName.insert(r.fid, r.values.value(S("name")).toString());
    m_moves->setRowCount(int(recent.size()));
    for (int i = 0; i < recent.size(); ++i) {
        const SupplyMovement &m = *recent[i];
        const SupplyKind *k = kindOf.value(m.kind);
        QString party = m.party;
        if (m.partyKind == QLatin1String("shelter"))
            party = shelterName.value(m.partyFid, QString::number(m.partyFid));
        else if (m.partyKind == QLatin1String("warehouse"))
            party = m_warehouses.value(m.partyFid);
        else if (!m.partyKind.isEmpty() && m.partyFid > 0)
            party = QStringLiteral("%1 %2").arg(Supplies::partyLabel(m.partyKind)).arg(m.partyFid);
        else if (!m.partyKind.isEmpty() && party.isEmpty())
            party = Supplies::partyLabel(m.partyKind);
        m_moves->setItem(i, 0, cell(beijing(m.at)));
        m_moves->setItem(i, 1, cell(Supplies::typeLabel(m.type)));
        m_moves->setItem(i, 2, cell(k ? k->name : QString::number(m.kind)));
        m_moves->setItem(i, 3, cell(QStringLiteral("%1%2 %3").arg(m.delta > 0 ? QStringLiteral("+") : QString()).arg(m.delta).arg(k ? k->unit : QString()),
                                    Qt::AlignRight | Qt::AlignVCenter));
        m_moves->setItem(i, 4, cell(m_warehouses.value(m.warehouse) + QStringLiteral(" → ") + party));
        m_moves->setItem(i, 5, cell(m.actor));
    }
    m_moves->resizeColumnsToContents();

    // The issue form's choices (kept when they still exist).
    const QVariant kindWas = m_kind->currentData(), fromWas = m_from->currentData(), toWas = m_to->currentData();
    m_kind->clear();
    for (const SupplyKind &k : std::as_const(m_kinds))
        m_kind->addItem(QStringLiteral("%1 %2 (%3 %4)").arg(k.code, k.name).arg(stock.value(k.fid)).arg(k.unit), k.fid);
    m_from->clear();
    QList<qint64> houses = m_warehouses.keys();
    std::sort(houses.begin(), houses.end());
    for (qint64 h : houses)
        m_from->addItem(m_warehouses.value(h), h);
    m_to->clear();
    for (const StoreRow &r : std::as_const(m_shelterRows))
        m_to->addItem(r.values.value(S("name")).toString(), r.fid);
    const QVariant askWas = m_askKind->currentData();
    m_askKind->clear();
    for (int i = 0; i < m_kind->count(); ++i)
        m_askKind->addItem(m_kind->itemText(i), m_kind->itemData(i));
    if (int i = m_askKind->findData(askWas); i >= 0)
        m_askKind->setCurrentIndex(i);
    // Requests waiting for the warehouse, oldest first.
    const QVariant pendingWas = m_pending->currentItem() ? m_pending->currentItem()->data(Qt::UserRole) : QVariant();
    m_pending->clear();
    for (const StoreRow &r : std::as_const(m_requests)) {
        if (r.values.value(S("status")).toString() != QLatin1String("requested"))
            continue;
        const QDateTime at = QDateTime::fromString(r.values.value(S("requested_at")).toString(), Qt::ISODateWithMs);
        if (asOf.isValid() && at > asOf)
            continue;
        const SupplyKind *k = kindOf.value(r.values.value(S("kind_fid")).toLongLong());
        const QString who = r.values.value(S("for_kind")).toString() == QLatin1String("shelter")
                                ? shelterName.value(r.values.value(S("for_fid")).toLongLong())
                                : QStringLiteral("%1 %2").arg(Supplies::partyLabel(r.values.value(S("for_kind")).toString()))
                                      .arg(r.values.value(S("for_fid")).toLongLong());
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2 %3 %4 → %5").arg(beijing(at), k ? k->name : QString())
                                             .arg(r.values.value(S("quantity")).toLongLong())
                                             .arg(k ? k->unit : QString(), who));
        item->setData(Qt::UserRole, r.fid);
        m_pending->addItem(item);
        if (item->data(Qt::UserRole) == pendingWas)
            m_pending->setCurrentItem(item);
    }
    if (int i = m_kind->findData(kindWas); i >= 0)
        m_kind->setCurrentIndex(i);
    if (int i = m_from->findData(fromWas); i >= 0)
        m_from->setCurrentIndex(i);
    if (int i = m_to->findData(toWas); i >= 0)
        m_to->setCurrentIndex(i);
}

void SuppliesPanel::refreshShelters(const QDateTime &asOf)
{
    QList<ShelterState> states = Shelters::states(m_shelterRows, m_profiles);
    if (asOf.isValid()) {
        const QHash<qint64, qint64> then = Shelters::occupancyAt(m_transfers, asOf);
        for (ShelterState &s : states) {
            s.occupancy = then.value(s.fid);
            s.status = Shelters::effectiveStatus(s.status == QLatin1String("full") ? S("open") : s.status, s.occupancy, s.capacity);
        }
    }
    m_board->setRowCount(int(states.size()));
    qint64 people = 0, places = 0;
    int full = 0;
    for (int i = 0; i < states.size(); ++i) {
        const ShelterState &s = states[i];
        people += s.occupancy;
        places += s.capacity;
        full += s.status == QLatin1String("full");
        auto *name = cell(s.name);
        name->setData(Qt::UserRole, s.fid);
        name->setToolTip(QStringLiteral("%1 · %2").arg(s.address, s.phone));
        m_board->setItem(i, 0, name);
        auto *status = cell(Shelters::statusLabel(s.status));
        if (s.status == QLatin1String("full"))
            status->setForeground(QColor(235, 60, 50));
        m_board->setItem(i, 1, status);
        m_board->setItem(i, 2, cell(QStringLiteral("%1 / %2").arg(s.occupancy).arg(s.capacity), Qt::AlignRight | Qt::AlignVCenter));
        auto *bar = qobject_cast<QProgressBar *>(m_board->cellWidget(i, 3));
        if (!bar) {
            bar = new QProgressBar(m_board);
            bar->setTextVisible(true);
            m_board->setCellWidget(i, 3, bar);
        }
        const int pct = s.capacity > 0 ? int(std::lround(100.0 * double(s.occupancy) / double(s.capacity))) : 0;
        bar->setRange(0, 100);
        bar->setValue(std::min(pct, 100));
        bar->setFormat(QStringLiteral("%1%").arg(pct));
        const QColor c = pct >= 100 ? QColor(235, 50, 50) : pct >= 90 ? QColor(245, 140, 30) : pct >= 50 ? QColor(220, 190, 40) : QColor(70, 170, 90);
        bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(c.name()));
    }
    m_board->resizeColumnsToContents();
    qint64 elderly = 0, children = 0, disabled = 0;
    for (const PeopleTransfer &t : std::as_const(m_transfers))
        if (t.direction == QLatin1String("arrival") && (!asOf.isValid() || t.at <= asOf)) {
            elderly += t.elderly;
            children += t.children;
            disabled += t.disabled;
        }
    m_boardSummary->setText((asOf.isValid() ? tr("Replay: occupancy at %1 (Beijing time), read-only").arg(beijing(asOf)) + QStringLiteral(" · ")
                                            : QString())
                            + tr("%1 people in %2 shelters (%3 places) · %4 full · moved in so far: %5 elderly, %6 "
                                 "children, %7 disabled")
                                  .arg(people)
                                  .arg(states.size())
                                  .arg(places)
                                  .arg(full)
                                  .arg(elderly)
                                  .arg(children)
                                  .arg(disabled));
    const QVariant was = m_shelter->currentData();
    m_shelter->clear();
    for (const ShelterState &s : std::as_const(states))
        m_shelter->addItem(QStringLiteral("%1 (%2/%3)").arg(s.name).arg(s.occupancy).arg(s.capacity), s.fid);
    if (int i = m_shelter->findData(was); i >= 0)
        m_shelter->setCurrentIndex(i);
}

void SuppliesPanel::updateWriteAccess()
{
    const QString why = m_store ? WriteAccess::refusal(m_store, m_host->clock()) : tr("no operation store is open");
    for (QWidget *c : std::initializer_list<QWidget *>{m_issue, m_arrive, m_depart, m_ask, m_confirm})
        WriteGuard::apply(c, m_store != nullptr, why);
}

void SuppliesPanel::issue()
{
    if (!m_store)
        return;
    const qint64 kind = m_kind->currentData().toLongLong(), from = m_from->currentData().toLongLong();
    const qint64 shelter = m_to->currentData().toLongLong(), qty = m_qty->value();
    const SupplyKind *k = nullptr;
    for (const SupplyKind &x : std::as_const(m_kinds))
        if (x.fid == kind)
            k = &x;
    if (!k || !from || !shelter) {
        m_host->showMessage(tr("Choose a kind, a warehouse and a shelter"), 5000);
        return;
    }
    const QString name = k->name;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, kind, from, qty, name] {
        watcher->deleteLater();
        const WriteResult r = watcher->result();
        if (r.ok) {
            m_host->showMessage(tr("Issued %1 %2").arg(qty).arg(name), 6000);
            return;
        }
        if (Supplies::isShortage(r.error)) {
            // What is left: the movements this seat has seen (the database refused on the balance it keeps).
            m_host->showMessage(Supplies::shortageText(name, qty, Supplies::stock(m_movements).value({kind, from})), 10000);
            return;
        }
        m_host->showMessage(tr("Not issued: %1").arg(r.error), 10000);
    });
    watcher->setFuture(m_store->apply(Supplies::issue(kind, from, qty, {S("shelter"), shelter, {}}, m_store->user(),
                                                      m_host->clock()->liveNow(), tr("issued from the warehouse panel"), {}),
                                      tr("supplies issued")));
}

void SuppliesPanel::movepeople(bool arrival)
{
    if (!m_store)
        return;
    const qint64 fid = m_shelter->currentData().toLongLong();
    const QList<ShelterState> states = Shelters::states(m_shelterRows, m_profiles);
    const auto it = std::find_if(states.cbegin(), states.cend(), [fid](const ShelterState &s) { return s.fid == fid; });
    if (it == states.cend())
        return;
    PeopleTransfer t;
    t.shelter = fid;
    t.direction = arrival ? S("arrival") : S("departure");
    t.people = m_people->value();
    t.at = m_host->clock()->liveNow();
    t.fromPlace = m_origin->text().trimmed();
    t.actor = m_store->user();
    t.overrideReason = arrival ? m_override->text().trimmed() : QString();
    const QString refused = Shelters::checkTransfer(t, *it);
    if (!refused.isEmpty()) {
        m_host->showMessage(refused, 10000);
        return;
    }
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    const QString name = it->name;
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, t, name] {
        watcher->deleteLater();
        const WriteResult r = watcher->result();
        if (r.ok) {
            m_origin->clear();
            m_override->clear();
            m_host->showMessage(tr("%1: %2 people recorded").arg(name).arg(t.people), 6000);
        } else {
            m_host->showMessage(Shelters::isOverCapacity(r.error)
                                    ? tr("%1 filled up meanwhile (another seat): give an override reason to admit them").arg(name)
                                    : tr("Not recorded: %1").arg(r.error),
                                10000);
        }
    });
    watcher->setFuture(m_store->apply(Shelters::baseline(*it, m_transfers, t.at.addMSecs(-1)) + Shelters::transfer(t), tr("people moved")));
}

void SuppliesPanel::requestSupplies()
{
    if (!m_store)
        return;
    const qint64 shelter = m_shelter->currentData().toLongLong(), kind = m_askKind->currentData().toLongLong();
    if (!shelter || !kind) {
        m_host->showMessage(tr("Choose a shelter and a kind"), 5000);
        return;
    }
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const WriteResult r = watcher->result();
        m_host->showMessage(r.ok ? tr("Request sent to the warehouse") : tr("Not requested: %1").arg(r.error), 8000);
    });
    watcher->setFuture(m_store->apply({Supplies::request(S("shelter"), shelter, kind, m_askQty->value(), m_store->user(),
                                                         m_host->clock()->liveNow())},
                                      tr("allocation request")));
}

void SuppliesPanel::confirmRequest()
{
    if (!m_store || !m_pending->currentItem()) {
        m_host->showMessage(tr("Select a request to confirm"), 5000);
        return;
    }
    const qint64 fid = m_pending->currentItem()->data(Qt::UserRole).toLongLong();
    const qint64 from = m_from->currentData().toLongLong();
    const auto it = std::find_if(m_requests.cbegin(), m_requests.cend(), [fid](const StoreRow &r) { return r.fid == fid; });
    if (it == m_requests.cend() || !from)
        return;
    const StoreRow request = *it;
    const qint64 kind = request.values.value(S("kind_fid")).toLongLong(), qty = request.values.value(S("quantity")).toLongLong();
    QString name;
    for (const SupplyKind &k : std::as_const(m_kinds))
        if (k.fid == kind)
            name = k.name;
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, kind, from, qty, name] {
        watcher->deleteLater();
        const WriteResult r = watcher->result();
        if (r.ok)
            m_host->showMessage(tr("Request confirmed: %1 %2 issued").arg(qty).arg(name), 6000);
        else if (Supplies::isShortage(r.error))
            m_host->showMessage(Supplies::shortageText(name, qty, Supplies::stock(m_movements).value({kind, from})), 10000);
        else
            m_host->showMessage(tr("Not confirmed: %1").arg(r.error), 10000);
    });
    watcher->setFuture(m_store->apply(Supplies::confirmRequest(request, from, m_store->user(), m_host->clock()->liveNow(), {}),
                                      tr("allocation confirmed")));
}

} // namespace fc
