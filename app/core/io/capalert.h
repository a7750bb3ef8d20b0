#pragma once

#include "app/core/store/store.h"
#include "app/core/rules/warningsignal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace fc {

class WarningState;

// One <info> block of a CAP alert.
struct CapInfo
{
    QString language, event, urgency, severity, certainty, headline, description, instruction, senderName, area;
    QStringList categories;
    QDateTime effective, onset, expires;
    QList<QPair<QString, QString>> parameters; // valueName, value
};

// An OASIS CAP 1.2 alert (urn:oasis:names:tc:emergency:cap:1.2), including the Chinese national profile
// (GB/T 35965.1-2018: same namespace and elements; Chinese event names, colour in the headline or a
// parameter). parse() validates what FloodCommand relies on and names the file and the problem when it refuses.
class CapAlert
{
    Q_DECLARE_TR_FUNCTIONS(CapAlert)
public:
    static inline const char Namespace[] = "urn:oasis:names:tc:emergency:cap:1.2";

    QString identifier, sender, status, msgType, scope, note;
    QDateTime sent;
    QStringList references; // identifiers of the alerts referred to (from "sender,identifier,sent" triples)
    QList<CapInfo> infos;

    static CapAlert parse(const QByteArray &xml, const QString &fileName, QString *error);
    static CapAlert readFile(const QString &path, QString *error);
    bool isValid() const { return !identifier.isEmpty(); }

    // A signal the alert speaks of: kind and colour from the event, headline, parameters or severity.
    struct Signal
    {
        QString kind, colour;
        CapInfo info;
    };
    // Signals by kind (one per kind; the Chinese-language info first). Error when no info maps to a kind.
    QList<Signal> signalList(QString *error) const;
    static QString kindOfEvent(const QString &event);
    static QString colourOfText(const QString &text);

    // The store changes this alert makes against the state: Alert issues (or raises) signals, Update changes
    // the signal it references, Cancel lifts it. Alerts whose status is not Actual change nothing (summary says
    // so). Error (and no changes) when it refers to a signal that is not in force.
    QList<RowChange> changes(const WarningState &state, const QString &enteredBy, const QDateTime &now,
                             QString *summary, QString *error) const;

    // CAP 1.2 of the signals in force, one info block each (Chinese profile style, English event in a second
    // language block is left out to keep one info per signal).
    static QByteArray write(const QList<WarningSignal> &inForce, const QString &sender, const QDateTime &sent);
};

} // namespace fc
