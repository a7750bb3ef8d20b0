#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fc {

// Warning signal kinds and colours (DOMAIN.md), response levels, and one signal row of the store as a value.
struct WarningSignal
{
    Q_DECLARE_TR_FUNCTIONS(WarningSignal)
public:
    qint64 fid = 0;
    QString kind;      // typhoon, rainstorm, ... (store key)
    QString colour;    // blue, yellow, orange, red
    QString action;    // issue, upgrade, downgrade
    QString ended;     // upgrade, downgrade, lift, cancel (empty while in force)
    QDateTime issuedAt, liftedAt, enteredAt;
    QString issuer, area, text, source, enteredBy, liftedBy, capIdentifier;
    qint64 previousFid = 0;

    // Not ended: no lift time at all. A signal with a lift time still to come (a CAP <expires>) is in force
    // until then: inForceAt() is the rule every reader uses (WarningState::inForce).
    bool inForce() const { return !liftedAt.isValid(); }
    bool inForceAt(const QDateTime &t) const { return !liftedAt.isValid() || liftedAt > t; }
    // Lapses by itself at liftedAt (set when it was issued or renewed, not by a lift).
    bool lapsesAt(const QDateTime &t) const { return liftedAt.isValid() && liftedAt > t; }
    static WarningSignal fromRow(qint64 fid, const QVariantMap &row);
    // Sets the fields present in row (a partial update).
    void merge(const QVariantMap &row);

    // Store keys, in display order.
    static const QStringList &kinds();
    static const QStringList &colours(); // blue < yellow < orange < red
    static int colourRank(const QString &colour); // 1..4, 0 unknown
    static QString kindName(const QString &kind);     // translated (Chinese first)
    static QString colourName(const QString &colour); // translated
    static QString kindChinese(const QString &kind);  // 暴雨 ... (CAP event names, announcements)
    static QString colourChinese(const QString &colour);
    static QColor colourValue(const QString &colour); // the standard signal colour
    static QColor textOn(const QString &colour);      // readable text on that colour
    static QString iconPath(const QString &kind);     // :/icons/signals/<kind>.svg
    // "暴雨橙色预警" / "Rainstorm orange warning"
    static QString title(const QString &kind, const QString &colour);
};

// Emergency response levels: none < IV < III < II < I.
namespace ResponseLevel {
int rank(const QString &level); // none 0, IV 1, III 2, II 3, I 4; -1 unknown
QString fromRank(int rank);
const QStringList &all(); // none, IV, III, II, I
QString name(const QString &level); // translated: "IV 级响应" ...
QColor colour(const QString &level);
}

} // namespace fc
