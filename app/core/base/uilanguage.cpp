#include "app/core/base/uilanguage.h"

#include <QCoreApplication>

namespace fc {

bool UiLanguage::isChinese()
{
    // Translated as "zh_CN" in the Chinese translation: the one place that knows which translation is in use.
    return QCoreApplication::translate("fc::UiLanguage", "en", "the code of the interface language")
           == QLatin1String("zh_CN");
}

QString UiLanguage::pick(const QString &zh, const QString &en)
{
    return isChinese() || en.isEmpty() ? zh : en;
}

QString UiLanguage::areaText(const QString &area)
{
    if (isChinese())
        return area;
    const QString a = area.trimmed();
    if (a == QStringLiteral("全市"))
        return QCoreApplication::translate("fc::UiLanguage", "whole city");
    if (a == QStringLiteral("全区"))
        return QCoreApplication::translate("fc::UiLanguage", "whole district");
    if (a == QStringLiteral("本区"))
        return QCoreApplication::translate("fc::UiLanguage", "this district");
    if (a == QStringLiteral("中心城区"))
        return QCoreApplication::translate("fc::UiLanguage", "central districts");
    return area;
}

} // namespace fc
