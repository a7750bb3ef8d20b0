#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace fc {

class Store;

// The CAP alerts recorded as not applicable to the district (for other places), oldest first, in Beijing time:
// the list the duty officer asks for. Read from the store's audit log off the GUI thread.
class CapOtherPlacesDialog : public QDialog
{
    Q_OBJECT
public:
    CapOtherPlacesDialog(Store *store, QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace fc
