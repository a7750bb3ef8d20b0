#include "app/core/rules/warningsignal.h"

namespace fc {

namespace {

QDateTime timeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = v.typeId() == QMetaType::QDateTime ? v.toDateTime()
                                                      : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

WarningSignal WarningSignal::fromRow(qint64 fid, const QVariantMap &r)
{
    WarningSignal s;
    s.fid = fid;
    s.merge(r);
    return s;
}

void WarningSignal::merge(const QVariantMap &r)
{
    auto str = [&](const char *k, QString *to) {
        const QString key = QString::fromLatin1(k);
        if (r.contains(key))
            *to = r.value(key).toString();
    };
    auto time = [&](const char *k, QDateTime *to) {
        const QString key = QString::fromLatin1(k);
        if (r.contains(key))
            *to = timeOf(r.value(key));
    };
    str("kind", &kind);
    str("colour", &colour);
    str("action", &action);
    str("ended", &ended);
    time("issued_at", &issuedAt);
    time("lifted_at", &liftedAt);
    time("entered_at", &enteredAt);
    str("issuer", &issuer);
    str("area", &area);
    str("text", &this->text);
    str("source", &source);
    str("entered_by", &enteredBy);
    str("lifted_by", &liftedBy);
    str("cap_identifier", &capIdentifier);
    if (r.contains(QStringLiteral("previous_fid")))
        previousFid = r.value(QStringLiteral("previous_fid")).toLongLong();
}

const QStringList &WarningSignal::kinds()
{
    static const QStringList k = {QStringLiteral("typhoon"),   QStringLiteral("rainstorm"), QStringLiteral("high_wind"),
                                  QStringLiteral("thunder"),   QStringLiteral("high_tide"), QStringLiteral("cold_wave"),
                                  QStringLiteral("fog"),       QStringLiteral("road_icing"), QStringLiteral("heat"),
                                  QStringLiteral("hail"),      QStringLiteral("haze")};
    return k;
}

const QStringList &WarningSignal::colours()
{
    static const QStringList c = {QStringLiteral("blue"), QStringLiteral("yellow"), QStringLiteral("orange"),
                                  QStringLiteral("red")};
    return c;
}

int WarningSignal::colourRank(const QString &colour)
{
    return int(colours().indexOf(colour)) + 1;
}

QString WarningSignal::kindName(const QString &kind)
{
    if (kind == QLatin1String("typhoon"))
        return tr("Typhoon");
    if (kind == QLatin1String("rainstorm"))
        return tr("Rainstorm");
    if (kind == QLatin1String("high_wind"))
        return tr("High wind");
    if (kind == QLatin1String("thunder"))
        return tr("Thunder and lightning");
    if (kind == QLatin1String("high_tide"))
        return tr("High tide");
    if (kind == QLatin1String("cold_wave"))
        return tr("Cold wave");
    if (kind == QLatin1String("fog"))
        return tr("Fog");
    if (kind == QLatin1String("road_icing"))
        return tr("Road icing");
    if (kind == QLatin1String("heat"))
        return tr("Heat");
    if (kind == QLatin1String("hail"))
        return tr("Hail");
    if (kind == QLatin1String("haze"))
        return tr("Haze");
    return kind;
}

QString WarningSignal::colourName(const QString &colour)
{
    if (colour == QLatin1String("blue"))
        return tr("Blue");
    if (colour == QLatin1String("yellow"))
        return tr("Yellow");
    if (colour == QLatin1String("orange"))
        return tr("Orange");
    if (colour == QLatin1String("red"))
        return tr("Red");
    return colour;
}

QString WarningSignal::kindChinese(const QString &kind)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("typhoon"), QStringLiteral("台风")},     {QStringLiteral("rainstorm"), QStringLiteral("暴雨")},
        {QStringLiteral("high_wind"), QStringLiteral("大风")},   {QStringLiteral("thunder"), QStringLiteral("雷电")},
        {QStringLiteral("high_tide"), QStringLiteral("高潮位")}, {QStringLiteral("cold_wave"), QStringLiteral("寒潮")},
        {QStringLiteral("fog"), QStringLiteral("大雾")},         {QStringLiteral("road_icing"), QStringLiteral("道路结冰")},
        {QStringLiteral("heat"), QStringLiteral("高温")},        {QStringLiteral("hail"), QStringLiteral("冰雹")},
        {QStringLiteral("haze"), QStringLiteral("霾")}};
    return names.value(kind, kind);
}

QString WarningSignal::colourChinese(const QString &colour)
{
    static const QHash<QString, QString> names = {{QStringLiteral("blue"), QStringLiteral("蓝色")},
                                                  {QStringLiteral("yellow"), QStringLiteral("黄色")},
                                                  {QStringLiteral("orange"), QStringLiteral("橙色")},
                                                  {QStringLiteral("red"), QStringLiteral("红色")}};
    return names.value(colour, colour);
}

QColor WarningSignal::colourValue(const QString &colour)
{
    if (colour == QLatin1String("blue"))
        return QColor(0x1e, 0x6f, 0xd9);
    if (colour == QLatin1String("yellow"))
        return QColor(0xf5, 0xd0, 0x0f);
    if (colour == QLatin1String("orange"))
        return QColor(0xf2, 0x85, 0x0c);
    if (colour == QLatin1String("red"))
        return QColor(0xd9, 0x1e, 0x18);
    return QColor(0x80, 0x80, 0x80);
}

QColor WarningSignal::textOn(const QString &colour)
{
    return colour == QLatin1String("yellow") || colour == QLatin1String("orange") ? QColor(0x10, 0x10, 0x10)
                                                                                   : QColor(Qt::white);
}

QString WarningSignal::iconPath(const QString &kind)
{
    return QStringLiteral(":/icons/signals/%1.svg").arg(kind);
}

QString WarningSignal::title(const QString &kind, const QString &colour)
{
    return tr("%1 %2 warning").arg(kindName(kind), colourName(colour).toLower());
}

namespace ResponseLevel {

const QStringList &all()
{
    static const QStringList l = {QStringLiteral("none"), QStringLiteral("IV"), QStringLiteral("III"),
                                  QStringLiteral("II"), QStringLiteral("I")};
    return l;
}

int rank(const QString &level)
{
    return int(all().indexOf(level));
}

QString fromRank(int r)
{
    return r >= 0 && r < all().size() ? all().at(r) : QStringLiteral("none");
}

QString name(const QString &level)
{
    if (level == QLatin1String("none") || level.isEmpty())
        return QCoreApplication::translate("fc::ResponseLevel", "No response");
    return QCoreApplication::translate("fc::ResponseLevel", "Level %1 response").arg(level);
}

QColor colour(const QString &level)
{
    switch (rank(level)) {
    case 1:
        return WarningSignal::colourValue(QStringLiteral("blue"));
    case 2:
        return WarningSignal::colourValue(QStringLiteral("yellow"));
    case 3:
        return WarningSignal::colourValue(QStringLiteral("orange"));
    case 4:
        return WarningSignal::colourValue(QStringLiteral("red"));
    default:
        return QColor(0x50, 0x5a, 0x68);
    }
}

} // namespace ResponseLevel

} // namespace fc
