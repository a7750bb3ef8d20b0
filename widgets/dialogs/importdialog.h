#pragma once

#include "app/core/store/import/importer.h"
#include "app/core/store/store.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace fc {

class Store;
class ImportPreviewMap;

// Import of a vector file into one layer of the operation store: source file and layer, target layer kind,
// source CRS and encoding, field mapping, a preview of the first features (table and position sketch),
// progress with cancel (cancel leaves the store unchanged), and a summary of what was imported and skipped.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Store *store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSourceFile(const QString &path);
    void setKind(const QString &kind);
    ImportOptions options() const;
    ImportReport lastReport() const { return m_report; }
    // Rows of the field mapping table (source field -> column), for tests.
    int mappingRows() const;
    // The rule shown for a mapping row ("synonym", "kept as an extra attribute" ...), for tests.
    QString mappingRule(int row) const;
    int previewRows() const;

public Q_SLOTS:
    void startImport();

Q_SIGNALS:
    // The first features in WGS84 WKT, so the map can show where they will land.
    void previewGeometries(const QStringList &wkt);
    void previewReady();
    void imported(const fc::ImportReport &report);

private:
    void browse();
    void sourceChanged();
    void refreshPreview();
    void showPreview(const ImportPreview &p);
    void finished();
    void setBusy(bool busy);
    void savedMappingsLoaded();
    void fillSavedMappings();
    void saveMapping();
    void applyRowEvents(const QList<fc::RowEvent> &events);

    QPointer<Store> m_store;
    QLineEdit *m_file = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_crs = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_savedMapping = nullptr;
    QPushButton *m_saveMapping = nullptr;
    QLineEdit *m_valueMap = nullptr;
    QRadioButton *m_abort = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    ImportPreviewMap *m_map = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QString> m_fieldMap;
    QList<FieldMapping> m_lastMapping;
    QHash<qint64, QVariantMap> m_savedRows; // import_mappings rows by fid
    QFutureWatcher<QList<StoreRow>> m_savedWatcher;
    QFutureWatcher<WriteResult> m_saveWatcher;
    QString m_mappingKind;
    QFutureWatcher<ImportPreview> m_previewWatcher;
    QFutureWatcher<ImportReport> m_importWatcher;
    ImportReport m_report;
    bool m_updatingMapping = false;
    bool m_busy = false;
};

} // namespace fc
