#include "app/ctl/ctlargs.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace fc::ctl {

namespace {

enum class Rule { Id, Count, Posts, Depth, Factor, Needs, Crs };

bool wholeNumber(const QString &v, qint64 min, qint64 max, qint64 *out = nullptr)
{
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]{1,15}$"));
    if (!digits.match(v.trimmed()).hasMatch())
        return false;
    const qint64 n = v.trimmed().toLongLong();
    if (out)
        *out = n;
    return n >= min && n <= max;
}

bool number(const QString &v, double min, double max, bool minOpen)
{
    bool ok = false;
    const double d = v.trimmed().toDouble(&ok);
    return ok && std::isfinite(d) && (minOpen ? d > min : d >= min) && d <= max;
}

} // namespace

bool checkOption(const QString &option, const QString &value, QString *error)
{
    static const QHash<QString, Rule> rules = {
        {QStringLiteral("--incident"), Rule::Id},      {QStringLiteral("--team"), Rule::Id},
        {QStringLiteral("--count"), Rule::Count},      {QStringLiteral("--posts"), Rule::Posts},
        {QStringLiteral("--depth-cm"), Rule::Depth},   {QStringLiteral("--closed-cm"), Rule::Depth},
        {QStringLiteral("--slow-cm"), Rule::Depth},    {QStringLiteral("--slow-factor"), Rule::Factor},
        {QStringLiteral("--needs"), Rule::Needs},      {QStringLiteral("--src-crs"), Rule::Crs},
    };
    const auto it = rules.constFind(option);
    if (it == rules.cend())
        return true;
    auto fail = [&](const QString &expected) {
        *error = QStringLiteral("%1 '%2': %3").arg(option, value, expected);
        return false;
    };
    switch (*it) {
    case Rule::Id:
        return wholeNumber(value, 1, qint64(1) << 53) || fail(QStringLiteral("not an id (a whole number from 1)"));
    case Rule::Count:
        return wholeNumber(value, 1, qint64(1) << 53) || fail(QStringLiteral("not a count (a whole number from 1)"));
    case Rule::Posts:
        return wholeNumber(value, 1, 1000) || fail(QStringLiteral("not a number of posts (a whole number from 1 to 1000)"));
    case Rule::Depth:
        return number(value, 0, 100000, false) || fail(QStringLiteral("not a depth in cm (a number from 0 to 100000)"));
    case Rule::Factor:
        return number(value, 0, 1000, true) || fail(QStringLiteral("not a factor (a number above 0)"));
    case Rule::Needs: {
        static const QRegularExpression kind(QStringLiteral("^[\\p{L}\\p{N}_-]+$"));
        const QStringList items = value.split(QLatin1Char(','));
        for (const QString &item : items) {
            const QString k = item.section(QLatin1Char(':'), 0, 0).trimmed();
            const bool hasCount = item.contains(QLatin1Char(':'));
            if (!kind.match(k).hasMatch() || item.count(QLatin1Char(':')) > 1
                || (hasCount && !wholeNumber(item.section(QLatin1Char(':'), 1, 1), 1, 1000)))
                return fail(QStringLiteral("'%1' is not KIND or KIND:N (N a whole number from 1 to 1000), e.g. pump:2,boat")
                                .arg(item));
        }
        return true;
    }
    case Rule::Crs: {
        static const QRegularExpression crs(QStringLiteral("^(EPSG|ESRI|IGNF|OGC):[0-9A-Za-z]{1,10}$|^GCJ-?02$"),
                                            QRegularExpression::CaseInsensitiveOption);
        return crs.match(value.trimmed()).hasMatch() || fail(QStringLiteral("not a coordinate system (EPSG:N or GCJ02)"));
    }
    }
    return true;
}

} // namespace fc::ctl
