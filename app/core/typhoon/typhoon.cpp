#include "app/core/typhoon/typhoon.h"

#include <QTimeZone>

#include <algorithm>

namespace fc {

double WindQuadrants::radiusAt(double azimuthDeg) const
{
    double a = std::fmod(azimuthDeg, 360.0);
    if (a < 0)
        a += 360.0;
    return quadrant(std::clamp(int(a / 90.0), 0, 3));
}

double WindQuadrants::maxIssued() const
{
    double m = 0;
    for (int i = 0; i < 4; ++i)
        if (issued(quadrant(i)))
            m = std::max(m, quadrant(i));
    return m;
}

WindQuadrants WindQuadrants::interpolate(const WindQuadrants &a, const WindQuadrants &b, double f)
{
    WindQuadrants r;
    for (int i = 0; i < 4; ++i) {
        const double x = a.quadrant(i), y = b.quadrant(i);
        r.quadrant(i) = (issued(x) && issued(y)) ? x + f * (y - x) : NotIssued;
    }
    return r;
}

bool operator==(const WindQuadrants &a, const WindQuadrants &b)
{
    for (int i = 0; i < 4; ++i) {
        const double x = a.quadrant(i), y = b.quadrant(i);
        if (WindQuadrants::issued(x) != WindQuadrants::issued(y) || (WindQuadrants::issued(x) && x != y))
            return false;
    }
    return true;
}

QString Storm::displayName() const
{
    QStringList parts{code};
    if (!nameZh.isEmpty())
        parts.append(nameZh);
    if (!nameEn.isEmpty())
        parts.append(nameEn);
    return parts.join(QLatin1Char(' '));
}

const StormForecast *Storm::latestForecast() const
{
    const StormForecast *best = nullptr;
    for (const StormForecast &f : forecasts) {
        if (f.points.isEmpty())
            continue;
        const bool cn = f.agency == QStringLiteral("中国") || f.agency.compare(QLatin1String("CMA"), Qt::CaseInsensitive) == 0
                        || f.agency.compare(QLatin1String("China"), Qt::CaseInsensitive) == 0;
        if (!best || f.baseAt > best->baseAt)
            best = &f;
        else if (f.baseAt == best->baseAt && cn)
            best = &f;
    }
    return best;
}

const QStringList &Typhoon::sources()
{
    static const QStringList s = {QStringLiteral("file"), QStringLiteral("feed"), QStringLiteral("officer")};
    return s;
}

QString Typhoon::gradeCode(int grade)
{
    switch (grade) {
    case 1: return QStringLiteral("TD");
    case 2: return QStringLiteral("TS");
    case 3: return QStringLiteral("STS");
    case 4: return QStringLiteral("TY");
    case 5: return QStringLiteral("STY");
    case 6: return QStringLiteral("SuperTY");
    case 9: return QStringLiteral("ET");
    default: return {};
    }
}

QString Typhoon::gradeName(int grade)
{
    switch (grade) {
    case 0: return tr("Below tropical depression");
    case 1: return tr("Tropical depression");
    case 2: return tr("Tropical storm");
    case 3: return tr("Severe tropical storm");
    case 4: return tr("Typhoon");
    case 5: return tr("Severe typhoon");
    case 6: return tr("Super typhoon");
    case 9: return tr("Extratropical");
    default: return tr("Grade unknown");
    }
}

QString Typhoon::gradeColour(int grade)
{
    switch (grade) {
    case 1: return QStringLiteral("#00c853");
    case 2: return QStringLiteral("#1e6bff");
    case 3: return QStringLiteral("#ffd600");
    case 4: return QStringLiteral("#ff9100");
    case 5: return QStringLiteral("#f050f0");
    case 6: return QStringLiteral("#e01010");
    default: return QStringLiteral("#9e9e9e");
    }
}

int Typhoon::gradeFromText(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return -1;
    const QString u = t.toUpper().remove(QLatin1Char(' '));
    // The code in brackets or alone, longest first.
    if (u.contains(QLatin1String("SUPERTY")) || t.contains(QStringLiteral("超强台风")))
        return 6;
    if (u.contains(QLatin1String("STY")) || t.contains(QStringLiteral("强台风")))
        return 5;
    if (u.contains(QLatin1String("STS")) || t.contains(QStringLiteral("强热带风暴")))
        return 3;
    if (u.contains(QLatin1String("(TY)")) || u == QLatin1String("TY") || t.contains(QStringLiteral("台风")))
        return 4;
    if (u.contains(QLatin1String("TS")) || t.contains(QStringLiteral("热带风暴")))
        return 2;
    if (u.contains(QLatin1String("TD")) || t.contains(QStringLiteral("热带低压")))
        return 1;
    if (u.contains(QLatin1String("ET")) || t.contains(QStringLiteral("变性")))
        return 9;
    return -1;
}

int Typhoon::gradeFromWind(double ms)
{
    if (std::isnan(ms) || ms <= 0)
        return -1;
    if (ms < 10.8)
        return 0;
    if (ms < 17.2)
        return 1;
    if (ms < 24.5)
        return 2;
    if (ms < 32.7)
        return 3;
    if (ms < 41.5)
        return 4;
    if (ms < 51.0)
        return 5;
    return 6;
}

QDateTime Typhoon::beijing(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(QTimeZone(8 * 3600)) : t;
}

} // namespace fc
