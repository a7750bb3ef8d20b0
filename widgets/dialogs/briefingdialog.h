#pragma once

#include "app/core/briefing/reportdocument.h"
#include "app/core/briefing/situationreport.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace fc {

class Store;

// Command > Briefing…: the situation report as of the clock's time (the replay's time while replaying), previewed
// page by page, printed through the system's printers or saved as PDF, ODT or HTML. The report is built and written
// on a pool thread (the store is read there through a Store::Use); every issue is recorded in the operation.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(Store *store, const QDateTime &asOf, QWidget *parent = nullptr);
    ~BriefingDialog() override;

private:
    void rebuild();
    void built(const ReportDocument &doc, const QString &error);
    void print();
    void save();
    void paintPreview(QPrinter *printer);
    BriefingOptions options() const;
    void setBusy(bool busy, const QString &text = {});

    QPointer<Store> m_store;
    QDateTime m_asOf;
    QComboBox *m_language = nullptr, *m_paper = nullptr;
    QPlainTextEdit *m_next = nullptr;
    std::unique_ptr<QPrinter> m_printer; // the preview's pages
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr, *m_save = nullptr, *m_refresh = nullptr;
    ReportDocument m_doc;
    bool m_haveDoc = false;
    int m_generation = 0;
};

} // namespace fc
