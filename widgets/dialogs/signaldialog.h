#pragma once

#include "app/core/rules/warningactions.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace fc {

class WarningState;

// Issue, upgrade or downgrade a warning signal, or lift one: kind, colour, time issued (may be earlier than
// now), issuing body, area, text. Shows what the change will be (issue / upgrade / downgrade / lift).
class SignalDialog : public QDialog
{
    Q_OBJECT
public:
    SignalDialog(const WarningState &state, const QDateTime &now, QWidget *parent = nullptr);
    void setKind(const QString &kind);
    void setColour(const QString &colour);
    void setText(const QString &text);
    void setLift(bool lift);
    bool isLift() const;
    SignalInput input() const;

private:
    void updateSummary();

    const WarningState &m_state;
    QComboBox *m_kind, *m_colour, *m_action;
    QDateTimeEdit *m_time;
    QLineEdit *m_issuer, *m_area;
    QPlainTextEdit *m_text;
    QLabel *m_summary;
};

} // namespace fc
