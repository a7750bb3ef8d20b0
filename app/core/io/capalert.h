#pragma once

#include "app/core/store/store.h"
#include "app/core/rules/warningsignal.h"

#include "app/core/io/capdistrict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointF>

namespace fc {

class WarningState;
struct AuditEntry;

// One <area> of an info block: polygons (lon, lat rings, closed), circles, geocodes.
struct CapArea
{
    struct Circle
    {
        double lat = 0, lon = 0, radiusKm = 0;
    };
    QString desc;
    QList<QList<QPointF>> polygons;
    QList<Circle> circles;
    QList<QPair<QString, QString>> geocodes; // valueName, value
};

// One <info> block of a CAP alert.
struct CapInfo
{
    QString language, event, urgency, severity, certainty, headline, description, instruction, senderName, area;
    QStringList categories;
    QDateTime effective, onset, expires;
    QList<QPair<QString, QString>> parameters; // valueName, value
    QList<CapArea> areas;
};

// How an alert is taken in.
struct CapImportOptions
{
    // The interface language ("zh", "en"): of several info blocks, the one in it gives the signal's text.
    QString language = defaultLanguage();
    // <sent> or <effective> later than now + this is refused (a clock or a sender gone wrong).
    qint64 maxAheadSeconds = 48 * 3600;
    // Where the operation is: alerts for elsewhere are recorded as not applicable. Empty: every alert applies.
    CapDistrict district;
    static QString defaultLanguage(); // from the default locale (Chinese, or the C locale as the GUI does)
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
    // Signals by kind (one per kind; the info in `language` first, then Chinese). Error when no info maps to a kind.
    QList<Signal> signalList(QString *error, const QString &language = QStringLiteral("zh")) const;
    // An identifier of the national warning system (GB/T 35965.1): 14-digit area and agency code, "_", the
    // Beijing time of issue as yyyyMMddHHmmss.
    static bool isNationalIdentifier(const QString &identifier);
    static QString kindOfEvent(const QString &event);
    static QString colourOfText(const QString &text);

    // The store changes this alert makes against the state: Alert issues (or raises) signals, Update changes
    // the signal it references, Cancel lifts it. Alerts whose status is not Actual change nothing (summary says
    // so). Error (and no changes) when it refers to a signal that is not in force, or its times are too far ahead.
    // Times the alert gives are stored as given: an alert already expired at `now` is a row of history (lifted
    // at its expiry), one dated before the signal of its kind in force is a late alert, history too; a signal
    // with <expires> lapses then (WarningState). An Update whose original was never received is taken as the
    // signal in force and a Cancel of an unknown alert changes nothing; both, and an alert for another place,
    // are recorded in the duty log. `auditNote`: the note to write the changes with (NotApplicableNote ...).
    QList<RowChange> changes(const WarningState &state, const QString &enteredBy, const QDateTime &now,
                             const CapImportOptions &options, QString *summary, QString *error,
                             QString *auditNote = nullptr) const;
    QList<RowChange> changes(const WarningState &state, const QString &enteredBy, const QDateTime &now,
                             QString *summary, QString *error) const
    {
        return changes(state, enteredBy, now, CapImportOptions(), summary, error);
    }
    // The audit note of a duty-log record of an alert found not applicable (the listing reads it back).
    static inline const char NotApplicableNote[] = "CAP not applicable";
    // The records of alerts found not applicable, from the audit entries of duty_log (Store::auditLog): when and
    // what was recorded, oldest first.
    static QList<QPair<QDateTime, QString>> notApplicableRecords(const QList<AuditEntry> &dutyLogAudit);

    // CAP 1.2 of the signals in force, one info block each (Chinese profile style, English event in a second
    // language block is left out to keep one info per signal). A sender that is a national-system code gets a
    // national-system identifier. Export, import and export again give the same bytes (for the same `sent`).
    static QByteArray write(const QList<WarningSignal> &inForce, const QString &sender, const QDateTime &sent);
};

} // namespace fc
