#include "widgets/dialogs/importdialog.h"

#include "app/core/district/floodlayers.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "maps/ogrreader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

// A sketch of where the previewed features land (lon/lat, equirectangular), framed on their extent.
class ImportPreviewMap : public QWidget
{
public:
    explicit ImportPreviewMap(QWidget *parent) : QWidget(parent) { setMinimumSize(220, 160); }
    void setGeometries(const QStringList &wkt)
    {
        m_parts.clear();
        static const QRegularExpression pair(QStringLiteral("(-?[0-9.]+(?:e-?[0-9]+)?) (-?[0-9.]+(?:e-?[0-9]+)?)"));
        for (const QString &g : wkt) {
            // Each parenthesised coordinate list is one part (ring, line or point).
            static const QRegularExpression list(QStringLiteral("\\(([^()]+)\\)"));
            for (auto it = list.globalMatch(g); it.hasNext();) {
                QPolygonF part;
                const QString coords = it.next().captured(1);
                for (auto p = pair.globalMatch(coords); p.hasNext();) {
                    const auto m = p.next();
                    part.append({m.captured(1).toDouble(), m.captured(2).toDouble()});
                }
                if (!part.isEmpty())
                    m_parts.append(part);
            }
        }
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        if (m_parts.isEmpty()) {
            p.drawText(rect(), Qt::AlignCenter, ImportDialog::tr("No preview"));
            return;
        }
        QRectF box = m_parts.first().boundingRect();
        for (const QPolygonF &part : m_parts)
            box = box.united(part.boundingRect());
        const double pad = std::max({box.width(), box.height(), 0.002}) * 0.1;
        box.adjust(-pad, -pad, pad, pad);
        const double kx = std::cos(box.center().y() * M_PI / 180.0);
        const double scale = std::min((width() - 8) / (box.width() * kx), (height() - 8) / box.height());
        auto map = [&](QPointF ll) {
            return QPointF(width() / 2.0 + (ll.x() - box.center().x()) * kx * scale,
                           height() / 2.0 - (ll.y() - box.center().y()) * scale);
        };
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(230, 120, 30), 2));
        for (const QPolygonF &part : m_parts) {
            if (part.size() == 1) {
                p.setBrush(QColor(230, 120, 30));
                p.drawEllipse(map(part.first()), 4, 4);
                continue;
            }
            QPolygonF screen;
            for (const QPointF &ll : part)
                screen.append(map(ll));
            p.drawPolyline(screen);
        }
        p.setPen(palette().text().color());
        p.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignBottom,
                   QStringLiteral("%1, %2").arg(box.center().x(), 0, 'f', 4).arg(box.center().y(), 0, 'f', 4));
    }

private:
    QList<QPolygonF> m_parts;
};

ImportDialog::ImportDialog(Store *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Import into the operation"));
    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File"), fileRow);
    m_layer = new QComboBox(this);
    form->addRow(tr("Source layer"), m_layer);
    m_kind = new QComboBox(this);
    for (const QString &kind : Schema::featureKinds())
        m_kind->addItem(FloodLayers::spec(kind).name, kind);
    form->addRow(tr("Import into"), m_kind);
    m_crs = new QLineEdit(this);
    m_crs->setPlaceholderText(tr("From the file (EPSG:4326 if none); e.g. EPSG:4549, GCJ02"));
    form->addRow(tr("Source coordinate system"), m_crs);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Declared by the file, else detected"), QString());
    for (const char *e : {"UTF-8", "GBK", "GB18030", "Big5"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    form->addRow(tr("Text encoding"), m_encoding);
    m_valueMap = new QLineEdit(this);
    m_valueMap->setPlaceholderText(tr("Common Chinese terms are built in; add more as column:from=to; … "
                                      "e.g. severity:严重=high"));
    form->addRow(tr("Coded values"), m_valueMap);
    m_savedMapping = new QComboBox(this);
    m_savedMapping->addItem(tr("(automatic)"), qint64(0));
    m_saveMapping = new QPushButton(tr("Save mapping…"), this);
    m_saveMapping->setEnabled(false);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedMapping, 1);
    savedRow->addWidget(m_saveMapping);
    form->addRow(tr("Saved mapping"), savedRow);
    m_abort = new QRadioButton(tr("Stop and import nothing"), this);
    auto *skip = new QRadioButton(tr("Skip them and report"), this);
    m_abort->setChecked(true);
    auto *errRow = new QHBoxLayout;
    errRow->addWidget(m_abort);
    errRow->addWidget(skip);
    errRow->addStretch();
    form->addRow(tr("Bad features"), errRow);

    m_mapping = new QTableWidget(0, 4, this);
    m_mapping->setHorizontalHeaderLabels({tr("Source field"), tr("Type"), tr("Store column"), tr("How it was mapped")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_preview = new QTableWidget(0, 0, this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_map = new ImportPreviewMap(this);
    auto *mappingBox = new QGroupBox(tr("Field mapping"), this);
    (new QVBoxLayout(mappingBox))->addWidget(m_mapping);
    auto *previewBox = new QGroupBox(tr("First features"), this);
    auto *previewLayout = new QHBoxLayout(previewBox);
    previewLayout->addWidget(m_preview, 3);
    previewLayout->addWidget(m_map, 2);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancel->hide();
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mappingBox, 1);
    layout->addWidget(previewBox, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::sourceChanged);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_fieldMap.clear();
        refreshPreview();
    });
    connect(m_crs, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_valueMap, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
    connect(m_savedMapping, &QComboBox::currentIndexChanged, this, [this] {
        m_fieldMap.clear();
        refreshPreview();
    });
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(&m_savedWatcher, &QFutureWatcher<QList<StoreRow>>::finished, this, &ImportDialog::savedMappingsLoaded);
    connect(&m_saveWatcher, &QFutureWatcher<WriteResult>::finished, this, [this] {
        const WriteResult w = m_saveWatcher.result();
        m_status->setText(w.ok ? tr("Mapping saved in the operation store.") : tr("The mapping was not saved: %1").arg(w.error));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_store)
            m_store->cancelImport();
        m_status->setText(tr("Cancelling… nothing will be imported."));
    });
    connect(&m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this,
            [this] { showPreview(m_previewWatcher.result()); });
    connect(&m_importWatcher, &QFutureWatcher<ImportReport>::finished, this, &ImportDialog::finished);
    if (m_store) {
        // Saved mappings live in the store (import_mappings): shared by every seat and by floodctl --mapping.
        m_savedWatcher.setFuture(m_store->rows(QStringLiteral("import_mappings")));
        connect(m_store, &Store::rowsChanged, this, &ImportDialog::applyRowEvents);
    }
    if (m_store)
        connect(m_store, &Store::importProgress, this, [this](qint64 done, qint64 total) {
            m_progress->setRange(0, total > 0 ? 1000 : 0);
            if (total > 0)
                m_progress->setValue(int(1000 * done / total));
        });
}

ImportDialog::~ImportDialog()
{
    if (m_busy && m_store)
        m_store->cancelImport();
    m_previewWatcher.waitForFinished();
}

void ImportDialog::savedMappingsLoaded()
{
    m_savedRows.clear();
    for (const StoreRow &r : m_savedWatcher.result())
        m_savedRows.insert(r.fid, r.values);
    fillSavedMappings();
}

void ImportDialog::applyRowEvents(const QList<fc::RowEvent> &events)
{
    bool changed = false;
    for (const RowEvent &e : events) {
        if (e.table != QLatin1String("import_mappings"))
            continue;
        changed = true;
        if (e.kind == RowEvent::Kind::Delete)
            m_savedRows.remove(e.fid);
        else if (e.kind == RowEvent::Kind::Reset && m_store)
            m_savedWatcher.setFuture(m_store->rows(QStringLiteral("import_mappings")));
        else
            m_savedRows.insert(e.fid, e.after);
    }
    if (changed)
        fillSavedMappings();
}

void ImportDialog::fillSavedMappings()
{
    const qint64 current = m_savedMapping->currentData().toLongLong();
    const QSignalBlocker block(m_savedMapping);
    m_savedMapping->clear();
    m_savedMapping->addItem(tr("(automatic)"), qint64(0));
    for (auto it = m_savedRows.cbegin(); it != m_savedRows.cend(); ++it)
        m_savedMapping->addItem(tr("%1 (for %2)").arg(it.value().value(QStringLiteral("name")).toString(),
                                                      FloodLayers::spec(it.value().value(QStringLiteral("kind")).toString()).name),
                                it.key());
    m_savedMapping->setCurrentIndex(std::max(0, m_savedMapping->findData(current)));
}

void ImportDialog::saveMapping()
{
    if (!m_store || m_lastMapping.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"),
                                               tr("Name for this mapping (reuse it here or with floodctl import "
                                                  "--mapping NAME):"),
                                               QLineEdit::Normal, QFileInfo(m_file->text()).completeBaseName(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QVariantMap row = ImportMapping::savedRow(name, options(), m_lastMapping);
    qint64 fid = 0;
    for (auto it = m_savedRows.cbegin(); it != m_savedRows.cend(); ++it)
        if (it.value().value(QStringLiteral("name")).toString() == name)
            fid = it.key();
    m_saveWatcher.setFuture(fid ? m_store->updateRow(QStringLiteral("import_mappings"), fid, row)
                                : m_store->insertRow(QStringLiteral("import_mappings"), row));
}

QString ImportDialog::mappingRule(int row) const
{
    const QTableWidgetItem *item = m_mapping->item(row, 3);
    return item ? item->text() : QString();
}

void ImportDialog::setSourceFile(const QString &path)
{
    m_file->setText(path);
    sourceChanged();
}

void ImportDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

int ImportDialog::mappingRows() const
{
    return m_mapping->rowCount();
}

int ImportDialog::previewRows() const
{
    return m_preview->rowCount();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a vector file"), QString(),
        tr("Vector files (*.shp *.gpkg *.geojson *.json *.kml *.csv *.fgb);;All files (*)"));
    if (!path.isEmpty())
        setSourceFile(path);
}

void ImportDialog::sourceChanged()
{
    QString error;
    const QStringList layers = OgrReader::layerNames(m_file->text(), &error);
    const QSignalBlocker block(m_layer);
    m_layer->clear();
    m_layer->addItems(layers);
    m_fieldMap.clear();
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_import->setEnabled(false);
        return;
    }
    refreshPreview();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.source = m_file->text();
    o.sourceLayer = m_layer->currentText();
    o.kind = m_kind->currentData().toString();
    o.sourceCrs = m_crs->text().trimmed();
    o.encoding = m_encoding->currentData().toString();
    o.fieldMap = m_fieldMap;
    QString ignored;
    ImportMapping::parseValueMap(m_valueMap->text().split(QLatin1Char(';'), Qt::SkipEmptyParts), &o.valueMap, &ignored);
    if (const qint64 fid = m_savedMapping->currentData().toLongLong(); fid && m_savedRows.contains(fid))
        ImportMapping::applySaved(m_savedRows.value(fid), &o);
    o.onError = m_abort->isChecked() ? ImportOptions::OnError::Abort : ImportOptions::OnError::Skip;
    o.previewCount = 10;
    return o;
}

void ImportDialog::refreshPreview()
{
    if (m_file->text().isEmpty() || m_busy)
        return;
    QHash<QString, QHash<QString, QString>> values;
    QString error;
    if (!ImportMapping::parseValueMap(m_valueMap->text().split(QLatin1Char(';'), Qt::SkipEmptyParts), &values, &error)) {
        m_status->setText(error);
        m_import->setEnabled(false);
        return;
    }
    m_import->setEnabled(false);
    m_status->setText(tr("Reading the first features…"));
    m_previewWatcher.setFuture(QtConcurrent::run([o = options()] { return Importer::preview(o); }));
}

void ImportDialog::showPreview(const ImportPreview &p)
{
    if (!p.ok) {
        m_status->setText(p.error);
        m_import->setEnabled(false);
        return;
    }
    const TableSpec *table = Schema::table(m_kind->currentData().toString());
    m_updatingMapping = true;
    // Keep the combo boxes when only a choice changed (one of them may be emitting right now).
    bool same = m_mappingKind == m_kind->currentData().toString() && m_mapping->rowCount() == p.mapping.size();
    for (int r = 0; same && r < p.mapping.size(); ++r)
        same = m_mapping->item(r, 0) && m_mapping->item(r, 0)->text() == p.mapping[r].sourceField;
    auto choice = [](const FieldMapping &m) {
        return m.rule == MatchRule::Extra ? QString::fromLatin1(ExtraColumn) : m.column;
    };
    if (same) {
        for (int r = 0; r < p.mapping.size(); ++r)
            if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 2)))
                combo->setCurrentIndex(std::max(0, combo->findData(choice(p.mapping[r]))));
    }
    m_lastMapping = p.mapping;
    m_mappingKind = m_kind->currentData().toString();
    if (!same)
        m_mapping->setRowCount(int(p.mapping.size()));
    for (int r = 0; !same && r < p.mapping.size(); ++r) {
        const FieldMapping &m = p.mapping[r];
        m_mapping->setItem(r, 0, new QTableWidgetItem(m.sourceField));
        m_mapping->setItem(r, 1, new QTableWidgetItem(m.sourceType));
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(kept as extra attribute)"), QString::fromLatin1(ExtraColumn));
        combo->addItem(tr("(not imported)"), QString());
        if (table)
            for (const ColumnSpec &c : table->columns)
                if (c.name != QLatin1String(ExtraColumn))
                    combo->addItem(c.name, c.name);
        combo->setCurrentIndex(std::max(0, combo->findData(choice(m))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field = m.sourceField] {
            if (m_updatingMapping)
                return;
            m_fieldMap.insert(field, combo->currentData().toString());
            refreshPreview();
        });
        m_mapping->setCellWidget(r, 2, combo);
    }
    for (int r = 0; r < p.mapping.size(); ++r) {
        auto *rule = new QTableWidgetItem(ImportMapping::ruleName(p.mapping[r].rule));
        rule->setFlags(rule->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(r, 3, rule);
    }
    m_updatingMapping = false;
    m_saveMapping->setEnabled(bool(m_store));

    QStringList columns;
    for (const QVariantMap &f : p.features)
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            if (!columns.contains(it.key()))
                columns.append(it.key());
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    m_preview->setRowCount(int(p.features.size()));
    QStringList wkt;
    for (int r = 0; r < p.features.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(p.features[r].value(columns[c]).toString()));
        wkt.append(p.features[r].value(QStringLiteral("geom")).toString());
    }
    m_map->setGeometries(wkt);
    Q_EMIT previewGeometries(wkt);
    // A WKT CRS is long: show its name.
    static const QRegularExpression crsName(QStringLiteral("^[A-Z_0-9]+\\[\"([^\"]+)\""));
    const QRegularExpressionMatch crs = crsName.match(p.sourceCrs);
    QString status = tr("%n feature(s) in the source; coordinate system: %1", nullptr, int(std::max<qint64>(p.featureCount, 0)))
                         .arg(crs.hasMatch() ? crs.captured(1) : p.sourceCrs.left(60));
    status += QLatin1Char('\n') + tr("Text encoding: %1").arg(p.encoding);
    for (const ImportIssue &i : p.issues)
        status += QLatin1Char('\n') + tr("Feature %1 cannot be imported: %2").arg(i.index).arg(i.reason);
    m_status->setText(status);
    m_import->setEnabled(bool(m_store));
    Q_EMIT previewReady();
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_layer), static_cast<QWidget *>(m_kind),
                       static_cast<QWidget *>(m_crs), static_cast<QWidget *>(m_encoding),
                       static_cast<QWidget *>(m_mapping), static_cast<QWidget *>(m_import)})
        w->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

void ImportDialog::startImport()
{
    if (!m_store || m_busy)
        return;
    m_summary->hide();
    m_progress->setRange(0, 0);
    setBusy(true);
    m_status->setText(tr("Importing…"));
    m_importWatcher.setFuture(m_store->import(options()));
}

void ImportDialog::finished()
{
    setBusy(false);
    m_report = m_importWatcher.result();
    QStringList lines;
    if (m_report.ok) {
        lines.append(tr("Imported %1 of %2 features into %3; %4 skipped.")
                         .arg(m_report.imported)
                         .arg(m_report.read)
                         .arg(FloodLayers::spec(m_report.table).name)
                         .arg(m_report.skipped));
        for (const ImportIssue &i : m_report.issues)
            lines.append(tr("Skipped feature %1: %2").arg(i.index).arg(i.reason));
        lines.append(tr("Text encoding: %1").arg(m_report.encoding));
        lines.append(tr("Every source field and where it went:"));
        for (const QString &l : Importer::describeMapping(m_report.mapping))
            lines.append(QStringLiteral("  ") + l);
        for (auto it = m_report.valuesMapped.cbegin(); it != m_report.valuesMapped.cend(); ++it)
            lines.append(tr("  value %1 (%n feature(s))", nullptr, int(it.value())).arg(it.key()));
    } else if (m_report.cancelled) {
        lines.append(tr("Import cancelled. Nothing was imported; the operation is unchanged."));
    } else {
        lines.append(tr("Nothing was imported; the operation is unchanged."));
        lines.append(m_report.error);
    }
    m_status->setText(lines.first());
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
    m_summary->show();
    Q_EMIT imported(m_report);
}

} // namespace fc
