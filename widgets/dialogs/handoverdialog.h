#pragma once

#include "app/core/rules/dutydesk.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace fc {

// The shift handover as a document: the summary (signals, response level, overdue checklist items, alarms, the
// shift's duty log, incidents and teams, in Beijing time) to read, print (print preview) or save as PDF, and the
// next duty officer's name to sign for it. Accepting records it in the store (shift_handovers and the duty log).
class HandoverDialog : public QDialog
{
    Q_OBJECT
public:
    HandoverDialog(const HandoverSummary &summary, QWidget *parent = nullptr);
    QString nextOfficer() const;
    QTextBrowser *document() const { return m_view; }
    // Writes the handover as PDF (A4); false with a message naming the file when it cannot be written.
    static bool writePdf(const HandoverSummary &summary, const QString &path, QString *error);

private:
    void printPreview();
    void savePdf();

    HandoverSummary m_summary;
    QTextBrowser *m_view;
    QLineEdit *m_next;
    QPushButton *m_sign;
};

} // namespace fc
