#include "widgets/dialogs/incidentdialog.h"

#include "app/core/rules/incidentdesk.h"
#include "app/core/rules/roadnetwork.h"
#include "app/core/store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace fc {

IncidentDialog::IncidentDialog(Store *store, const GeoPoint *at, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("New incident"));
    m_kind = new QComboBox(this);
    for (const QString &k : IncidentDesk::kinds())
        m_kind->addItem(IncidentDesk::kindLabel(k), k);
    m_priority = new QComboBox(this);
    m_priority->addItem(tr("low"), QStringLiteral("low"));
    m_priority->addItem(tr("normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("high"), QStringLiteral("high"));
    m_priority->addItem(tr("urgent"), QStringLiteral("urgent"));
    m_priority->setCurrentIndex(1);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Short title (default: the kind)"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Road or place name…"));
    auto *find = new QPushButton(tr("Find"), this);
    m_where = new QLabel(tr("No location yet: pick on the map or find a road or place."), this);
    m_where->setWordWrap(true);
    m_depth = new QDoubleSpinBox(this);
    m_depth->setRange(0, 300);
    m_depth->setSuffix(tr(" cm"));
    m_depth->setSpecialValueText(tr("not measured"));
    m_reporter = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_needs = new QLineEdit(this);
    m_needs->setPlaceholderText(tr("e.g. pump:2,boat"));
    m_text = new QPlainTextEdit(this);
    m_text->setMaximumHeight(90);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Location"), searchRow);
    form->addRow(QString(), m_where);
    form->addRow(tr("Water depth"), m_depth);
    form->addRow(tr("Reporter"), m_reporter);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Equipment needed"), m_needs);
    form->addRow(tr("Description"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Report incident"));
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(find, &QPushButton::clicked, this, &IncidentDialog::findPlace);
    connect(m_search, &QLineEdit::returnPressed, this, &IncidentDialog::findPlace);
    if (at)
        setPoint(*at, tr("map point"));
}

void IncidentDialog::setPoint(GeoPoint p, const QString &where)
{
    m_hasPoint = true;
    m_point = p;
    m_address = where;
    m_where->setText(QStringLiteral("%1 (%2, %3)").arg(where).arg(p.lon, 0, 'f', 5).arg(p.lat, 0, 'f', 5));
}

void IncidentDialog::findPlace()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_store)
        return;
    // Roads first, then named blocks (人民广场, 豫园 ...), in the operation data.
    const QString like = QLatin1Char('%') + text + QLatin1Char('%');
    auto *w = new QFutureWatcher<QList<StoreRow>>(this);
    connect(w, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, w, text, like] {
        w->deleteLater();
        const QList<StoreRow> roads = w->result();
        auto place = [](const StoreRow &r) {
            const QList<GeoPoint> pts = RoadNetwork::parseWktPoints(r.values.value(QStringLiteral("geom")).toString());
            double lon = 0, lat = 0;
            for (const GeoPoint &p : pts) {
                lon += p.lon;
                lat += p.lat;
            }
            return pts.isEmpty() ? GeoPoint() : GeoPoint(lon / double(pts.size()), lat / double(pts.size()));
        };
        if (!roads.isEmpty()) {
            const StoreRow &r = roads[roads.size() / 2]; // a segment in the middle of the street
            setPoint(place(r), r.values.value(QStringLiteral("name")).toString());
            return;
        }
        if (!m_store)
            return;
        auto *b = new QFutureWatcher<QList<StoreRow>>(this);
        connect(b, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, b, text, place] {
            b->deleteLater();
            if (b->result().isEmpty()) {
                m_where->setText(tr("Nothing called '%1' in the roads or places of this operation.").arg(text));
                return;
            }
            const StoreRow &r = b->result().first();
            setPoint(place(r), r.values.value(QStringLiteral("name")).toString());
        });
        b->setFuture(m_store->rows(QStringLiteral("blocks"), QStringLiteral("name LIKE ?"), {like}, true));
    });
    w->setFuture(m_store->rows(QStringLiteral("roads"), QStringLiteral("name LIKE ? OR name_en LIKE ?"), {like, like}, true));
}

void IncidentDialog::accept()
{
    if (!m_hasPoint) {
        QMessageBox::warning(this, windowTitle(), tr("Give the incident a location: pick it on the map or find a road or place."));
        return;
    }
    QDialog::accept();
}

QVariantMap IncidentDialog::values() const
{
    QVariantMap v = {{QStringLiteral("kind"), m_kind->currentData()},
                     {QStringLiteral("priority"), m_priority->currentData()},
                     {QStringLiteral("lon"), m_point.lon},
                     {QStringLiteral("lat"), m_point.lat},
                     {QStringLiteral("address"), m_address}};
    auto put = [&v](const char *key, const QString &s) {
        if (!s.trimmed().isEmpty())
            v.insert(QString::fromLatin1(key), s.trimmed());
    };
    put("title", m_title->text());
    put("reporter", m_reporter->text());
    put("phone", m_phone->text());
    put("required_equipment", m_needs->text());
    put("description", m_text->toPlainText());
    if (m_depth->value() > 0)
        v.insert(QStringLiteral("depth_cm"), m_depth->value());
    return v;
}

} // namespace fc
